"""recommendations.md: every recommendation of every session
(`Corpus.recommendations`), with its session, the report's own
section heading, the decisions it cites and its link; a filter by session
and by section (overrides/assets/js/recommendations.js, which needs no
server: the rows are all on the page, the script only hides some); the same
list as CSV and JSON downloads (`formats.RecommendationTables`). Under each
recommendation, the other sessions' recommendations it recurs in
(`Corpus.recurring`: at most three, each with its reason), in the
table that search leaves out."""
from __future__ import annotations

from .. import citation, ids
from ..languages import profile
from ..markup import html_attr, html_link, in_language, lang_attr, markdown_text as escape
from ..recommendations import Recommendation
from ..recurring import Recurrence
from ..urls import Period, recommendations_path, relative, report_path
from .also_cited import pin, session_label
from .index_page import IndexPage


class RecommendationsPage(IndexPage):
    name = "recommendations"
    scripts = ("assets/js/recommendations.js",)  # the filter

    @classmethod
    def years(cls, corpus) -> set[int]:
        return {rec.report.meeting.start.year for rec in corpus.recommendations}

    @property
    def recs(self) -> list[Recommendation]:
        """Every recommendation of the page's reports (found once per corpus)."""
        return self.corpus.recommendations

    @property
    def recurring(self) -> dict[tuple[str, str], list[Recurrence]]:
        return self.corpus.recurring

    def overview(self) -> str:
        page = self.path(self.name)
        recs = self.recs
        out = [self.front(), escape(self.t("recommendations_intro")) + "\n", self.downloads(page)]
        if not self.split:
            out.append(self.listing(page, recs))
            return "\n".join(out)
        years: dict = {}
        for rec in recs:
            years.setdefault(self.layout.period(self.name, rec.report.meeting.start), []).append(rec)
        out.append("\n".join(f"- [{p}]({relative(page, self.holding(p))}) ({len(group)})"
                             for p, group in sorted(years.items())) + "\n")
        return "\n".join(out)

    def period(self, period: Period) -> str:
        page = self.holding(period)
        recs = self.during(self.recs, period, lambda r: r.report.meeting.start)
        out = [self.period_front(period)]
        out.append(self.listing(page, recs) if recs else self.nothing())
        return "\n".join(out)

    def downloads(self, page: str) -> str:
        """Links to the CSV and JSON of every recommendation (this language's
        pages), when the build publishes them (the preview does not)."""
        csv, data = (recommendations_path(self.language, ext) for ext in ("csv", "json"))
        if csv not in self.files:
            return ""
        return (f"{escape(self.t('rec_download'))}: [CSV]({relative(page, csv)}){{: type=\"text/csv\" download }}"
                f"{self.sep}[JSON]({relative(page, data)}){{: type=\"application/json\" download }}\n")

    def listing(self, page: str, recs: list[Recommendation]) -> str:
        """The filter (hidden until the script shows it) and the table, one row
        per recommendation; each row names its session and section in data
        attributes, which the filter compares."""
        sessions = list(dict.fromkeys(r.report.slug for r in recs))
        # A section is named by its number on this page (its text, in the
        # report's language, is the option's; attributes stay in the page's).
        sections = {text: f"s{n}" for n, text in enumerate(dict.fromkeys(r.section.text for r in recs), 1)}
        section_lang = {r.section.text: lang_attr(r.report.language, self.language) for r in reversed(recs)}
        every = escape(self.t("rec_all"))

        def select(kind: str, label: str, values: list[str], names: dict[str, str]) -> str:
            options = "".join(
                f'<option value="{html_attr(sections[v] if kind == "section" else v)}"'
                f'{section_lang.get(v, "") if kind == "section" else ""}>{escape(names.get(v, v))}</option>'
                for v in values)
            return (f'<label>{escape(label)} <select data-filter="{kind}"><option value="">{every}</option>'
                    f"{options}</select></label>")

        dates = {r.report.slug: self.dates(r.report) for r in recs}
        status = escape(self.t("rec_shown", shown="{shown}", total="{total}"))
        head = "".join(f'<th scope="col">{escape(self.t(k))}</th>'
                       for k in ("rec_session", "rec_section", "rec_item", "rec_decisions"))
        rows = "\n".join(self.row(page, rec, sections[rec.section.text]) for rec in recs)
        # The rows stay out of the search index (data-search-exclude, read by
        # Material's search plugin): each text is a report paragraph's, which
        # search finds at its own anchor (search.py).
        return (f'<div class="rec-filter" hidden data-search-exclude data-status="{status}">\n'
                f'{select("session", self.t("rec_session"), sessions, dates)}\n'
                f'{select("section", self.t("rec_section"), list(sections), {})}\n'
                f'<p class="rec-status" role="status" aria-live="polite"></p>\n</div>\n\n'
                f'<div class="md-typeset__scrollwrap" data-search-exclude><div class="md-typeset__table">\n'
                f'<table class="rec-table">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n'
                f"</div></div>\n")

    def row(self, page: str, rec: Recommendation, section_key: str) -> str:
        report = rec.report
        target = relative(page, report_path(report, self.language, self.root))
        session = html_link(target, escape(self.dates(report)))
        item = html_link(f"{target}#{rec.id}", escape(citation.item_label(rec.id, self.language, report)))
        text_lang = lang_attr(report.language, self.language)
        section = in_language(rec.section.text, report.language, self.language)
        decisions = self.sep.join(
            html_link(f"{relative(page, self.path('decisions'))}#{key}", escape(self.decision_name(self.corpus.decisions[key])))
            for key in rec.decisions if key in self.corpus.decisions)
        return (f'<tr data-session="{html_attr(report.slug)}" data-section="{section_key}">'
                f"<td>{session}</td><td>{section}</td>"
                f'<td>{item}<p{text_lang}>{escape(rec.text)}</p>{self.recurs(page, rec)}</td><td>{decisions}</td></tr>')

    def recurs(self, page: str, rec: Recommendation) -> str:
        """"Recurs in: 2023 ¶8 (similar wording: 数据, 收集) · …", or ""
        (the words are in the recommendation's language); a link names its
        session as "also cited" lines do (`also_cited.session_label`)."""
        links = []
        for found in self.recurring.get((rec.report.slug, rec.id), ()):
            other = found.other.report
            target = f"{relative(page, report_path(other, self.language, self.root))}#{found.other.id}"
            link = html_link(target, escape(f"{session_label(other, self.corpus)} {pin(found.other.id, self.language, other)}"))
            links.append(self.reason(link, found, rec.report.language))
        if not links:
            return ""
        lead = self.t("rec_recurs")  # "Recurs in", "其他届会的相近建议："
        return (f'<p class="rec-recurs">{escape(lead)}{"" if lead.endswith("：") else " "}'
                + " · ".join(links) + "</p>")

    def reason(self, link: str, found: Recurrence, language: str) -> str:
        """The recurrence's `link` with why it is shown: the citations both
        make, else the words most alike (in `language`, the recommendation's)."""
        if found.citations:
            template = self.t("rec_recurs_cites", link="\x00", names="\x01")
            why = self.sep.join(escape(self.citation_name(c)) for c in found.citations)
        else:
            template = self.t("rec_recurs_words", link="\x00", words="\x01")
            why = in_language(profile(language).list_separator.join(found.words), language, self.language)
        return escape(template).replace("\x00", link).replace("\x01", why)

    def citation_name(self, key: str) -> str:
        """A decision's or resolution's name, or an article's (``article-32``)."""
        article = ids.article("")
        if key.startswith(article):
            return self.t("article_name", n=key[len(article):])
        decision = self.corpus.decisions.get(key)
        return self.decision_name(decision) if decision is not None else key
