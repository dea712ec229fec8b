"""The blocks of a report's text: headings, paragraphs and their
subparagraphs, annexes, footnotes, each anchored item with its id.

Every anchored item gets its controls (¶, ❞, copy) from the page's script
(overrides/assets/js/paragraphs.js), which names each item from its id:
written here, the controls and the items' names were a tenth of a report
page as readers receive it (gzip). What works without the script is
written here: a paragraph's number is its permanent link (`number_link`).

Every text from a source reaches the page through `escape`
(`markup.markdown_text`), which turns each character that Markdown, HTML,
attr_list or Jinja could read as syntax into a numeric character reference.

Paragraphs, their subparagraphs, footnotes and annex tables are HTML
blocks, written whole here: Python-Markdown stores them as they are (Markdown
inside HTML, md_in_html, made it parse every tag of them and run its inline
patterns over every text: half of a report page's conversion). Their links
are HTML links to docs/ paths (``<a href="../decisions.md#cop-dec-2-6">``),
proved by `links.check_links` before the build and given their URLs, online
and offline, by `engine.plugin.html_links`. Headings stay Markdown (the table of
contents is made of them).
"""
from __future__ import annotations

from typing import Optional

from .. import citation
from ..i18n import label
from ..languages import profile
from ..markup import Linker, html_link, inline, lang_attr, markdown_text as escape
from ..model import Annex, Heading, Paragraph, Report, Span, Subparagraph
from .base import Renderer


class BlockRenderer(Renderer):
    """Blocks of a report on a page of this renderer's language."""

    #: `` lang="…"`` of the page's own language, for its words inside text
    #: in another language ("" while rendering a report in its own).
    own = ""

    def heading(self, heading: Heading, linker: Optional[Linker]) -> str:
        hashes = "#" * min(heading.level + 1, 6)
        number = escape(f"{heading.marker or heading.number + '.'} ") if heading.number else ""
        return f"{hashes} {number}{inline(heading.text, heading.spans, linker)} {{: #{heading.id} }}\n"

    def paragraph(self, para: Paragraph, report: Report, linker: Optional[Linker]) -> str:
        if para.number is not None:
            number = self.number_link(para, report)
        else:
            number = (f'<span class="para-num para-nn" title="{escape(self.t("para_missing_number"))}"{self.own}>'
                      f'[?]</span>')
        body = [f'<div class="para" id="{para.id}">',
                f"<p>{number} {inline(para.text, para.spans, linker, rtl(report))}</p>"]
        if para.children:
            body.append(self.subparagraphs(para.children, linker, report))
        body.append("</div>\n")
        return "\n".join(body)

    def number_link(self, para: Paragraph, report: Report) -> str:
        """The paragraph's number as the report prints it, as its permanent
        link: it works without the page's script, in the offline bundle and
        in a screen reader's list of links, where its name says what it is
        in the page's language ("第 5 段的永久链接"; `self.own` marks that
        language inside text in another, without its direction, which would
        move the number)."""
        name = self.t("para_link", pin=citation.item_label(para.id, self.language, report))
        own = f' lang="{self.profile.html_lang}"' if self.own else ""
        return (f'<a class="para-num" href="#{para.id}" aria-label="{escape(name)}"{own}>'
                f'{profile(report.language).number_format.format(n=para.number)}</a>')

    def subparagraphs(self, children: list[Subparagraph], linker: Optional[Linker], report: Report) -> str:
        kind = children[0].kind
        out = [f'<ol class="subparas list-{kind}">']
        for child in children:
            if child.kind == "subpara":  # the letter as the report's language prints it: (b), (ب)
                tag = f"({escape(profile(report.language).letter(child.label))})"
            elif child.kind == "point":  # as printed: (ii), ㈡, b., iv.
                tag = escape(child.marker)
            elif child.kind == "item":
                tag = f"{escape(child.label)}&#46;"
            else:
                tag = escape(child.label)
            text = inline(child.text, child.spans, linker, rtl(report))
            line = (f'<li class="{child.kind}" id="{child.id}">'
                    f'<span class="sub-label">{tag}</span> {text}')
            if child.children:
                out.append(line)
                out.append(self.subparagraphs(child.children, linker, report))
                out.append("</li>")
            else:
                out.append(line + "</li>")
        out.append("</ol>")
        return "\n".join(out)

    def annex(self, annex: Annex, linker: Optional[Linker], report: Optional[Report] = None) -> str:
        """An annex and its table; headers the source lacks are the catalog's
        in the report's language (the table stands in the report's text)."""
        columns = annex.columns or label(report.language if report else self.language, "annex_columns")
        head = "".join(f"\n<th>{escape(c)}</th>" for c in columns)
        rows = []
        for row in annex.rows:
            symbol = escape(row.symbol)
            if linker:
                target = linker(Span(0, len(row.symbol), "mention", f"document:{row.symbol}"))
                if target:
                    symbol = html_link(target, symbol)
            rows.append(f'<tr id="{row.id}">\n<td>{symbol}</td>\n'
                        f"<td>{escape(row.agenda)}</td>\n<td>{escape(row.title)}</td>\n</tr>")
        # The table scrolls in its own box on a narrow screen (never the page).
        table = ('<div class="table-scroll">\n<table class="annex-documents">\n'
                 f'<thead>\n<tr>{head}\n</tr>\n</thead>\n<tbody>\n'
                 + "\n".join(rows) + "\n</tbody>\n</table>\n</div>\n") if annex.rows else ""
        return (f"## {escape(annex.heading)} {{: #{annex.id} }}\n\n"
                f'<p class="annex-title">{escape(annex.title)}</p>\n\n{table}')

    def footnotes(self, report: Report, linker: Optional[Linker]) -> str:
        items = []
        for note in report.footnotes:
            back = ""
            if note.referenced_from:
                ref = note.id.replace("fn_", "fnref_", 1)
                link = f'<a class="fn-back" href="#{ref}" title="{escape(self.t("footnote_back"))}">↩</a>'
                back = f" <span{self.own}>{link}</span>" if self.own else f" {link}"
            items.append(f'<li id="{note.id}"><span class="fn-mark">{escape(note.mark)}</span> '
                         f"{inline(note.text, note.spans, linker, rtl(report))}{back}</li>")
        text_lang = lang_attr(report.language, self.language)
        return (f'<div class="footnotes" markdown="1">\n\n## {escape(self.t("footnotes"))} {{: #footnotes }}\n\n'
                f'<ol class="footnote-list"{text_lang}>\n' + "\n".join(items) + "\n</ol>\n\n</div>\n")


def rtl(report: Optional[Report]) -> bool:
    """Is the report's text written right to left (its Latin runs isolated, `markup.inline`)?"""
    return report is not None and profile(report.language).direction == "rtl"
