"""Stage 2 — text to body lines, without page furniture.

Knows the layout of text extracted from PDFs, not the meaning of a report:

- reads a form feed (pdftotext's end of a page) as a page boundary anywhere,
  even inside a line, and keeps where pages start (`Cleaned.page_starts`);
  a page boundary is layout: the text around it joins as if it were not there;
- drops blank lines, page numbers and running document symbols;
- lifts footnote blocks (a ``_____`` line, then ``1 text`` …) out of the
  body, so that a paragraph cut in two at a page break continues;
- measures the wrap width of the file, so that the parser can tell a line
  that was wrapped (it reaches the right margin) from one that ends a block;
- joins wrapped lines: CJK to CJK without a space, Latin words with one;
- in languages whose profile says so (English), decides for every hyphen at
  a line end whether it is layout (``recom-`` / ``mendations``) or part of a
  compound (``money-`` / ``laundering``), see `hyphen_breaks`.

Every dropped line is kept in `Cleaned.furniture`, and every dropped hyphen
in `Cleaned.hyphen_breaks`, so that a test can prove that nothing but
furniture was dropped.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .patterns import SYMBOL_LINE
from .languages import LanguageProfile, default_profile
from .model import Line

#: A line that is only a page number ("14", "- 3 -").
PAGE_NUMBER = re.compile(r"^-?\s*\d{1,3}\s*-?$")
#: Page furniture of UN PDFs in Latin script: "2/6" (page of pages), the job
#: number with or without a page number ("V.12-57054 (E)", "V.12-57054 3/6",
#: "2/6 V.12-57054", "V.12-57054 (E) 091112 121112") and the bar code
#: ("*1257054*"). Such lines count as page numbers.
PAGE_OF_PAGES = re.compile(r"^\d{1,3}/\d{1,3}$")
JOB_NUMBER = re.compile(r"^(?:\d{1,3}/\d{1,3}\s+)?[A-Z]\.\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}"
                        r"(?:\s+\d{1,3}/\d{1,3})?$")
BARCODE = re.compile(r"^\*\d{7}\*$")
#: A line that is only a UN document symbol ("CTOC/COP/2008/7").
LONE_SYMBOL = SYMBOL_LINE
#: The rule that opens a footnote block at the foot of a page.
FOOTNOTE_RULE = re.compile(r"^_{5,}$")
#: One footnote: its mark (a number or asterisks), a space, its text.
FOOTNOTE_START = re.compile(r"^(?P<mark>\d+|\*{1,3})\s+(?P<text>\S.*)$")
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
class HyphenBreak:
    """A hyphen at the end of a wrapped line, and what was decided about it.

    ``kept``: the hyphen belongs to the word (``money-laundering``); else it
    was layout and is dropped (``recommendations``). ``reason`` says which
    rule decided (see `decide_hyphen`); ``guess`` when no rule had evidence.
    """

    line: int  # the line that ends with the hyphen
    head: str  # the word part before the hyphen
    tail: str  # the word part after it, at the start of the next line
    kept: bool
    reason: str

    @property
    def word(self) -> str:
        return f"{self.head}-{self.tail}" if self.kept else self.head + self.tail


@dataclass
class Cleaned:
    """The body of a source, one physical line each, and what was taken out."""

    source: str
    lines: list[Line]
    footnotes: list[FootnoteText] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)
    #: The width (in display columns) that wrapped lines reach; 0 if unwrapped.
    wrap_width: int = 0
    #: Line number → the hyphen that ends that line and the decision about it.
    hyphen_breaks: dict[int, HyphenBreak] = field(default_factory=dict)
    #: The lines of `hyphen_breaks` whose hyphen a join actually met.
    hyphens_joined: set[int] = field(default_factory=set)
    #: Where each page after the first starts: the line of its form feed.
    page_starts: list[int] = field(default_factory=list)
    #: The lines the footnotes were read from, in order (the nothing-lost check reads them).
    footnote_lines: list[Line] = field(default_factory=list)
    #: How many lines with text the source has (body, footnotes and furniture together).
    text_lines: int = 0

    def join_lines(self, text: str, prev: Line, line: Line) -> str:
        """Join `line` to `text`, which ends with `prev`: like `join`, but a
        hyphen at the end of `prev` joins without a space, dropped if it was
        layout."""
        found = self.hyphen_breaks.get(prev.number)
        if found is not None and text.endswith("-") and line.text.startswith(found.tail):
            self.hyphens_joined.add(prev.number)
            return (text if found.kept else text[:-1]) + line.text
        return join(text, line.text)

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


def clean(text: str, source: str, profile: Optional[LanguageProfile] = None) -> Cleaned:
    """Split `text` into body lines, footnotes and furniture (read as
    `profile`'s language, by default the default language's)."""
    profile = profile or default_profile()
    raw, page_starts = physical_lines(text)
    nonblank = [line for line in raw if line.text]
    furniture_at = _furniture(nonblank)
    body: list[Line] = []
    footnotes: list[FootnoteText] = []
    footnote_lines: list[Line] = []
    furniture: list[Line] = []
    next_mark = 1
    i = 0
    while i < len(nonblank):
        line = nonblank[i]
        if i in furniture_at:
            furniture.append(line)
            i += 1
            continue
        if FOOTNOTE_RULE.match(line.text):
            start = i + 1
            block, i, next_mark = _footnote_block(nonblank, start, next_mark, furniture_at, profile)
            if block:
                furniture.append(line)
                # page furniture between the footnotes and the text going on
                furniture.extend(x for k, x in enumerate(nonblank[start:i], start) if k in furniture_at)
                footnote_lines.extend(x for k, x in enumerate(nonblank[start:i], start) if k not in furniture_at)
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
    cleaned = Cleaned(source, body, footnotes, furniture, wrap_width, page_starts=page_starts,
                      footnote_lines=footnote_lines, text_lines=len(nonblank))
    if profile.dehyphenate:
        cleaned.hyphen_breaks = hyphen_breaks(body, profile, [Line(f.line, f.text) for f in footnotes])
    return cleaned


def physical_lines(text: str) -> tuple[list[Line], list[int]]:
    """The lines of `text`, stripped, each with its line number; a form feed
    splits its line in two (both keep the number), and the lines where a page
    starts are returned beside them.

    pdftotext ends every page with a form feed, so it stands at the start of
    the next page's first line, or alone on the file's last line; another
    extractor may leave one inside a line. Either way it is a page boundary
    and nothing else: it never changes how the text around it is read."""
    lines: list[Line] = []
    page_starts: list[int] = []
    for number, text_line in enumerate(text.split("\n"), start=1):
        parts = text_line.split("\f")
        lines.extend(Line(number, part.strip()) for part in parts)
        page_starts.extend([number] * (len(parts) - 1))
    return lines, page_starts


def _furniture(lines: list[Line]) -> set[int]:
    """Indices (in `lines`) of page numbers and of the running symbols beside them."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        if PAGE_NUMBER.match(line.text) or _page_furniture(line.text):
            found.add(k)
            for near in range(max(0, k - 2), min(len(lines), k + 3)):
                if LONE_SYMBOL.match(lines[near].text):
                    found.add(near)
    return found


