"""Index pages and navigation that stay small at a thousand reports.

Up to `SPLIT_AT` reports the home page lists every report in one table and
the navigation lists every report, as before. Above it, one page would be
huge and every page would carry a thousand navigation links (MkDocs renders
the whole navigation into each page: quadratic in time and size). So:

- the home page lists the years (reports and paragraphs per year), each
  linking to ``years/<year>.md``, which lists that year's reports;
- the navigation groups reports by year; with Material's
  ``navigation.prune`` a page carries only its own year's links;
- the corpus index pages (decisions, timeline, documents, participants)
  keep an overview with every anchor that links reach, and move the long
  lists to a page per year (``timeline/2012.md``; see `CorpusRenderer`).
"""
from __future__ import annotations

from itertools import groupby

from .markup import yaml_string
from .model import Report
from .render import PageRenderer, escape, page_path, relative, report_path

#: Above this many reports, index pages and navigation are split by year. The
#: participants matrix costs about 10 KB of HTML per report (a column of
#: marks for each of ~110 countries): 25 reports keep every page under ~300 KB.
SPLIT_AT = 25


def year_path(year: int, language: str = "zh") -> str:
    return page_path(f"years/{year}", language)


def by_year(reports: list[Report]) -> list[tuple[int, list[Report]]]:
    ordered = sorted(reports, key=lambda r: (r.meeting.start, r.source))
    return [(year, list(group)) for year, group in groupby(ordered, key=lambda r: r.meeting.start.year)]


def index_pages(reports: list[Report], renderer: PageRenderer, built: str = "") -> dict[str, str]:
    """The home page, and the year pages when there are many reports: path → Markdown."""
    language = renderer.language
    home = page_path("index", language)
    if len(reports) <= SPLIT_AT:
        return {home: renderer.home(reports, built)}
    t = renderer.t
    years = by_year(reports)
    rows = [f"| [{year}]({relative(home, year_path(year, language))}) | {len(group)} | "
            f"{sum(len(r.paragraphs) for r in group)} |" for year, group in years]
    table = "\n".join([f"| {t('year')} | {t('reports')} | {t('paragraphs')} |", "| --- | --: | --: |", *rows])
    pages = {home: (f"---\ntitle: {yaml_string(t('home'))}\n---\n\n"
                          f"# {escape(t('site_name'))}\n\n{escape(t('home_intro'))}\n\n"
                          f"## {escape(t('reports_by_year'))} {{: #years }}\n\n{table}\n")}
    for year, group in years:
        path = year_path(year, language)
        rows = [f"| {r.meeting.start.isoformat()} | [{escape(r.title)}]({relative(path, report_path(r, language))}) | "
                f"{len(r.paragraphs)} |" for r in group]
        table = "\n".join([f"| {t('dates')} | {t('report')} | {t('paragraphs')} |", "| --- | --- | --: |", *rows])
        title = t("year_title", year=year)
        pages[path] = (f"---\ntitle: {yaml_string(title)}\n---\n\n"
                       f"# {escape(title)} {{: #top }}\n\n{table}\n")
    return pages


def index_years(corpora) -> dict[str, list[int]]:
    """Index page name → the years that get a page of their own. One set for
    every language (the navigation lists the same pages in each), so the
    union over the languages' corpora; timeline years are those of events,
    which may lie outside the meetings' years."""
    meetings = sorted({r.meeting.start.year for c in corpora for r in c.reports})
    events = sorted({e.start.year for c in corpora for e in c.events})
    return {"decisions": meetings, "timeline": events, "documents": meetings, "participants": meetings}
