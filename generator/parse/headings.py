"""Heading rules: chapters (``一.``, ``IV.``), sections (``A.``), and the
fallback for a line of no marked form (a heading without a number, or a
paragraph whose number is missing)."""
from __future__ import annotations

import re

from .. import ids
from ..clean import width
from ..languages import LanguageProfile
from ..model import Heading
from .core import Context, Rule


class ChapterRule(Rule):
    priority = 60

    def patterns(self, p: LanguageProfile) -> tuple[re.Pattern, ...]:
        return p.chapters

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        s, num = ctx.state, match["num"]
        number = ctx.p.heading_number(num)
        number = str(ids.roman_to_int(number)) if number[0] in "IVX" else ids.clean_number(number)
        text, j = ctx.gather(i, match["text"], heading=True)
        s.chapter = ids.chapter(number)
        s.section = s.subsection = ""
        s.add_heading(Heading(s.chapter, 1, num, text, ctx.lines[i].number, "chapter", marker=match["marker"]))
        return j


class SectionRule(Rule):
    priority = 50

    def patterns(self, p: LanguageProfile) -> tuple[re.Pattern, ...]:
        return (p.section,)

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        s = ctx.state
        text, j = ctx.gather(i, match["text"], heading=True)
        s.section = ids.section(s.chapter, ctx.p.heading_number(match["num"]))
        s.subsection = ""
        s.add_heading(Heading(s.section, 2, match["num"], text, ctx.lines[i].number, "section",
                              marker=match["marker"]))
        return j


class UnmarkedRule(Rule):
    """The fallback: a line that opens no block by its form. Text that ends
    a sentence (or is long) is a paragraph whose number is missing; anything
    else is a heading without a number, counted under its parent."""

    priority = 0
    ANY = re.compile("")

    def test(self, p: LanguageProfile, text: str) -> re.Match:
        return self.ANY.match(text)

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        s, line = ctx.state, ctx.lines[i]
        text, j = ctx.gather(i, line.text)
        if ctx.p.ends_sentence(text) or width(text) > 100:
            s.unnumbered_paragraph(text, line.number)
            return j
        parent = s.parent()
        s.hcontainers[parent] = s.hcontainers.get(parent, 0) + 1
        hid = ids.unnumbered_heading(parent, s.hcontainers[parent])
        level = 4 if s.subsection else 3 if s.section else 2 if s.chapter else 1
        s.add_heading(Heading(hid, level, None, text, line.number, "heading"))
        return j
