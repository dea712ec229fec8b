"""Output folders: the guard, the marker, staging, the atomic publish.

The generator replaces or deletes only what it made. Every folder it
creates (``docs/``, each version of the site, the store that holds those
versions, staging folders, ``dist/``) carries a marker file, `MARKER`; a
folder is replaced or emptied only when that marker is in it, or when it
is empty or missing. `check_outputs` runs before anything is written and
refuses, naming both paths, an output that could hurt: a file, the sources
or the config file's folder, a git work tree, the other output.

The site is published in one atomic step. ``site`` is a symbolic link to a
finished version inside ``.site.versions/`` (beside it); a build makes a
new version there and switches the link with one ``os.replace``. A reader
of ``site/`` therefore sees the old site or the new one, never a mix or
nothing, and a kill at any moment leaves one of the two. The previous
version is kept (one step back); older ones are pruned after the switch.

Staging folders are recognised by the marker inside them (it names the
process that made it), never by their name: what a killed build left is
removed by the next build, and said on the terminal.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Optional

from .errors import OutputError
from .incremental import MANIFEST, load_manifest

#: The marker file: a line for people, then a JSON line for the generator.
MARKER = ".made-by-wg-ta-generator"
MARKER_TEXT = "This folder was made by `python -m generator`; it may replace or delete it.\n"


# -- the marker -------------------------------------------------------------
def mark(folder: Path, kind: str = "output", files: Optional[list[str]] = None,
         place: Optional[Path] = None) -> None:
    """Put the marker into `folder` (created if missing).

    The marker names the folder's own real path (`place`, when the folder is
    about to be moved there) and an id, kept when the folder is marked
    again: a folder is the generator's only where it was made, so a copy
    or a move of it (``cp -rL site ../pub``) is not (see `is_ours`).
    `files`: what the folder holds (a site version), so that a copy that
    holds nothing else can still be recognised as harmless."""
    folder.mkdir(parents=True, exist_ok=True)
    place = Path(os.path.realpath(place or folder))
    old = marker_of(folder)
    payload = {"kind": kind, "path": str(place),
               "id": old["id"] if old and old.get("path") == str(place) and old.get("id") else uuid.uuid4().hex}
    if kind == "staging":
        payload["pid"] = os.getpid()
    if files is not None:
        payload["files"] = sorted(files)
    text = MARKER_TEXT + json.dumps(payload, sort_keys=True, ensure_ascii=False) + "\n"
    handle, temp = tempfile.mkstemp(prefix=".marker-", dir=folder)
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.chmod(temp, 0o644)
    os.replace(temp, folder / MARKER)


def marker_of(folder: Path) -> Optional[dict]:
    """The marker's content ({"kind": …, "path": …, "id": …}), {"kind": "output"}
    for a marker written before markers named their folder, or None when
    `folder` has none."""
    try:
        if folder.is_symlink() or not folder.is_dir():
            return None
        text = (folder / MARKER).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    for line in text.splitlines()[1:]:
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    return {"kind": "output"}


def is_ours(folder: Path) -> bool:
    """Did the generator make `folder`, there? Its marker must name the
    folder's own real path; a copied or moved folder is ours only while it
    holds nothing but what its marker lists (`holds_only_its_files`). A
    marker from before markers named their folder is still honoured (the
    next build writes a new one), except for a site folder given as --site
    (`check_outputs`)."""
    marker = marker_of(folder)
    if marker is None:
        return False
    if "path" not in marker:
        return True
    return marker["path"] == os.path.realpath(folder) or holds_only_its_files(folder, marker)


def holds_only_its_files(folder: Path, marker: Optional[dict] = None) -> bool:
    """Does `folder` hold nothing beyond the files its marker lists?"""
    marker = marker_of(folder) if marker is None else marker
    if not marker or "files" not in marker:
        return False
    listed = set(marker["files"])
    try:
        for path in folder.rglob("*"):
            name = path.relative_to(folder).as_posix()
            if path.is_symlink() or (not path.is_dir() and name not in listed and name != MARKER):
                return False
    except OSError:
        return False
    return True


def made_here(folder: Path) -> bool:
    """Is `folder` marked as made at its own real path (not copied, not moved)?"""
    marker = marker_of(folder)
    return bool(marker) and marker.get("path") == os.path.realpath(folder)


def _is_empty(folder: Path) -> bool:
    try:
        return not any(folder.iterdir())
    except OSError:
        return False


# -- the guard --------------------------------------------------------------
def absolute(path: Path) -> Path:
    """`path` made absolute with its parent resolved, its own name kept (a
    symbolic link is judged as a link, not as what it points to)."""
    path = Path(os.path.abspath(os.path.expanduser(str(path))))
    return path.parent.resolve() / path.name if path.name else path.resolve()


def _related(a: Path, b: Path) -> Optional[str]:
    """How folder `a` stands to folder `b`: "is", "contains", "lies inside" or None."""
    if a == b:
        return "is"
    if b.is_relative_to(a):
        return "contains"
    if a.is_relative_to(b):
        return "lies inside"
    return None


def check_outputs(outputs: dict[str, Optional[Path]], sources: Optional[Path] = None,
                  config: Optional[Path] = None) -> None:
    """Refuse an output that is not safe to replace, before anything is touched.

    `outputs` names each output by its option (``{"--site": …, "--docs": …}``).
    Raises `OutputError` naming the option, its path and the path it collides
    with. Refused: a file; a symbolic link the generator did not make; a
    folder that is, contains or lies inside the sources folder; one that is
    or contains the config file's folder; one holding ``.git``; one that is,
    contains or lies inside another output; an existing folder that is not
    empty and has no marker."""
    given = {name: absolute(path) for name, path in outputs.items() if path is not None}
    guarded = []
    if sources is not None:
        guarded.append(("the sources folder", Path(os.path.abspath(sources)).resolve(), True))
    if config is not None:
        guarded.append(("the config file's folder", Path(os.path.abspath(config)).resolve().parent, False))
    for name, path in given.items():
        real = path.resolve() if path.is_symlink() and _own_link(path) else path
        if path.is_symlink() and not _own_link(path):
            raise OutputError(f"refusing {name} {path}: it is a symbolic link the generator did not make "
                              f"(it points to {os.readlink(path)}), or one moved away from its versions; "
                              f"remove the link yourself or choose another {name}")
        if path.exists() and not path.is_dir():
            raise OutputError(f"refusing {name} {path}: it is a file, not a folder")
        for what, other, inside_too in guarded:
            relation = _related(path, other) or _related(real, other)
            if relation and (inside_too or relation != "lies inside"):
                raise OutputError(f"refusing {name} {path}: it {relation} {what} {other}")
        for other_name, other in given.items():
            relation = _related(path, other) if other_name != name else None
            if relation:
                raise OutputError(f"refusing {name} {path}: it {relation} the folder of {other_name} {other}")
        if (path / ".git").exists() or (real / ".git").exists():
            raise OutputError(f"refusing {name} {path}: it holds {path / '.git'} (a git work tree)")
        if path.is_dir() and not path.is_symlink() and not _is_empty(path) and not is_ours(path) \
                and not _written_by_an_older_generator(path):
            if marker_of(path) is not None:
                raise OutputError(f"refusing {name} {path}: it is a copy or a move of a folder the generator "
                                  f"made at {marker_of(path).get('path')}, and holds files it did not make there; "
                                  f"a folder is the generator's only where it was made: choose an empty or new "
                                  f"folder, or delete {path} yourself")
            raise OutputError(f"refusing {name} {path}: it holds files the generator did not make "
                              f"(no {MARKER} in it); choose an empty or new folder, or empty it yourself")
        if name == "--site" and path.is_dir() and not path.is_symlink() and not _is_empty(path) \
                and not made_here(path) and not holds_only_its_files(path):
            raise OutputError(f"refusing --site {path}: it is a site folder the generator did not make there "
                              f"(a copy or a move, or from before versioned sites), and a build would replace "
                              f"it; choose an empty or new folder, or delete {path} yourself")


def _written_by_an_older_generator(folder: Path) -> bool:
    """A docs/ folder from before markers: it has the generator's manifest
    (``.manifest.json``) and every page in it is one the manifest lists, so
    nothing in it is anyone else's. It gets its marker on the next build."""
    if not (folder / MANIFEST).is_file():
        return False
    listed = set(load_manifest(folder))
    pages = {p.relative_to(folder).as_posix() for p in folder.rglob("*")
             if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)}
    return bool(listed) and pages <= listed


