"""The built pages' whitespace minified by htmlmin (htmlmin2, the minifier
mkdocs-minify-plugin runs), in worker processes while MkDocs builds the next
pages.

The plugin minifies each page in MkDocs' one process, between building it and
writing it: a third of the whole build on this corpus. Here the page is
written as built, handed to a worker, and written again minified once the
worker is done (`Minifier.page`, `Minifier.finish`), so the minifying runs on
the other cores. The bytes are those the plugin wrote: the same function with
the same settings (`OPTIONS`; the site was byte-identical before and after the
change on four corpora).

Compiled minifiers (minify-html, tdewolff/minify) take ~3 ms a page against
htmlmin's ~25, but each changed what a reader gets (tests/test_minify.py
keeps both cases).
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future
from pathlib import Path

import htmlmin

from ..workers import Workers, exit_with_parent

#: mkdocs-minify-plugin 0.8.0's settings for htmlmin, with the project's
#: two changes: character references stay as written (`convert_charrefs`:
#: a source's escaped ``<`` must not come back as a literal one, see
#: tests/test_injection.py) and attribute values keep their quotes.
OPTIONS = {"remove_comments": False, "remove_empty_space": False, "remove_all_empty_space": False,
           "reduce_empty_attributes": True, "reduce_boolean_attributes": False,
           "remove_optional_attribute_quotes": False, "convert_charrefs": False,
           "keep_pre": False, "pre_tags": ("pre", "textarea"), "pre_attr": "pre"}

#: Pages handed out and not yet written back, per worker: the pages wait in
#: this process's memory (32: a few MB); with as many in flight, the next
#: page is minified here, which keeps the memory bounded and both cores busy
#: (MkDocs waited on the workers for a quarter of its stage at 100 reports).
AHEAD = 32


def minify(html: str) -> str:
    return htmlmin.minify(html, **OPTIONS)


class Minifier:
    """Minifies pages in `jobs` worker processes (none: here, at once)."""

    def __init__(self, jobs: int):
        self.pool = None
        if jobs > 0:
            # A fresh interpreter, not a fork of the build's memory.
            self.pool = Workers(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                initializer=exit_with_parent, initargs=(os.getpid(),))
        self.limit = AHEAD * max(jobs, 1)
        self.pending: deque[tuple[Path, Future]] = deque()

    def page(self, html: str, dest: Path) -> str:
        """What MkDocs writes to `dest` now: the page minified, or as it is
        when a worker minifies it (and `dest` is written again later)."""
        if self.pool is None:
            return minify(html)
        # Every page handed out before this one has been written by MkDocs.
        while self.pending and self.pending[0][1].done():
            self._write_oldest()
        if len(self.pending) >= self.limit:
            # The workers are behind (they share the cores with the search
            # entries' worker): this process minifies the page rather than wait.
            return minify(html)
        self.pending.append((dest, self.pool.submit(minify, html)))
        return html

    def finish(self) -> None:
        """Write every page handed out (after MkDocs has written them)."""
        while self.pending:
            self._write_oldest()

    def close(self) -> None:
        self.pending.clear()
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def _write_oldest(self) -> None:
        dest, future = self.pending.popleft()
        dest.write_bytes(future.result().encode("utf-8", errors="xmlcharrefreplace"))  # as MkDocs writes
