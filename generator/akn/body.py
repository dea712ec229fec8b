"""The text of a report as AKN: ``mainBody`` (headings as chapter / section /
subsection / hcontainer, paragraphs, subparagraphs, agenda items and
recommendations), inline mentions and footnotes, and annexes as attachments.

Every element keeps the site's own id as its eId (`generator.ids`). The text
inside each ``content``, ``intro``, ``num`` and ``heading`` is the model's text,
character for character; footnotes sit at their marker as ``authorialNote``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Union

from lxml import etree

from . import uris
from .tree import append_text, sub
from ..model import Annex, Footnote, Heading, Paragraph, Report, Span, Subparagraph

HEADING_ELEMENTS = {"chapter": "chapter", "section": "section", "subsection": "subsection"}
SUB_ELEMENTS = {"subpara": "subparagraph", "item": "point", "point": "point"}


@dataclass
class Context:
    """What the builders share: the report, and what its text named."""

    report: Report
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    placed: set[str] = field(default_factory=set)  # footnotes already in the text
    named: dict[str, tuple[str, str]] = field(default_factory=dict)  # eId → (TLC kind, key)

    def __post_init__(self) -> None:
        self.footnotes = {f.id: f for f in self.report.footnotes}


# -- inline --------------------------------------------------------------------
def inline(parent: etree._Element, text: str, spans: list[Span], ctx: Context) -> None:
    """Append `text` to `parent`, with each span as an element around its words."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.kind != "footnote"))
    _fill(parent, text, ordered, 0, len(text), ctx)


def _fill(parent, text: str, spans: list[Span], lo: int, hi: int, ctx: Context) -> None:
    pos, i = lo, 0
    while i < len(spans):
        span = spans[i]
        i += 1
        if span.start < pos or span.end > hi:  # overlaps one already placed: its words stay plain
            continue
        append_text(parent, text[pos:span.start])
        pos = span.start
        if span.kind == "footnote":
            _note(parent, span.value, ctx)
            continue
        inner = []
        while i < len(spans) and spans[i].start < span.end:
            inner.append(spans[i])
            i += 1
        words = text[span.start:span.end]
        kind, _, key = span.value.partition(":")
        if span.kind == "mention" and kind == "document" and _joint(parent, words, key, ctx):
            pass  # an mref, its words inside
        else:
            element = _span_element(parent, span, ctx)
            _fill(parent if element is None else element, text, inner, span.start, span.end, ctx)
        pos = span.end
    append_text(parent, text[pos:hi])


def _span_element(parent, span: Span, ctx: Context) -> Optional[etree._Element]:
    """The element a span becomes (None: its words stay plain text)."""
    if span.kind == "strong":
        return sub(parent, "b")
    if span.kind != "mention":
        return None
    kind, _, key = span.value.partition(":")
    if kind == "decision":
        body = uris.decision_body(key)
        if uris.is_decision_body(body):
            ctx.named.setdefault(body, ("organization", body))
        return sub(parent, "ref", href=uris.decision(key))
    if kind == "document":
        return sub(parent, "ref", href=uris.document(key, ctx.report.language))
    if kind == "date":
        return sub(parent, "date", date=key)
    if kind in ("country", "organisation"):
        tlc = "location" if kind == "country" else "organization"
        ctx.named.setdefault(key, (tlc, key))
        return sub(parent, tlc, refersTo=f"#{key}")
    return None


def _joint(parent, words: str, key: str, ctx: Context) -> bool:
    """A joint symbol (``A/1-B/2``) as an ``mref`` of one ``ref`` per symbol."""
    symbols = key.split("-")
    pieces = re.split(r"(-\s?)", words)
    if len(symbols) < 2 or len(pieces) != 2 * len(symbols) - 1:
        return False
    mref = sub(parent, "mref")
    for k, symbol in enumerate(symbols):
        sub(mref, "ref", pieces[2 * k], href=uris.document(symbol, ctx.report.language))
        if k + 1 < len(symbols):
            append_text(mref, pieces[2 * k + 1])
    return True


