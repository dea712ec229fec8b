"""Each language's part of the site, built by a MkDocs build of its own.

The generator writes every page in every language (``reports/x.md``,
``reports/x.en.md``: urls.page_path) and knows each page's place in the
site (urls.page_url). A language's build reads the same docs folder and
keeps its own language's pages only (`LanguagePart.on_files`), each at its
place (``reports/x.en.md`` → ``en/reports/x/``); the navigation is that
language's (navigation.py), and so are the theme's language, the site name
and the scripts every page loads before Material's (the words of the
site's scripts in its language, the palette switch). Every page's
language switch and hreflang alternates (``config.extra.alternate``, read
by Material and overrides/main.html) name its versions in the other
languages; the home pages keep the language roots (``/``, ``/en/``).

The first language's build writes the site's root: the theme's files, the
files published as they are, 404.html. The others write their pages only,
into a folder of their own when they run side by side (processes.py),
which merge.py then moves into the site. Each returns its rows of the
sitemap and its entries of Material's search index, for the merge.
"""
from __future__ import annotations

import html
import logging
import os
import posixpath
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Callable, Optional
from urllib.parse import urlsplit

from ..i18n import catalog
from ..languages import profile
from ..urls import labels_path, page_url, url_prefix
from .config import config_errors
from .html_blocks import HtmlBlocks
from .material_search import search_plugin, unsegmented_search
from .palette import PALETTE_SCRIPT, has_switch
from .plugin import not_copied, generator_plugin


@dataclass
class LanguageJob:
    """One language's build: everything it needs, picklable (it may run in
    a process of its own)."""

    language: str
    languages: tuple[str, ...]
    config_file: str
    #: load_config's overrides: docs_dir, site_dir, strict, nav, not_in_nav, extra, plugins, site_url.
    settings: dict
    #: docs path of each of its pages → the page's place in the site's layout (``en/reports/x.md``).
    pages: dict[str, str]
    #: a page's place without the language prefix → language → its place (every language's versions).
    versions: dict[str, dict[str, str]]
    #: The first language: it writes the theme's files, the static files and 404.html.
    root: bool
    static_dir: Optional[str] = None
    offline: bool = False
    dirty: bool = False
    epoch: str = "0"
    site_name: Optional[str] = None


@dataclass
class LanguageOutcome:
    """What a language's build hands to the merge."""

    #: Its pages in the sitemap, as written (merge.write_sitemap).
    sitemap: list[str]
    #: Material's search entries of its pages, in index order.
    search: list[dict]
    #: The latest date of its pages (``2023-11-14``; MkDocs dates the sitemap's gzip copy with it).
    updated: str = ""


def place_of(docs_path: str, languages: tuple[str, ...]) -> tuple[str, str]:
    """(language, place in the site's layout) of a page of docs/: its URL as
    a docs path (``reports/x.en.md`` → ``en``, ``en/reports/x.md``; the
    home page ``index.en.md`` → ``en/index.md``)."""
    language, url = page_url(docs_path, languages)
    return language, (url + "index.md" if url == url_prefix(language, languages[0]) else url[:-1] + ".md")


def language_jobs(pages: list[str], languages: tuple[str, ...], common: dict) -> list[LanguageJob]:
    """One job per language for the docs pages `pages`; `common`: the
    LanguageJob fields they share (settings without the navigation)."""
    places = {path: place_of(path, languages) for path in pages}
    versions: dict[str, dict[str, str]] = {}
    for language, place in places.values():
        versions.setdefault(place[len(url_prefix(language, languages[0])):], {})[language] = place
    jobs = []
    for language in languages:
        root = language == languages[0]
        jobs.append(LanguageJob(
            language=language, languages=languages, root=root, versions=versions,
            pages={path: place for path, (lang, place) in places.items() if lang == language},
            site_name=None if root else catalog(language)["site_name"],
            **{**common, "settings": deepcopy(common["settings"])}))
    return jobs


