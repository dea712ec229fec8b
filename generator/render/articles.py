"""articles.md: the articles of the Convention the reports name (``《公约》第
31 条``, ``article 31 of the Convention``), in the order of the Convention,
each with every paragraph that cites it."""
from __future__ import annotations

from typing import Optional

from .. import ids
from ..markup import markdown_text as escape
from ..urls import Period
from .index_page import IndexPage


class ArticlesPage(IndexPage):
    name = "articles"
    kinds = ("article",)

    @classmethod
    def entries(cls, corpus) -> dict:
        """Article number → its cites, in the Convention's order."""
        return dict(sorted(corpus.cites.get("article", {}).items(), key=lambda kv: int(kv[0])))

    @classmethod
    def years(cls, corpus) -> set[int]:
        return {c.report.meeting.start.year for cites in cls.entries(corpus).values() for c in cites}

    @classmethod
    def target(cls, corpus, layout, language, kind, key, report):
        return (cls.path_in(language, layout.root), ids.article(key)) if key in corpus.cites.get("article", {}) else None

    def overview(self) -> str:
        return self._articles(self.path(self.name), None)

    def period(self, period: Period) -> str:
        return self._articles(self.holding(period), period)

    def _articles(self, page: str, period: Optional[Period]) -> str:
        """The overview (period None) or one period's page; the overview of a
        split corpus links the citing periods instead of every paragraph."""
        out = [self.front(), escape(self.t("articles_intro")) + "\n"] if period is None else [self.period_front(period)]
        for key, cites in self.entries(self.corpus).items():
            if period is not None:
                cites = [c for c in cites if c.report.meeting.start in period]
                if not cites:
                    continue
            out.append(f"## {escape(self.t('article_name', n=key))} {{: #{ids.article(key)} }}\n")
            out.append(self.cited_in(page, ids.article(key), cites, period is None and self.split))
        if period is not None and len(out) == 1:
            out.append(self.nothing())
        return "\n".join(out)
