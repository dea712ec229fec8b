"""The preview's MkDocs builds: a full one, or a "dirty" one that rebuilds
only the pages whose Markdown changed (serve.py decides which)."""
from __future__ import annotations

import logging
from pathlib import Path

from ..context import BuildContext
from ..search import reset_jieba
from .run import mkdocs_build


class _QuietDirty(logging.Filter):
    """MkDocs warns on every dirty build that navigation may be stale: the
    preview rebuilds fully whenever the navigation changes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def preview_build(options, docs: Path, site: Path, context: BuildContext, dictionary: Path, full: bool) -> None:
    """Build `docs` into `site`: everything (`full`), or only the pages
    whose Markdown is newer than their HTML."""
    logging.getLogger("mkdocs.commands.build").addFilter(_QuietDirty())
    if full:
        # A full build runs MkDocs in the languages' processes; the dirty
        # builds after it run here and segment here, from jieba's plain
        # dictionary, read once per process (a second on the first edit
        # otherwise).
        reset_jieba()
    mkdocs_build(options, docs, site, context, dictionary, dirty=not full)
