"""What the pipeline knows about each language of the sources, as data.

One `LanguageProfile` per language holds every pattern that depends on the
language of a report: how headings are numbered, how the title reads, where
a sentence ends, where a footnote mark can be glued, how dates are written,
which words of a wrapped line keep their hyphen. `clean` and `parse` look
things up here instead of branching on the language code (`mentions` keeps
its per-language rules in `mentions.RULES`).

Adding a language means adding a profile (and the names in ``data/``); the
stages need no new branches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
_MONTH_EN = "|".join(MONTHS_EN)

#: Chinese headings: ``一. 导言``, ``四．审议``.
CHAPTER_ZH = re.compile(r"^(?P<marker>(?P<num>[一二三四五六七八九十]+)\s*[.．、])\s*(?P<text>.*)$")
#: English headings: ``IV. Summary of deliberations``.
CHAPTER_EN = re.compile(r"^(?P<marker>(?P<num>[IVX]{1,5})\.)\s+(?P<text>\S.*)$")


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    #: Chapter heading patterns (tried in order; groups marker, num, text).
    chapters: tuple[re.Pattern, ...]
    #: A line that can open the title, and what the joined title must contain.
    title_start: re.Pattern
    #: The start line must itself show a date (Chinese titles open with it).
    title_start_needs_date: bool
    title_end: re.Pattern
    #: An example of a title, for the error message when none is found.
    title_example: str
    #: What a sentence, list item or list introduction ends with.
    sentence_end: re.Pattern
    #: Characters after which a footnote mark may be glued (regex class body).
    footnote_before: str
    #: Wrapped lines of this language are cut at hyphens that are layout.
    dehyphenate: bool = False
    #: Word parts that stand after a hyphen in compounds ("money-laundering").
    compound_tails: frozenset = frozenset()
    #: Word parts that stand before a hyphen in compounds ("multi-agency").
    compound_heads: frozenset = frozenset()
    #: A wrapped line that looks like a lettered subparagraph ``(b) …`` opens
    #: one only after a line ending like this (else it is run-in text).
    item_opens_after: Optional[re.Pattern] = None
    #: A wrapped line may continue after a line that stops mid-sentence even
    #: if it did not reach the margin (proportional Latin text is ragged).
    ragged: bool = False
    #: What may follow a numeric footnote mark glued to the text (regex).
    footnote_after: str = r"(?=\s|$)"
    #: Between the lines of an annex title.
    annex_title_separator: str = " "

    def ends_sentence(self, text: str) -> bool:
        return bool(self.sentence_end.search(text.rstrip()))


ZH = LanguageProfile(
    code="zh",
    chapters=(CHAPTER_ZH,),
    title_start=re.compile(r"在\s*\S{1,12}?\s*举行的|\bheld (?:at|in)\b|^Report of"),
    title_start_needs_date=True,
    title_end=re.compile(r"报告|[Rr]eport"),
    title_example="'2012 年 10 月 17 日和 18 日在维也纳举行的……会议报告'",
    sentence_end=re.compile(r"[。；：！？.;:!?]$"),
    footnote_before="\u3000-\u303f\u4e00-\u9fff\uff00-\uffef》」』”’）)、，。；：",
    # Not a number followed by a unit ("第44段", "2023年").
    footnote_after="(?![0-9年月日号段条款次个份名届场/.])",
    annex_title_separator="",
)

EN = LanguageProfile(
    code="en",
    chapters=(CHAPTER_ZH, CHAPTER_EN),
    title_start=re.compile(r"^Report (?:on|of)\b|\bheld (?:at|in)\b"),
    title_start_needs_date=False,
    title_end=re.compile(r"[Rr]eport\b.*\bheld (?:at|in) .*\b\d{4}\b|held (?:at|in) .*\d{4}.*[Rr]eport"),
    title_example="'Report on the meeting of the Working Group of Government Experts on "
                  "Technical Assistance held in Vienna on 17 and 18 October 2012'",
    # A full stop, colon … possibly followed by a closing quote or bracket and
    # by a footnote mark glued to it ("Conference.1").
    sentence_end=re.compile(r"[.;:!?][\"”’)]?(?:\d{1,2}|\*{1,3})?$"),
    footnote_before="A-Za-z)\\].,;:”’\"",
    dehyphenate=True,
    compound_tails=frozenset("""
        laundering agency agencies based related ended led up operation operative ordination
        ordinated building making term level specific wide oriented owned sensitive
        effective efficiency sharing party parties governmental trafficking organized time
        day hand general national border regional up-to-date sponsored funded
        """.split()),
    compound_heads=frozenset("""
        multi non anti co self cross ex semi well follow long high low money cost open
        intra sub
        """.split()),
    item_opens_after=re.compile(r"(?:[.;:!?]|;\s+(?:and|or))[\"”’)]?(?:\d{1,2})?$"),
    ragged=True,
)

PROFILES = {"zh": ZH, "en": EN}


def profile(language: str) -> LanguageProfile:
    """The profile of `language`; unknown languages read as English (Latin script)."""
    return PROFILES.get(language, EN)
