"""The MkDocs run: one build of the rendered pages with what the generator
decides (folders, navigation, site_url, the jieba dictionary, the offline
switch)."""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Callable, Optional

from ..context import BuildContext
from ..languages import profile
from ..search import SegmentingAhead, corpus_terms, report_entries, reset_jieba, user_dictionary
from ..workers import workers
from .config import POLYFILL_PATH, config_errors, build_date_epoch, config_file_settings, configured_plugins
from .html_blocks import HtmlBlocks
from .minify import Minifier
from .navigation import navigation, not_in_nav
from .plugin import generator_plugin
from .search_index import split_index


def mkdocs_build(options, docs_dir: Path, site_dir: Path, context: BuildContext,
                 dictionary: Path, offline: bool = False, files_dir: Optional[Path] = None,
                 dirty: bool = False, segmenting: Optional[SegmentingAhead] = None,
                 page_done: Callable[[int], None] = lambda steps: None) -> None:
    """Run MkDocs through its Python API with what the generator decides:
    folders, navigation, site_url, the jieba dictionary, the offline switch.

    The files under `files_dir` (the reports' XML) are published as they
    are, at the same path, by every language's build (`generator_plugin`).
    `dirty` rebuilds only the pages whose Markdown is newer than their HTML
    (the preview only, see serve.py); MkDocs warns about it, so not strict.
    `segmenting`: the report pages' search entries, if already started
    (`start_segmenting`); started here otherwise. `page_done(1)` is called
    as each page is built, in every language."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ["SOURCE_DATE_EPOCH"] = build_date_epoch()
    settings = config_file_settings(options.config_file)
    # Everything the generator decides goes in before MkDocs validates the
    # configuration: nothing is changed on a loaded config but the one
    # plugin the generator adds (generator_plugin).
    extra = {**(settings.get("extra") or {}),
             # The HTML lang of each language's text, for the hreflang alternates (overrides/main.html).
             "hreflang": {code: profile(code).html_lang for code in context.languages},
             **({"polyfills": [POLYFILL_PATH]} if offline else {})}
    with config_errors(options.config_file):
        config = load_config(config_file=str(options.config_file), docs_dir=str(docs_dir),
                             site_dir=str(site_dir), strict=not dirty,
                             nav=navigation(context.meetings, languages=context.languages),
                             not_in_nav=not_in_nav(), extra=extra,
                             plugins=configured_plugins(settings, context, dictionary, offline),
                             **({"site_url": options.site_url} if options.site_url else {}))
    reset_jieba()
    # The preview's few pages are minified here: a worker costs more to start.
    minifier = Minifier(0 if dirty else workers() - 1)
    html_blocks = HtmlBlocks()
    config.markdown_extensions.append(html_blocks)
    config.plugins["generator"] = generator_plugin(files_dir, minifier, html_blocks, page_done, offline)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)  # its dictionary-loading chatter
    # The offline plugin turns directory URLs off when the build starts (its
    # on_config): the entries' locations follow it from here already.
    directory_urls = config.use_directory_urls and not offline
    if segmenting is None:
        segmenting = SegmentingAhead(report_entries(context, directory_urls),
                                     dictionary.read_text(encoding="utf-8"), directory_urls)
    try:
        if segmenting.directory_urls != directory_urls:
            raise RuntimeError("search entries made for other URLs than the build's")
        build(config, dirty=dirty)
        split_index(site_dir, segmenting.result(), context.languages)
    finally:
        segmenting.close()
        minifier.close()


def start_segmenting(context: BuildContext, config_file: Path, offline: bool = False) -> SegmentingAhead:
    """The report pages' search entries, segmented in a worker from now on
    (the build starts it before rendering: the worker's start and jieba's
    work then overlap the render, which runs in one process)."""
    directory_urls = bool(config_file_settings(config_file).get("use_directory_urls", True)) and not offline
    return SegmentingAhead(report_entries(context, directory_urls), search_dictionary(context), directory_urls)


def search_dictionary(context: BuildContext) -> str:
    """The jieba user dictionary for this corpus (see search.user_dictionary)."""
    return user_dictionary(context.reports, corpus_terms(context.whole))
