"""The MkDocs seam: the site's navigation, the plugins' settings, and the
MkDocs run.

`mkdocs_build` runs MkDocs through its Python API with what the generator
decides (folders, navigation, site_url, the jieba dictionary, the offline
switch). Everything that touches MkDocs, Material or the i18n plugin is
here (with its two helpers: html_blocks.py, a Python-Markdown extension that
only speeds the conversion up, and minify.py; jieba is in search.py), so
that moving to another engine that reads `mkdocs.yml` is this module's
work. The pipeline around it is `build.py`.
"""
from __future__ import annotations

import contextlib
import logging
import os
import posixpath
import re
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import urljoin

from .context import BuildContext
from .errors import SourceError, UsageError
from .html_blocks import HtmlBlocks
from .i18n import catalog
from .languages import profile
from .minify import Minifier, minify
from .workers import workers
from .navigation import NAV_GROUP, nav_translations, navigation, not_in_nav  # noqa: F401 (NAV_GROUP: tests)
from .search import SegmentingAhead, corpus_terms, report_entries, reset_jieba, split_index, user_dictionary
from .settings import Settings
from .urls import online_url

ROOT = Path(__file__).resolve().parent.parent
#: Where the offline build finds the iframe-worker polyfill (`make vendor`
#: fetches it from the npm registry), and where the pages load it from: the
#: path must contain "iframe-worker", or Material adds its unpkg.com copy.
POLYFILL_SOURCE = ROOT / "vendor" / "iframe-worker" / "shim.js"
POLYFILL_PATH = "assets/javascripts/iframe-worker/shim.js"


