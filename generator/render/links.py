"""Proof that every link the generator wrote resolves, before MkDocs runs."""
from __future__ import annotations

import posixpath
import re

from ..errors import LinkError

#: A Markdown link's target, or an HTML link's (the report texts and the
#: tables are HTML blocks: engine.plugin.html_links gives those their URLs).
#: ``href`` after a non-word character: the lookbehind comes after the ``h``,
#: so that both branches start with a literal character.
LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)|h(?<!\wh)ref=\"(?P<href>[^\"]+)\"")
#: An id as HTML writes it and as attr_list does (``{: #id }``). Each pattern
#: (each branch of one) starts with literal text, which lets the regex engine
#: skip ahead quickly (a leading ``\b`` would have it try every position: a
#: second a megabyte).
HTML_ID = re.compile(r'id="([^"]+)"')
ATTR_ID = re.compile(r"\{:[^}]*#([\w-]+)")
WORD = re.compile(r"\w")
SCHEME = re.compile(r"[a-z]+:")


def ids_in(text: str) -> set[str]:
    """The ids a page defines (``data-id="…"`` counts, ``xid="…"`` does not)."""
    found = {m[1] for m in HTML_ID.finditer(text) if not (m.start() and WORD.match(text, m.start() - 1))}
    return found | set(ATTR_ID.findall(text))


def check_links(pages: dict[str, str]) -> int:
    """Every link between generated pages (Markdown or HTML) points at an
    existing page and an id that page defines. Returns the number of links checked."""
    page_ids = {path: ids_in(text) for path, text in pages.items()}
    checked = 0
    for path, text in pages.items():
        folder, resolved, done = posixpath.dirname(path), {}, set()
        for match in LINK.finditer(text):
            target = match["target"] or match["href"]
            if target in done:  # half a page's links repeat one before them
                checked += 1
                continue
            if SCHEME.match(target):
                continue
            file, _, anchor = target.partition("#")
            if file not in resolved:
                resolved[file] = posixpath.normpath(posixpath.join(folder, file)) if file else path
            dest = resolved[file]
            if dest not in pages:
                raise LinkError(f"{path}: link to {target}: no page {dest}")
            if anchor and anchor not in page_ids[dest]:
                raise LinkError(f"{path}: link to {target}: no id {anchor!r} in {dest}")
            done.add(target)
            checked += 1
    return checked
