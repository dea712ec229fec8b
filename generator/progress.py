"""Progress of a build: one bar per stage on a terminal, nothing elsewhere.

`build_site` reports stages and steps to a `Progress`; the command line picks
the kind. The bar (tqdm) is drawn only when the stream is a terminal and the
user did not ask for --quiet, so logs and pipes stay clean; the one-line
summary is the command line's business, not this module's.
"""
from __future__ import annotations

import sys
from typing import Callable, Optional, TextIO


class Progress:
    """Receives a build's stages and steps; this one shows nothing."""

    def stage(self, name: str, total: int = 0, unit: str = "file") -> None:
        """A new stage starts; `total` steps (of `unit`: files, pages) are
        expected (0: unknown)."""

    def advance(self, steps: int = 1) -> None:
        """`steps` more steps of the current stage are done."""

    def note(self, message: str) -> None:
        """Something the user should know that is not a stage."""

    def close(self) -> None:
        """The build is over (or failed): leave the terminal tidy."""


class Messages(Progress):
    """Adapter for the older `progress(message)` callables: one message per stage."""

    def __init__(self, callback: Callable[[str], None]):
        self.callback = callback

    def stage(self, name: str, total: int = 0, unit: str = "file") -> None:
        self.callback(f"{name} ({total})" if total else name)

    def note(self, message: str) -> None:
        self.callback(message)


class Bar(Progress):
    """A tqdm bar per stage, on `stream`."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.bar = None

    def stage(self, name: str, total: int = 0, unit: str = "file") -> None:
        from tqdm import tqdm

        self.close()
        self.bar = tqdm(total=total or None, desc=f"{name:<7}", unit=unit if total else "it",
                        file=self.stream, leave=False, dynamic_ncols=True,
                        bar_format=None if total else "{desc} {elapsed}")

    def advance(self, steps: int = 1) -> None:
        if self.bar is not None:
            if self.bar.total and self.bar.n + steps > self.bar.total:
                self.bar.total = self.bar.n + steps  # more than expected: the bar never overflows
            self.bar.update(steps)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.refresh()  # its last count drawn (tqdm draws at intervals), then cleared
            self.bar.close()
            self.bar = None


def for_stream(quiet: bool, stream: Optional[TextIO] = None) -> Progress:
    """A bar when `stream` (default stderr) is a terminal and not quiet; else silence."""
    stream = stream if stream is not None else sys.stderr
    if quiet or not _isatty(stream):
        return Progress()
    return Bar(stream)


def as_progress(progress) -> Progress:
    """Accept a `Progress`, an old-style callable or None."""
    if progress is None:
        return Progress()
    if isinstance(progress, Progress):
        return progress
    return Messages(progress)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