def _note(parent, note_id: str, ctx: Context) -> None:
    note = ctx.footnotes.get(note_id)
    if note is None:
        return
    if note_id in ctx.placed:  # a second marker of one footnote: a reference to it
        sub(parent, "noteRef", marker=note.mark, href=f"#{note_id}")
        return
    ctx.placed.add(note_id)
    element = sub(parent, "authorialNote", marker=note.mark, placement="bottom", eId=note_id)
    inline(sub(element, "p"), note.text, note.spans, ctx)
# -- structure -----------------------------------------------------------------
def main_body(doc: etree._Element, ctx: Context) -> None:
    """Headings nest by level; a paragraph goes under the heading before it."""
    body = sub(doc, "mainBody")
    stack: list[tuple[int, etree._Element]] = []
    for block in ctx.report.blocks:
        if isinstance(block, Heading):
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            element = _heading(stack[-1][1] if stack else body, block, ctx)
            stack.append((block.level, element))
        elif isinstance(block, Paragraph):
            _paragraph(stack[-1][1] if stack else body, block, ctx)
    if not len(body):  # the schema wants something in the body
        sub(body, "p")


def _heading(parent, heading: Heading, ctx: Context) -> etree._Element:
    tag = HEADING_ELEMENTS.get(heading.kind)
    if tag is None:
        element = sub(parent, "hcontainer", eId=heading.id, name=heading.kind or "heading")
    else:
        element = sub(parent, tag, eId=heading.id)
    if heading.number:
        sub(element, "num", heading.marker or f"{heading.number}.")
    inline(sub(element, "heading"), heading.text, heading.spans, ctx)
    return element


def _paragraph(parent, para: Paragraph, ctx: Context) -> None:
    element = sub(parent, "paragraph", eId=para.id)
    if para.number is not None:
        sub(element, "num", f"{para.number}.")
    _text_and_children(element, para, ctx)


def _text_and_children(element, block: Union[Paragraph, Subparagraph], ctx: Context) -> None:
    """``content`` when the block has no subparagraphs; else ``intro`` (its own
    words, if any) and one element per subparagraph, item or recommendation.
    The points of a list below a subparagraph (levels 2 to 4) stand in a
    ``list``, with the words that announce them as its ``intro``."""
    if not block.children:
        inline(sub(sub(element, "content"), "p"), block.text, block.spans, ctx)
        return
    if block.children[0].kind == "point":
        element = sub(element, "list")
    if block.text or block.spans:
        inline(sub(sub(element, "intro"), "p"), block.text, block.spans, ctx)
    for child in block.children:
        if child.kind == "rec":
            item = sub(element, "hcontainer", eId=child.id, name="recommendation")
        else:
            item = sub(element, SUB_ELEMENTS.get(child.kind, "subparagraph"), eId=child.id)
        sub(item, "num", _label(child))
        _text_and_children(item, child, ctx)


def _label(block: Subparagraph) -> str:
    """The number as `Paragraph.plain_text` prints it: ``(a)``, ``2.``, ``建议 4``."""
    if block.kind == "subpara":
        return f"({block.label})"
    if block.kind == "item":
        return f"{block.label}."
    if block.kind == "point":
        return block.marker
    return block.label


# -- annexes -------------------------------------------------------------------
def annex_table(parent, annex: Annex, ctx: Context) -> None:
    """An annex's documents list as a ``table``; each row keeps its id."""
    spans: dict[tuple[str, str], list[Span]] = {}
    for m in ctx.report.mentions:
        if m.paragraph.startswith(annex.id + "__"):
            spans.setdefault((m.paragraph, m.field), []).append(
                Span(m.start, m.end, "mention", f"{m.kind}:{m.key}"))
    if not annex.rows:
        sub(parent, "p", annex.title)
        return
    table = sub(parent, "table")
    if annex.columns:
        header = sub(table, "tr")
        for column in annex.columns:
            sub(sub(header, "th"), "p", column)
    for row in annex.rows:
        tr = sub(table, "tr", eId=row.id)
        for name, text in (("symbol", row.symbol), ("agenda", row.agenda), ("title", row.title)):
            inline(sub(sub(tr, "td"), "p"), text, spans.get((row.id, name), []), ctx)