def _page_furniture(text: str) -> bool:
    return bool(PAGE_OF_PAGES.match(text) or JOB_NUMBER.match(text) or BARCODE.match(text))


def _footnote_block(lines: list[Line], i: int, next_mark: int, furniture: set[int],
                    profile: LanguageProfile) -> tuple[list[FootnoteText], int, int]:
    """Read the footnotes after a rule; stop where the body text resumes
    (`furniture`: indices in `lines` of page furniture, skipped).

    A footnote goes on over several lines until its text ends a sentence; a
    new one starts with the next expected number (or ``*``). The first line
    that is neither is body text again: at a page break the paragraph that
    the footnotes interrupted continues there.
    """
    block: list[FootnoteText] = []
    while i < len(lines):
        line = lines[i]
        if i in furniture:
            i += 1
            continue
        start = FOOTNOTE_START.match(line.text)
        if start and (start["mark"].startswith("*") or int(start["mark"]) == next_mark):
            block.append(FootnoteText(start["mark"], start["text"], line.number))
            if not start["mark"].startswith("*"):
                next_mark += 1
            i += 1
            continue
        if block and not profile.ends_sentence(block[-1].text) and not FOOTNOTE_RULE.match(line.text):
            block[-1].text = join(block[-1].text, line.text)
            i += 1
            continue
        break
    return block, i, next_mark


# -- hyphens at line ends -------------------------------------------------------
#: A letter of any script ("recom-", "recomen-", "рекомен-").
_L = r"[^\W\d_]"
#: A line that ends with a word part and a hyphen ("recom-", "multi-").
_HYPHEN_END = re.compile(rf"(?:^|[^\w-]|[\d_])(?P<head>{_L}+(?:-{_L}+)*)-$")
#: The word part that starts the next line ("mendations", "laundering"): lower case.
_TAIL = re.compile(rf"^(?P<tail>(?=[^\W\d_])[^\W\d_A-ZА-ЯЁÀ-ÖØ-Þ]{_L}*)")
_WORD = re.compile(rf"{_L}+(?:-{_L}+)*")


def hyphen_breaks(lines: list[Line], profile: LanguageProfile,
                  vocabulary: Optional[list[Line]] = None) -> dict[int, HyphenBreak]:
    """Decide, for every line that ends with ``word-`` and is followed by a
    line that starts with a lower-case word, whether the hyphen is kept.

    The evidence is the text itself and the language's list of compound
    parts, in this order (the first rule that applies decides):

    1. ``compound``: the hyphenated form ``head-tail`` occurs elsewhere in
       the text (not at a line break) → kept;
    2. ``word``: the joined form ``headtail`` occurs elsewhere → dropped;
    3. ``part``: the part after the hyphen is a known compound tail
       (``laundering``, ``agency``, ``based`` …) or the part before it a known
       compound head (``multi``, ``non``, ``co`` …) → kept;
    4. ``guess``: no evidence: a hyphen at a line end in typeset English is
       most often the typesetter's, so it is dropped; the parser warns
       (``hyphen-guess``) so that an editor can check the word.
    """
    words: dict[str, int] = {}
    for line in lines + (vocabulary or []):
        for match in _WORD.finditer(line.text):
            token = match.group().lower()
            words[token] = words.get(token, 0) + 1
    out: dict[int, HyphenBreak] = {}
    for line, after in zip(lines, lines[1:]):
        end, start = _HYPHEN_END.search(line.text), _TAIL.match(after.text)
        if not end or not start:
            continue
        head_full, tail = end["head"], start["tail"]
        head = head_full.rsplit("-", 1)[-1]
        compound = f"{head}-{tail}".lower()
        joined = (head + tail).lower()
        if any(w == compound or w.endswith("-" + compound) or w.startswith(compound + "-")
               for w in words):
            kept, reason = True, "compound"
        elif joined in words:
            kept, reason = False, "word"
        elif tail.lower() in profile.compound_tails or head.lower() in profile.compound_heads:
            kept, reason = True, "part"
        else:
            kept, reason = False, "guess"
        out[line.number] = HyphenBreak(line.number, head, tail, kept, reason)
    return out
