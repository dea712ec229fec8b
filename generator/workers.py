"""Read and parse many reports on all cores (and export them: `in_forks`).

Reading and parsing a report depends on that file alone, so each is one job
for a worker process (rendering stays in the main process: pages link
across reports). The results come back in the order of the files, whatever
order the workers finish in, so that the build stays deterministic.

A few files are parsed in this process: starting workers costs more than it
saves below `PARALLEL_MIN` files.
"""
from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence, Union

from .clean import _wide_pattern
from .errors import SourceError
from .model import Report
from .parse import parse
from .pools import Workers, exit_with_parent, workers
from .read import read_source

#: Below this many files, parsing runs in this process.
PARALLEL_MIN = 20

Outcome = Union[Report, SourceError]


def parse_one(path: Path) -> Outcome:
    """One report's model, or the error that stops it."""
    try:
        return parse(read_source(path), path.name)
    except SourceError as error:
        if error.source != path.name:
            return error
        # The model knows a report by its file name; the person needs the path.
        return SourceError(str(path), error.line, error.expected, error.found)


def _job(path: Path):
    # SourceError does not survive pickling (its __init__ takes four fields),
    # so a failure travels back as its fields.
    outcome = parse_one(path)
    if isinstance(outcome, SourceError):
        return ("error", outcome.source, outcome.line, outcome.expected, outcome.found)
    return outcome


def _revive(item) -> Outcome:
    if isinstance(item, tuple) and item and item[0] == "error":
        return SourceError(*item[1:])
    return item


def parse_many(files: list[Path], jobs: Optional[int] = None,
               done: Callable[[int], None] = lambda _: None) -> Iterator[Outcome]:
    """Yield each file's outcome (its Report or its SourceError), in file order.

    `done(k)` is called as results arrive, for a progress bar."""
    jobs = jobs or workers()
    if jobs <= 1 or len(files) < PARALLEL_MIN:
        for path in files:
            outcome = parse_one(path)
            done(1)
            yield outcome
        return
    chunk = max(1, len(files) // (jobs * 8))
    _wide_pattern()  # build it once here, so that the forked workers inherit it
    pool = Workers(max_workers=jobs, initializer=exit_with_parent, initargs=(os.getpid(),))
    try:
        for item in pool.map(_job, files, chunksize=chunk):
            done(1)
            yield _revive(item)
    finally:
        # On the first error (or Ctrl-C) do not wait for the files still queued.
        pool.shutdown(wait=True, cancel_futures=True)


#: The items `in_forks` hands its workers: set before they fork, so that
#: they inherit them and no item is pickled on the way in.
_FORKED_ITEMS: Sequence = ()


def in_forks(job: Callable[[Any], Any], items: Sequence, jobs: Optional[int] = None) -> Iterator[Any]:
    """Yield `job(item)` for each of `items`, in their order, computed on all
    cores by forked workers, which inherit `items` (the reports of a
    build: pickling them over would cost more than the job). `job` is a
    module's function and its results picklable; below `PARALLEL_MIN` items,
    or one core, here."""
    global _FORKED_ITEMS
    jobs = jobs or workers()
    if jobs <= 1 or len(items) < PARALLEL_MIN:
        yield from map(job, items)
        return
    size = max(1, len(items) // (jobs * 8))
    starts = range(0, len(items), size)
    _FORKED_ITEMS = items
    # The objects so far are left out of the garbage collector's passes, in
    # the workers (which would otherwise walk, and so copy, the whole
    # inherited heap: the build's reports) and here until the pool is done.
    gc.freeze()
    pool = Workers(max_workers=jobs, initializer=exit_with_parent, initargs=(os.getpid(),))
    try:
        for results in pool.map(_forked_slice, [job] * len(starts), starts, [size] * len(starts)):
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _FORKED_ITEMS = ()
        gc.unfreeze()


def _forked_slice(job: Callable[[Any], Any], start: int, size: int) -> list:
    return [job(item) for item in _FORKED_ITEMS[start:start + size]]
