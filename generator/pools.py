"""Process pools whose workers leave the stop signals to the build, and
end with it: the parse's (workers.py), the segmenting worker's
(search.py) and the language processes (engine/processes.py).

A module of its own, apart from the parse's pools: the language and
segmenting processes load it at their start, and the parser is most of
what workers.py loads.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


#: The signals that stop a build: its workers never act on them (see `Workers`).
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Workers(ProcessPoolExecutor):
    """A process pool whose workers leave the stop signals to the build.

    Ctrl-C reaches every process of the terminal's process group: a worker
    that took it would print its own traceback, one per worker. The signals
    are blocked while each worker starts, and a blocked signal stays blocked
    across fork and exec, so a worker never receives them (its build stops
    it: `shutdown`, or `exit_with_parent`); the build itself gets them as
    soon as the worker has started."""

    def __init__(self, *args, **kwargs):
        # The pool's queues start multiprocessing's resource tracker (spawn),
        # which ignores SIGINT and SIGTERM but not SIGHUP.
        with _stop_signals_blocked():
            super().__init__(*args, **kwargs)

    def submit(self, *args, **kwargs):
        # Submitting starts the workers (all at once with fork) and the pool's
        # manager thread: a stop signal is taken after that, never between a
        # worker's start and the thread that would tell it to stop.
        with _stop_signals_blocked():
            return super().submit(*args, **kwargs)

    def _spawn_process(self):
        with _stop_signals_blocked():
            super()._spawn_process()

    def stop(self) -> None:
        """End the pool now, its workers killed: for a build that stopped,
        whose work they would finish first otherwise (a worker loading
        jieba's dictionary holds a failed build most of a second). The
        pool has no public way to end a busy worker: its processes are
        ProcessPoolExecutor's `_processes` (pid → Process)."""
        for process in list((self._processes or {}).values()):
            process.kill()
        self.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _stop_signals_blocked():
    """Processes started here never receive the stop signals (the mask is
    inherited); this process receives them once the block ends."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def exit_with_parent(parent: int) -> None:
    """A worker's initializer: the worker ends when its build process
    (`parent`, its pid) does.

    A killed build (Ctrl-C twice, kill -9) leaves its pool's workers waiting
    on their queue for ever: they hold both ends of it, so no end-of-file
    comes. A thread here checks every half second that the worker's parent
    is still the build (the pid is passed in: a worker still starting when
    the build dies has been handed to another parent already)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
