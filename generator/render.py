"""Stage 6 — model to Markdown pages.

Every text from a source reaches the page through `escape`, which turns each
character that Markdown, HTML, attr_list or Jinja could read as syntax into a
numeric character reference. So a ``<script>``, a ``*`` or a ``{: #x }`` in a
report shows on the page exactly as written and is never interpreted.

Paragraphs are HTML containers with ``markdown="1"`` (the md_in_html
extension): the container carries the id; the words inside stay Markdown, so
that links written as ``[text](page.md#id)`` are checked and rewritten by
MkDocs in every build (online and offline).
"""
from __future__ import annotations

import html
import json
import posixpath
from typing import Callable, Iterable, Optional

from .i18n import label
from .model import Annex, Heading, Paragraph, Report, Span, Subparagraph

#: ASCII characters that mean something to Markdown, HTML, attr_list or Jinja.
SYNTAX = frozenset("\\`*_{}[]()#+-.!<>&|~^=$@\"'")

#: A function that turns a mention span into the Markdown target of its link.
Linker = Callable[[Span], Optional[str]]


def escape(text: str) -> str:
    """The one escaping function: literal text, safe in Markdown and HTML."""
    return "".join(f"&#{ord(c)};" if c in SYNTAX else (" " if c == "\n" else c) for c in text)


def report_path(report: Report) -> str:
    """Path of the report page inside docs/ (its URL is `report.url`)."""
    return f"reports/{report.slug}.md"


def relative(from_path: str, to_path: str) -> str:
    """Relative Markdown link between two pages of docs/."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


def front_matter(meta: dict[str, str]) -> str:
    """YAML front matter. The theme puts ``page.meta`` values into the HTML
    without escaping them (<title>, <meta content="…">), so they are
    HTML-escaped here; JSON strings are valid YAML."""
    lines = [f"{key}: {json.dumps(html.escape(value, quote=True), ensure_ascii=False)}"
             for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


def inline(text: str, spans: Iterable[Span], linker: Optional[Linker] = None) -> str:
    """Escaped text with its spans turned into markup.

    Footnote references are zero-width; bold and mention spans wrap words.
    Spans do not overlap except that a footnote may sit inside another."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[str] = []
    pos = 0
    open_end: list[tuple[int, str]] = []

    def flush(until: int) -> None:
        nonlocal pos
        while open_end and open_end[-1][0] <= until:
            end, closer = open_end.pop()
            out.append(escape(text[pos:end]))
            out.append(closer)
            pos = end
        out.append(escape(text[pos:until]))
        pos = until

    for span in spans:
        if span.start < pos:
            continue  # overlapping span: keep the first, never break the text
        flush(span.start)
        if span.kind == "footnote":
            mark = span.value.replace("fn_star_", "*").replace("fn_", "")
            if mark.startswith("*"):
                mark = "*"
            ref = span.value.replace("fn_", "fnref_", 1)
            out.append(f'<sup class="fnref" id="{ref}"><a href="#{span.value}">{escape(mark)}</a></sup>')
        elif span.kind == "strong":
            out.append("<strong>")
            open_end.append((span.end, "</strong>"))
        elif span.kind == "mention" and linker:
            target = linker(span)
            if target:
                out.append("[")
                open_end.append((span.end, f"]({target})"))
    flush(len(text))
    return "".join(out)


