"""How a command ends: one line for the user and the exit code of the
README ("Exit codes"), whatever stopped it: an error of the generator's
hierarchy (errors.py), the machine, a signal, a closed or full output."""
from __future__ import annotations

import os
import signal
import sys
import threading

from .errors import EXIT_BUG, GeneratorError


def report_error(error: GeneratorError) -> int:
    """One line for the user (after each report's reason when none parsed); the error's exit code."""
    for reason in getattr(error, "skipped", ()):
        print(f"skipped: {reason}", file=sys.stderr)
    print(f"error: {error}", file=sys.stderr)
    return error.exit_code


def report_bug(error: BaseException) -> int:
    if os.environ.get("GENERATOR_DEBUG"):
        raise error
    print(f"internal error: {type(error).__name__}: {error}\n"
          f"This is a bug in the generator, not in your file; run with GENERATOR_DEBUG=1 "
          f"for the traceback and report it.", file=sys.stderr)
    return EXIT_BUG


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP: the command stops and cleans up as on Ctrl-C."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def stop_on_signals() -> dict:
    """SIGTERM and SIGHUP (a closed terminal, `kill`, a service manager)
    stop the command like Ctrl-C: every `finally` runs, staging and
    temporary folders are removed. A second one while it cleans up is
    ignored, so the clean-up finishes."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def stop(signum, frame):
        for number in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(number, signal.SIG_IGN)
        raise Stopped(signum)

    return {number: signal.signal(number, stop) for number in (signal.SIGTERM, signal.SIGHUP)}


#: How a failed write to standard output names it.
STDOUT = "standard output"


def writing_into(args) -> str:
    """What the command writes, for an error of `write()` (which names no file)."""
    outputs = {"parse": [STDOUT], "check": [STDOUT], "serve": [],
               "lock": [getattr(args, "lock", None) or "the anchor lock"],
               "build": [getattr(args, "site", None) or "site/", getattr(args, "docs", None)],
               "bundle": [getattr(args, "dist", None) or "dist/"],
               "export": [getattr(args, "out", None) or "dist/akn/"]}[args.command]
    return " or ".join(str(o) for o in outputs if o) or STDOUT


def say(line: str) -> None:
    """A line of the command's output on standard output; a failed write
    names it (`flush_output`)."""
    try:
        sys.stdout.write(line + "\n")
    except BrokenPipeError:
        raise
    except OSError as error:
        error.filename = STDOUT
        raise


def flush_output() -> None:
    """Write what is left of standard output now, so that a failed write
    (a full disk behind `> file`) is an error naming it, not a traceback at exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        error.filename = STDOUT
        raise


def silence_output() -> None:
    """Nothing more goes to standard output (the interpreter would try
    again at exit, and fail again)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def closed_pipe() -> int:
    """The reader of our output went away (`| head`): stop quietly, as Unix
    tools do, with the exit status of a process ended by SIGPIPE."""
    silence_output()
    return 141
