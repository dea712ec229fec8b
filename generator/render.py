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

import datetime as dt
import json
from functools import lru_cache
import posixpath
import re
from pathlib import Path
from typing import Callable, Iterable, Optional

from . import citation, ids
from .akn import export_name
from .i18n import DEFAULT_LANGUAGE, MESSAGE_LANGUAGE, label
from .languages import profile
from .names import name as name_of
from .markup import markdown_text, yaml_string
from .model import Annex, Heading, Paragraph, Report, Span, Subparagraph

#: A function that turns a mention span into the Markdown target of its link.
Linker = Callable[[Span], Optional[str]]

#: The pages' text escape (see markup.py for every target).
escape = markdown_text


def report_path(report: Report, language: str = DEFAULT_LANGUAGE) -> str:
    """Path of the report page inside docs/ (its URL is `report.url`).

    The default language has no suffix; others are ``reports/<slug>.en.md``
    (mkdocs-static-i18n's suffix layout), published under ``en/``."""
    return page_path(f"reports/{report.slug}", language)


def xml_path(report: Report) -> str:
    """Where the report's Akoma Ntoso XML is published: ``akn/<slug>.<lang>.xml``
    at the site root (one file per report, the same in every language's part
    of the site; see `site.mkdocs_build`). Links use it as a docs/ path."""
    return f"akn/{export_name(report)}"


def page_path(stem: str, language: str) -> str:
    return f"{stem}.md" if language == DEFAULT_LANGUAGE else f"{stem}.{language}.md"


def url_prefix(language: str) -> str:
    """Where a language's pages live in the built site."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


@lru_cache(maxsize=1 << 16)
def relative(from_path: str, to_path: str) -> str:
    """Relative Markdown link between two pages of docs/ (cached: a page
    links to the same few pages thousands of times)."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


def lang_attr(text_language: str, page_language: str) -> str:
    """`` lang="…"`` for text in `text_language` on a page in
    `page_language` (nothing when they are the same)."""
    if text_language == page_language:
        return ""
    return f' lang="{profile(text_language).html_lang}"'


def in_language(text: str, text_language: str, page_language: str) -> str:
    """Escaped `text`, inside a ``<span lang>`` when it is in another
    language than the page (so that browsers pick its glyphs and screen
    readers its voice)."""
    attr = lang_attr(text_language, page_language)
    return f"<span{attr}>{escape(text)}</span>" if attr else escape(text)


