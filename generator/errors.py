"""Errors that carry a file, a line, what was expected and what was found."""
from __future__ import annotations


class SourceError(Exception):
    """A source file that cannot become a report page.

    The message is meant for the person who owns the file: it names the file,
    the line (0 when the problem is the file as a whole), what the generator
    expected and what it found.
    """

    def __init__(self, source: str, line: int, expected: str, found: str):
        self.source, self.line, self.expected, self.found = source, line, expected, found
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: expected {expected}, found {found}")


class LinkError(Exception):
    """A link the generator wrote that does not resolve, or a locked id that vanished."""


class OutputError(Exception):
    """An output path the generator refuses to replace or delete (exit 2).

    The message names the option, its path and what it collides with."""


class UsageError(Exception):
    """Options that contradict each other or name nothing usable (exit 2)."""
