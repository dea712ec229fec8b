"""Stage 6 — the model to Markdown pages, every page of docs/ in every language.

- `base`: what every page of a language needs (labels, names of things);
- `blocks` and `report`: a report page and its blocks; `labels`: the words
  of its script in each language, one file of docs/ each;
- `home`, `quality`, `parallel`: the home page, the quality report, the
  language versions side by side;
- `index_page` and one module per corpus index page, listed in `registry`;
- `links`: every link written resolves;
- `measure`: how long pages are split, measured on the pages as rendered.

Every text from a source passes `markup.markdown_text` (or `markup.inline`);
every path comes from `urls`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Collection, Optional

from ..quality import entries as quality_entries
from ..i18n import label
from ..model import side_by_side
from ..paging import MD_BUDGET
from ..urls import Layout, data_path, feed_path, labels_path, parallel_path, report_path, xml_path
from .home import HomePage
from .labels import labels_script
from .links import check_links
from .measure import plan
from .parallel import ParallelPage
from .quality import QualityPage
from .registry import index_pages, linker_for
from .report import ReportPage

if TYPE_CHECKING:
    from ..context import BuildContext

__all__ = ["render_pages", "ReportPage", "HomePage", "QualityPage", "ParallelPage", "check_links"]


def render_pages(context: BuildContext, built: str = "", files: Collection[str] = (),
                 cache: Optional[dict] = None, layout: Optional[Layout] = None,
                 budget: int = MD_BUDGET) -> dict[str, str]:
    """Every generated page of docs/, in every language: path → Markdown;
    and the words of the site's scripts in each language (path →
    script, `urls.labels_path`).

    A report without a version in some language is shown in that language's
    part of the site in the language it has, with a notice, at the same path
    and with the same ids. `built` (a date) marks the offline edition.

    `files` are the paths (as in docs/) of the files published beside the
    pages: each report page links the Akoma Ntoso XML of the text it shows
    when its `urls.xml_path` is among them (the build passes them all).

    `cache` (the editor's preview, across its rebuilds) keeps report pages:
    a page depends on its report, the layout and the years the timeline has
    a heading for, nothing else of the corpus (its links go to its own
    mentions' entries), so an unchanged report object is not rendered again.

    `layout`: where the pages go; by default measured here (`measure.plan`):
    which long pages are split depends on how long they render, and the
    Markdown a page may hold (`budget`)."""
    pages: dict[str, str] = {}
    root, site_url = context.root, context.site_url
    measured = plan(context.shown, context.corpora, root, files, budget) if layout is None else None
    layout = layout or measured.layout
    layout_key = repr(sorted(layout.periods.items()))
    for language in context.languages:
        shown, corpus = context.shown[language], context.corpora[language]
        pages.update(HomePage(language, layout, site_url).pages(shown, built, feed_path(language) in files))
        renderer = ReportPage(language, layout, site_url, linker_for(corpus, layout, language))
        for versions, report in zip(context.meetings.values(), shown):
            notice = "" if language in versions else label(language, "no_source_notice")
            parallel = ""
            columns = side_by_side(versions, context.languages)
            if len(columns) > 1:
                parallel = parallel_path(report, language, root)
                pages[parallel] = ParallelPage(language, layout, site_url).parallel(columns)
            xml = xml_path(report) if xml_path(report) in files else ""
            data = data_path(report) in files
            if cache is None:
                page = renderer.report(report, notice, parallel, corpus, xml, data)
            else:
                page = _cached_report(cache, renderer, report, notice, parallel, corpus, xml, data, layout_key)
            pages[report_path(report, language, root)] = page
        pages.update(index_pages(language, corpus, layout, files, measured))
        pages.update(QualityPage(language, layout, site_url).pages(shown, quality_entries(shown)))
    check_links({**pages, **{path: "" for path in files}})  # links to the files count too
    pages.update((labels_path(language), labels_script(language)) for language in context.languages)
    return pages


def _cached_report(cache: dict, renderer: ReportPage, report, notice: str, parallel: str, corpus, xml: str,
                   data: bool, layout_key: str) -> str:
    """The report page from the preview's `cache` when nothing it depends on
    changed, else rendered and kept. Its key reads every cite of the
    report's decisions (the "also cited in" lines): the build, which keeps
    no cache, does not make it (at 1000 reports it costs more than the page)."""
    cited = tuple((d.key, tuple((c.report.slug, c.mention.paragraph) for c in d.cites))
                  for d in corpus.decisions_in(report))
    key = (renderer.language, id(report), notice, parallel, xml, data, layout_key, corpus.event_years, cited)
    if key in cache and cache[key][0] is report:
        return cache[key][1]
    page = renderer.report(report, notice, parallel, corpus, xml, data)
    cache[key] = (report, page)  # the report kept: its id is not reused
    return page
