"""Small lxml helpers: elements in the AKN namespace, text that XML can carry,
and an indentation that never touches mixed content."""
from __future__ import annotations

import re
from typing import Iterable, Optional

from lxml import etree

from ..errors import SourceError
from ..model import Annex, Heading, Paragraph, Report

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

#: Characters XML 1.0 cannot carry (the reader already refuses most of them).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

#: Elements whose content is text (mixed content): printed on one line, as is.
_INLINE = {"p", "num", "heading", "subheading", "content", "intro", "wrapUp", "td", "th",
           "longTitle", "authorialNote", "note"}


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def sub(parent: etree._Element, tag: str, text: Optional[str] = None, **attrs: str) -> etree._Element:
    """A child element; attributes given as keywords (``as_`` for ``as``), in order."""
    element = etree.SubElement(parent, q(tag), {k.rstrip("_"): v for k, v in attrs.items()})
    if text:
        element.text = text
    return element


def append_text(parent: etree._Element, text: str) -> None:
    """Add text after the last child of `parent` (or as its text)."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def local(element: etree._Element) -> str:
    return etree.QName(element).localname


def indent(element: etree._Element, level: int = 0) -> None:
    """Newlines and two-space indentation between structural elements only:
    the text of a ``p``, ``num`` or ``content`` is left exactly as built."""
    if local(element) in _INLINE or not len(element):
        return
    pad = "\n" + "  " * (level + 1)
    element.text = pad
    for child in element:
        indent(child, level + 1)
        child.tail = pad
    element[-1].tail = "\n" + "  " * level


def check_text(report: Report) -> None:
    """Refuse a report holding a character XML cannot carry, naming its line
    (the reader refuses control characters already; this is the last guard)."""
    for line, text in _texts(report):
        bad = _NOT_XML.search(text or "")
        if bad:
            raise SourceError(report.source, line, "text that XML can carry",
                              f"character U+{ord(bad.group()):04X}")


def _texts(report: Report) -> Iterable[tuple[int, str]]:
    yield report.title_line, report.title
    yield report.title_line, report.symbol or ""
    for body in report.meeting.bodies:
        yield report.title_line, body
    for line in report.front_matter:
        yield line.number, line.text
    for block in report.blocks:
        if isinstance(block, Heading):
            yield block.line, block.text
            yield block.line, block.marker
        elif isinstance(block, Paragraph):
            for item in block.blocks():
                yield item.line, item.text
                yield item.line, getattr(item, "label", "")
        elif isinstance(block, Annex):
            yield block.line, block.heading
            yield block.line, block.title
            for column in block.columns:
                yield block.line, column
            for row in block.rows:
                yield row.line, row.symbol + row.agenda + row.title
    for note in report.footnotes:
        yield note.line, note.text + note.mark
