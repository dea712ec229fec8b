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

import json
import posixpath
from typing import Callable, Iterable, Optional

from .i18n import DEFAULT_LANGUAGE, label
from .model import Annex, Heading, Paragraph, Report, Span, Subparagraph

#: ASCII characters that mean something to Markdown, HTML, attr_list or Jinja.
SYNTAX = frozenset("\\`*_{}[]()#+-.!<>&|~^=$@\"'")

#: A function that turns a mention span into the Markdown target of its link.
Linker = Callable[[Span], Optional[str]]


def escape(text: str) -> str:
    """The one escaping function: literal text, safe in Markdown and HTML."""
    return "".join(f"&#{ord(c)};" if c in SYNTAX else (" " if c == "\n" else c) for c in text)


def report_path(report: Report, language: str = DEFAULT_LANGUAGE) -> str:
    """Path of the report page inside docs/ (its URL is `report.url`).

    The default language has no suffix; others are ``reports/<slug>.en.md``
    (mkdocs-static-i18n's suffix layout), published under ``en/``."""
    return page_path(f"reports/{report.slug}", language)


def page_path(stem: str, language: str) -> str:
    return f"{stem}.md" if language == DEFAULT_LANGUAGE else f"{stem}.{language}.md"


def url_prefix(language: str) -> str:
    """Where a language's pages live in the built site."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def relative(from_path: str, to_path: str) -> str:
    """Relative Markdown link between two pages of docs/."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


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

    def __init__(self, language: str, site_url: str = "",
                 linker_for: Optional[Callable[[Report], Linker]] = None):
        self.language = language
        self.site_url = site_url if not site_url or site_url.endswith("/") else site_url + "/"
        self.linker_for = linker_for

    def t(self, key: str, **values) -> str:
        return label(self.language, key, **values)

    # -- a report ------------------------------------------------------------
    def canonical(self, report: Report, eid: str = "") -> str:
        """The absolute URL to send by email: site_url, page, fragment.
        The same in the online site and in the offline bundle."""
        return f"{self.site_url}{url_prefix(self.language)}{report.url}" + (f"#{eid}" if eid else "")

    def dates(self, report: Report) -> str:
        m = report.meeting
        if m.start == m.end:
            return m.start.isoformat()
        return self.t("date_range", start=m.start.isoformat(), end=m.end.isoformat())

    def report(self, report: Report, notice: str = "", parallel: str = "") -> str:
        """A report page. `notice` says the text is in another language than
        the page; `parallel` is the path of its side-by-side page, if any."""
        linker = self.linker_for(report) if self.linker_for else None
        parts = [self.front_matter(report), self.cover(report), f"# {escape(report.title)}\n"]
        if notice:
            parts.append(f'<div class="admonition note lang-notice"><p>{escape(notice)}</p></div>\n')
        parts.append(self.facts(report))
        if parallel:
            parts.append(f'[{escape(self.t("parallel"))}]'
                         f'({relative(report_path(report, self.language), parallel)}){{: .parallel-link }}\n')
        parts.append(f'<div class="para-labels" hidden data-link-copied="{escape(self.t("link_copied"))}" '
                     f'data-cite-copied="{escape(self.t("cite_copied"))}" '
                     f'data-copy-failed="{escape(self.t("copy_failed"))}"></div>\n')
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
        lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items()]
        return "---\n" + "\n".join(lines) + "\n---\n"

    def facts(self, report: Report) -> str:
        m = report.meeting
        rows = [(self.t("dates"), self.dates(report)), (self.t("city"), m.city),
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
        number = escape(f"{heading.marker or heading.number + '.'} ") if heading.number else ""
        return f"{hashes} {number}{inline(heading.text, heading.spans, linker)} {{: #{heading.id} }}\n"

    def paragraph(self, para: Paragraph, report: Report, linker: Optional[Linker]) -> str:
        if para.number is not None:
            number = f'<span class="para-num">{para.number}.</span>'
        else:
            number = (f'<span class="para-num para-nn" title="{escape(self.t("para_missing_number"))}">'
                      f'[?]</span>')
        body = [f'<div class="para" id="{para.id}" markdown="1">',
                f"{number} {inline(para.text, para.spans, linker)} {self.controls(report, para)}"]
        if para.children:
            body.append("")
            body.append(self.subparagraphs(para.children, linker))
        body.append("</div>\n")
        return "\n".join(body)

    def controls(self, report: Report, para: Paragraph) -> str:
        """The ¶ link (copies the canonical URL) and the citation button."""
        url = self.canonical(report, para.id)
        if para.number is not None:
            cite = self.t("citation", title=report.title, date=self.dates(report), n=para.number, url=url)
        else:
            cite = self.t("citation_nn", title=report.title, date=self.dates(report), id=para.id, url=url)
        return (f'<a class="para-link" href="#{para.id}" title="{escape(self.t("permalink"))}" '
                f'data-url="{escape(url)}">¶</a>'
                f'<button type="button" class="para-cite" title="{escape(self.t("cite"))}" '
                f'aria-label="{escape(self.t("cite"))}" data-cite="{escape(cite)}">❞</button>')

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
            rows.append(f'<tr id="{row.id}" markdown="1"><td markdown="span">{symbol}</td>'
                        f"<td>{escape(row.agenda)}</td><td>{escape(row.title)}</td></tr>")
        table = (f'<table class="annex-documents" markdown="1">\n<thead><tr>{head}</tr></thead>\n<tbody markdown="1">\n'
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
    def home(self, reports: list[Report], built: str = "") -> str:
        """The front page; `built` (a date) marks the offline edition."""
        home = page_path("index", self.language)
        rows = []
        for report in sorted(reports, key=lambda r: r.meeting.start):
            link = relative(home, report_path(report, self.language))
            count = sum(1 for p in report.paragraphs)
            rows.append(f"| {report.meeting.start.isoformat()} | [{escape(report.title)}]({link}) | {count} |")
        table = "\n".join([f"| {self.t('dates')} | {self.t('report')} | {self.t('paragraphs')} |",
                           "| --- | --- | --: |", *rows])
        edition = ""
        if built:
            starts = sorted(r.meeting.start.isoformat() for r in reports)
            intro = self.t("offline_intro", count=len(reports), first=starts[0], last=starts[-1],
                           built=built, site_url=self.site_url)
            edition = (f'<div class="admonition info offline-edition"><p class="admonition-title">'
                       f'{escape(self.t("offline_edition"))}</p><p>{escape(intro)}</p></div>\n\n')
        return (f"---\ntitle: {json.dumps(self.t('home'), ensure_ascii=False)}\n---\n\n"
                f"# {escape(self.t('site_name'))}\n\n{edition}{escape(self.t('home_intro'))}\n\n"
                f"## {escape(self.t('reports_list'))} {{: #reports }}\n\n{table}\n")

    # -- Chinese and English side by side -------------------------------------
    def parallel(self, versions: dict) -> str:
        """Paragraph N of each language in one row, each linking to the report.
        Rows carry the paragraph ids, so #para_N works here too."""
        zh, en = versions["zh"], versions["en"]
        path = page_path(f"reports/{zh.slug}/parallel", self.language)
        by_id = {lang: {p.id: p for p in r.paragraphs} for lang, r in versions.items()}
        order = [p.id for p in zh.paragraphs] + [p.id for p in en.paragraphs if p.id not in by_id["zh"]]
        rows = []
        for eid in order:
            cells = []
            for lang in ("zh", "en"):
                para = by_id[lang].get(eid)
                # Both numbers lead to the report page of this page's language
                # (its language switch keeps the paragraph).
                target = relative(path, report_path(zh, self.language)) + f"#{eid}"
                if para is None:
                    cells.append(f'<td lang="{lang}">{escape(self.t("missing_in_version"))}</td>')
                    continue
                number = f"{para.number}." if para.number is not None else "[?]"
                text = escape(para.plain_text())
                cells.append(f'<td lang="{lang}" markdown="span">[{escape(number)}]({target}) {text}</td>')
            rows.append(f'<tr id="{eid}" markdown="1">{"".join(cells)}</tr>')
        title = self.t("parallel_title", date=zh.meeting.start.isoformat())
        # Out of the search index: its words are the report pages' words.
        return (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsearch:\n  exclude: true\n---\n\n"
                f"# {escape(title)}\n\n"
                f"{escape(self.t('parallel_intro'))}\n\n"
                f'<table class="parallel" markdown="1">\n<thead><tr><th>{escape(self.t("chinese"))}</th>'
                f'<th>{escape(self.t("english"))}</th></tr></thead>\n<tbody markdown="1">\n'
                + "\n".join(rows) + "\n</tbody>\n</table>\n")
