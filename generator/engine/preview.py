"""The preview's MkDocs builds: a full one, or a "dirty" one that rebuilds
only the pages whose Markdown changed (serve.py decides which)."""
from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from ..context import BuildContext
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
    with _dirty_argv(not full):
        mkdocs_build(options, docs, site, context, dictionary, dirty=not full)


@contextlib.contextmanager
def _dirty_argv(dirty: bool):
    """mkdocs-static-i18n builds the other languages itself and reads MkDocs'
    ``--dirty`` switch from the command line only (plugin.py, on_post_build):
    say it there for the length of a dirty build."""
    if not dirty or "--dirty" in sys.argv:
        yield
        return
    sys.argv.append("--dirty")
    try:
        yield
    finally:
        sys.argv.remove("--dirty")
