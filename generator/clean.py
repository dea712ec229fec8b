"""Stage 2 — text to body lines, without page furniture.

Knows the layout of text extracted from PDFs, not the meaning of a report:

- drops blank lines, page numbers and running document symbols;
- lifts footnote blocks (a ``_____`` line, then ``1 text`` …) out of the
  body, so that a paragraph cut in two at a page break continues;
- measures the wrap width of the file, so that the parser can tell a line
  that was wrapped (it reaches the right margin) from one that ends a block;
- joins wrapped lines: CJK to CJK without a space, Latin words with one.

Every dropped line is kept in `Cleaned.furniture`, so that a test can prove
that nothing but furniture was dropped.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Line

#: A line that is only a page number ("14", "- 3 -").
PAGE_NUMBER = re.compile(r"^-?\s*\d{1,3}\s*-?$")
#: A line that is only a UN document symbol ("CTOC/COP/2008/7").
LONE_SYMBOL = re.compile(r"^[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.()-]+)+$")
#: The rule that opens a footnote block at the foot of a page.
FOOTNOTE_RULE = re.compile(r"^_{5,}$")
#: One footnote: its mark (a number or asterisks), a space, its text.
FOOTNOTE_START = re.compile(r"^(?P<mark>\d{1,3}|\*{1,3})\s+(?P<text>\S.*)$")
#: Punctuation that can end a sentence, a list item or a list introduction.
TERMINAL = tuple("。；：！？.;:!?")
#: Files whose typical line is wider than this were not wrapped at a margin
#: (the Markdown-like 2023 report has one paragraph per line).
UNWRAPPED_WIDTH = 110


@dataclass
class FootnoteText:
    """A footnote as it stands at the foot of a page, before it is linked."""

    mark: str
    text: str
    line: int


@dataclass
class Cleaned:
    """The body of a source, one physical line each, and what was taken out."""

    source: str
    lines: list[Line]
    footnotes: list[FootnoteText] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)
    #: The width (in display columns) that wrapped lines reach; 0 if unwrapped.
    wrap_width: int = 0

    def is_full(self, line: Line) -> bool:
        """Did this line run to the right margin (so the text goes on)?"""
        return bool(self.wrap_width) and width(line.text) >= self.wrap_width - 8


@lru_cache(maxsize=1 << 16)
def width(text: str) -> int:
    """Display width: a CJK character takes two columns, others one.
    (Cached: the parser asks again and again about the same lines.)"""
    return len(text) + wide_count(text)


def wide_count(text: str) -> int:
    """How many characters of `text` are wide or fullwidth (East Asian Width W or F).

    The same as counting with `unicodedata.east_asian_width`, but done by one
    regular expression in C: this runs for every line of every report."""
    return len(text) - len(_wide_pattern().sub("", text))


@lru_cache(maxsize=1)
def _wide_pattern() -> re.Pattern:
    """A character class of every W/F code point (none lie above U+3FFFD)."""
    ranges: list[str] = []
    start = None
    for cp in range(0x40001):
        wide = cp < 0x40000 and unicodedata.east_asian_width(chr(cp)) in "WF"
        if wide and start is None:
            start = cp
        elif not wide and start is not None:
            ranges.append(f"\\U{start:08x}-\\U{cp - 1:08x}")
            start = None
    return re.compile("[" + "".join(ranges) + "]")


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def join(left: str, right: str) -> str:
    """Join a wrapped line to the next: no space between CJK, one between words."""
    if not left:
        return right
    if not right:
        return left
    a, b = left[-1], right[0]
    if _is_wide(a) or _is_wide(b):
        return left + right
    if a == "-" and len(left) > 1 and left[-2].isalnum() and "/" in left.rsplit(" ", 1)[-1]:
        return left + right  # a document symbol wrapped at its hyphen
    return left + " " + right


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def clean(text: str, source: str) -> Cleaned:
    """Split `text` into body lines, footnotes and furniture."""
    raw = [Line(n, s.strip()) for n, s in enumerate(text.split("\n"), start=1)]
    nonblank = [line for line in raw if line.text]
    furniture_numbers = _furniture(nonblank)
    body: list[Line] = []
    footnotes: list[FootnoteText] = []
    furniture: list[Line] = []
    next_mark = 1
    i = 0
    while i < len(nonblank):
        line = nonblank[i]
        if line.number in furniture_numbers:
            furniture.append(line)
            i += 1
            continue
        if FOOTNOTE_RULE.match(line.text):
            block, i, next_mark = _footnote_block(nonblank, i + 1, next_mark, furniture_numbers)
            if block:
                furniture.append(line)
                footnotes.extend(block)
                continue
            # A rule that opens no footnote is a separator in the text itself.
            furniture.append(line)
            continue
        body.append(line)
        i += 1
    widths = sorted(width(line.text) for line in body)
    typical = widths[int(len(widths) * 0.8)] if widths else 0
    wrap_width = typical if 0 < typical <= UNWRAPPED_WIDTH else 0
    return Cleaned(source, body, footnotes, furniture, wrap_width)


def _furniture(lines: list[Line]) -> set[int]:
    """Line numbers of page numbers and of the running symbols beside them."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        if PAGE_NUMBER.match(line.text):
            found.add(line.number)
            for near in lines[max(0, k - 2):k + 3]:
                if LONE_SYMBOL.match(near.text):
                    found.add(near.number)
    return found


def _footnote_block(lines: list[Line], i: int, next_mark: int,
                    furniture: set[int]) -> tuple[list[FootnoteText], int, int]:
    """Read the footnotes after a rule; stop where the body text resumes.

    A footnote goes on over several lines until its text ends a sentence; a
    new one starts with the next expected number (or ``*``). The first line
    that is neither is body text again: at a page break the paragraph that
    the footnotes interrupted continues there.
    """
    block: list[FootnoteText] = []
    while i < len(lines):
        line = lines[i]
        if line.number in furniture:
            i += 1
            continue
        start = FOOTNOTE_START.match(line.text)
        if start and (start["mark"].startswith("*") or int(start["mark"]) == next_mark):
            block.append(FootnoteText(start["mark"], start["text"], line.number))
            if not start["mark"].startswith("*"):
                next_mark += 1
            i += 1
            continue
        if block and not ends_sentence(block[-1].text) and not FOOTNOTE_RULE.match(line.text):
            block[-1].text = join(block[-1].text, line.text)
            i += 1
            continue
        break
    return block, i, next_mark
