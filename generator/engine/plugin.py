"""The generator's MkDocs plugin, and the HTML fixes it makes on every page."""
from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import urljoin

from ..urls import online_url
from .html_blocks import HtmlBlocks
from .minify import minify
from .palette import PALETTE_SCRIPT, has_switch, palette_script


def generator_plugin(folder: Optional[Path], html_blocks: Optional[HtmlBlocks] = None,
                     page_done: Callable[[int], None] = lambda steps: None, offline: bool = False,
                     copy_static: bool = True):
    """The generator's MkDocs plugin (public plugin events only).

    `on_files` publishes the files of `folder` (outside docs/), if any, at
    their own path (``akn/2012-10-17.zh.xml`` → ``site/akn/2012-10-17.zh.xml``).
    Every language's build knows them: MkDocs (strict) checks the pages'
    Markdown links to them and writes those links relative to each page,
    with or without directory URLs (site and offline bundle alike); the
    first language's build writes them (`copy_static`), the others do not;
    it also writes the script that draws the palette switch (palette.py).

    `on_page_content` gives the links the generator wrote in HTML (see
    `html_links`) their URLs, before any other plugin reads the page, and
    tells MkDocs the ids of the HTML blocks that `html_blocks` stored
    (``Page.present_anchor_ids``: MkDocs checks links to anchors with it).

    `on_post_page` and `on_post_template` minify the HTML (minify.py),
    last of all plugins.

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
                file = File(path.relative_to(folder).as_posix(), str(folder), config.site_dir,
                            config.use_directory_urls)
                if not copy_static:
                    file.copy_file = not_copied
                files.append(file)
            if copy_static and has_switch(config):
                files.append(File.generated(config, PALETTE_SCRIPT, content=palette_script(config)))
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
            return minify(html_direction(output))

        @event_priority(-200)
        def on_post_template(self, output_content, template_name, config):
            return minify(html_direction(output_content)) if template_name.endswith(".html") else output_content

        def on_env(self, env, config, files):
            env.bytecode_cache = _compiled_templates()
            return env

    return GeneratorPlugin()


def not_copied(dirty: bool = False) -> None:
    """A static file that the first language's build writes."""


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
