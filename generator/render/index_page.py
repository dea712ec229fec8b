"""What every corpus index page shares (decisions, timeline, documents,
participants: one module each, listed in `registry`).

An index page is an overview, plus, when the build splits it
(`urls.Layout`), one page per period that holds its long lists; the overview
keeps every anchor that links reach. Cross-page links go to docs paths
(Markdown links, or HTML links inside the tables: see render/blocks.py), and
are rewritten for online (``timeline/``) and offline (``timeline.html``)
builds alike.

A page module defines a subclass with `name` (its docs stem and the
catalog's ``<name>_title`` / ``<name>_intro`` keys), `overview()`,
`period(p)`, and, when mention spans link to it, `kinds` and `target`.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
from bisect import bisect_left
from typing import Callable, ClassVar, Collection, Mapping, Optional

from .. import citation, ids
from ..corpus import Corpus
from ..markup import NOT_IN_SEARCH, bullet_list, front_matter, html_link, markdown_text as escape
from ..model import Report
from ..urls import Layout, Period, index_path, relative, report_path
from .base import Renderer


class IndexPage(Renderer):
    """One index page of one language, from a `Corpus` only."""

    #: The page's docs stem (``decisions``) and its catalog keys' prefix.
    name: ClassVar[str] = ""
    #: The mention kinds whose spans link to this page (see `target`).
    kinds: ClassVar[tuple[str, ...]] = ()
    #: Site-root paths of the scripts only this page's overview and period
    #: pages need (overrides/main.html loads a page's ``scripts``), so that
    #: the other pages neither carry nor load them.
    scripts: ClassVar[tuple[str, ...]] = ()

    def __init__(self, language: str, corpus: Corpus, layout: Layout, files: Collection[str] = ()):
        super().__init__(language, layout)
        self.corpus = corpus
        #: The files published beside the pages (site paths): a page links one only when it is there.
        self.files = files
        #: id of a list → (the list, its items' dates, whether they are in order): `during`'s index.
        self._dates: dict = {}

    # -- what a page module provides ---------------------------------------------
    def overview(self) -> str:
        raise NotImplementedError

    def period(self, period: Period) -> str:
        raise NotImplementedError

    @classmethod
    def years(cls, corpus: Corpus) -> set[int]:
        """The years that have something on this page (its period pages' years)."""
        return {r.meeting.start.year for r in corpus.reports}

    @classmethod
    def path_in(cls, language: str, root: str) -> str:
        """docs/ path of the page (its overview) in `language` (`root`: the site root's language)."""
        return index_path(cls.name, language, root)

    @classmethod
    def target(cls, corpus: Corpus, layout: Layout, language: str, kind: str, key: str,
               report: Report) -> Optional[tuple[str, str]]:
        """Where a mention span of one of `kinds` links: (docs path, id), or None."""
        return None

    @classmethod
    def entry_dates(cls, corpus: Corpus) -> list[dt.date]:
        """The date of each entry (a meeting): a period holding one is never a
        page of its own, and a year is split between the months that have some."""
        return [r.meeting.start for r in corpus.reports]

    # -- shared ----------------------------------------------------------------
    def placed(self, layout: Layout) -> IndexPage:
        """This page on another `layout`, keeping what it found in the corpus
        (its cached properties, which therefore never depend on the layout)."""
        page = copy.copy(self)
        page.layout = layout
        return page

    def pages(self, ready: Mapping[str, str] = {}) -> dict[str, str]:
        """The overview and its period pages: path → Markdown (a period page
        in `ready`, rendered when the build measured it, is taken as it is:
        a period page depends on its period alone)."""
        out = {self.path(self.name): self.overview()}
        for period in self.layout.periods.get(self.name, ()):
            path = self.holding(period)
            out[path] = ready[path] if path in ready else self.period(period)
        return out

    def during(self, items: list, period: Period, date: Callable[[object], dt.date]) -> list:
        """The `items` (a list this page keeps, in date order) whose `date` is
        in `period`, in their order: a slice found by bisection, since each
        of hundreds of period pages would otherwise scan the whole list."""
        cached = self._dates.get(id(items))
        if cached is None or cached[0] is not items:
            dates = [date(item) for item in items]
            cached = self._dates[id(items)] = (items, dates, all(a <= b for a, b in zip(dates, dates[1:])))
        _, dates, ordered = cached
        if not ordered:
            return [item for item, d in zip(items, dates) if d in period]
        return items[bisect_left(dates, period.start):bisect_left(dates, period.stop)]

    @property
    def split(self) -> bool:
        return self.layout.split(self.name)

    def holding(self, year) -> str:
        """docs/ path of this page's period page holding `year` (or of the period `year`)."""
        return self.layout.holding(self.name, year, self.language)

    def front(self) -> str:
        title = self.t(f"{self.name}_title")
        return f"{front_matter({'title': title}, self.script_lines())}\n# {escape(title)}\n"

    def script_lines(self, extra: str = "") -> str:
        """`extra` front matter, with the page's `scripts` when it has any."""
        if not self.scripts:
            return extra
        return "\n".join(filter(None, [extra, "scripts:", *(f"  - {json.dumps(src)}" for src in self.scripts)]))

    def period_front(self, period: Period) -> str:
        """Title, the year's id (date links land on it; a period of several
        years has one per year further down) and a way back to the overview.
        Out of the search index: its entries' names are the overview's, its
        paragraph links the reports' own entries (issue 12)."""
        title = self.t("page_year", page=self.t(f"{self.name}_title"), year=self.period_name(period))
        anchor = ids.year(period.first) if period.single else "top"
        return (f"{front_matter({'title': title}, self.script_lines(NOT_IN_SEARCH))}\n# {escape(title)} {{: #{anchor} }}\n\n"
                f"[{escape(self.t('overview'))}]({relative(self.holding(period), self.path(self.name))})\n")

    def year_links(self, page: str, anchor: str, cites) -> str:
        """One link per period to the period page's entry, with the number of citing reports."""
        years: dict = {}
        for cite in cites:
            years.setdefault(self.layout.period(self.name, cite.report.meeting.start), set()).add(cite.report.slug)
        return " · ".join(f"{html_link(f'{relative(page, self.holding(y))}#{anchor}', escape(str(y)))} ({len(slugs)})"
                          for y, slugs in sorted(years.items()))

    def cite_link(self, page: str, cite) -> str:
        target = relative(page, report_path(cite.report, self.language, self.root)) + "#" + cite.mention.paragraph
        label = citation.item_label(cite.mention.paragraph, self.language, cite.report)
        return html_link(target, escape(label))

    def cites_by_report(self, page: str, cites) -> str:
        """Links to every citing paragraph, grouped by year and report (one
        HTML block: markup.bullet_list)."""
        lines = []
        by_report: dict = {}
        for cite in cites:
            by_report.setdefault(cite.report.slug, (cite.report, []))[1].append(cite)
        for slug, (report, group) in sorted(by_report.items()):
            seen, links = set(), []
            for cite in group:
                if cite.mention.paragraph not in seen:
                    seen.add(cite.mention.paragraph)
                    links.append(self.cite_link(page, cite))
            lines.append(f"{report.meeting.start.year} · "
                         f"{html_link(relative(page, report_path(report, self.language, self.root)), escape(slug))}: "
                         + self.sep.join(links))
        return bullet_list(lines)

    def cited_in(self, page: str, anchor: str, cites, summary: bool) -> str:
        """Where an entry is cited: every paragraph, or (a large corpus) one
        link per period to the period page that lists them."""
        if summary:
            return f"{escape(self.t('cited_in_years'))}: {self.year_links(page, anchor, cites)}\n"
        return f"{escape(self.t('cited_in'))}:\n\n{self.cites_by_report(page, cites)}\n"

    def nothing(self) -> str:
        return escape(self.t("nothing_this_year")) + "\n"
