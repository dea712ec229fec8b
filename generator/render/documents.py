"""documents.md: every UN document symbol the reports name, with its titles
and agenda items as the reports give them, and where it is cited."""
from __future__ import annotations

from typing import Optional

from ..markup import in_language, markdown_text as escape
from ..urls import Period, relative, report_path, undocs_url
from .index_page import IndexPage


class DocumentsPage(IndexPage):
    name = "documents"
    kinds = ("document", "doc")

    @classmethod
    def target(cls, corpus, layout, language, kind, key, report):
        return (cls.path_in(language, layout.root), corpus.documents[key].anchor) if key in corpus.documents else None

    def overview(self) -> str:
        return self._documents(self.path(self.name), None)

    def period(self, period: Period) -> str:
        return self._documents(self.holding(period), period)

    def _documents(self, page: str, year: Optional[Period]) -> str:
        """The overview (year None) or one period's page; the overview of a
        split corpus links the citing years instead of every paragraph."""
        summary = year is None and self.split
        if year is None:
            out = [self.front(), escape(self.t("documents_intro")) + "\n"]
        else:
            out = [self.period_front(year)]
        for doc in self.corpus.documents.values():
            cites = doc.cites if year is None else [c for c in doc.cites if c.report.meeting.start in year]
            if year is not None and not cites:
                continue
            out.append(f"## {escape(doc.key)} {{: #{doc.anchor} }}\n")
            lines = []
            if doc.report:
                lines.append(f"- {escape(self.t('is_report'))}: [{escape(self.title(doc.report))}]"
                             f"({relative(page, report_path(doc.report, self.language, self.root))})")
            else:
                lines.append(f"- [{escape(self.t('undocs'))}]({undocs_url(doc.key, self.language)}){{: .external rel=\"noopener\" }} "
                             f"({escape(self.t('external'))})")
            seen = set()
            for title, agenda, cite in doc.descriptions:
                if (title, agenda) in seen or (year is not None and cite.report.meeting.start not in year):
                    continue
                seen.add((title, agenda))
                item = f" ({escape(self.t('agenda_item'))} {escape(agenda)})" if agenda else ""
                lines.append(f"- {in_language(title, cite.report.language, self.language)}{item} — "
                             f"{self.cite_link(page, cite)} ({escape(cite.report.slug)})")
            out.append("\n".join(lines) + "\n")
            if cites:
                out.append(self.cited_in(page, doc.anchor, cites, summary))
        if year is not None and len(out) == 1:
            out.append(self.nothing())
        return "\n".join(out)
