"""How long pages are split, measured where pages are rendered: each
year's share of a long page is the Markdown its renderer writes for that
year alone (in the root language, the same decision for every language),
and `paging.pack` packs the years into periods (see paging.py).

A year heavier than the budget alone is measured again by the month, in
every language, and packed into parts (`paging.pack_months`): a language
whose pages run longer than the root's (English's run 5–7 % longer than
Chinese's) must not push a part over the budget, and the parts are the
same in every language. The years' shares stay the root language's: a
corpus with no such year is split as it always was."""
from __future__ import annotations

from collections import Counter
from typing import Callable, Collection

from ..corpus import Corpus
from ..model import Report, by_year
from ..paging import MD_BUDGET, pack
from ..quality import entries as quality_entries
from ..urls import QUALITY, YEARS, Layout, Period
from .home import HomePage
from .quality import QualityPage
from .registry import INDEX_PAGES


def plan(shown: dict[str, list[Report]], corpora: dict[str, Corpus], root: str,
         files: Collection[str] = (), budget: int = MD_BUDGET) -> Layout:
    """Where the build puts its pages: the `root` language at the site root,
    and every long page split the same in every language, measured on the
    root language's pages (`shown`: language → the reports its pages show;
    `files`: the files published beside the pages, as the render is told;
    `budget`: the Markdown a page may hold)."""
    groups = by_year(shown[root])
    meetings = {year: len(group) for year, group in groups}

    def months_of(render: Callable[[str, list[Report]], str]) -> Callable[[int], tuple[dict, dict]]:
        def months(year: int) -> tuple[dict, dict]:
            counts = Counter(r.meeting.start.month for r in shown[root] if r.meeting.start.year == year)
            sizes = {m: max(size(render(lang, [r for r in reports if r.meeting.start.year == year
                                               and r.meeting.start.month == m])) for lang, reports in shown.items())
                     for m in counts}
            return sizes, dict(counts)
        return months

    unsplit = Layout(root)
    entries = {lang: quality_entries(reports) for lang, reports in shown.items()}

    def home(lang: str, group: list[Report]) -> str:
        return HomePage(lang, unsplit).home(group)

    def quality(lang: str, group: list[Report]) -> str:
        return QualityPage(lang, unsplit).quality(group, entries[lang])

    periods = {name: pack({year: size(render(root, group)) for year, group in groups}, meetings, budget,
                          months=months_of(render))
               for name, render in ((YEARS, home), (QUALITY, quality))}
    periods.update(index_periods(corpora, root, files, budget))
    return Layout(root, periods)


def size(markdown: str) -> int:
    return len(markdown.encode())


def index_periods(corpora: dict[str, Corpus], root: str, files: Collection[str],
                  budget: int) -> dict[str, list[Period]]:
    """Index page name → its periods ([]: one page). A page's
    years are those any language's corpus has on it; each year's share is
    measured on the root language's corpus by rendering that year's page
    alone, each month's share of a year in parts on every language's."""
    main = corpora[root]
    years = {page.name: sorted(set().union(*(page.years(c) for c in corpora.values()))) for page in INDEX_PAGES}
    per_year = Layout(root, {name: [Period(y, y) for y in ys] for name, ys in years.items()})
    out: dict[str, list[Period]] = {}
    for page in INDEX_PAGES:
        measure = page(root, main, per_year, files)
        renderers = {lang: page(lang, corpus, per_year, files) for lang, corpus in corpora.items()}
        renderers[root] = measure

        def share(period: Period, lang: str = root) -> int:
            return size(renderers[lang].period(period))

        dates = page.entry_dates(main)

        def months(year: int) -> tuple[dict, dict]:
            counts = Counter(d.month for d in dates if d.year == year)
            return {m: max(share(Period(year, year, (m, m)), lang) for lang in corpora) for m in counts}, dict(counts)

        sizes = {y: share(Period(y, y)) for y in years[page.name]}
        # The overview of an unsplit page has more than its years (the
        # timeline's picture): measure it when it might fit.
        whole = size(page(root, main, Layout(root)).overview()) if sum(sizes.values()) <= budget else None
        out[page.name] = pack(sizes, dict(Counter(d.year for d in dates)), budget, whole=whole, months=months)
    return out