def build_date_epoch(root: Path = ROOT) -> str:
    """A fixed build date so that two builds of one checkout give equal bytes."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, timeout=10)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return "0"


def mkdocs_build(settings: Settings, docs_dir: Path, site_dir: Path, context: BuildContext,
                 dictionary: Path, offline: bool = False, files_dir: Optional[Path] = None,
                 dirty: bool = False, segmenting: Optional[SegmentingAhead] = None,
                 page_done: Callable[[int], None] = lambda steps: None) -> None:
    """Run MkDocs through its Python API with what the generator decides:
    folders, navigation, site_url, the jieba dictionary, the offline switch
    (`settings`: the command's, with the configuration file as read once).

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
    config_file = settings.config_file
    # Everything the generator decides goes in before MkDocs validates the
    # configuration: nothing is changed on a loaded config but the one
    # plugin the generator adds (generator_plugin).
    extra = {**(settings.config.get("extra") or {}),
             # The HTML lang of each language's text, for the hreflang alternates (overrides/main.html).
             "hreflang": {code: profile(code).html_lang for code in context.languages},
             **({"polyfills": [POLYFILL_PATH]} if offline else {})}
    with _config_errors(config_file):
        config = load_config(config_file=str(config_file), docs_dir=str(docs_dir),
                             site_dir=str(site_dir), strict=not dirty,
                             nav=navigation(context.meetings, context.root, context.languages),
                             not_in_nav=not_in_nav(context.root), extra=extra,
                             plugins=configured_plugins(settings.config, context, dictionary, offline),
                             **({"site_url": settings.site_url} if settings.site_url else {}))
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


def start_segmenting(context: BuildContext, settings: Settings, offline: bool = False) -> SegmentingAhead:
    """The report pages' search entries, segmented in a worker from now on
    (the build starts it before rendering: the worker's start and jieba's
    work then overlap the render, which runs in one process)."""
    directory_urls = settings.use_directory_urls and not offline
    return SegmentingAhead(report_entries(context, directory_urls), search_dictionary(context), directory_urls)


@contextlib.contextmanager
def _config_errors(config_file: Path):
    """MkDocs logs each configuration problem on its own line and then
    aborts: gathered here into one error naming the file (exit 2); the
    warnings of a configuration it accepts are logged as usual."""
    from mkdocs.exceptions import Abort, ConfigurationError

    said: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = said.append
    logger = logging.getLogger("mkdocs.config")
    propagate, logger.propagate = logger.propagate, False
    logger.addHandler(handler)
    try:
        yield
    except (Abort, ConfigurationError) as error:
        problems = [" ".join(r.getMessage().split()) for r in said if r.levelno >= logging.ERROR] \
            or [" ".join(r.getMessage().split()) for r in said] or [" ".join(str(error).split())]
        raise SourceError(str(config_file), 0, "a valid MkDocs configuration", "; ".join(problems)) from None
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
    for record in said:
        logger.handle(record)


def check_config(config_file: Path) -> dict:
    """The settings of `config_file` if it is a MkDocs configuration (a YAML
    mapping with a ``site_name``); else an error naming the file, the line
    where known and what to do (exit 2)."""
    import yaml

    if not config_file.is_file():
        found = "a folder" if config_file.is_dir() else "no such file"
        raise UsageError(f"--config {config_file}: {found}; name a MkDocs configuration file (mkdocs.yml)")
    expected = "a MkDocs configuration (YAML with site_name)"
    from mkdocs.exceptions import ConfigurationError

    try:
        settings = config_file_settings(config_file)
    except UnicodeDecodeError:
        raise SourceError(str(config_file), 0, expected, "bytes that are not UTF-8 text") from None
    except (yaml.YAMLError, ConfigurationError) as error:
        cause = error if isinstance(error, yaml.YAMLError) else error.__context__ or error.__cause__
        mark = getattr(cause, "problem_mark", None)
        raise SourceError(str(config_file), mark.line + 1 if mark else 0, expected,
                          " ".join(str(getattr(cause, "problem", None) or error).split())) from None
    if not isinstance(settings, dict) or not settings.get("site_name"):
        found = "no site_name" if isinstance(settings, dict) else f"a YAML {type(settings).__name__}"
        raise SourceError(str(config_file), 0, expected, found)
    return settings


def config_file_settings(config_file: Path) -> dict:
    """The configuration file as written (MkDocs' own YAML loader: it knows
    the file's tags)."""
    from mkdocs.utils import yaml_load

    with open(config_file, encoding="utf-8") as stream:
        return yaml_load(stream) or {}


def configured_plugins(settings: dict, context: BuildContext, dictionary: Path, offline: bool = False) -> list:
    """The config file's plugins with what the build decides: the search
    plugin's languages and jieba user dictionary (this corpus' terms), the offline
    plugin's switch (the bundle), and the i18n plugin's ``languages`` (codes
    in the file) expanded into mkdocs-static-i18n's entries for the
    languages of this build: the first (`context.root`) is the default, at the site root;
    names come from the profiles, site names and navigation titles from the
    catalogs."""
    plugins = settings.get("plugins") or []
    out = []
    for plugin in plugins:
        if isinstance(plugin, dict) and "i18n" in plugin:
            entries = []
            for code in context.languages:
                entry = {"locale": code, "name": profile(code).name, "default": code == context.root,
                         "build": True}
                if code != context.root:
                    entry["site_name"] = catalog(code)["site_name"]
                    entry["nav_translations"] = nav_translations(context.meetings, code, context.languages)
                    # The palette switch's names (light scheme first, as in mkdocs.yml).
                    entry["theme"] = {"palette": [{"toggle": {"name": catalog(code)["palette_dark"]}},
                                                  {"toggle": {"name": catalog(code)["palette_light"]}}]}
                entries.append(entry)
            plugin = {"i18n": {**(plugin["i18n"] or {}), "languages": entries}}
        elif plugin == "search" or isinstance(plugin, dict) and "search" in plugin:
            options = plugin["search"] if isinstance(plugin, dict) else {}
            # Its word rules follow the build's languages (lunr's, by code).
            plugin = {"search": {**(options or {}), "lang": list(context.languages),
                                 "jieba_dict_user": str(dictionary)}}
        elif plugin == "offline" or isinstance(plugin, dict) and "offline" in plugin:
            options = plugin["offline"] if isinstance(plugin, dict) else {}
            plugin = {"offline": {**(options or {}), "enabled": offline}}
        out.append(plugin)
    return out


def generator_plugin(folder: Optional[Path], minifier: Minifier, html_blocks: Optional[HtmlBlocks] = None,
                     page_done: Callable[[int], None] = lambda steps: None, offline: bool = False):
    """The generator's MkDocs plugin (public plugin events only).

    `on_files` publishes the files of `folder` (outside docs/), if any, in
    every language's build at their own path (``akn/2012-10-17.zh.xml`` →
    ``site/akn/2012-10-17.zh.xml``).

    Inside docs/, mkdocs-static-i18n (suffix structure) would read ``.zh`` and
    ``.en`` in those names as languages: it strips the suffix, moves ``.en``
    files under ``en/`` and leaves every other file out of the English build,
    whose pages could then not link them. Files from outside docs/ it passes
    through untouched, so each build knows them: MkDocs (strict) checks the
    pages' Markdown links to them and writes those links relative to each
    page, with or without directory URLs (site and offline bundle alike).

    `on_page_content` gives the links the generator wrote in HTML (see
    `html_links`) their URLs, before any other plugin reads the page, and
    tells MkDocs the ids of the HTML blocks that `html_blocks` stored
    (``Page.present_anchor_ids``: MkDocs checks links to anchors with it).

    `on_post_page`, `on_post_template` and `on_post_build` minify the HTML
    (minify.py: in worker processes while MkDocs builds on), last of all
    plugins; the last build's end (each language's build ends in the
    i18n plugin's) waits for the workers.

    `on_page_context` (the offline bundle) gives each page the canonical
    URL it has online (``…/reports/2012-10-17/``), not its file's
    (``…/reports/2012-10-17.html``, which no server has).

    `on_post_page` also counts the page as built (`page_done`, the
    progress bar of the MkDocs stage).

    `on_env` keeps the theme's compiled templates in this process: MkDocs
    makes a new Jinja environment for every build (each language's, each
    rebuild of the preview), which compiled them all again each time."""
    from mkdocs.plugins import BasePlugin, event_priority
    from mkdocs.structure.files import File

    class GeneratorPlugin(BasePlugin):
        def __init__(self):
            super().__init__()
            #: docs path → File, for `html_links`: one build's (each language's build has its own files).
            self.targets: dict = {}

        def on_files(self, files, config):
            self.targets = {}
            for path in sorted(p for p in folder.rglob("*") if p.is_file()) if folder else ():
                files.append(File(path.relative_to(folder).as_posix(), str(folder),
                                  config.site_dir, config.use_directory_urls))
            return files

        @event_priority(100)
        def on_page_content(self, html, page, config, files):
            if html_blocks is not None and page.present_anchor_ids is not None:
                page.present_anchor_ids |= html_blocks.ids
            return html_links(html, page.file, files, self.targets)

        def on_page_context(self, context, page, config, nav):
            if offline and config.site_url:
                page.canonical_url = urljoin(config.site_url, online_url(page.file.dest_uri))
            return context

        @event_priority(-200)
        def on_post_page(self, output, page, config):
            page_done(1)
            return minifier.page(html_direction(output), Path(page.file.abs_dest_path))

        @event_priority(-200)
        def on_post_template(self, output_content, template_name, config):
            return minify(html_direction(output_content)) if template_name.endswith(".html") else output_content

        @event_priority(-200)
        def on_post_build(self, config):
            minifier.finish()

        def on_env(self, env, config, files):
            env.bytecode_cache = _compiled_templates()
            return env

    return GeneratorPlugin()


HTML_START = re.compile(r'<html lang="[^"]*"')  # as Material writes it


def html_direction(output: str) -> str:
    """A right-to-left page's ``<html>`` with ``dir="rtl"`` beside its ``lang``:
    Material writes the direction of its translation (Arabic) on ``<body>``
    only. Left-to-right pages stay as they are."""
    if '<body dir="rtl"' not in output:
        return output
    return HTML_START.sub(lambda m: f'{m.group(0)} dir="rtl"', output, count=1)


#: A link to a page of docs/ in the generator's HTML: ``href="../decisions.md#x"``.
#: Only the generator writes one (a source's text reaches a page escaped:
#: its quotes are character references), and MkDocs has made a URL of
#: every Markdown link by then (none ends in ``.md``).
HTML_LINK = re.compile(r'href="(?P<path>[^"#:]+\.md)(?P<anchor>#[^"]*)?"')


def html_links(html: str, page, files, targets: Optional[dict] = None) -> str:
    """Links the generator wrote as HTML, as MkDocs writes Markdown links:
    relative to the page, with or without directory URLs, in each language's
    build (`files.get_file_from_path`, `File.url_relative_to`).

    Report texts, tables and lists are HTML blocks, not Markdown inside HTML
    (md_in_html): Python-Markdown then only stores them, which made the
    pages' Markdown conversion about twice as fast. render/links.py has
    proved every such link before the build; a page that is missing here
    all the same stops the build. `targets`: docs path → its File in
    `files`, kept by the caller for a whole build (the i18n plugin's lookup
    is slow, and every page links the same few hundred pages)."""
    from mkdocs.exceptions import PluginError

    folder, found = posixpath.dirname(page.src_uri), {}
    targets = {} if targets is None else targets

    def url(match: re.Match) -> str:
        path = match["path"]
        if path not in found:
            docs_path = posixpath.normpath(posixpath.join(folder, path))
            if docs_path not in targets:
                targets[docs_path] = files.get_file_from_path(docs_path)
            target = targets[docs_path]
            if target is None:
                raise PluginError(f"{page.src_uri}: a link to {path}: no such page")
            found[path] = target.url_relative_to(page)
        return f'href="{found[path]}{match["anchor"] or ""}"'

    return HTML_LINK.sub(url, html)


@lru_cache(maxsize=None)
def _compiled_templates():
    """A Jinja bytecode cache in memory, for the life of the process (Jinja
    checks each template's source against the checksum it keeps)."""
    from jinja2 import BytecodeCache

    class InMemory(BytecodeCache):
        def __init__(self):
            self.store: dict[str, bytes] = {}

        def load_bytecode(self, bucket):
            if bucket.key in self.store:
                bucket.bytecode_from_string(self.store[bucket.key])

        def dump_bytecode(self, bucket):
            self.store[bucket.key] = bucket.bytecode_to_string()

    return InMemory()


def search_dictionary(context: BuildContext) -> str:
    """The jieba user dictionary for this corpus (see search.user_dictionary)."""
    return user_dictionary(context.reports, corpus_terms(context.whole))