def warm() -> None:
    """Load what every language's build needs first (MkDocs, Material's
    search plugin), in a language process started ahead of its work
    (processes.py). Not jieba's dictionary: no language's build segments
    (material_search.py)."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner
    import material.plugins.search.plugin  # noqa: F401
    import mkdocs.commands.build  # noqa: F401
    import mkdocs.config  # noqa: F401


def build_language(job: LanguageJob, page_done: Callable[[int], None]) -> LanguageOutcome:
    """Run MkDocs for `job` (in this process); `page_done(1)` per page built."""
    os.environ["SOURCE_DATE_EPOCH"] = job.epoch
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    with config_errors(Path(job.config_file)):
        # A copy: MkDocs changes the settings it is given (the plugins' entries).
        config = load_config(config_file=job.config_file, **deepcopy(job.settings))
    html_blocks = HtmlBlocks()
    config.markdown_extensions.append(html_blocks)
    part = language_part(job)
    config.plugins["generator-languages"] = part
    config.plugins["generator"] = generator_plugin(
        Path(job.static_dir) if job.static_dir else None, html_blocks, page_done, job.offline,
        copy_static=job.root)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    build(config, dirty=job.dirty)
    dates = [file.page.update_date for file in part.files.documentation_pages() if file.page is not None]
    return LanguageOutcome(part.sitemap, part.search_entries(config), max(dates, default=""))


def language_part(job: LanguageJob):
    """The MkDocs plugin that makes a build `job.language`'s part of the site."""
    from mkdocs.plugins import BasePlugin, event_priority
    from mkdocs.structure.files import File, Files

    prefix = url_prefix(job.language, job.languages[0])

    class LanguagePart(BasePlugin):
        def __init__(self):
            super().__init__()
            self.alternate: list[dict] = []
            self.files = None
            self.sitemap: list[str] = []

        @event_priority(-100)  # after the offline plugin has set the URLs' form
        def on_config(self, config):
            config.theme["language"] = job.language
            if job.site_name:
                config["site_name"] = job.site_name
            # Loaded by every page before Material's bundle (overrides/main.html).
            config.extra["scripts"] = [labels_path(job.language), *([PALETTE_SCRIPT] if has_switch(config) else [])]
            search = search_plugin(config)
            if search is not None and getattr(search, "search_index", None) is not None:
                unsegmented_search(search)
            # The sitemap is the merge's (all languages); 404.html the root's.
            config.theme.static_templates.discard("sitemap.xml")
            if not job.root:
                config.theme.static_templates.discard("404.html")
            if len(job.languages) > 1:
                # The language roots: from the server's root online (as
                # overrides/main.html and partials/alternate.html expect them),
                # their files offline, relative to the bundle's root (404.html is there).
                base = urlsplit(config.site_url or "").path.rstrip("/")
                root = (lambda code: f"{base}/{url_prefix(code, job.languages[0])}") if config.use_directory_urls \
                    else (lambda code: f"{url_prefix(code, job.languages[0])}index.html")
                self.alternate = [{"name": profile(code).name, "link": root(code), "lang": code}
                                  for code in job.languages]
                config.extra["alternate"] = deepcopy(self.alternate)
            return config

        @event_priority(50)  # before the generator's plugin adds the static files
        def on_files(self, files, config):
            kept = []
            for file in files:
                if file.is_documentation_page():
                    place = job.pages.get(file.src_uri)
                    if place is None:
                        continue  # another language's page
                    if place != file.src_uri:
                        placed = File(file.src_uri, file.src_dir, file.dest_dir, file.use_directory_urls,
                                      dest_uri=self.dest(place, config), inclusion=file.inclusion)
                        placed.name = posixpath.splitext(posixpath.basename(place))[0]
                        file = placed
                elif not job.root:
                    file.copy_file = not_copied
                kept.append(file)
            self.files = Files(kept)
            return self.files

        def dest(self, place: str, config) -> str:
            return File(place, None, config.site_dir, config.use_directory_urls).dest_uri

        def url(self, place: str, config) -> str:
            return File(place, None, config.site_dir, config.use_directory_urls).url

        def on_nav(self, nav, config, files):
            if nav.homepage is None:  # another language's home page, under its prefix
                home = {f"{prefix}{name}" for name in ("", "index.html")}
                nav.homepage = next((page for page in nav.pages if page.url in home), None)
            return nav

        def on_page_context(self, context, page, config, nav):
            if self.alternate:
                alternate = deepcopy(self.alternate)
                # The home pages keep the language roots; every other page
                # names its own versions.
                if PurePath(page.url) not in (PurePath("."), PurePath(job.language)):
                    place = job.pages[page.file.src_uri]
                    versions = job.versions.get(place[len(prefix):], {})
                    for entry in alternate:
                        if entry["lang"] in versions:
                            entry["link"] = self.url(versions[entry["lang"]], config)
                config.extra["alternate"] = alternate
            return context

        @event_priority(-150)
        def on_post_build(self, config):
            self.sitemap = [self.sitemap_row(file, config) for file in self.files.documentation_pages()
                            if file.page is not None]

        def sitemap_row(self, file, config) -> str:
            """The page in the sitemap: its URL, and its versions' with their
            language codes (its own first, then the others by code)."""
            page, site_url = file.page, config.site_url or ""
            own = html.escape(page.canonical_url or page.abs_url or site_url + file.url)
            links = [(job.language, own)]
            versions = job.versions.get(job.pages[file.src_uri][len(prefix):], {})
            for code in sorted(c for c in job.languages if c != job.language and c in versions):
                url = self.url(versions[code], config)
                links.append((code, site_url if url == "./" else site_url + url))
            return ("    <url>\n"
                    f"        <loc>{own}</loc>\n"
                    + (f"        <lastmod>{page.update_date}</lastmod>\n" if page.update_date else "")
                    + "        <changefreq>daily</changefreq>\n"
                    + "".join(f'        <xhtml:link rel="alternate" hreflang="{code}" href="{href}"/>\n'
                              for code, href in links)
                    + "    </url>\n")

        def search_entries(self, config) -> list[dict]:
            """Material's search entries of this build (its search plugin's)."""
            index = getattr(search_plugin(config), "search_index", None)
            return list(getattr(index, "entries", None) or getattr(index, "_entries", None) or [])

    return LanguagePart()