def _own_link(path: Path) -> bool:
    """Is `path` a link made by `SiteVersions` (to a marked version in its store)?"""
    try:
        target = os.readlink(path)
    except OSError:
        return False
    store = SiteVersions(path).store
    resolved = (path.parent / target).resolve()
    return resolved.parent == store.resolve() and is_ours(resolved)


# -- staging and clean-up ---------------------------------------------------
def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def staging(parent: Path) -> Path:
    """A new marked staging folder inside `parent` (which is ours)."""
    folder = Path(tempfile.mkdtemp(prefix="staging-", dir=parent))
    mark(folder, "staging")
    return folder


def clean_leftovers(parent: Path) -> list[Path]:
    """Remove the staging folders a killed build left in `parent`: those
    whose marker names a process that no longer runs. Nothing else."""
    removed = []
    if not parent.is_dir() or not is_ours(parent):
        return removed
    for path in sorted(parent.iterdir()):
        marker = marker_of(path)
        if marker and marker.get("kind") == "staging" and not _alive(int(marker.get("pid", 0))):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


# -- the site: versions behind one symbolic link ----------------------------
class SiteVersions:
    """``site`` → ``.site.versions/vN``: build a version, switch, prune."""

    def __init__(self, site: Path):
        self.link = absolute(site)
        self.store = self.link.parent / f".{self.link.name}.versions"

    def prepare(self) -> list[Path]:
        """Make the store and clear what killed builds left; return what was removed."""
        if not self.store.exists():
            mark(self.store, "store")
        elif not made_here(self.store):
            if not self._holds_only_versions():
                raise OutputError(f"refusing --site {self.link}: {self.store} exists and was not made there "
                                  f"by the generator (no {MARKER} naming it, or files it did not make); "
                                  f"delete it yourself or choose another --site")
            mark(self.store, "store")  # a project moved as a whole: its store, adopted
        removed = clean_leftovers(self.store)
        pending = self.store / ".next"
        if pending.is_symlink():
            pending.unlink()
            removed.append(pending)
        keep = self._kept(self.current())
        for version in self.versions():
            if version not in keep:  # made by a build killed before its switch
                shutil.rmtree(version, ignore_errors=True)
                removed.append(version)
        return removed

    def staging(self) -> Path:
        return staging(self.store)

    def _holds_only_versions(self) -> bool:
        """Is the store (moved with its project) still only the generator's:
        its marker, the pending link and folders that are ours?"""
        if marker_of(self.store) is None:
            return False
        for path in self.store.iterdir():
            if path.name == MARKER or (path.name == ".next" and path.is_symlink()):
                continue
            if path.is_symlink() or not path.is_dir() or not is_ours(path):
                return False
        return True

    def versions(self) -> list[Path]:
        return sorted((p for p in self.store.iterdir() if _number(p) >= 0 and is_ours(p)), key=_number) \
            if self.store.is_dir() else []

    def current(self) -> Optional[Path]:
        if not self.link.is_symlink():
            return None
        target = (self.link.parent / os.readlink(self.link)).resolve()
        return target if target.parent == self.store.resolve() else None

    def publish(self, built: Path, pause=lambda stage: None) -> Path:
        """Move the finished site `built` into the store and switch the link
        to it in one rename. The old version stays until the switch is done."""
        numbers = [_number(v) for v in self.versions()]
        version = self.store / f"v{max(numbers, default=0) + 1}"
        files = [p.relative_to(built).as_posix() for p in built.rglob("*") if not p.is_dir() and p.name != MARKER]
        mark(built, files=files, place=version)
        os.replace(built, version)
        pause("version-in-store")
        pending = self.store / ".next"
        if pending.is_symlink():
            pending.unlink()
        os.symlink(os.path.relpath(version, self.link.parent), pending)
        if self.link.is_dir() and not self.link.is_symlink():
            # A site folder from before versions (marked, or empty): moved
            # into the store first; the one moment without a site/.
            os.replace(self.link, self.store / f"v{max(numbers, default=0) + 1}-before")
        os.replace(pending, self.link)
        pause("switched")
        self.prune(keep=version)
        return version

    def prune(self, keep: Path) -> None:
        """Delete every version but `keep` and the one before it (and an old
        site folder moved in by `publish`)."""
        kept = self._kept(keep)
        for version in self.versions():
            if version not in kept:
                shutil.rmtree(version, ignore_errors=True)
        for path in self.store.iterdir():
            if path.name.endswith("-before") and (is_ours(path) or _is_empty(path)):
                shutil.rmtree(path, ignore_errors=True)

    def _kept(self, current: Optional[Path]) -> list[Path]:
        """`current` and the newest version before it."""
        if current is None:
            return []
        older = [v for v in self.versions() if _number(v) < _number(current)]
        return [current] + older[-1:]


def _number(path: Path) -> int:
    name = path.name
    return int(name[1:]) if name.startswith("v") and name[1:].isdigit() else -1


def pause(stage: str) -> None:
    """Test-only hook: with GENERATOR_PAUSE_AT=<stage>, stop at that stage
    boundary (and say so on stderr) until killed, to prove that a kill there
    leaves a complete site."""
    if os.environ.get("GENERATOR_PAUSE_AT") == stage:
        print(f"paused at {stage}", file=sys.stderr, flush=True)
        while True:
            time.sleep(60)