class PageRenderer:
    """Renders the pages of one language."""

    def __init__(self, language: str, linker_for: Optional[Callable[[Report], Linker]] = None):
        self.language = language
        self.linker_for = linker_for

    def t(self, key: str, **values) -> str:
        return label(self.language, key, **values)

    # -- a report ------------------------------------------------------------
    def report(self, report: Report, notice: str = "") -> str:
        linker = self.linker_for(report) if self.linker_for else None
        parts = [self.front_matter(report), self.cover(report), f"# {escape(report.title)}\n"]
        if notice:
            parts.append(f'<div class="admonition note lang-notice"><p>{escape(notice)}</p></div>\n')
        parts.append(self.facts(report))
        for block in report.blocks:
            if isinstance(block, Heading):
                parts.append(self.heading(block, linker))
            elif isinstance(block, Paragraph):
                parts.append(self.paragraph(block, report, linker))
            elif isinstance(block, Annex):
                parts.append(self.annex(block, linker))
        if report.footnotes:
            parts.append(self.footnotes(report, linker))
        return "\n".join(parts)

    def front_matter(self, report: Report) -> str:
        meta = {
            "title": f"{report.meeting.start.isoformat()} {report.title}",
            "description": report.title,
        }
        return front_matter(meta)

    def facts(self, report: Report) -> str:
        m = report.meeting
        dates = m.start.isoformat() if m.start == m.end else self.t(
            "date_range", start=m.start.isoformat(), end=m.end.isoformat())
        rows = [(self.t("dates"), dates), (self.t("city"), m.city),
                (self.t("bodies"), "；".join(m.bodies) if self.language == "zh" else "; ".join(m.bodies))]
        if report.symbol:
            rows.append((self.t("symbol"), report.symbol))
        rows.append((self.t("source"), report.source))
        items = "\n".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows if v)
        return f'<dl class="report-facts">\n{items}\n</dl>\n'

    def cover(self, report: Report) -> str:
        """The lines above the title (bodies, date and place, masthead), as printed."""
        if not report.front_matter:
            return ""
        lines = "\n".join(f"<p>{escape(line.text)}</p>" for line in report.front_matter)
        return f'<div class="report-cover" title="{escape(self.t("cover"))}">\n{lines}\n</div>\n'

    def heading(self, heading: Heading, linker: Optional[Linker]) -> str:
        hashes = "#" * min(heading.level + 1, 6)
        number = escape(f"{heading.number}. ") if heading.number else ""
        return f"{hashes} {number}{inline(heading.text, heading.spans, linker)} {{: #{heading.id} }}\n"

    def paragraph(self, para: Paragraph, report: Report, linker: Optional[Linker]) -> str:
        if para.number is not None:
            number = f'<span class="para-num">{para.number}.</span>'
            cite = self.t("para", n=para.number)
        else:
            number = (f'<span class="para-num para-nn" title="{escape(self.t("para_missing_number"))}">'
                      f'[?]</span>')
            cite = para.id
        link = (f'<a class="para-link" href="#{para.id}" title="{escape(self.t("permalink"))}" '
                f'data-cite="{escape(cite)}">¶</a>')
        body = [f'<div class="para" id="{para.id}" markdown="1">',
                f"{number} {inline(para.text, para.spans, linker)} {link}"]
        if para.children:
            body.append("")
            body.append(self.subparagraphs(para.children, linker))
        body.append("</div>\n")
        return "\n".join(body)

    def subparagraphs(self, children: list[Subparagraph], linker: Optional[Linker]) -> str:
        kind = children[0].kind
        out = [f'<ol class="subparas list-{kind}" markdown="1">']
        for child in children:
            if child.kind == "subpara":
                tag = f"({escape(child.label)})"
            elif child.kind == "item":
                tag = f"{escape(child.label)}&#46;"
            else:
                tag = escape(child.label)
            text = inline(child.text, child.spans, linker)
            line = (f'<li id="{child.id}" class="{child.kind}" markdown="1">'
                    f'<span class="sub-label">{tag}</span> {text} '
                    f'<a class="sub-link" href="#{child.id}" aria-label="{child.id}">¶</a>')
            if child.children:
                out.append(line)
                out.append("")
                out.append(self.subparagraphs(child.children, linker))
                out.append("</li>")
            else:
                out.append(line + "</li>")
        out.append("</ol>")
        return "\n".join(out)

    def annex(self, annex: Annex, linker: Optional[Linker]) -> str:
        columns = annex.columns or label(self.language, "annex_columns")
        head = "".join(f"<th>{escape(c)}</th>" for c in columns)
        rows = []
        for row in annex.rows:
            symbol = escape(row.symbol)
            if linker:
                target = linker(Span(0, len(row.symbol), "mention", f"doc:{row.symbol}"))
                if target:
                    symbol = f"[{symbol}]({target})"
            rows.append(f'<tr id="{row.id}"><td markdown="span">{symbol}</td>'
                        f"<td>{escape(row.agenda)}</td><td>{escape(row.title)}</td></tr>")
        table = (f'<table class="annex-documents">\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
                 + "\n".join(rows) + "\n</tbody>\n</table>\n") if annex.rows else ""
        return (f"## {escape(annex.heading)} {{: #{annex.id} }}\n\n"
                f'<p class="annex-title">{escape(annex.title)}</p>\n\n{table}')

    def footnotes(self, report: Report, linker: Optional[Linker]) -> str:
        items = []
        for note in report.footnotes:
            back = ""
            if note.referenced_from:
                ref = note.id.replace("fn_", "fnref_", 1)
                back = f' <a class="fn-back" href="#{ref}" title="{escape(self.t("footnote_back"))}">↩</a>'
            items.append(f'<li id="{note.id}" markdown="1"><span class="fn-mark">{escape(note.mark)}</span> '
                         f"{escape(note.text)}{back}</li>")
        return (f'<div class="footnotes" markdown="1">\n\n## {escape(self.t("footnotes"))} {{: #footnotes }}\n\n'
                f'<ol class="footnote-list" markdown="1">\n' + "\n".join(items) + "\n</ol>\n</div>\n")

    # -- the home page --------------------------------------------------------
    def home(self, reports: list[Report]) -> str:
        rows = []
        for report in sorted(reports, key=lambda r: r.meeting.start):
            link = relative("index.md", report_path(report))
            count = sum(1 for p in report.paragraphs)
            rows.append(f"| {report.meeting.start.isoformat()} | [{escape(report.title)}]({link}) | {count} |")
        table = "\n".join([f"| {self.t('dates')} | {self.t('report')} | {self.t('paragraphs')} |",
                           "| --- | --- | --: |", *rows])
        return (front_matter({"title": self.t("home")}) + "\n"
                f"# {escape(self.t('site_name'))}\n\n{escape(self.t('home_intro'))}\n\n"
                f"## {escape(self.t('reports_list'))} {{: #reports }}\n\n{table}\n")

    # -- the source-quality page ----------------------------------------------
    def quality(self, reports: list[Report], entries: list) -> str:
        """One table per report: where, what kind, which element (a link
        that MkDocs checks), and the parser's message."""
        by_slug: dict[str, list] = {}
        for entry in entries:
            by_slug.setdefault(entry.slug, []).append(entry)
        parts = [front_matter({"title": self.t("warnings")}), f"# {escape(self.t('warnings'))} {{: #quality }}\n",
                 f"{escape(self.t('quality_intro', n=len(entries)))}\n"]
        for report in sorted(reports, key=lambda r: r.meeting.start):
            items = by_slug.get(report.slug, [])
            page = relative("quality.md", report_path(report))
            parts.append(f"## {escape(report.meeting.start.isoformat())} {escape(report.title)} "
                         f"{{: #quality_{report.slug.replace('-', '_')} }}\n")
            if not items:
                parts.append(f"{escape(self.t('quality_none'))}\n")
                continue
            rows = [f"| {self.t('quality_where')} | {self.t('quality_kind')} | {self.t('quality_element')} "
                    f"| {self.t('quality_message')} |", "| --- | --- | --- | --- |"]
            for e in items:
                target = f"[{escape(e.target)}]({page}#{e.target})" if e.target else \
                    f"[{escape(self.t('quality_report'))}]({page})"
                kind = self.code_label(e.code)
                rows.append(f"| {escape(f'{e.source}:{e.line}')} | {escape(kind)} | {target} | {escape(e.message)} |")
            parts.append("\n".join(rows) + "\n")
        return "\n".join(parts)

    def code_label(self, code: str) -> str:
        """The label of a warning code; a code without one shows as itself."""
        labels = label(self.language, "quality_codes")
        return f"{labels[code]} ({code})" if code in labels else code
