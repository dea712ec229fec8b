"""The source-quality report: what a careful editor must look at.

It lists the warnings that parsing attached to every report (missing,
duplicate or out-of-order numbers, contradictory dates, draft marks and
placeholders, empty headings, unknown country names, footnote problems …)
and, for the ``check`` command, the files that could not be parsed at all.
It invents nothing: a new kind of warning in `parse` (or in `mentions`)
shows up here without a change.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .errors import SourceError
from .model import Report


@dataclass(frozen=True)
class Entry:
    source: str  # file name
    line: int
    code: str
    message: str
    target: str  # id of the element it concerns ("" for the report as a whole)
    slug: str = ""  # report page, "" when the file did not parse

    def format(self, folder: Path | None = None) -> str:
        """``file:line: [code] message (id)`` — the ``check`` command's line."""
        path = _shown(folder / self.source) if folder else self.source
        where = f"{path}:{self.line}" if self.line else path
        return f"{where}: [{self.code}] {self.message}" + (f" ({self.target})" if self.target else "")


def entries(reports: Iterable[Report], errors: Iterable[SourceError] = ()) -> list[Entry]:
    """Every entry, by file then line."""
    out = [Entry(r.source, w.line, w.code, w.message, w.target, r.slug) for r in reports for w in r.warnings]
    for error in errors:
        out.append(Entry(Path(error.source).name, error.line, "error",
                         f"expected {error.expected}, found {error.found}", ""))
    return sorted(out, key=lambda e: (e.source, e.line, e.code))


def _shown(path: Path) -> str:
    """The path relative to the working folder when it lies inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
