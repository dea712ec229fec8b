"""Index pages and navigation whose weight does not grow with the corpus.

A page is split only when it would be heavy: the generator estimates the
HTML of each year's share of a page (from the Markdown it renders for that
year alone) and, when the whole page would pass `PAGE_BUDGET`, packs the
years into periods: a whole decade when it fits (``participants/1950-1959.md``),
else runs of years within the decade (``participants/1952-1954.md``,
``participants/1955.md``), and never a period that holds a single meeting
(it joins its neighbour). So one meeting a year gives decade pages, fifty a
year gives year pages, and a small corpus (the seeds) keeps one page each.

- the home page lists every report while that fits; else it lists periods,
  each linking to ``years/<period>.md``;
- the corpus index pages (decisions, timeline, documents, participants)
  keep an overview with every anchor that links reach and move the long
  lists to period pages (see `CorpusRenderer`); the quality report likewise;
- none of these period pages is in the navigation (its overview links
  them, mkdocs.yml lists them in `not_in_nav`); the navigation itself is
  `site.navigation`: reports grouped by decade, bounded on every page.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from .i18n import DEFAULT_LANGUAGE
from .markup import yaml_string
from .model import Report
from .render import PageRenderer, escape, page_path, relative, report_path

#: No generated page should weigh more than this as HTML (issue 12).
PAGE_BUDGET = 300 * 1024
#: The theme's part of a page (header, navigation, footer), minified HTML.
CHROME = 24 * 1024
#: HTML bytes per byte of our Markdown, at worst (measured: 1.6 for the quality
#: report, 2.2 for the participants tables, where
#: ``| ● |`` becomes ``<td align="center"><a href="…">●</a></td>``).
HTML_PER_MD = 2.3
#: The Markdown one page may hold, with a margin for the estimate.
MD_BUDGET = int((PAGE_BUDGET - CHROME) / HTML_PER_MD * 0.9)


@dataclass(frozen=True, order=True)
class Period:
    """Consecutive years that share one page: ``1950`` or ``1950-1959``."""

    first: int
    last: int

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.first <= year <= self.last

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"

    @property
    def single(self) -> bool:
        return self.first == self.last


def pack(sizes: dict[int, int], counts: dict[int, int], budget: int = MD_BUDGET,
         whole: int | None = None) -> list[Period]:
    """The periods a page is split into, from each year's share of it (bytes
    of Markdown) and the meetings (or entries) each year holds; `whole` is
    the unsplit page's size when known (else the sum of the shares). [] when
    the whole page fits. A decade that fits is one period; a heavier decade
    is packed into runs of years; a period holding one meeting joins a
    neighbour."""
    if (sum(sizes.values()) if whole is None else whole) <= budget:
        return []
    periods: list[Period] = []
    for decade, years in groupby(sorted(sizes), key=lambda y: y // 10):
        years = list(years)
        if sum(sizes[y] for y in years) <= budget:
            periods.append(Period(decade * 10, decade * 10 + 9))
            continue
        run: list[int] = []
        for year in years:
            if run and sum(sizes[y] for y in run) + sizes[year] > budget:
                periods.append(Period(run[0], run[-1]))
                run = []
            run.append(year)
        periods.append(Period(run[0], run[-1]))

    def held(p: Period) -> int:
        return sum(n for y, n in counts.items() if y in p)

    merged: list[Period] = []
    for p in periods:
        if merged and (held(p) <= 1 or held(merged[-1]) <= 1):
            merged[-1] = Period(merged[-1].first, p.last)
        else:
            merged.append(p)
    return merged


def period_of(periods: list[Period], year: int) -> Period:
    return next(p for p in periods if year in p)


def year_path(period, language: str = DEFAULT_LANGUAGE) -> str:
    return page_path(f"years/{period}", language)


def by_year(reports: list[Report]) -> list[tuple[int, list[Report]]]:
    ordered = sorted(reports, key=lambda r: (r.meeting.start, r.source))
    return [(year, list(group)) for year, group in groupby(ordered, key=lambda r: r.meeting.start.year)]


def by_period(reports: list[Report], periods: list[Period]) -> list[tuple[Period, list[Report]]]:
    groups = by_year(reports)
    return [(p, [r for year, group in groups if year in p for r in group]) for p in periods]


def home_periods(reports: list[Report], renderer: PageRenderer) -> list[Period]:
    """How the home page's list of reports is split ([]: one list)."""
    sizes = {year: len(renderer.home(group).encode()) for year, group in by_year(reports)}
    return pack(sizes, {year: len(group) for year, group in by_year(reports)})


