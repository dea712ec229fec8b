"""Escaping, one function per place where text lands.

A source is data everywhere: every text that leaves the model passes one
of these on its way to a page, an attribute, front matter, the search
index or a script, so that it shows exactly as written and is never read
as syntax.

=================  ==========================================================
where it lands     function
=================  ==========================================================
Markdown/HTML text `markdown_text`: every character Markdown, HTML, attr_list
                   or Jinja could read becomes a numeric reference
HTML text          `html_text` (``<>&``)
HTML attribute     `html_attr` (``<>&"'``); clipboard and citation strings
                   travel in attributes and are read back as text by the script
YAML front matter  `yaml_string`: HTML-escaped (the theme prints ``page.meta``
                   unescaped into ``<title>`` and ``<meta>``), then a
                   double-quoted scalar with YAML's line breaks escaped
search index       `search_text`: whitespace collapsed and HTML-escaped
                   before segmentation, exactly as Material treats page text
                   (its result list inserts entries as HTML)
JSON / JS          `json_for_js`: JSON whose ``<>&`` and U+2028/2029 are
                   ``\\u`` escapes, safe as a JS literal and in any HTML context
=================  ==========================================================

And the pieces pages are made of, so that no renderer assembles them by
hand: `inline` (a text with its spans as markup), `front_matter`, `table`
and `bullet_list` (HTML blocks), `lang_attr` / `in_language` (text in another language
than its page).
"""
from __future__ import annotations

import html
import json
import re
from typing import Callable, Iterable, Optional, Sequence

from .languages import profile
from .model import Span

#: A function that turns a mention span into the docs/ target of its link (None: no link).
Linker = Callable[[Span], Optional[str]]

#: ASCII characters that mean something to Markdown, HTML, attr_list or Jinja.
#: Markdown needs `*_`, links `[]!`, HTML `<>&`, attr_list and Jinja `{}`,
#: tables `|`, headings `#`, attributes `"'`. Characters that only mean
#: something at the start of a line (`-+.=` of lists and setext headings)
#: are safe: no source text ever starts a line on a page. Fewer references
#: also keep Markdown's inline processing cheap.
SYNTAX = frozenset("\\`*_{}[]#!<>&|\"'")

#: `markdown_text` as a translation table (str.translate runs in C: every text of every page passes).
_MARKDOWN = {**{ord(c): f"&#{ord(c)};" for c in SYNTAX}, ord("\n"): " "}

#: Characters YAML reads as line breaks or that it cannot carry raw.
_YAML = {0x85: "\\N", 0x2028: "\\L", 0x2029: "\\P", 0xFEFF: "\\ufeff"}

#: What could end a script or open a tag when JSON sits in JS or HTML.
_JS = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
       0x2028: "\\u2028", 0x2029: "\\u2029"}


#: Any character `_MARKDOWN` replaces: most texts have none, and a search
#: (in C, over the string's bytes) is far cheaper than translating them.
_MARKDOWN_ANY = re.compile("[" + re.escape("".join(map(chr, _MARKDOWN))) + "]")


def markdown_text(text: str) -> str:
    """Literal text, safe in Markdown and HTML (the pages' text)."""
    return text.translate(_MARKDOWN) if _MARKDOWN_ANY.search(text) else text


def html_text(text: str) -> str:
    return html.escape(text, quote=False)


def html_attr(text: str) -> str:
    return html.escape(text, quote=True)


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar that the theme can print as HTML."""
    return json.dumps(html.escape(value, quote=True), ensure_ascii=False).translate(_YAML)


def search_text(text: str) -> str:
    """Text for a search entry, before segmentation: one line, HTML-escaped."""
    return html.escape(" ".join(text.split()), quote=False)


def json_for_js(data) -> str:
    """Compact JSON that is also a safe JS literal inside a script or page."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JS)


# -- the pieces of a page ----------------------------------------------------------
#: Front matter that keeps a page out of Material's search index (report
#: pages are indexed from the model by engine.search_index.split_index instead).
NOT_IN_SEARCH = "search:\n  exclude: true"


def html_link(target: str, text: str, title: str = "") -> str:
    """A link to a docs/ path (``../decisions.md#cop-dec-2-6``) inside an HTML
    block, where Markdown links are not read; `engine.plugin.html_links` gives it its
    URL and render/links.py checks it. `text` and `title` come escaped."""
    title = f' title="{title}"' if title else ""
    return f'<a href="{html_attr(target)}"{title}>{text}</a>'


