"""How long pages are split, measured where pages are rendered: each
year's share of a long page is the Markdown its renderer writes for that
year alone (in the root language, the same decision for every language),
and `paging.pack` packs the years into periods (see paging.py).

A year heavier than the budget alone is measured again by the month (in
the root language too) and packed into parts (`paging.pack_months`), only
then: a corpus with no such year is split as it always was.

Other languages are not measured: the budget's margins cover them. Their
pages run longer than the root's (English's 5-7 % longer than Chinese's),
but `paging.MD_BUDGET` assumes 1.5 bytes of HTML per byte of Markdown and
keeps 10 % aside, and the pages' tables and lists are HTML already, about
1.05 bytes a byte.
Measuring every language's months would make about 480 more renders there.

What measuring renders is kept (`Measured`): an index page's period page of
one year (or month) is the page the final layout gives that period, so the
render phase takes it as it is, and the root language's page objects, with
what they found in the corpus (the recommendations, their recurrences), are
placed on the final layout instead of being made again."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Collection

from ..corpus import Corpus
from ..model import Report, by_year
from ..paging import MD_BUDGET, pack
from ..quality import entries as quality_entries
from ..urls import QUALITY, YEARS, Layout, Period
from .home import HomePage
from .index_page import IndexPage
from .quality import QualityPage
from .registry import INDEX_PAGES


@dataclass
class Measured:
    """What one build decided about its long pages, and what deciding rendered."""

    layout: Layout
    #: docs/ path → Markdown of the period pages measured (the root language's
    #: years, and months of a year over the budget), as the final layout
    #: renders them when it has that period.
    pages: dict[str, str] = field(default_factory=dict)
    #: index page name → the root language's page object that measured it.
    renderers: dict[str, IndexPage] = field(default_factory=dict)


def plan(shown: dict[str, list[Report]], corpora: dict[str, Corpus], root: str,
         files: Collection[str] = (), budget: int = MD_BUDGET) -> Measured:
    """Where the build puts its pages: the `root` language at the site root,
    and every long page split the same in every language, measured on the
    root language's pages (`shown`: language → the reports its pages show;
    `files`: the files published beside the pages, as the render is told;
    `budget`: the Markdown a page may hold)."""
    groups = by_year(shown[root])
    meetings = {year: len(group) for year, group in groups}

    def months_of(render: Callable[[list[Report]], str]) -> Callable[[int], tuple[dict, dict]]:
        def months(year: int) -> tuple[dict, dict]:
            group = next(g for y, g in groups if y == year)
            counts = Counter(r.meeting.start.month for r in group)
            return {m: size(render([r for r in group if r.meeting.start.month == m])) for m in counts}, dict(counts)
        return months

    unsplit = Layout(root)
    home, report = HomePage(root, unsplit), QualityPage(root, unsplit)
    entries = quality_entries(shown[root])

    def quality(group: list[Report]) -> str:
        return report.quality(group, entries)

    periods = {name: pack({year: size(render(group)) for year, group in groups}, meetings, budget,
                          months=months_of(render))
               for name, render in ((YEARS, home.home), (QUALITY, quality))}
    measured = Measured(Layout(root))
    index_periods(measured, corpora, root, files, budget)
    measured.layout.periods = {**periods, **measured.layout.periods}
    return measured


def size(markdown: str) -> int:
    return len(markdown.encode())


def index_periods(measured: Measured, corpora: dict[str, Corpus], root: str, files: Collection[str],
                  budget: int) -> None:
    """Each index page's periods ([]: one page) into `measured`. A page's
    years are those any language's corpus has on it; each year's share is
    measured on the root language's corpus by rendering that year's page
    alone, and each month's share of a year over the budget likewise."""
    main = corpora[root]
    years = {page.name: sorted(set().union(*(page.years(c) for c in corpora.values()))) for page in INDEX_PAGES}
    per_year = Layout(root, {name: [Period(y, y) for y in ys] for name, ys in years.items()})
    for page in INDEX_PAGES:
        measure = page(root, main, per_year, files)

        def share(period: Period) -> int:
            text = measure.period(period)
            measured.pages[measure.holding(period)] = text
            return size(text)

        dates = page.entry_dates(main)

        def months(year: int) -> tuple[dict, dict]:
            counts = Counter(d.month for d in dates if d.year == year)
            return {m: share(Period(year, year, (m, m))) for m in counts}, dict(counts)

        sizes = {y: share(Period(y, y)) for y in years[page.name]}
        # The overview of an unsplit page has more than its years (the
        # timeline's picture): measure it when it might fit.
        whole = size(measure.placed(Layout(root)).overview()) if sum(sizes.values()) <= budget else None
        measured.layout.periods[page.name] = pack(sizes, dict(Counter(d.year for d in dates)), budget, whole=whole,
                                                  months=months)
        measured.renderers[page.name] = measure
