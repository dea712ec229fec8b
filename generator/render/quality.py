"""The build's quality report: every warning of every report, where it is,
what kind, the element it concerns (a link that MkDocs checks) and the
parser's message; split into period pages when long (``quality/1950.md``)."""
from __future__ import annotations

import re

from .. import citation
from ..i18n import MESSAGE_LANGUAGE, label
from ..markup import front_matter, html_link, in_language, lang_attr, markdown_text as escape, table
from ..model import Report, by_period
from ..urls import QUALITY, period_path, relative, report_path
from .base import Renderer


class QualityPage(Renderer):

    def quality(self, reports: list[Report], entries: list, here: str = "", title: str = "") -> str:
        """One table per report. `here` (a docs path) and `title` make the
        same page for one period of a large corpus."""
        by_slug: dict[str, list] = {}
        for entry in entries:
            by_slug.setdefault(entry.slug, []).append(entry)
        slugs = {r.slug for r in reports}
        count = sum(1 for e in entries if e.slug in slugs)
        title = title or self.t("warnings")
        here = here or self.path(QUALITY)
        parts = [front_matter({"title": title}), f"# {escape(title)} {{: #quality }}\n",
                 f"{escape(self.t('quality_intro', n=count))}\n"]
        by_slug_report = {r.slug: r for r in reports}
        for report in sorted(reports, key=lambda r: r.meeting.start):
            items = by_slug.get(report.slug, [])
            page = relative(here, report_path(report, self.language, self.root))
            parts.append(f"## {escape(report.meeting.start.isoformat())} {escape(self.title(report))} "
                         f"{{: #quality_{report.slug.replace('-', '_')} }}\n")
            if not items:
                parts.append(f"{escape(self.t('quality_none'))}\n")
                continue
            rows = []
            for e in items:
                target = html_link(f"{page}#{e.target}", escape(citation.item_label(e.target, self.language, report))) \
                    if e.target else html_link(page, escape(self.t("quality_report")))
                kind = self.code_label(e.code)
                message = self.message(e.message, by_slug_report[e.slug].language)
                rows.append((escape(f'{e.source}:{e.line}'), escape(kind), target, message))
            head = [self.t("quality_where"), self.t("quality_kind"), self.t("quality_element"), self.t("quality_message")]
            parts.append(table(head, "llll", rows) + "\n")
        return "\n".join(parts)

    def pages(self, reports: list[Report], entries: list) -> dict[str, str]:
        """The quality report; a large corpus: an overview (entries per
        period, each a link) and one page per period, so no page grows with
        the whole corpus."""
        overview = self.path(QUALITY)
        periods = self.layout.periods.get(QUALITY)
        if not periods:
            return {overview: self.quality(reports, entries)}
        rows, pages = [], {}
        for period, group in by_period(reports, periods):
            if not group:
                continue
            slugs = {r.slug for r in group}
            path = period_path(QUALITY, period, self.language, self.root)
            rows.append((html_link(relative(overview, path), escape(str(period))), str(len(group)),
                         str(sum(1 for e in entries if e.slug in slugs))))
            pages[path] = self.quality(group, entries, path, f"{self.t('warnings')} {period}")
        title = self.t("warnings")
        pages[overview] = (f"{front_matter({'title': title})}# {escape(title)} {{: #quality }}\n\n"
                           f"{escape(self.t('quality_intro', n=len(entries)))}\n\n"
                           + table([self.t("year"), self.t("reports"), self.t("warnings")], "lrr", rows) + "\n")
        return pages

    def message(self, text: str, quoted_language: str) -> str:
        """A generator message (in `MESSAGE_LANGUAGE`), escaped and marked
        with its language; what it quotes from a source ('…') is marked with
        the source's language."""
        parts = []
        for k, piece in enumerate(re.split(r"((?<![A-Za-z])'[^'\n]+'(?![A-Za-z]))", text)):
            quoted = k % 2 == 1
            parts.append(in_language(piece, quoted_language, MESSAGE_LANGUAGE) if quoted else escape(piece))
        attr = lang_attr(MESSAGE_LANGUAGE, self.language)
        return f"<span{attr}>{''.join(parts)}</span>" if attr else "".join(parts)

    def code_label(self, code: str) -> str:
        """The label of a warning code; a code without one shows as itself."""
        labels = label(self.language, "quality_codes")
        return f"{labels[code]} ({code})" if code in labels else code