def front_matter(meta: dict[str, str], extra: str = "") -> str:
    """YAML front matter. The theme puts ``page.meta`` values into the HTML
    without escaping them (<title>, <meta content="…">), so they are
    HTML-escaped (`yaml_string`); `extra` is YAML the generator wrote."""
    lines = [f"{key}: {yaml_string(value)}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + ("\n" + extra if extra else "") + "\n---\n"


def table(head: Sequence[str], align: str, rows: Iterable[Sequence[str]]) -> str:
    """A table as Python-Markdown's tables extension writes it, as one HTML
    block (engine/html_blocks.py stores it as it is: the index pages'
    tables cost half their Markdown conversion as Markdown). `head`: plain
    labels (escaped here); `rows`: cells that are already HTML (links by
    `html_link`); `align` has one letter a column: ``l`` (left) or ``r``
    (right, for numbers)."""
    styles = ["" if a == "l" else ' style="text-align: right;"' for a in align]

    def line(tag: str, cells: Sequence[str]) -> str:
        return "<tr>\n" + "".join(f"<{tag}{style}>{cell.strip()}</{tag}>\n" for style, cell in zip(styles, cells)) + "</tr>"

    return "\n".join(["<table>", "<thead>", line("th", [markdown_text(h) for h in head]), "</thead>",
                      "<tbody>", *(line("td", row) for row in rows), "</tbody>", "</table>"])


def bullet_list(items: Iterable[str]) -> str:
    """A list as Python-Markdown writes a Markdown one, as one HTML block
    (see `table`); `items` are already HTML."""
    return "\n".join(["<ul>", *(f"<li>{item}</li>" for item in items), "</ul>"])


def lang_attr(text_language: str, page_language: str) -> str:
    """`` lang="…"`` for text in `text_language` on a page in
    `page_language` (nothing when they are the same), and its ``dir`` where
    the two are written in different directions (Arabic on an English page)."""
    if text_language == page_language:
        return ""
    text = profile(text_language)
    direction = f' dir="{text.direction}"' if text.direction != profile(page_language).direction else ""
    return f' lang="{text.html_lang}"{direction}'


#: A run of left-to-right text inside right-to-left text: a document symbol
#: (``CTOC/COP/WG.2/2012/1``), a decision number (``2/6``), Latin words
#: (``UNODC``, ``Model Treaty``), with the numbers and marks inside it; a
#: full stop or hyphen at its end is the sentence's, not the run's.
LTR_RUN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9./\-]|[ ](?=[A-Za-z]))*(?<![.\-])")
_LATIN_OR_SYMBOL = re.compile(r"[A-Za-z]|\d/\d")


def _isolated(text: str) -> str:
    """Escaped `text` with each run of left-to-right text that the bidi
    algorithm could misorder in right-to-left text (one with a Latin letter
    or a slash between digits) isolated left to right in a ``<bdi>``."""
    out, pos = [], 0
    for run in LTR_RUN.finditer(text):
        if _LATIN_OR_SYMBOL.search(run.group()):
            out.append(markdown_text(text[pos:run.start()]))
            out.append(f'<bdi dir="ltr">{markdown_text(run.group())}</bdi>')
            pos = run.end()
    out.append(markdown_text(text[pos:]))
    return "".join(out)


def in_language(text: str, text_language: str, page_language: str) -> str:
    """Escaped `text`, inside a ``<span lang>`` when it is in another
    language than the page (so that browsers pick its glyphs and screen
    readers its voice)."""
    attr = lang_attr(text_language, page_language)
    return f"<span{attr}>{markdown_text(text)}</span>" if attr else markdown_text(text)


def inline(text: str, spans: Iterable[Span], linker: Optional[Linker] = None, rtl: bool = False) -> str:
    """Escaped text with its spans turned into markup.

    Footnote references are zero-width; bold and mention spans wrap words
    and nest. A span that crosses another (starts inside it, ends after it)
    is dropped: the first is kept and the text is never broken. `rtl`: the
    text is right to left (Arabic): its symbols, decision numbers and Latin
    names are isolated left to right (`_isolated`)."""
    escape = _isolated if rtl else markdown_text
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
            continue  # starts inside text already written
        flush(span.start)
        if open_end and span.end > open_end[-1][0]:
            continue  # crosses the open span: keep the first, never break the text
        if span.kind == "footnote":
            mark = span.value.replace("fn_star_", "*").replace("fn_", "")
            if mark.startswith("*"):
                mark = "*"
            ref = span.value.replace("fn_", "fnref_", 1)
            out.append(f'<sup class="fnref" id="{ref}"><a href="#{span.value}">{markdown_text(mark)}</a></sup>')
        elif span.kind == "strong":
            out.append("<strong>")
            open_end.append((span.end, "</strong>"))
        elif span.kind == "mention" and linker:
            target = linker(span)
            if target:  # as `html_link` writes it, around the words to come
                out.append(f'<a href="{html_attr(target)}">')
                open_end.append((span.end, "</a>"))
    flush(len(text))
    return "".join(out)
