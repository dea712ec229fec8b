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
"""
from __future__ import annotations

import html
import json

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


def markdown_text(text: str) -> str:
    """Literal text, safe in Markdown and HTML (the pages' text)."""
    return text.translate(_MARKDOWN)


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
