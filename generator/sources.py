"""The sources folder: which of its entries are reports.

A report is a regular file directly in the folder whose name ends in
``.txt``, in any case (``a.txt``, ``B.TXT``), or a symbolic link to such a
file inside the folder. Everything else is named in a warning and not
read: other files (``README.md``, ``notes.doc``), sub-folders, hidden
files, and entries that cannot be read safely (a link loop, a dangling
link, a link leading outside the folder). A warning never shows what a
link points to beyond its path, nor any of its content.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SourceError

REPORT_SUFFIX = ".txt"
#: The editor's metadata file (metadata.METADATA_NAME), which is no report and no stray entry.
METADATA = "metadata.yml"


@dataclass
class SourceFolder:
    """The reports found in a folder, and what was left out (with why)."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def list_sources(folder: Path) -> SourceFolder:
    """The report files of `folder`, sorted by name; the rest as warnings."""
    if not folder.is_dir():
        raise SourceError(str(folder), 0, "a folder of report sources", "no such folder"
                          if not folder.exists() else "a file")
    root = folder.resolve()
    found = SourceFolder(folder)
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name == METADATA and entry.is_file() and not entry.is_symlink():
            continue  # the editor's metadata, read by metadata.py
        problem = _problem(entry, root)
        if problem:
            found.skipped.append(f"{entry}: {problem}; not read")
        else:
            found.files.append(entry)
    if not found.files:
        raise SourceError(str(folder), 0, f"report sources (*{REPORT_SUFFIX})",
                          "a folder without any" + (f" ({len(found.skipped)} other entries)" if found.skipped else ""))
    return found


def _problem(entry: Path, root: Path) -> str:
    """Why `entry` is not read as a report ("" when it is one)."""
    if entry.is_symlink():
        try:
            target = Path(os.path.realpath(entry, strict=True))
        except (OSError, RuntimeError):
            return "a symbolic link that leads nowhere (dangling, or a loop)"
        if not target.is_relative_to(root):
            return "a symbolic link that leads outside the sources folder"
        if not target.is_file():
            return "a symbolic link to something that is not a file"
    elif entry.is_dir():
        return "a folder (reports are read from the top level only)"
    elif not entry.is_file():
        return "not a regular file"
    if entry.name.startswith("."):
        return "a hidden file"
    if not entry.name.lower().endswith(REPORT_SUFFIX):
        return f"not a report: report files are named *{REPORT_SUFFIX} (any case)"
    return ""


def source_files(seeds: Path) -> list[Path]:
    """The report files of a sources folder (see `list_sources`)."""
    return list_sources(seeds).files