def front_matter(meta: dict[str, str], extra: str = "") -> str:
    """YAML front matter. The theme puts ``page.meta`` values into the HTML
    without escaping them (<title>, <meta content="…">), so they are
    HTML-escaped here; JSON strings are valid YAML."""
    lines = [f"{key}: {yaml_string(value)}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + ("\n" + extra if extra else "") + "\n---\n"


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
        self.profile = profile(language)
        #: `` lang="…"`` of the page's own language, for its controls inside
        #: text in another language ("" while rendering a report in its own).
        self.own = ""

    def t(self, key: str, **values) -> str:
        return label(self.language, key, **values)

    def title(self, report: Report) -> str:
        """The report's title in this page's language: its own, or (a report
        shown in another language) one made from the catalog."""
        if report.language == self.language:
            return report.title
        return self.t("report_title", city=name_of("cities", report.meeting.city, self.language),
                      dates=self.dates(report))

    # -- a report ------------------------------------------------------------
    def canonical(self, report: Report, eid: str = "") -> str:
        """The absolute URL to send by email: site_url, page, fragment.
        The same in the online site and in the offline bundle."""
        return f"{self.site_url}{url_prefix(self.language)}{report.url}" + (f"#{eid}" if eid else "")

    def dates(self, report: Report) -> str:
        """The meeting's days as this page's readers write them."""
        return self.profile.date(report.meeting.start, report.meeting.end)

    def report(self, report: Report, notice: str = "", parallel: str = "", corpus=None, xml: str = "") -> str:
        """A report page. `notice` says the text is in another language than
        the page; `parallel` is the path of its side-by-side page, if any;
        `xml` the docs/ path of the Akoma Ntoso XML of the text shown."""
        linker = self.linker_for(report) if self.linker_for else None
        text_lang = lang_attr(report.language, self.language)
        self.own = lang_attr(self.language, report.language)
        parts = [self.front_matter(report), self.cover(report),
                 f"# {escape(report.title)}" + (f" {{:{text_lang} }}" if text_lang else "") + "\n"]
        if notice:
            parts.append(f'<div class="admonition note lang-notice"><p>{escape(notice)}</p></div>\n')
        parts.append(self.facts(report, relative(report_path(report, self.language), xml) if xml else ""))
        if parallel:
            parts.append(f'[{escape(self.t("parallel"))}]'
                         f'({relative(report_path(report, self.language), parallel)}){{: .parallel-link }}\n')
        parts.append(self.labels(report))
        if text_lang:  # the report's text, in its language
            parts.append(f'<div class="report-text"{text_lang} markdown="1">\n')
        for block in report.blocks:
            if isinstance(block, Heading):
                parts.append(self.heading(block, linker))
            elif isinstance(block, Paragraph):
                parts.append(self.paragraph(block, report, linker))
            elif isinstance(block, Annex):
                parts.append(self.annex(block, linker, report))
        if text_lang:
            parts.append("</div>\n")
        if report.footnotes:
            parts.append(self.footnotes(report, linker))
        self.own = ""
        if corpus is not None:
            parts.append(CorpusRenderer(self.language, corpus).in_this_report(report))
        return "\n".join(parts)

    def front_matter(self, report: Report) -> str:
        """Title and description. Report pages stay out of Material's search
        index: search.split_index indexes them from the model, once, one entry
        per paragraph (Material would segment the same Chinese text again)."""
        meta = {
            "title": f"{report.meeting.start.isoformat()} {self.title(report)}",
            "description": self.title(report),
        }
        if report.language != self.language:  # its headings' language (overrides/partials/toc-item.html)
            meta["text_lang"] = profile(report.language).html_lang
        return front_matter(meta, "search:\n  exclude: true")

    def labels(self, report: Report) -> str:
        """What paragraphs.js needs to name, cite and check anchors: the
        toasts, the citation template (``{pin}``, ``{url}``), the page's URL,
        the range and unknown-anchor messages, the paragraph numbers."""
        numbers = citation.numbered(report)
        data = {
            "link-copied": self.t("link_copied"), "cite-copied": self.t("cite_copied"),
            "text-copied": self.t("text_copied"), "copy-failed": self.t("copy_failed"),
            "range-copied": self.t("range_copied", pin="{pin}"),
            "cite": citation.citation_template(report, self.language), "cite-text": self.t("cite_text", text="{text}",
                                                                                          citation="{citation}"),
            "url": self.canonical(report), "pin-para": self.t("pin_para", n="{n}"),
            "pin-paras": self.t("pin_paras", a="{a}", b="{b}"),
            "unknown": self.t("anchor_unknown", pin="{pin}", count=len(numbers)),
            "unknown-other": self.t("anchor_unknown_other", id="{id}"),
            "numbers": " ".join(map(str, numbers)),
        }
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
        # The bodies are named as the report's title names them, in its language.
        bodies = profile(report.language).clause_separator.join(m.bodies)
        draft = citation.is_draft(report)
        rows = [(self.t("symbol"), report.symbol or "", ""),
                (self.t("bodies"), bodies, lang_attr(report.language, self.language)),
                (self.t("dates"), self.dates(report), ""),
                (self.t("city"), name_of("cities", m.city, self.language), ""),
                (self.t("status"), self.t("status_draft") if draft else "", ""),
                (self.t("page_url"), self.canonical(report), "")]
        banner = (f'<div class="admonition warning report-facts draft-banner" role="note"><p>{escape(self.t("draft_banner"))}</p>'
                  f'</div>\n' if draft else "")
        if not xml:
            items = "\n".join(f"<dt>{escape(k)}</dt><dd{a}>{escape(v)}</dd>" for k, v, a in rows if v)
            return f'{banner}<dl class="report-facts">\n{items}\n</dl>\n'
        lines = [f"<dt>{escape(k)}</dt>\n<dd{a}>{escape(v)}</dd>" for k, v, a in rows if v]
        lines.append(f'<dt>{escape(self.t("data"))}</dt>\n<dd markdown="span">[{escape(self.t("akn_link"))}]'
                     f'({xml}){{: .akn-link type="application/akn+xml" }}</dd>')
        return banner + '<dl class="report-facts" markdown="1">\n' + "\n".join(lines) + "\n</dl>\n"

    def cover(self, report: Report) -> str:
        """The lines above the title (bodies, date and place, masthead), as printed."""
        if not report.front_matter:
            return ""
        lines = "\n".join(f"<p>{escape(line.text)}</p>" for line in report.front_matter)
        return (f'<div class="report-cover" title="{escape(self.t("cover"))}"'
                f'{lang_attr(report.language, self.language)}>\n{lines}\n</div>\n')

    def heading(self, heading: Heading, linker: Optional[Linker]) -> str:
        hashes = "#" * min(heading.level + 1, 6)
        number = escape(f"{heading.marker or heading.number + '.'} ") if heading.number else ""
        return f"{hashes} {number}{inline(heading.text, heading.spans, linker)} {{: #{heading.id} }}\n"

    def paragraph(self, para: Paragraph, report: Report, linker: Optional[Linker]) -> str:
        if para.number is not None:
            number = f'<span class="para-num">{para.number}.</span>'
        else:
            number = (f'<span class="para-num para-nn" title="{escape(self.t("para_missing_number"))}"{self.own}>'
                      f'[?]</span>')
        body = [f'<div class="para" id="{para.id}" markdown="1">',
                f"{number} {inline(para.text, para.spans, linker)} {self.controls(report, para.id)}"]
        if para.children:
            body.append("")
            body.append(self.subparagraphs(para.children, linker, report))
        body.append("</div>\n")
        return "\n".join(body)

    def controls(self, report: Report, eid: str, tag: str = "span") -> str:
        """The same three controls on every anchored item: ¶ (a link to the
        item that copies its canonical URL), ❞ (copies a citation) and a
        button that copies the item's text with its citation. Each is named
        for screen readers after the item ("复制第 5 段的链接"), in the page's
        language (`self.own` marks it when the text around is in another);
        the citation is made by paragraphs.js from the page's template and
        `data-pin`."""
        pin = citation.item_label(eid, self.language, report)
        return (f'<{tag} class="item-controls" data-for="{eid}" data-pin="{escape(pin)}"{self.own}>'
                f'<a class="para-link" href="#{eid}" aria-label="{escape(self.t("copy_link", pin=pin))}" '
                f'data-url="{escape(self.canonical(report, eid))}">¶</a>'
                f'<button type="button" class="para-cite" aria-label="{escape(self.t("copy_cite", pin=pin))}">❞</button>'
                f'<button type="button" class="para-copy" aria-label="{escape(self.t("copy_text", pin=pin))}"></button>'
                f'</{tag}>')

    def subparagraphs(self, children: list[Subparagraph], linker: Optional[Linker], report: Report) -> str:
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
                    f'<span class="sub-label">{tag}</span> {text} {self.controls(report, child.id)}')
            if child.children:
                out.append(line)
                out.append("")
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
        head = "".join(f"<th>{escape(c)}</th>" for c in columns)
        rows = []
        for row in annex.rows:
            symbol = escape(row.symbol)
            if linker:
                target = linker(Span(0, len(row.symbol), "mention", f"document:{row.symbol}"))
                if target:
                    symbol = f"[{symbol}]({target})"
            controls = self.controls(report, row.id) if report is not None else ""
            rows.append(f'<tr id="{row.id}" markdown="1"><td markdown="span">{symbol}</td>'
                        f"<td>{escape(row.agenda)}</td><td>{escape(row.title)} {controls}</td></tr>")
        # The table scrolls in its own box on a narrow screen (never the page).
        table = (f'<div class="table-scroll" markdown="1">\n<table class="annex-documents" markdown="1">\n'
                 f'<thead><tr>{head}</tr></thead>\n<tbody markdown="1">\n'
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
            items.append(f'<li id="{note.id}" markdown="1"><span class="fn-mark">{escape(note.mark)}</span> '
                         f"{inline(note.text, note.spans, linker)}{back} {self.controls(report, note.id)}</li>")
        text_lang = lang_attr(report.language, self.language)
        return (f'<div class="footnotes" markdown="1">\n\n## {escape(self.t("footnotes"))} {{: #footnotes }}\n\n'
                f'<ol class="footnote-list"{text_lang} markdown="1">\n' + "\n".join(items) + "\n</ol>\n</div>\n")

    # -- the home page --------------------------------------------------------
    def home(self, reports: list[Report], built: str = "") -> str:
        """The front page; `built` (a date) marks the offline edition."""
        home = page_path("index", self.language)
        rows = []
        for report in sorted(reports, key=lambda r: r.meeting.start):
            link = relative(home, report_path(report, self.language))
            count = sum(1 for p in report.paragraphs)
            rows.append(f"| {escape(self.dates(report))} | [{escape(self.title(report))}]({link}) | {count} |")
        table = "\n".join([f"| {self.t('dates')} | {self.t('report')} | {self.t('paragraphs')} |",
                           "| --- | --- | --: |", *rows])
        edition = ""
        if built:
            starts = sorted(r.meeting.start.isoformat() for r in reports)
            intro = self.t("offline_intro", count=len(reports), first=starts[0], last=starts[-1],
                           built=built, site_url=self.site_url)
            edition = (f'<div class="admonition info offline-edition"><p class="admonition-title">'
                       f'{escape(self.t("offline_edition"))}</p><p>{escape(intro)}</p></div>\n\n')
        return (f"---\ntitle: {yaml_string(self.t('home'))}\n---\n\n"
                f"# {escape(self.t('site_name'))}\n\n{edition}{escape(self.t('home_intro'))}\n\n"
                f"## {escape(self.t('reports_list'))} {{: #reports }}\n\n{table}\n")

    def quality(self, reports: list[Report], entries: list, stem: str = "quality", title: str = "") -> str:
        """One table per report: where, what kind, which element (a link
        that MkDocs checks), and the parser's message. `stem` and `title`
        make the same page for one year of a large corpus."""
        by_slug: dict[str, list] = {}
        for entry in entries:
            by_slug.setdefault(entry.slug, []).append(entry)
        slugs = {r.slug for r in reports}
        count = sum(1 for e in entries if e.slug in slugs)
        title = title or self.t("warnings")
        here = page_path(stem, self.language)
        parts = [front_matter({"title": title}), f"# {escape(title)} {{: #quality }}\n",
                 f"{escape(self.t('quality_intro', n=count))}\n"]
        by_slug_report = {r.slug: r for r in reports}
        for report in sorted(reports, key=lambda r: r.meeting.start):
            items = by_slug.get(report.slug, [])
            page = relative(here, report_path(report, self.language))
            parts.append(f"## {escape(report.meeting.start.isoformat())} {escape(self.title(report))} "
                         f"{{: #quality_{report.slug.replace('-', '_')} }}\n")
            if not items:
                parts.append(f"{escape(self.t('quality_none'))}\n")
                continue
            rows = [f"| {self.t('quality_where')} | {self.t('quality_kind')} | {self.t('quality_element')} "
                    f"| {self.t('quality_message')} |", "| --- | --- | --- | --- |"]
            for e in items:
                target = f"[{escape(citation.item_label(e.target, self.language, report))}]({page}#{e.target})" \
                    if e.target else \
                    f"[{escape(self.t('quality_report'))}]({page})"
                kind = self.code_label(e.code)
                message = self.message(e.message, by_slug_report[e.slug].language)
                rows.append(f"| {escape(f'{e.source}:{e.line}')} | {escape(kind)} | {target} | {message} |")
            parts.append("\n".join(rows) + "\n")
        return "\n".join(parts)

    def quality_by_year(self, years: list, entries: list) -> dict[str, str]:
        """A large corpus: an overview (entries per year, each year a link)
        and one page per year, ``quality/<year>.md``, so no page grows with
        the whole corpus."""
        overview = page_path("quality", self.language)
        rows = [f"| {self.t('year')} | {self.t('reports')} | {self.t('warnings')} |", "| --- | --: | --: |"]
        pages = {}
        for year, group in years:
            slugs = {r.slug for r in group}
            stem = f"quality/{year}"
            rows.append(f"| [{year}]({relative(overview, page_path(stem, self.language))}) | {len(group)} | "
                        f"{sum(1 for e in entries if e.slug in slugs)} |")
            pages[page_path(stem, self.language)] = self.quality(
                group, entries, stem, f"{self.t('warnings')} {year}")
        title = self.t("warnings")
        pages[overview] = (f"{front_matter({'title': title})}# {escape(title)} {{: #quality }}\n\n"
                           f"{escape(self.t('quality_intro', n=len(entries)))}\n\n" + "\n".join(rows) + "\n")
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

    # -- the language versions side by side -----------------------------------
    def parallel(self, versions: dict) -> str:
        """Paragraph N of each language version (`versions`: language →
        report, in column order) in one row, each linking to the report.
        Rows carry the paragraph ids, so #para_N works here too."""
        first = next(iter(versions.values()))
        path = page_path(f"reports/{first.slug}/parallel", self.language)
        by_id = {lang: {p.id: p for p in r.paragraphs} for lang, r in versions.items()}
        order: list[str] = []
        for report in versions.values():
            order += [p.id for p in report.paragraphs if p.id not in order]
        # The report this language's page shows (its own, else the first version).
        shown = {p.id for p in (versions.get(self.language) or first).paragraphs}
        rows = []
        for eid in order:
            cells = []
            for lang in versions:
                para = by_id[lang].get(eid)
                # Every number leads to the report page of this page's language
                # (its language switch keeps the paragraph), when it has it.
                target = relative(path, report_path(first, self.language)) + f"#{eid}"
                if para is None:
                    cells.append(f'<td>{escape(self.t("missing_in_version"))}</td>')
                    continue
                number = f"{para.number}." if para.number is not None else "[?]"
                link = f"[{escape(number)}]({target})" if eid in shown else escape(number)
                text = escape(para.plain_text())
                cells.append(f'<td lang="{profile(lang).html_lang}" markdown="span">{link} {text}</td>')
            rows.append(f'<tr id="{eid}" markdown="1">{"".join(cells)}</tr>')
        names = self.t("language_names")
        title = self.t("parallel_title", date=self.profile.date(first.meeting.start),
                       languages=self.t("language_join").join(names.get(lang, lang) for lang in versions))
        head = "".join(f"<th>{escape(names.get(lang, lang))}</th>" for lang in versions)
        # Out of the search index: its words are the report pages' words.
        return (f"---\ntitle: {yaml_string(title)}\nsearch:\n  exclude: true\n---\n\n"
                f"# {escape(title)}\n\n"
                f"{escape(self.t('parallel_intro'))}\n\n"
                f'<table class="parallel" markdown="1">\n<thead><tr>{head}</tr></thead>\n<tbody markdown="1">\n'
                + "\n".join(rows) + "\n</tbody>\n</table>\n")

# -- the corpus pages ------------------------------------------------------------
def _para_label(t, paragraph: str, report: Optional[Report] = None) -> str:
    """``para_23`` → "第 23 段", ``fn_star_2`` → "脚注 *", ``annex_1__row_6`` →
    "附件第 6 行" (citation.item_label in the language of `t`)."""
    return citation.item_label(paragraph, t.__self__.language, report)


class CorpusRenderer:
    """The generated index pages of one language, from a `Corpus` only.

    Cross-page links are Markdown links to docs paths, so MkDocs checks and
    rewrites them for online (``timeline/``) and offline (``timeline.html``)
    builds alike. That is why the visual timeline is HTML and CSS rather than
    inline SVG: its marks are Markdown links with an attr_list position
    (``[…](reports/x.md#para_3){: .tl-mark style="left: 42.0%" }``), which
    raw SVG ``<a href>`` could not be (MkDocs leaves raw HTML alone, and the
    right relative URL differs between the two builds)."""

    def __init__(self, language: str, corpus):
        self.language = language
        self.profile = profile(language)
        self.sep = self.profile.list_separator
        self.c = corpus

    def t(self, key: str, **values) -> str:
        return label(self.language, key, **values)

    def p(self, name: str) -> str:
        """Docs path of an index page in this renderer's language."""
        return page_path(name, self.language)

    def yp(self, name: str, year) -> str:
        """Docs path of the period page of an index page (split pages) that
        holds `year` (or of the period `year`)."""
        period = self.c.period(name, year) if isinstance(year, int) else year
        return page_path(f"{name}/{period}", self.language)

    def pages(self) -> dict[str, str]:
        """Every index page: path → Markdown. A split page adds a page per
        period under it (``timeline/2010-2019.md``, see `paging.pack`), so
        that no page grows with the number of reports."""
        from .index import PAGES
        out = {}
        for name in PAGES:
            out[self.p(name)] = getattr(self, name)()
            for period in self.c.periods.get(name, ()):
                out[self.yp(name, period)] = getattr(self, name + "_year")(period)
        return out

    def front(self, key: str) -> str:
        return f"---\ntitle: {yaml_string(self.t(key))}\n---\n\n# {escape(self.t(key))}\n"

    def year_front(self, name: str, year) -> str:
        """Title, the year's id (date links land on it; a period of several
        years has one per year further down) and a way back to the overview."""
        title = self.t("page_year", page=self.t(f"{name}_title"), year=year)
        here = self.yp(name, year)
        anchor = ids.year(year.first) if year.single else "top"
        return (f"---\ntitle: {yaml_string(title)}\n---\n\n# {escape(title)} {{: #{anchor} }}\n\n"
                f"[{escape(self.t('overview'))}]({relative(here, self.p(name))})\n")

    def year_links(self, page: str, name: str, anchor: str, cites) -> str:
        """One link per period to the period page's entry, with the number of citing reports."""
        years: dict = {}
        for cite in cites:
            years.setdefault(self.c.period(name, cite.report.meeting.start.year), set()).add(cite.report.slug)
        return " · ".join(f"[{y}]({relative(page, self.yp(name, y))}#{anchor}) ({len(slugs)})"
                          for y, slugs in sorted(years.items()))

    def cite_link(self, page: str, cite) -> str:
        target = relative(page, report_path(cite.report, self.language)) + "#" + cite.mention.paragraph
        return f"[{escape(_para_label(self.t, cite.mention.paragraph, cite.report))}]({target})"

    def cites_by_report(self, page: str, cites) -> str:
        """Links to every citing paragraph, grouped by year and report."""
        lines = []
        by_report: dict = {}
        for cite in cites:
            by_report.setdefault(cite.report.slug, (cite.report, []))[1].append(cite)
        for slug, (report, group) in sorted(by_report.items()):
            seen, links = set(), []
            for cite in group:
                if cite.mention.paragraph not in seen:
                    seen.add(cite.mention.paragraph)
                    links.append(self.cite_link(page, cite))
            lines.append(f"- {report.meeting.start.year} · [{escape(slug)}]({relative(page, report_path(report, self.language))}): "
                         + self.sep.join(links))
        return "\n".join(lines)

    def decision_name(self, d) -> str:
        body = self.c_body(d.body)
        kind = self.t("decision" if d.kind == "dec" else "resolution")
        return self.t("decision_name", body=body, number=f"{d.session}/{d.number}", kind=kind)

    def c_body(self, body: str) -> str:
        return name_of("bodies", body, self.language)

    def report_title(self, report) -> str:
        """A report's title in this page's language (see `PageRenderer.title`)."""
        return PageRenderer(self.language).title(report)

    def event_label(self, e) -> str:
        """An event's name on this page (escaped): a session of the Conference
        from the catalog, a meeting of the corpus by its report's title, any
        other as the report says it (marked with its language)."""
        if e.kind == "cop" and e.key.startswith("cop-session-"):
            return escape(self.t("cop_session_event", n=e.session, nth=self.profile.ordinal(e.session)))
        if e.report is not None:
            return escape(self.report_title(e.report))
        return in_language(e.label, e.language or self.language, self.language)

    def plain_event_label(self, e) -> str:
        """`event_label` as plain text (a link's tooltip cannot carry a lang)."""
        if e.kind == "cop" and e.key.startswith("cop-session-"):
            return self.t("cop_session_event", n=e.session, nth=self.profile.ordinal(e.session))
        if e.report is not None:
            return self.report_title(e.report)
        return e.label

    def date(self, statement) -> str:
        from .index import date_label
        return date_label(statement, self.language)

    def event_path(self, e) -> str:
        """The page holding an event's entry: the timeline, or its year page when split."""
        return self.yp("timeline", e.start.year) if self.c.split_of("timeline") else self.p("timeline")

    # decisions.md
    def decisions(self) -> str:
        return self._decisions(self.p("decisions"), None)

    def decisions_year(self, year: int) -> str:
        return self._decisions(self.yp("decisions", year), year)

    def _decisions(self, page: str, year: Optional[int]) -> str:
        """The overview (year None) or one year's page. The overview of a split
        corpus names each title once and links the citing years, not every
        citing paragraph."""
        summary = year is None and self.c.split_of("decisions")
        if year is None:
            out = [self.front("decisions_title"), escape(self.t("decisions_intro")) + "\n"]
        else:
            out = [self.year_front("decisions", year)]
        current = None
        for d in self.c.decisions.values():
            cites = d.cites if year is None else [c for c in d.cites if c.report.meeting.start.year in year]
            if not cites:
                continue
            if d.body != current:
                current = d.body
                out.append(f"## {escape(self.c_body(d.body))} {{: #body-{d.body} }}\n")
            out.append(f"### {escape(self.decision_name(d))} {{: #{d.key} }}\n")
            facts = []
            session = next((e for e in self.c.events if d in e.decisions), None)
            if year is not None:
                pass  # the overview says where it was adopted
            elif session:
                facts.append(f"- {escape(self.t('adopted_at'))}: [{escape(self.cop_session(d.session))}]"
                             f"({relative(page, self.event_path(session))}#{session.anchor}) "
                             f"({escape(self.profile.date(session.start, precision='month'))})")
            elif d.body == "cop":
                facts.append(f"- {escape(self.t('adopted_at'))}: {escape(self.cop_session(d.session))}")
            for title, title_cites in d.titles.items():
                if year is not None:
                    title_cites = [c for c in title_cites if c.report.meeting.start.year in year]
                if not title_cites:
                    continue
                shown = title_cites[:1] if summary else title_cites
                where = self.sep.join(f"{self.cite_link(page, c)} ({escape(c.report.slug)})" for c in shown)
                if len(title_cites) > len(shown):
                    where += " " + escape(self.t("and_more", n=len(title_cites) - len(shown)))
                quoted = in_language(f"“{title}”", title_cites[0].report.language, self.language)
                facts.append(f"- {escape(self.t('title'))}: {quoted} — {where}")
            out.append("\n".join(facts) + "\n")
            if cites:
                out.append(self.cited_in(page, "decisions", d.key, cites, summary))
        if year is not None and len(out) == 1:
            out.append(escape(self.t("nothing_this_year")) + "\n")
        return "\n".join(out)

    def cop_session(self, n: int) -> str:
        return self.t("cop_session", n=n, nth=self.profile.ordinal(n))

    def cited_in(self, page: str, name: str, anchor: str, cites, summary: bool) -> str:
        """Where an entry is cited: every paragraph, or (a large corpus) one
        link per year to the year page that lists them."""
        if summary:
            return f"{escape(self.t('cited_in_years'))}: {self.year_links(page, name, anchor, cites)}\n"
        return f"{escape(self.t('cited_in'))}:\n\n{self.cites_by_report(page, cites)}\n"

    # timeline.md
    def timeline(self) -> str:
        page = self.p("timeline")
        out = [self.front("timeline_title"), escape(self.t("timeline_intro")) + "\n", self.timeline_picture(page)]
        year = None
        for e in self.c.events:
            if e.start.year != year:
                year = e.start.year
                out.append(f"## {year} {{: #{ids.year(year)} }}\n")
                if self.c.split_of("timeline"):
                    out.append(self.timeline_year_summary(page, year))
            if not self.c.split_of("timeline"):
                out.append(self.timeline_event(page, e))
        return "\n".join(out)

    def timeline_year_summary(self, page: str, year: int) -> str:
        """A split timeline's overview of a year: meetings and Conference
        sessions keep their ids here (links to them are older than the split),
        as links to their entries; other events are counted."""
        there = relative(page, self.yp("timeline", year))
        events = [e for e in self.c.events if e.start.year == year]
        lines = [f"[{escape(self.t('year_page', year=year))}]({there})\n"]
        for lane, chosen in (("meeting", [e for e in events if e.report]),
                             ("cop", [e for e in events if not e.report and e.kind == "cop"])):
            if chosen:
                lines.append(f"- {escape(self.t('lane_' + lane))}: " + " · ".join(
                    f"[{escape(self.date(e.statements[0])) if e.report else self.event_label(e)}]({there}#{e.anchor}){{: #{e.anchor} }}"
                    for e in chosen))
        others = sum(1 for e in events if not e.report and e.kind != "cop")
        if others:
            lines.append(f"- {escape(self.t('lane_event'))}: [{others}]({there})")
        return "\n".join(lines) + "\n"

    def timeline_year(self, year) -> str:
        page = self.yp("timeline", year)
        events, current = [], None
        for e in self.c.events:
            if e.start.year not in year:
                continue
            if not year.single and e.start.year != current:
                current = e.start.year
                events.append(f"## {current} {{: #{ids.year(current)} }}\n")
            events.append(self.timeline_event(page, e))
        return "\n".join([self.year_front("timeline", year), *(events or [escape(self.t("nothing_this_year")) + "\n"])])

    def timeline_event(self, page: str, e) -> str:
        flag = f' <span class="tl-conflict">⚠ {escape(self.t("date_conflict"))}</span>' if e.conflict else ""
        if e.report:
            head = f"[{self.event_label(e)}]({relative(page, report_path(e.report, self.language))})"
        else:
            head = self.event_label(e)
        dates = []
        for s in e.statements:
            where = (self.cite_link(page, s.cite) + f" ({escape(s.cite.report.slug)})") if s.cite else escape(
                self.t("source_" + s.source))
            dates.append(f"{escape(self.date(s))} — {where}")
        decisions = ""
        if e.decisions:
            decisions = "<br>" + escape(self.t("decisions_adopted")) + ": " + self.sep.join(
                f"[{d.session}/{d.number}]({relative(page, self.p('decisions'))}#{d.key})" for d in e.decisions)
        return (f'<div class="tl-event tl-{e.kind}" id="{e.anchor}" markdown="1">\n'
                f"**{escape(self.date(e.statements[0]))}** {head}{flag}<br>"
                + "<br>".join(dates) + decisions + "\n</div>\n")

    def timeline_picture(self, page: str) -> str:
        """Years on an axis; meetings, events and COP decisions as linked marks.
        A split corpus gets one mark per year and lane, linking the year's page."""
        first = min(e.start for e in self.c.events).year
        last = max(e.start for e in self.c.events).year + 1
        span = (dt.date(last, 1, 1) - dt.date(first, 1, 1)).days

        def left(d) -> str:
            return f"{100 * (d - dt.date(first, 1, 1)).days / span:.2f}%"

        def classes(cls: str) -> str:
            return " ".join("." + c for c in cls.split())

        def mark(text, target, title, cls, d, lang="") -> str:
            # The title is also the mark's accessible name (its text is a sign: ●, ◆, •).
            link = (f'[{escape(text)}]({target} "{escape(title)}")'
                    f'{{: .tl-mark {classes(cls)} style="left: {left(d)}" aria-label="{escape(title)}" }}')
            # A name in another language: its lang on a span around the link, never on the
            # <a> itself (the HTML minifier, htmlmin, then drops every later equal lang).
            return f'<span lang="{profile(lang).html_lang}">{link}</span>' if lang and lang != self.language else link

        has_events = {e.start.year for e in self.c.events}
        years = " ".join(
            f'[{y}](#{ids.year(y)}){{: .tl-year style="left: {left(dt.date(y, 1, 1))}" }}' if y in has_events
            else f'<span class="tl-year" style="left: {left(dt.date(y, 1, 1))}">{y}</span>'
            for y in range(first, last) if y in has_events or y % 5 == 0)
        lanes = {"meeting": [], "cop": [], "event": [], "decision": []}
        per_year: dict = {}
        for e in self.c.events:
            cls = "tl-conflict-mark" if e.conflict else ""
            foreign = e.kind != "cop" and e.report is None and e.language not in ("", self.language)
            # A tooltip has one language: a label in another language stands alone, marked with it.
            if e.report:
                label_ = citation.report_name(e.report, self.language)
            else:
                label_ = e.label if foreign else f"{self.date(e.statements[0])} {self.plain_event_label(e)}"
            lang = e.language if foreign else ""
            lane = "meeting" if e.report else "cop" if e.kind == "cop" else "event"
            if self.c.split_of("timeline"):
                per_year.setdefault((lane, e.start.year), []).append(e)
            elif e.report:
                lanes["meeting"].append(mark("●", relative(page, report_path(e.report, self.language)), label_,
                                             f"tl-meeting {cls}".strip(), e.start))
            else:
                # Like marks lead to like places: every session and event to its
                # entry below (which links the paragraphs that state its date).
                target = f"#{e.anchor}"
                lanes["cop" if e.kind == "cop" else "event"].append(
                    mark("◆" if e.kind == "cop" else "•", target, label_, f"tl-{e.kind} {cls}".strip(), e.start, lang))
            for k, d in enumerate(e.decisions):
                lanes["decision"].append(mark(f"{d.session}/{d.number}", f"{self.p('decisions')}#{d.key}",
                                              self.decision_name(d), "tl-decision", e.start))
        for (lane, year), events in per_year.items():
            sign = {"meeting": "●", "cop": "◆", "event": "•"}[lane]
            lanes[lane].append(mark(sign, relative(page, self.yp("timeline", year)),
                                    self.t("timeline_mark_year", year=year, n=len(events)),
                                    f"tl-{events[0].kind}", dt.date(year, 7, 1)))
        rows = [f'<div class="tl-lane tl-axis" markdown="1">\n{years}\n</div>']
        for lane, marks in lanes.items():
            if marks:
                rows.append(f'<div class="tl-lane" markdown="1">\n<span class="tl-lane-label">'
                            f'{escape(self.t("lane_" + lane))}</span> ' + " ".join(marks) + "\n</div>")
        # A picture of a fixed least width that scrolls in its own box on a
        # phone; paragraphs.js stacks the labels of a lane that would overlap.
        return ('<div class="timeline-scroll" markdown="1">\n<div class="timeline" markdown="1">\n'
                + "\n".join(rows) + "\n</div>\n</div>\n")

    # documents.md
    def documents(self) -> str:
        return self._documents(self.p("documents"), None)

    def documents_year(self, year: int) -> str:
        return self._documents(self.yp("documents", year), year)

    def _documents(self, page: str, year: Optional[int]) -> str:
        """The overview (year None) or one year's page; the overview of a
        split corpus links the citing years instead of every paragraph."""
        summary = year is None and self.c.split_of("documents")
        if year is None:
            out = [self.front("documents_title"), escape(self.t("documents_intro")) + "\n"]
        else:
            out = [self.year_front("documents", year)]
        for doc in self.c.documents.values():
            cites = doc.cites if year is None else [c for c in doc.cites if c.report.meeting.start.year in year]
            if year is not None and not cites:
                continue
            out.append(f"## {escape(doc.key)} {{: #{doc.anchor} }}\n")
            lines = []
            if doc.report:
                lines.append(f"- {escape(self.t('is_report'))}: [{escape(self.report_title(doc.report))}]"
                             f"({relative(page, report_path(doc.report, self.language))})")
            else:
                lines.append(f"- [{escape(self.t('undocs'))}]({doc.url(self.language)}){{: .external rel=\"noopener\" }} "
                             f"({escape(self.t('external'))})")
            seen = set()
            for title, agenda, cite in doc.descriptions:
                if (title, agenda) in seen or (year is not None and cite.report.meeting.start.year not in year):
                    continue
                seen.add((title, agenda))
                item = f" ({escape(self.t('agenda_item'))} {escape(agenda)})" if agenda else ""
                lines.append(f"- {in_language(title, cite.report.language, self.language)}{item} — "
                             f"{self.cite_link(page, cite)} ({escape(cite.report.slug)})")
            out.append("\n".join(lines) + "\n")
            if cites:
                out.append(self.cited_in(page, "documents", doc.anchor, cites, summary))
        if year is not None and len(out) == 1:
            out.append(escape(self.t("nothing_this_year")) + "\n")
        return "\n".join(out)

    # participants.md
    def participants(self) -> str:
        page = self.p("participants")
        reports = sorted(self.c.reports, key=lambda r: r.meeting.start)
        out = [self.front("participants_title"), escape(self.t("participants_intro")) + "\n"]
        if self.c.split_of("participants"):
            return "\n".join(out + [escape(self.t("participants_years_intro")) + "\n", self.participants_years(page)])
        out.append(f'<p class="legend">● {escape(self.t("attended"))} · ◆ {escape(self.t("spoke"))}</p>\n')
        return "\n".join(out + [self.participants_matrix(page, reports, lambda r: str(r.meeting.start.year))])

    def participants_year(self, year) -> str:
        page = self.yp("participants", year)
        reports = sorted((r for r in self.c.reports if r.meeting.start.year in year), key=lambda r: r.meeting.start)
        column = (lambda r: r.meeting.start.isoformat()[5:]) if year.single else (lambda r: r.meeting.start.isoformat())
        return "\n".join([self.year_front("participants", year),
                          f'<p class="legend">● {escape(self.t("attended"))} · ◆ {escape(self.t("spoke"))}</p>\n',
                          self.participants_matrix(page, reports, column, titles=False)])

    def regions(self, participants) -> list:
        """(heading, region, participants) in the order of countries.json."""
        regions = json.loads((Path(__file__).parent / "data" / "countries.json").read_text(encoding="utf-8"))["regions"]
        groups: dict = {}
        for p in participants:
            groups.setdefault(p.region if p.kind == "country" else "ORG", []).append(p)
        # Within a region, the order of the keys (the same on every language's page).
        return [(f"## {escape(self.t('region_' + region))} "
                 f"{{: #region-{region.lower()} }}\n", region, sorted(groups[region], key=lambda p: p.key))
                for region in sorted(groups, key=lambda g: list(regions).index(g))]

    def participants_matrix(self, page: str, reports: list, column: Callable, titles: bool = True) -> str:
        """Countries × meetings, grouped by region; a mark per role links its
        paragraph. Without `titles` (year pages of a split corpus, up to
        thousands of marks) the marks carry no tooltip: half the page's size."""
        slugs = {r.slug for r in reports}
        present = [p for p in self.c.participants.values() if slugs & p.cells.keys()]
        head = self.matrix_head([f"[{escape(column(r))}]({relative(page, report_path(r, self.language))})"
                                 for r in reports])
        out = []
        for heading, _, group in self.regions(present):
            out.append(heading)
            rows = []
            for p in group:
                name = p.names.get(self.language) or p.key
                cells = []
                for r in reports:
                    roles = p.cells.get(r.slug, {})
                    marks = []
                    for role, sign in (("attended", "●"), ("spoke", "◆")):
                        if role in roles:
                            c = roles[role]
                            title = (f" \"{escape(self.t(role))} — {escape(_para_label(self.t, c.mention.paragraph, r))}\""
                                     if titles else "")
                            marks.append(f"[{sign}]({relative(page, report_path(r, self.language))}#{c.mention.paragraph}"
                                         f"{title})")
                    cells.append(" ".join(marks))
                rows.append(self.matrix_row(p.key, name, cells))
            out.append(self.matrix_table(head, rows))
        return "\n".join(out)

    def matrix_head(self, columns: list[str]) -> str:
        cells = "".join(f'<th scope="col" markdown="span">{c}</th>' for c in columns)
        return f'<thead markdown="1"><tr markdown="1"><th scope="col">{escape(self.t("participant"))}</th>{cells}</tr></thead>'

    def matrix_row(self, key: str, name: str, cells: list[str]) -> str:
        """A country's row: its name is the row's header (screen readers read
        it with each mark), each cell Markdown links that MkDocs checks."""
        return (f'<tr markdown="1"><th scope="row"><span id="{key}"></span>{escape(name)}</th>'
                + "".join(f'<td markdown="span">{c}</td>' if c else "<td></td>" for c in cells) + "</tr>")

    def matrix_table(self, head: str, rows: list[str]) -> str:
        """Scrolls in its own box on a narrow screen."""
        return ('<div class="table-scroll" markdown="1">\n<table class="participants" markdown="1">\n'
                f'{head}\n<tbody markdown="1">\n' + "\n".join(rows) + "\n</tbody>\n</table>\n</div>\n")

    def participants_years(self, page: str) -> str:
        """Countries × periods: the number of the period's meetings each took part in."""
        years = [p for p in self.c.periods["participants"]
                 if any(r.meeting.start.year in p for r in self.c.reports)]
        year_of = {r.slug: self.c.period("participants", r.meeting.start.year) for r in self.c.reports}
        head = self.matrix_head([f"[{y}]({relative(page, self.yp('participants', y))})" for y in years])
        out = []
        for heading, _, group in self.regions(self.c.participants.values()):
            out.append(heading)
            rows = []
            for p in group:
                counts: dict = {}
                for slug in p.cells:
                    counts[year_of[slug]] = counts.get(year_of[slug], 0) + 1
                cells = [f"[{counts[y]}]({relative(page, self.yp('participants', y))})" if y in counts else ""
                         for y in years]
                name = p.names.get(self.language) or p.key
                rows.append(self.matrix_row(p.key, name, cells))
            out.append(self.matrix_table(head, rows))
        return "\n".join(out)

    # the end of each report page
    def in_this_report(self, report: Report) -> str:
        here = report_path(report, self.language)
        decisions = [d for d in self.c.decisions.values() if any(c.report is report for c in d.cites)]
        documents = [d for d in self.c.documents.values()
                     if d.report is report or any(c.report is report for c in d.cites)]
        meeting = self.c.meeting(report)
        out = ['<div class="in-this-report" markdown="1">\n',
               f"## {escape(self.t('in_this_report'))} {{: #in-this-report }}\n",
               f"- {escape(self.t('timeline_title'))}: [{escape(self.date(meeting.statements[0]))}]"
               f"({relative(here, self.event_path(meeting))}#{meeting.anchor})"]
        if decisions:
            out.append(f"- {escape(self.t('decisions_title'))}: " + self.sep.join(
                f"[{escape(self.decision_name(d))}]({relative(here, self.p('decisions'))}#{d.key})" for d in decisions))
        if documents:
            out.append(f"- {escape(self.t('documents_title'))}: " + self.sep.join(
                f"[{escape(d.key)}]({relative(here, self.p('documents'))}#{d.anchor})" for d in documents))
        out.append("\n</div>")
        return "\n".join(out) + "\n"
