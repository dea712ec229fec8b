"""The languages' builds side by side: each in a process of its own, as many
at once as there are cores.

MkDocs builds one page after the other in one process; a language's part
of the site depends on nothing the other languages' builds make, so each
language is one build in a fresh interpreter (spawned: not a fork of the
build's memory). Each tells this process as it builds a page (the progress
bar keeps moving) and hands back its `LanguageOutcome`, or its error.

The stop signals are the build's: the language processes start with them
blocked (workers.py), and a build that stops for any reason (an error in
one language, Ctrl-C) kills the others before it goes on stopping.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import traceback
from typing import Callable

from ..errors import SourceError
from ..workers import _stop_signals_blocked, exit_with_parent
from .languages import LanguageJob, LanguageOutcome, build_language

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


def build_side_by_side(jobs: list[LanguageJob], at_once: int,
                       page_done: Callable[[int], None]) -> list[LanguageOutcome]:
    """Run `jobs` in processes, `at_once` at a time; their outcomes in the
    order of `jobs`. The first error stops every build and is raised here."""
    context = multiprocessing.get_context("spawn")
    news = context.Queue()
    waiting = list(enumerate(jobs))
    running: dict[int, multiprocessing.process.BaseProcess] = {}
    outcomes: dict[int, LanguageOutcome] = {}
    silent: set[int] = set()
    try:
        while waiting or running:
            while waiting and len(running) < max(1, at_once):
                index, job = waiting.pop(0)
                process = context.Process(target=_run, args=(os.getpid(), index, job, news),
                                          name=f"mkdocs-{job.language}")
                running[index] = process  # known before it starts: a stop now kills it too
                with _stop_signals_blocked():  # inherited: the process never takes them
                    process.start()
            try:
                kind, index, value = news.get(timeout=LOOK)
            except queue.Empty:
                for index, process in running.items():
                    if not process.is_alive():
                        if index in silent:  # dead, and nothing came since: it said nothing
                            raise LanguageBuildError(f"the {jobs[index].language} build ended without a "
                                                     f"word (exit {process.exitcode})")
                        silent.add(index)
                continue
            if kind == "pages":
                page_done(value)
            elif kind == "done":
                outcomes[index] = value
                running.pop(index).join()
            else:
                raise _revived(value, jobs[index].language)
    finally:
        for process in running.values():
            if process.pid is not None and process.is_alive():
                process.kill()  # its stop signals are blocked; this one cannot be
        for process in running.values():
            if process.pid is not None:
                process.join()
        news.close()
        news.join_thread()
    return [outcomes[index] for index in range(len(jobs))]


def _run(parent: int, index: int, job: LanguageJob, news) -> None:
    """A language's process: build, then say how it went."""
    exit_with_parent(parent)
    try:
        news.put(("done", index, build_language(job, lambda steps: news.put(("pages", index, steps)))))
    except BaseException as error:  # everything goes back to the build, which decides
        news.put(("error", index, _portable(error)))


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
