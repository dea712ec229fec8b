"""decisions.md: every decision and resolution the reports name, by body,
with its titles, where it was adopted and every paragraph that cites it."""
from __future__ import annotations

from typing import Optional

from ..markup import in_language, markdown_text as escape
from ..urls import Period, relative
from .index_page import IndexPage


class DecisionsPage(IndexPage):
    name = "decisions"
    kinds = ("decision",)

    @classmethod
    def target(cls, corpus, layout, language, kind, key, report):
        return (cls.path_in(language, layout.root), key) if key in corpus.decisions else None

    def overview(self) -> str:
        return self._decisions(self.path(self.name), None)

    def period(self, period: Period) -> str:
        return self._decisions(self.holding(period), period)

    def _decisions(self, page: str, year: Optional[Period]) -> str:
        """The overview (year None) or one period's page. The overview of a split
        corpus names each title once and links the citing years, not every
        citing paragraph."""
        summary = year is None and self.split
        if year is None:
            out = [self.front(), escape(self.t("decisions_intro")) + "\n"]
        else:
            out = [self.period_front(year)]
        current = None
        for d in self.corpus.decisions.values():
            cites = d.cites if year is None else [c for c in d.cites if c.report.meeting.start in year]
            if not cites:
                continue
            if d.body != current:
                current = d.body
                out.append(f"## {escape(self.body(d.body))} {{: #body-{d.body} }}\n")
            out.append(f"### {escape(self.decision_name(d))} {{: #{d.key} }}\n")
            facts = []
            # The overview says where it was adopted (a period page does not look).
            session = next((e for e in self.corpus.events if d in e.decisions), None) if year is None else None
            if year is not None:
                pass
            elif session:
                facts.append(f"- {escape(self.t('adopted_at'))}: [{escape(self.cop_session(d.session))}]"
                             f"({relative(page, self.event_path(session))}#{session.anchor}) "
                             f"({escape(self.profile.date(session.start, precision='month'))})")
            elif d.body == "cop":
                facts.append(f"- {escape(self.t('adopted_at'))}: {escape(self.cop_session(d.session))}")
            for title, title_cites in d.titles.items():
                if year is not None:
                    title_cites = [c for c in title_cites if c.report.meeting.start in year]
                if not title_cites:
                    continue
                shown = title_cites[:1] if summary else title_cites
                where = self.sep.join(f"{self.cite_link(page, c)} ({escape(c.report.slug)})" for c in shown)
                if len(title_cites) > len(shown):
                    where += " " + escape(self.t("and_more", n=len(title_cites) - len(shown)))
                quoted = in_language(f"“{title}”", title_cites[0].report.language, self.language)
                facts.append(f"- {escape(self.t('title'))}: {quoted} — {where}")
            out.append("\n".join(facts) + "\n")
            out.append(self.cited_in(page, d.key, cites, summary))
        if year is not None and len(out) == 1:
            out.append(self.nothing())
        return "\n".join(out)
