"""The corpus index pages, in navigation order: adding one is a module with
an `IndexPage` subclass, a line here, and its catalog labels
(``<name>_title``, ``<name>_intro``) in every language's catalog.

Mention spans link through the same table: `linker_for` asks the page whose
`kinds` hold a span's kind where its entry is."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Collection, Optional

from ..corpus import Corpus
from ..markup import Linker
from ..model import Report, Span
from ..urls import Layout, relative, report_path
from .articles import ArticlesPage
from .decisions import DecisionsPage
from .documents import DocumentsPage
from .index_page import IndexPage
from .participants import ParticipantsPage
from .recommendations import RecommendationsPage
from .timeline import TimelinePage

if TYPE_CHECKING:
    from .measure import Measured

INDEX_PAGES: tuple[type[IndexPage], ...] = (DecisionsPage, TimelinePage, DocumentsPage, ParticipantsPage,
                                              ArticlesPage, RecommendationsPage)

_BY_KIND = {kind: page for page in INDEX_PAGES for kind in page.kinds}


def index_pages(language: str, corpus: Corpus, layout: Layout, files: Collection[str] = (),
                measured: Optional[Measured] = None) -> dict[str, str]:
    """Every index page of `language` with its period pages: path → Markdown
    (`files`: the files published beside them, which they may link). When
    the build `measured` the pages (in the root language), the page objects
    that measured them and the period pages they rendered are used again."""
    out: dict[str, str] = {}
    for page in INDEX_PAGES:
        if measured is not None and language == layout.root and page.name in measured.renderers:
            out.update(measured.renderers[page.name].placed(layout).pages(measured.pages))
        else:
            out.update(page(language, corpus, layout, files).pages())
    return out


def linker_for(corpus: Corpus, layout: Layout, language: str) -> Callable[[Report], Linker]:
    """Report → a linker that sends its mention spans to their index entries
    (the pages of `language`); a kind no page lists stays unlinked."""
    def make(report: Report) -> Linker:
        here = report_path(report, language, layout.root)

        def link(span: Span) -> Optional[str]:
            kind, _, key = span.value.partition(":")
            page = _BY_KIND.get(kind)
            found = page.target(corpus, layout, language, kind, key, report) if page else None
            return relative(here, found[0]) + "#" + found[1] if found else None
        return link
    return make
