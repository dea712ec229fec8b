"""How long pages are split, measured where pages are rendered: each
year's share of a long page is the Markdown its renderer writes for that
year alone (in the root language, the same decision for every language),
and `paging.pack` packs the years into periods (see paging.py)."""
from __future__ import annotations

from ..corpus import Corpus
from ..model import Report, by_year
from ..paging import MD_BUDGET, pack
from ..quality import entries as quality_entries
from ..urls import QUALITY, YEARS, Layout, Period
from .home import HomePage
from .quality import QualityPage
from .registry import INDEX_PAGES


def plan(shown: list[Report], corpora: dict[str, Corpus], root: str) -> Layout:
    """Where the build puts its pages: the `root` language at the site root,
    and every long page split the same in every language, measured on the
    root language's pages (`shown`: the reports they show)."""
    groups = by_year(shown)
    meetings = {year: len(group) for year, group in groups}
    unsplit = Layout(root)
    home, report = HomePage(root, unsplit), QualityPage(root, unsplit)
    entries = quality_entries(shown)
    periods = {YEARS: pack({year: len(home.home(group).encode()) for year, group in groups}, meetings),
               QUALITY: pack({year: len(report.quality(group, entries).encode()) for year, group in groups},
                             meetings)}
    periods.update(index_periods(list(corpora.values()), corpora[root], root))
    return Layout(root, periods)


def index_periods(corpora: list[Corpus], main: Corpus, root: str) -> dict[str, list[Period]]:
    """Index page name → its periods ([]: one page). A page's years are
    those any language's corpus has on it; each year's share is measured
    on `main` (the root language's corpus) by rendering that year's page
    alone."""
    years = {page.name: sorted(set().union(*(page.years(c) for c in corpora))) for page in INDEX_PAGES}
    per_year = Layout(root, {name: [Period(y, y) for y in ys] for name, ys in years.items()})
    out: dict[str, list[Period]] = {}
    for page in INDEX_PAGES:
        measure = page(root, main, per_year)
        sizes = {y: len(measure.period(Period(y, y)).encode()) for y in years[page.name]}
        # The overview of an unsplit page has more than its years (the
        # timeline's picture): measure it when it might fit.
        whole = (len(page(root, main, Layout(root)).overview().encode())
                 if sum(sizes.values()) <= MD_BUDGET else None)
        out[page.name] = pack(sizes, page.weights(main), whole=whole)
    return out