def index_pages(reports: list[Report], renderer: PageRenderer, built: str = "",
                periods: list[Period] | None = None) -> dict[str, str]:
    """The home page, and the period pages when the list is long: path → Markdown."""
    language = renderer.language
    home = page_path("index", language)
    if periods is None:
        periods = home_periods(reports, renderer)
    if not periods:
        return {home: renderer.home(reports, built)}
    t = renderer.t
    groups = [(p, g) for p, g in by_period(reports, periods) if g]
    rows = [f"| [{p}]({relative(home, year_path(p, language))}) | {len(group)} | "
            f"{sum(len(r.paragraphs) for r in group)} |" for p, group in groups]
    table = "\n".join([f"| {t('year')} | {t('reports')} | {t('paragraphs')} |", "| --- | --: | --: |", *rows])
    pages = {home: (f"---\ntitle: {yaml_string(t('home'))}\n---\n\n"
                    f"# {escape(t('site_name'))}\n\n{escape(t('home_intro'))}\n\n"
                    f"## {escape(t('reports_by_year'))} {{: #years }}\n\n{table}\n")}
    for period, group in groups:
        path = year_path(period, language)
        rows = [f"| {r.meeting.start.isoformat()} | [{escape(r.title)}]({relative(path, report_path(r, language))}) | "
                f"{len(r.paragraphs)} |" for r in group]
        table = "\n".join([f"| {t('dates')} | {t('report')} | {t('paragraphs')} |", "| --- | --- | --: |", *rows])
        title = t("year_title", year=period)
        pages[path] = (f"---\ntitle: {yaml_string(title)}\n---\n\n"
                       f"# {escape(title)} {{: #top }}\n\n{table}\n")
    return pages


def quality_periods(reports: list[Report], renderer: PageRenderer, entries: list) -> list[Period]:
    """How the quality report is split ([]: one page)."""
    groups = by_year(reports)
    sizes = {year: len(renderer.quality(group, entries).encode()) for year, group in groups}
    return pack(sizes, {year: len(group) for year, group in groups})


def index_years(corpora) -> dict[str, list[int]]:
    """Index page name → the years that have something on it. One set for
    every language (the same pages exist in each), so the union over the
    languages' corpora; timeline years are those of events, which may lie
    outside the meetings' years."""
    meetings = sorted({r.meeting.start.year for c in corpora for r in c.reports})
    events = sorted({e.start.year for c in corpora for e in c.events})
    return {"decisions": meetings, "timeline": events, "documents": meetings, "participants": meetings}


def index_periods(corpora, main) -> dict[str, list[Period]]:
    """Index page name → its periods ([]: one page), the same in every
    language: each year's share is measured on `main` (the default
    language's corpus) by rendering that year's page alone."""
    from .render import CorpusRenderer

    years = index_years(corpora)
    saved = main.periods
    plan: dict[str, list[Period]] = {}
    try:
        main.periods = {name: [Period(y, y) for y in ys] for name, ys in years.items()}
        renderer = CorpusRenderer(DEFAULT_LANGUAGE, main)
        meetings = {y: sum(1 for r in main.reports if r.meeting.start.year == y)
                    for y in years["decisions"]}
        events = {}
        for e in main.events:
            events[e.start.year] = events.get(e.start.year, 0) + 1
        sizes = {name: {y: len(getattr(renderer, name + "_year")(Period(y, y)).encode()) for y in ys}
                 for name, ys in years.items()}
        main.periods = {}
        for name, ys in years.items():
            # The overview of an unsplit page has more than its years (the
            # timeline's picture): measure it when it might fit.
            whole = len(getattr(renderer, name)().encode()) if sum(sizes[name].values()) <= MD_BUDGET else None
            plan[name] = pack(sizes[name], events if name == "timeline" else meetings, whole=whole)
    finally:
        main.periods = saved
    return plan
