"""The built pages' whitespace collapsed: what a browser would collapse
anyway, taken out before the page travels.

A run of whitespace in a page's text is one space to a browser (outside
preformatted text), so every run outside a tag becomes one space; tags,
comments and the elements whose text a browser keeps as written (``pre``,
``textarea``) or does not read as text (``script``, ``style``: JSON-LD,
the theme's scripts) are copied as they are. Nothing is decoded or
re-encoded: a character reference stays as written (a source's escaped
``<`` never comes back as a literal one, see tests/test_injection.py), an
attribute keeps its value, quotes and place.

That is what htmlmin (mkdocs-minify-plugin's minifier) did for this site
with the settings it had here, less its re-serialising of every tag, at
about a tenth of its cost (1–2 ms a page against 12–25): on the seeds' and
the benchmark's pages both give the same document (the same elements,
attributes and text, whitespace runs aside) and gzip sizes within 0.1 %.
htmlmin also dropped a ``lang`` it wrongly took for redundant after a link
(the timeline's names in another language are wrapped in a span for it).
"""
from __future__ import annotations

import re

#: A start tag's name and attributes: a quoted value may hold ``>`` and whitespace.
_OPEN = r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>"""
#: What is copied as it is: an element whose text is kept as written, a
#: comment, or a tag.
_AS_WRITTEN = ("pre", "textarea", "script", "style")
_KEPT = re.compile("(" + "|".join(f"<{name}\\b{_OPEN}.*?</{name}\\s*>" for name in _AS_WRITTEN)
                   + f"|<!--.*?-->|</?[A-Za-z]{_OPEN})", re.S | re.I)
#: A run of HTML's whitespace other than one space (not every Unicode
#: space: a no-break space is text).
_SPACE = re.compile(r"[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+")


def minify(html: str) -> str:
    """`html` with every whitespace run of its text collapsed to one space."""
    parts = _KEPT.split(html)  # text, kept, text, kept, …, text
    parts[0::2] = [_SPACE.sub(" ", text) for text in parts[0::2]]
    return "".join(parts)
