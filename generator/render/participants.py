"""participants.md: countries and organisations × meetings, grouped by
region; a mark per role (attended ●, spoke ◆) links its paragraph. Split, the
overview counts each country's meetings per period."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .. import citation
from ..markup import html_link, in_language, markdown_text as escape
from ..names import name_language
from ..urls import Period, relative, report_path
from .index_page import IndexPage

COUNTRIES = Path(__file__).resolve().parent.parent / "data" / "countries.json"


@lru_cache(maxsize=None)
def region_order() -> list[str]:
    return list(json.loads(COUNTRIES.read_text(encoding="utf-8"))["regions"])


class ParticipantsPage(IndexPage):
    name = "participants"
    kinds = ("country", "organisation")

    @classmethod
    def target(cls, corpus, layout, language, kind, key, report):
        if key not in corpus.participants:
            return None
        # Split: the period's table has this report's column.
        return layout.page_of(cls.name, report.meeting.start, language), key

    def overview(self) -> str:
        page = self.path(self.name)
        reports = sorted(self.corpus.reports, key=lambda r: r.meeting.start)
        out = [self.front(), escape(self.t("participants_intro")) + "\n"]
        if self.split:
            return "\n".join(out + [escape(self.t("participants_years_intro")) + "\n", self.by_period(page)])
        out.append(self.legend())
        return "\n".join(out + [self.matrix(page, reports, lambda r: str(r.meeting.start.year))])

    def period(self, period: Period) -> str:
        page = self.holding(period)
        reports = sorted(self.during(self.corpus.reports, period, lambda r: r.meeting.start), key=lambda r: r.meeting.start)
        column = (lambda r: r.meeting.start.isoformat()[5:]) if period.single else (lambda r: r.meeting.start.isoformat())
        return "\n".join([self.period_front(period), self.legend(), self.matrix(page, reports, column, titles=False)])

    def legend(self) -> str:
        return f'<p class="legend">● {escape(self.t("attended"))} · ◆ {escape(self.t("spoke"))}</p>\n'

    def regions(self, participants) -> list:
        """(heading, region, participants) in the order of countries.json."""
        groups: dict = {}
        for p in participants:
            groups.setdefault(p.region if p.kind == "country" else "ORG", []).append(p)
        # Within a region, the order of the keys (the same on every language's page).
        return [(f"## {escape(self.t('region_' + region))} "
                 f"{{: #region-{region.lower()} }}\n", region, sorted(groups[region], key=lambda p: p.key))
                for region in sorted(groups, key=lambda g: region_order().index(g))]

    def matrix(self, page: str, reports: list, column: Callable, titles: bool = True) -> str:
        """Countries × meetings. Without `titles` (period pages of a split
        corpus, up to thousands of marks) the marks carry no tooltip: half
        the page's size."""
        slugs = {r.slug for r in reports}
        present = [p for p in self.corpus.participants.values() if slugs & p.cells.keys()]
        targets = {r.slug: relative(page, report_path(r, self.language, self.root)) for r in reports}
        head = self.head([html_link(targets[r.slug], escape(column(r))) for r in reports])
        out = []
        for heading, _, group in self.regions(present):
            out.append(heading)
            rows = []
            for p in group:
                cells = []
                for r in reports:
                    roles = p.cells.get(r.slug, {})
                    marks = []
                    for role, sign in (("attended", "●"), ("spoke", "◆")):
                        if role in roles:
                            c = roles[role]
                            title = f"{escape(self.t(role))} — {escape(self.item(c, r))}" if titles else ""
                            marks.append(html_link(f"{targets[r.slug]}#{c.mention.paragraph}", sign, title))
                    cells.append(" ".join(marks))
                rows.append(self.row(p.key, p.names.get(self.language) or p.key, cells))
            out.append(self.table(head, rows))
        return "\n".join(out)

    def by_period(self, page: str) -> str:
        """Countries × periods: the number of the period's meetings each took
        part in. A year in parts is one column (the overview does not grow
        with them): its count links the part of the country's first meeting
        that year, its heading the year's first part."""
        periods = [p for p in self.layout.periods[self.name]
                   if any(r.meeting.start in p for r in self.corpus.reports)]
        columns: dict[str, list[Period]] = {}
        for p in periods:
            columns.setdefault(str(p) if p.whole else str(p.first), []).append(p)
        column_of = {p: label for label, parts in columns.items() for p in parts}
        period_of = {r.slug: self.layout.period(self.name, r.meeting.start) for r in self.corpus.reports}
        head = self.head([html_link(relative(page, self.holding(parts[0])), label) for label, parts in columns.items()])
        out = []
        for heading, _, group in self.regions(self.corpus.participants.values()):
            out.append(heading)
            rows = []
            for p in group:
                counts: dict = {}
                first: dict = {}
                for slug in sorted(p.cells):
                    column = column_of[period_of[slug]]
                    counts[column] = counts.get(column, 0) + 1
                    first.setdefault(column, period_of[slug])
                cells = [html_link(relative(page, self.holding(first[c])), str(counts[c])) if c in counts else ""
                         for c in columns]
                rows.append(self.row(p.key, p.names.get(self.language) or p.key, cells))
            out.append(self.table(head, rows))
        return "\n".join(out)

    def item(self, cite, report) -> str:
        return citation.item_label(cite.mention.paragraph, self.language, report)

    def head(self, columns: list[str]) -> str:
        cells = "".join(f'\n<th scope="col">{c}</th>' for c in columns)
        return f'<thead>\n<tr>\n<th scope="col">{escape(self.t("participant"))}</th>{cells}\n</tr>\n</thead>'

    def row(self, key: str, name: str, cells: list[str]) -> str:
        """A country's row: its name is the row's header (screen readers read
        it with each mark), each cell links (see blocks.py: HTML blocks). A
        name the page's language lacks (the fallback's) is marked with its ``lang``."""
        language = name_language("countries", key, self.language) or self.language
        return (f'<tr>\n<th scope="row"><span id="{key}"></span>{in_language(name, language, self.language)}</th>'
                + "".join(f"\n<td>{c}</td>" for c in cells) + "\n</tr>")

    def table(self, head: str, rows: list[str]) -> str:
        """Scrolls in its own box on a narrow screen."""
        return ('<div class="table-scroll">\n<table class="participants">\n'
                f'{head}\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>\n</div>\n")
