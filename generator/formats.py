"""The outputs beside the pages: every file the site publishes that is not
a page (the reports' Akoma Ntoso XML and JSON, the Atom feeds, the
recommendations' CSV and JSON, the sitemaps), as one table.

Each output is a `Format`: a name, the media type its files are served as,
and `files`, a generator of (site path, bytes) made from the build's model
(Pelican's outputs as generators). Both editions of the site carry every
format at the same paths: the online site and the offline bundle (their
difference is how the pages are built, not what is published). A new format
(EPUB, say) is a `Format` subclass in a module of its own and one line in
`FORMATS`; the pages may then link its files (`Built.files`).

Order matters only for formats that read what came before: the pages are
rendered after every format with ``after_pages`` False, which the pages
may link (`Built.files`); the sitemaps come after the pages, which they list.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Iterator, Optional

from . import data
from .render.base import Renderer
from .urls import Layout, data_path, feed_path, xml_name, xml_path

if TYPE_CHECKING:
    from .context import BuildContext


@dataclass
class Built:
    """What a format is made from: the build's context (reports, languages,
    site URL), the reports' Akoma Ntoso XML (made and validated while
    parsing: a report that does not export is not shown), the files of the
    formats before it, and the rendered pages once there are (docs path →
    Markdown)."""
    context: "BuildContext"
    xml: dict[str, bytes]
    files: dict[str, bytes] = field(default_factory=dict)
    pages: Optional[dict[str, str]] = None


class Format:
    """One output beside the pages."""
    #: Its name in the table (and in the README's list of data files).
    name: ClassVar[str] = ""
    #: The media type its files are served as.
    media_type: ClassVar[str] = "application/octet-stream"
    #: Made from the rendered pages (the pages cannot link it).
    after_pages: ClassVar[bool] = False

    def files(self, built: Built) -> Iterator[tuple[str, bytes]]:
        raise NotImplementedError


class AknXml(Format):
    """Every report as Akoma Ntoso 3.0 XML (``akn/<date>.<lang>.xml``),
    also what `export akn` writes into a folder of its own."""
    name, media_type = "akn", "application/akn+xml"

    def files(self, built: Built) -> Iterator[tuple[str, bytes]]:
        for report in built.context.reports:
            yield xml_path(report), built.xml[xml_name(report)]


class ReportJson(Format):
    """Every report as JSON (``data/<date>.<lang>.json``): `data.report_data`."""
    name, media_type = "json", "application/json"

    def files(self, built: Built) -> Iterator[tuple[str, bytes]]:
        context = built.context
        for report in context.reports:
            yield data_path(report), data.report_json(report, context.languages, context.site_url)


class AtomFeeds(Format):
    """An Atom feed of the report pages per language (``feeds/reports.<lang>.atom``)."""
    name, media_type = "atom", "application/atom+xml"

    def files(self, built: Built) -> Iterator[tuple[str, bytes]]:
        for language in built.context.languages:
            title = Renderer(language, Layout(built.context.root)).title
            yield feed_path(language), data.atom_feed(built.context, language, title)


class RecommendationTables(Format):
    """Every recommendation of a language's pages as CSV and JSON rows."""
    name, media_type = "recommendations", "text/csv"

    def files(self, built: Built) -> Iterator[tuple[str, bytes]]:
        for language in built.context.languages:
            yield from sorted(data.recommendation_files(built.context, language).items())


class Sitemaps(Format):
    """A sitemap per language with hreflang alternates (none without a site URL)."""
    name, media_type, after_pages = "sitemaps", "application/xml", True

    def files(self, built: Built) -> Iterator[tuple[str, bytes]]:
        context = built.context
        pages = [path for path in built.pages or {} if path.endswith(".md")]  # not the pages' scripts
        yield from sorted(data.sitemaps(pages, context.languages, context.site_url).items())


#: Every output beside the pages, in the order they are made.
FORMATS: tuple[Format, ...] = (
    AknXml(),
    ReportJson(),
    AtomFeeds(),
    RecommendationTables(),
    Sitemaps(),
)


def make(built: Built, after_pages: bool) -> dict[str, bytes]:
    """The files of the formats of one side of the render, in table order,
    added to `built.files` (a path made twice is a generator defect)."""
    made: dict[str, bytes] = {}
    for output in FORMATS:
        if output.after_pages != after_pages:
            continue
        for path, content in output.files(built):
            if path in built.files or path in made:
                raise RuntimeError(f"two outputs write {path} (the second: {output.name})")
            made[path] = content
    built.files.update(made)
    return made
