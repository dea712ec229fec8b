"""The languages' builds side by side: each in a process of its own, as many
at once as there are cores.

MkDocs builds one page after the other in one process; a language's part
of the site depends on nothing the other languages' builds make, so each
language is one build, in one of as many fresh interpreters as cores
(spawned: not a fork of the build's memory). Each tells this process as
it builds a page (the progress bar keeps moving) and hands back its
`LanguageOutcome`, or its error.

The stop signals are the build's: the language processes start with them
blocked (workers.py), and a build that stops for any reason (an error in
one language, Ctrl-C) kills the others before it goes on stopping.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import sys
import traceback
from typing import Callable

from ..errors import SourceError
from ..pools import _stop_signals_blocked, exit_with_parent
from .languages import LanguageJob, LanguageOutcome, build_language, warm

#: How long the build waits for news before it looks whether a language's
#: process died without a word (killed by the system).
LOOK = 0.5


class LanguageBuildError(RuntimeError):
    """A language's build failed on something other than a source or the
    machine: a bug (exit 70). Its message names the language; the
    process's traceback is kept (`details`)."""

    def __init__(self, message: str, details: str = ""):
        super().__init__(message)
        self.details = details


class LanguageProcesses:
    """`count` language processes, started ahead of their work: each loads
    MkDocs and Material while the build still parses and renders, then
    waits for languages to build (`build_side_by_side`). `close` ends them,
    whether they built or not."""

    def __init__(self, count: int):
        context = multiprocessing.get_context("spawn")
        self.news, self.tasks = context.Queue(), context.Queue()
        self.processes = [context.Process(target=_serve, args=(os.getpid(), self.tasks, self.news),
                                          name=f"mkdocs-{k}") for k in range(max(1, count))]
        # Started before the first put: a queue's feeder thread does not
        # block the stop signals, and one taken by it while a process is
        # half started would leave that process unknown here.
        try:
            for process in self.processes:
                with _stop_signals_blocked():  # inherited: the process never takes them
                    process.start()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if not self.processes:
            return
        for process in self.processes:
            if process.pid is not None and process.is_alive():
                process.kill()  # its stop signals are blocked; this one cannot be
        for process in self.processes:
            if process.pid is not None:
                process.join()
        self.tasks.cancel_join_thread()  # work no process will read any more
        for channel in (self.news, self.tasks):
            channel.close()
        self.processes = []


def build_side_by_side(jobs: list[LanguageJob], started: LanguageProcesses,
                       page_done: Callable[[int], None]) -> list[LanguageOutcome]:
    """Run `jobs` in the `started` processes, each building one language
    after another (so that it starts MkDocs, Material and the
    theme's templates once); their outcomes in the order of `jobs`. The
    first error stops every build and is raised here; the processes end
    with this call either way."""
    news, processes = started.news, started.processes
    outcomes: dict[int, LanguageOutcome] = {}
    silent: set[int] = set()
    try:
        for task in [*enumerate(jobs), *(None for _ in processes)]:  # None: no more work
            started.tasks.put(task)
        while len(outcomes) < len(jobs):
            try:
                kind, index, value = news.get(timeout=LOOK)
            except queue.Empty:
                for k, process in enumerate(processes):
                    if not process.is_alive() and process.exitcode != 0:
                        if k in silent:  # dead, and nothing came since: it said nothing
                            raise LanguageBuildError(f"a language's build ended without a word "
                                                     f"(exit {process.exitcode})")
                        silent.add(k)
                continue
            if kind == "pages":
                page_done(value)
            elif kind == "done":
                outcomes[index] = value
            else:
                raise _revived(value, jobs[index].language)
    finally:
        started.close()
    return [outcomes[index] for index in range(len(jobs))]


def _serve(parent: int, tasks, news) -> None:
    """A language process: load what every build needs, then build the
    languages it is given, saying how each went."""
    exit_with_parent(parent)
    # Material's search plugin loads jieba when it can (a tenth of a second
    # of this process's start); no language's build segments
    # (material_search.py), so this process does without it.
    sys.modules["jieba"] = None
    try:
        warm()
    except BaseException as error:
        news.put(("error", 0, _portable(error)))
        return
    while (task := tasks.get()) is not None:
        index, job = task
        try:
            news.put(("done", index, build_language(job, lambda steps: news.put(("pages", index, steps)))))
        except BaseException as error:  # everything goes back to the build, which decides
            news.put(("error", index, _portable(error)))
            return


def _portable(error: BaseException) -> tuple:
    """An error as it travels between processes (SourceError does not
    survive pickling: its __init__ takes four fields)."""
    if isinstance(error, SourceError):
        return ("source", error.source, error.line, error.expected, error.found)
    if isinstance(error, OSError):
        return ("os", error.errno, error.strerror, error.filename, None, error.filename2)
    return ("bug", f"{type(error).__name__}: {error}", traceback.format_exc())


def _revived(value: tuple, language: str) -> BaseException:
    if value[0] == "source":
        return SourceError(*value[1:])
    if value[0] == "os":
        return OSError(*value[1:]) if value[3] is not None else OSError(*value[1:3])  # (errno, strerror)
    return LanguageBuildError(f"the {language} build: {value[1]}", value[2])
