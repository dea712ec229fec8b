"""Rewrite only the pages of docs/ whose content changed.

docs/ keeps a manifest, ``docs/.manifest.json``: for every generated page its
content hash (SHA-256 of the UTF-8 bytes). It holds no times, so two builds
of the same sources leave identical bytes. A rebuild compares the new pages
with it and

- writes a page only if its hash changed, or if the file on disk no longer
  has that hash (missing, or edited by hand; hashing docs/ of a thousand
  reports takes a fraction of a second, and a stale page would be a defect);
- deletes the pages that are no longer generated;
- leaves every other file untouched (same bytes, same mtime).

Guarantee (all or nothing, as far as a file system allows): every changed page
is first written to a temporary file next to its target; only when all of them
are written are they renamed into place, then the vanished pages are deleted,
and the manifest is replaced last. An interruption before the renames leaves
docs/ as it was; one during the renames leaves a manifest that still describes
the old files, so the next build sees the difference and rewrites them.

Without a manifest (first build, or a build killed before its manifest was
written) every page counts as changed: all are written the same way and the
manifest comes last, so the next build finishes what a killed one began.
The folder is only ever one that `outputs.check_outputs` let through (empty,
new, or carrying the generator's marker): its non-hidden files are pages.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".manifest.json"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class SyncResult:
    """What a sync did: the paths written and deleted, how many were left alone."""

    written: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0


def load_manifest(target: Path) -> dict[str, dict]:
    try:
        data = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("pages", {}) if isinstance(data, dict) else {}


def _is_current(path: Path, entry: dict | None, digest: str) -> bool:
    """Did the manifest record `digest` for `path`, and does the file still have it?"""
    if not entry or entry.get("sha256") != digest:
        return False
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == digest
    except OSError:
        return False


def sync_tree(pages: dict[str, str], target: Path) -> SyncResult:
    """Make `target` hold exactly `pages`, touching only what changed."""
    hashes = {path: content_hash(text) for path, text in pages.items()}
    target.mkdir(parents=True, exist_ok=True)
    manifest = load_manifest(target)
    result = SyncResult()
    changed = sorted(p for p, h in hashes.items() if not _is_current(target / p, manifest.get(p), h))
    result.unchanged = len(pages) - len(changed)
    stray = sorted(p for p in _files(target) if p not in pages)

    temps: list[tuple[Path, Path]] = []
    try:
        for path in changed:
            out = target / path
            out.parent.mkdir(parents=True, exist_ok=True)
            tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
            temps.append((tmp, out))
            tmp.write_text(pages[path], encoding="utf-8")
        while temps:
            tmp, out = temps[0]
            os.replace(tmp, out)
            temps.pop(0)
    finally:
        for tmp, _ in temps:  # only after a failure
            tmp.unlink(missing_ok=True)
    for path in stray:
        (target / path).unlink(missing_ok=True)
        _remove_empty_parents(target / path, target)
    result.written, result.deleted = changed, stray

    entries = {p: {"sha256": h} for p, h in hashes.items()}
    if entries != manifest:
        _save_manifest(target, entries)
    return result


def _files(root: Path) -> list[str]:
    """Every page-like file under root; dotfiles (manifest, temporaries) are not pages."""
    return [p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and not p.name.startswith(".")]


def _remove_empty_parents(path: Path, root: Path) -> None:
    parent = path.parent
    while parent != root and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent


def _save_manifest(target: Path, entries: dict[str, dict]) -> None:
    data = {"version": 1, "pages": dict(sorted(entries.items()))}
    tmp = target / f"{MANIFEST}.tmp-{os.getpid()}"
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, target / MANIFEST)
