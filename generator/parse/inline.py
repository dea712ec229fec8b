"""What stands inside the texts once the blocks are made: bold type and
empty links of the Markdown-like report, and footnote marks."""
from __future__ import annotations

import re

from .. import ids
from ..clean import FootnoteText
from ..languages import LanguageProfile
from ..model import Footnote, Span, Finding

STRONG = re.compile(r"\*\*(?P<text>[^*\n]+?)\*\*")
#: The Markdown-like 2023 report links document symbols to nowhere: ``[A/1](#)``.
#: Only such empty links are unwrapped; any other ``[x](url)`` stays literal text.
MD_LINK = re.compile(r"\[(?P<text>[^\[\]\n]+)\]\(#?\)")


def inline_markup(blocks: list) -> None:
    """Keep the words of ``**bold**`` and ``[symbol](#)``: bold becomes a
    span, the empty link is dropped. `blocks`: the elements with words."""
    for block in blocks:
        text = MD_LINK.sub(lambda m: m["text"], block.text)
        spans: list[Span] = []
        out, pos, length = [], 0, 0  # length: of "".join(out), kept linear
        for match in STRONG.finditer(text):
            out.append(text[pos:match.start()])
            start = length + match.start() - pos
            out.append(match["text"])
            length = start + len(match["text"])
            spans.append(Span(start, start + len(match["text"]), "strong"))
            pos = match.end()
        out.append(text[pos:])
        block.text = "".join(out)
        block.spans = spans + block.spans


def link_footnotes(blocks: list, notes: list[FootnoteText], p: LanguageProfile) -> tuple[list[Footnote], list[Finding]]:
    """Find each footnote's mark in the text before it, in order; take the
    mark out of the text and leave a footnote span in its place."""
    footnotes: list[Footnote] = []
    warnings: list[Finding] = []
    stars = 0
    cursor = (0, 0)  # (block index, offset) after the previous reference
    for note in notes:
        if note.mark.startswith("*"):
            stars += 1
            pattern = re.compile(rf"(?<=[{p.footnote_before}]){re.escape(note.mark)}")
        else:
            pattern = re.compile(rf"(?<=[{p.footnote_before}]){note.mark}{p.footnote_after}")
        footnote = Footnote(ids.footnote(note.mark, stars), note.mark, note.text, note.line)
        footnotes.append(footnote)
        found = None
        for k in range(cursor[0], len(blocks)):
            if blocks[k].line > note.line:
                break
            found = next(((k, m) for m in pattern.finditer(blocks[k].text, cursor[1] if k == cursor[0] else 0)),
                         None)
            if found:
                break
        if not found:
            warnings.append(Finding(note.line, f"footnote {note.mark} is never referenced in the text",
                                    "footnote-unreferenced", footnote.id))
            continue
        k, match = found
        block = blocks[k]
        block.text = block.text[:match.start()] + block.text[match.end():]
        for span in block.spans:  # spans after the mark move back; one around it shrinks
            if span.start >= match.end():
                span.start -= len(note.mark)
            if span.end >= match.end():
                span.end -= len(note.mark)
        block.spans.append(Span(match.start(), match.start(), "footnote", footnote.id))
        block.spans.sort(key=lambda s: (s.start, s.end))
        footnote.referenced_from = block.id
        cursor = (k, match.start())
    return footnotes, warnings
