"""The generator's errors: one root, `GeneratorError`, whose subclasses each
carry the exit code the command line ends with (README, "Exit codes").

Every error a user or the machine can cause is one of them and prints as
one line naming the path and what to do: 2 for what the user gave (a
source, an option, an output path, a lock or redirects file), 3 for a link
or a locked anchor that would break, 74 (EX_IOERR, sysexits.h) for the
machine refusing a write, a size, a path or a port. Anything else that
escapes is a bug (exit 70)."""
from __future__ import annotations

import errno
import os
from typing import Optional

#: The exit code of an error of the machine (sysexits.h's EX_IOERR).
EXIT_ENVIRONMENT = 74
#: The exit code of a bug in the generator (sysexits.h's EX_SOFTWARE).
EXIT_BUG = 70


class GeneratorError(Exception):
    """The root of every error the command line reports as one line."""

    #: What the command exits with.
    exit_code = 2


class SourceError(GeneratorError):
    """A source file that cannot become a report page.

    The message is meant for the person who owns the file: it names the file,
    the line (0 when the problem is the file as a whole), what the generator
    expected and what it found.
    """

    exit_code = 2

    def __init__(self, source: str, line: int, expected: str, found: str):
        self.source, self.line, self.expected, self.found = source, line, expected, found
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: expected {expected}, found {found}")


class LinkError(GeneratorError):
    """A link the generator wrote that does not resolve, or a locked id that vanished (exit 3)."""

    exit_code = 3


class OutputError(GeneratorError):
    """An output path the generator refuses to replace or delete (exit 2).

    The message names the option, its path and what it collides with."""

    exit_code = 2


class UsageError(GeneratorError):
    """Options that contradict each other or name nothing usable (exit 2)."""

    exit_code = 2


class MachineError(GeneratorError):
    """The machine refused something the command needs: a folder it may not
    write, a full disk, the file-size limit, a path too long for the system,
    a port in use (exit 74, EX_IOERR). The message names the path (or port)
    and what to do."""

    exit_code = EXIT_ENVIRONMENT


#: errno → what happened and what to do about it.
_ADVICE = {
    errno.EACCES: ("permission denied", "choose a folder you may write to, or change its permissions"),
    errno.EPERM: ("not permitted", "choose a folder you may write to, or change its permissions"),
    errno.EROFS: ("the file system is read-only", "choose a folder on a writable disk"),
    errno.ENOSPC: ("no space left on the device", "free some space on that disk or choose a folder on another"),
    errno.EDQUOT: ("the disk quota is exhausted", "free some space or choose a folder on another disk"),
    errno.EFBIG: ("the file is larger than the file-size limit allows",
                  "raise the limit (ulimit -f) or build where no limit applies"),
    errno.ENAMETOOLONG: ("the path is too long for the system", "choose a shorter path"),
    errno.ENOTDIR: ("a part of the path is a file, not a folder", "choose a path made of folders"),
    errno.EISDIR: ("it is a folder where a file is needed", "choose another path"),
    errno.ENOENT: ("no such file or folder", "check the path"),
    errno.EMFILE: ("too many open files", "raise the limit (ulimit -n) and try again"),
    errno.ENFILE: ("too many open files on the system", "close some programs and try again"),
    errno.ENOMEM: ("out of memory", "close some programs and try again"),
    errno.EIO: ("an input/output error of the disk", "check the disk and try again"),
    errno.ELOOP: ("too many symbolic links in the path", "choose a path without a link loop"),
}


#: Errors of writing: an error of `write()` names no file, so the command
#: names where it was writing (`machine_error`'s `writing_into`).
WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)


def machine_error(error: OSError, writing_into: Optional[str] = None) -> Optional[MachineError]:
    """`error` as a `MachineError` naming its path and what to do, or None
    when it names no path and no known condition (then it is a bug).
    `writing_into`: what the command writes (its output folder, or standard
    output), named when a failed write says no file."""
    writing = error.errno in WRITE_ERRORS
    # A copy's error names its source first and the file it wrote second (shutil).
    path = error.filename2 if writing and error.filename2 is not None else error.filename
    if path is None and writing and writing_into:
        path = writing_into
    if error.errno == errno.EADDRINUSE:
        return MachineError(f"the address is already in use: {error.strerror or error}; "
                            f"choose another port (--port) or stop the program that holds it")
    if path is None:
        return None
    shown = os.fsdecode(path)
    if len(shown) > 200:
        shown = f"{shown[:120]}…{shown[-60:]} ({len(os.fsencode(path))} bytes)"
    happened, advice = _ADVICE.get(error.errno, (error.strerror or type(error).__name__,
                                                  "check the path, the disk and the permissions"))
    if shown == "standard output":
        advice = "free some space on its disk, or send the output elsewhere"
    return MachineError(f"cannot {'write' if writing else 'use'} {shown}: {happened}; {advice}")


class NoReportError(SourceError):
    """Not one report of a folder parsed (with --keep-going too): the message
    counts them; `skipped` holds each report's own error, which the command
    line lists before it."""

    def __init__(self, seeds, skipped: list):
        self.skipped = skipped
        n = len(skipped)
        super().__init__(str(seeds), 0, "at least one report that parses",
                         f"none of its {n} report{'s' if n != 1 else ''}" + (" (each listed above)" if skipped else ""))
