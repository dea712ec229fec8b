"""Proof that every link the generator wrote resolves, before MkDocs runs."""
from __future__ import annotations

import posixpath
import re

from ..errors import LinkError

LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
ID = re.compile(r"""\bid="(?P<a>[^"]+)"|\{:[^}]*#(?P<b>[\w-]+)""")


def check_links(pages: dict[str, str]) -> int:
    """Every Markdown link between generated pages points at an existing page
    and an id that page defines. Returns the number of links checked."""
    page_ids = {path: {m["a"] or m["b"] for m in ID.finditer(text)} for path, text in pages.items()}
    checked = 0
    for path, text in pages.items():
        for match in LINK.finditer(text):
            target = match["target"]
            if re.match(r"^[a-z]+:", target):
                continue
            file, _, anchor = target.partition("#")
            dest = posixpath.normpath(posixpath.join(posixpath.dirname(path), file)) if file else path
            if dest not in pages:
                raise LinkError(f"{path}: link to {target}: no page {dest}")
            if anchor and anchor not in page_ids[dest]:
                raise LinkError(f"{path}: link to {target}: no id {anchor!r} in {dest}")
            checked += 1
    return checked
