"""A report page: the cover lines, the title, the meeting's facts, the text
(`blocks`), its footnotes, and what the corpus pages say about it."""
from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Callable, Optional

from .. import citation
from .head import head_meta
from ..corpus import Corpus
from ..languages import profile
from ..markup import (NOT_IN_SEARCH, Linker, bullet_list, front_matter, html_attr, html_link, lang_attr,
                      markdown_text as escape)
from ..model import Annex, Heading, Paragraph, Report
from ..names import name as name_of
from ..urls import Layout, relative, report_path, undocs_url
from .also_cited import also_cited
from .blocks import BlockRenderer


def symbol_link(symbol: str, language: str) -> str:
    """A document symbol as a link to the document on undocs.org in `language`."""
    return f'<a class="symbol-link" href="{html_attr(undocs_url(symbol, language))}">{escape(symbol)}</a>'


class ReportPage(BlockRenderer):
    """Report pages of one language; `linker_for` links a report's mentions
    to the corpus pages (none: the text unlinked)."""

    def __init__(self, language: str, layout: Layout, site_url: str = "",
                 linker_for: Optional[Callable[[Report], Linker]] = None):
        super().__init__(language, layout, site_url)
        self.linker_for = linker_for

    def report(self, report: Report, notice: str = "", parallel: str = "", corpus: Optional[Corpus] = None,
               xml: str = "", data: bool = False) -> str:
        """A report page. `notice` says the text is in another language than
        the page; `parallel` is the path of its side-by-side page, if any;
        `xml` the docs/ path of the Akoma Ntoso XML of the text shown;
        `data`: its JSON is published (data.py), linked from the page's head
        with the page's JSON-LD."""
        linker = self.linker_for(report) if self.linker_for else None
        here = report_path(report, self.language, self.root)
        text_lang = lang_attr(report.language, self.language)
        self.own = lang_attr(self.language, report.language)
        parts = [self.front_matter(report, data), self.cover(report),
                 f"# {escape(report.title)}" + (f" {{:{text_lang} }}" if text_lang else "") + "\n"]
        if notice:
            parts.append(f'<div class="admonition note lang-notice"><p>{escape(notice)}</p></div>\n')
        parts.append(self.facts(report, relative(here, xml) if xml else ""))
        if parallel:
            parts.append(f'[{escape(self.t("parallel"))}]({relative(here, parallel)}){{: .parallel-link }}\n')
        parts.append(self.labels(report))
        if text_lang:  # the report's text, in its language
            parts.append(f'<div class="report-text"{text_lang} markdown="1">\n')
        for block in report.blocks:
            if isinstance(block, Heading):
                parts.append(self.heading(block, linker))
            elif isinstance(block, Paragraph):
                parts.append(self.paragraph(block, report, linker))
                if corpus is not None:
                    parts.append(also_cited(self, block, report, corpus, self.own))
            elif isinstance(block, Annex):
                parts.append(self.annex(block, linker, report))
        if text_lang:
            parts.append("</div>\n")
        if report.footnotes:
            parts.append(self.footnotes(report, linker))
        self.own = ""
        if corpus is not None:
            parts.append(self.in_this_report(report, corpus))
        return "\n".join(parts)

    def front_matter(self, report: Report, data: bool = False) -> str:
        """Title and description. Report pages stay out of Material's search
        index: engine.search_index.split_index indexes them from the model, once, one entry
        per paragraph (Material would segment the same Chinese text again)."""
        meta = {
            "title": f"{report.meeting.start.isoformat()} {self.title(report)}",
            "description": self.title(report),
        }
        if report.language != self.language:  # its headings' language (overrides/partials/toc-item.html)
            meta["text_lang"] = profile(report.language).html_lang
        extra = f"{NOT_IN_SEARCH}\n{head_meta(self.language, self.root, report, self.title(report), self.site_url)}" if data else NOT_IN_SEARCH
        return front_matter(meta, extra)

    def labels(self, report: Report) -> str:
        """What paragraphs.js needs that is this page's own: the citation
        template (``{pin}``, ``{url}``) and the page's canonical URL, which ¶
        copies with an item's id (the same online and offline). The
        script's other words are its language's (render/labels.py)."""
        data = {"cite": citation.citation_template(report, self.language), "url": self.canonical(report)}
        # A line break is written {nl} (attribute values lose them on the way).
        attrs = " ".join(f'data-{k}="{escape(v.replace(chr(10), "{nl}"))}"' for k, v in data.items())
        return f'<div class="para-labels" hidden {attrs}></div>\n'

    def facts(self, report: Report, xml: str = "") -> str:
        """The meeting's facts as a definition list; with `xml` (a link target)
        a last row links the report's XML. That row's link is Markdown, so that
        MkDocs checks it and writes it for each page's URL (site and offline
        bundle): the list is then parsed (md_in_html; one element per line),
        its other entries staying raw HTML."""
        m = report.meeting
        # The bodies as the report's title names them, in the page's language where the data knows them.
        names, names_lang = citation.body_names(report, self.language)
        bodies = profile(names_lang).clause_separator.join(names)
        draft = citation.is_draft(report)
        rows = [(self.t("symbol"), report.symbol or "", ""),
                (self.t("bodies"), bodies, lang_attr(names_lang, self.language)),
                (self.t("dates"), self.dates(report), ""),
                (self.t("city"), name_of("cities", m.city, self.language), ""),
                (self.t("status"), self.t("status_draft") if draft else "", ""),
                (self.t("page_url"), self.canonical(report), "")]
        banner = (f'<div class="admonition warning report-facts draft-banner" role="note"><p>{escape(self.t("draft_banner"))}</p>'
                  f'</div>\n' if draft else "")
        # The symbol links the document on undocs.org, in the page's language.
        value = lambda k, v: symbol_link(v, self.language) if k == self.t("symbol") else escape(v)  # noqa: E731
        if not xml:
            items = "\n".join(f"<dt>{escape(k)}</dt><dd{a}>{value(k, v)}</dd>" for k, v, a in rows if v)
            return f'{banner}<dl class="report-facts">\n{items}\n</dl>\n'
        lines = [f"<dt>{escape(k)}</dt>\n<dd{a}>{value(k, v)}</dd>" for k, v, a in rows if v]
        lines.append(f'<dt>{escape(self.t("data"))}</dt>\n<dd markdown="span">[{escape(self.t("akn_link"))}]'
                     f'({xml}){{: .akn-link type="application/akn+xml" }}</dd>')
        return banner + '<dl class="report-facts" markdown="1">\n' + "\n".join(lines) + "\n</dl>\n"

    def cover(self, report: Report) -> str:
        """The lines above the title (bodies, date and place, masthead), as printed."""
        if not report.front_matter:
            return ""
        own = _script(report.title)
        lines = "\n".join(f"<p{_cover_lang(line.text, own)}>{escape(line.text)}</p>" for line in report.front_matter)
        return (f'<div class="report-cover" title="{escape(self.t("cover"))}"'
                f'{lang_attr(report.language, self.language)}>\n{lines}\n</div>\n')

    def in_this_report(self, report: Report, corpus: Corpus) -> str:
        """The end of the page: the meeting on the timeline, the decisions and
        documents it names on their index pages."""
        here = report_path(report, self.language, self.root)
        decisions, documents = corpus.decisions_in(report), corpus.documents_in(report)
        meeting = corpus.meeting(report)
        items = [f"{escape(self.t('timeline_title'))}: "
                 + html_link(f"{relative(here, self.event_path(meeting))}#{meeting.anchor}",
                             escape(self.date(meeting.statements[0])))]
        if decisions:
            items.append(f"{escape(self.t('decisions_title'))}: " + self.sep.join(
                html_link(f"{relative(here, self.path('decisions'))}#{d.key}", escape(self.decision_name(d)))
                for d in decisions))
        if documents:
            items.append(f"{escape(self.t('documents_title'))}: " + self.sep.join(
                html_link(f"{relative(here, self.path('documents'))}#{d.anchor}", escape(d.key)) for d in documents))
        # The heading is Markdown (the table of contents lists it); the list
        # one HTML block (markup.bullet_list).
        out = ['<div class="in-this-report" markdown="1">\n',
               f"## {escape(self.t('in_this_report'))} {{: #in-this-report }}\n",
               bullet_list(items),
               "\n</div>"]
        return "\n".join(out) + "\n"


def _script(text: str) -> str:
    """The script most letters of `text` are written in (LATIN, CYRILLIC, CJK …)."""
    scripts = Counter(unicodedata.name(c, "?").split(" ")[0] for c in text if c.isalpha())
    return scripts.most_common(1)[0][0] if scripts else ""


def _cover_lang(text: str, own: str) -> str:
    """`` lang="en"`` for a cover line in Latin letters in a report written in
    another script: UN covers in Russian (and Arabic, Chinese) print
    ``Distr.: General``, the date and ``Original: English`` in English."""
    if own and own != "LATIN" and _script(text) == "LATIN" and not any(
            c.isalpha() and unicodedata.name(c, "?").startswith(own) for c in text):
        return f' lang="{profile("en").html_lang}"'
    return ""
