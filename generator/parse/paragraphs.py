"""Paragraph rules: numbered paragraphs (and what else a number opens: a
list item, a numbered sub-heading), lettered subparagraphs and
recommendations.

The rule that decides between a paragraph and a numbered sub-heading is the
paragraph sequence: paragraph numbers run 1, 2, 3 … through a report while
heading numbers restart. In the 2007 report ``1. 收集关于…`` stands after
paragraph 1, so it is a heading, and ``2. 关于收集…`` is paragraph 2.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from .. import ids
from ..languages import LanguageProfile
from ..patterns import CJK_NUMERALS
from ..model import Heading, Subparagraph
from .core import Context, Rule
from .state import opens_list

#: "12. text" or "１２．text"; an ASCII dot followed by a digit is a decimal ("1.5").
NUMBERED = re.compile(r"""
    ^(?P<marker>(?P<num>[0-9０-９]{1,3})\s*(?:\.(?![0-9０-９])|．))
    \s*(?P<text>\S.*)$""", re.VERBOSE)
#: "(a) text", "（ａ）text", "- (b) text".
LETTERED = re.compile(r"""
    ^(?:-\s*)?
    (?:\((?P<a>[a-z]{1,4})\)\s+ | （(?P<b>[a-zａ-ｚ]{1,4})）\s*)
    (?P<text>\S.*)$""", re.VERBOSE)
#: "（二）text": a CJK numeral (一 … 九十九) in full-width parentheses.
NUMERAL_ITEM = re.compile(rf"^（(?P<num>[{CJK_NUMERALS}]{{1,3}})）\s*(?P<text>\S.*)$")


class RecommendationRule(Rule):
    """``建议 4`` on a line of its own, its text on the lines after it."""

    priority = 40

    def patterns(self, p: LanguageProfile) -> tuple[re.Pattern, ...]:
        return (p.recommendation,)

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        s, line = ctx.state, ctx.lines[i]
        if s.paragraph is None:
            raise ctx.error(line.number, "a paragraph that introduces the recommendation", "none")
        text, j = "", i + 1
        if j < len(ctx.lines) and not ctx.marked(ctx.lines[j]):
            text, j = ctx.gather(j, ctx.lines[j].text)
        else:
            ctx.warn(line.number, f"{line.text} has no text", "empty-recommendation")
        rec = Subparagraph(ids.recommendation(match["num"]), "rec", line.text, text, line.number)
        s.paragraph.children.append(rec)
        s.list = None
        return j


class LetteredRule(Rule):
    """``(a) …``: a subparagraph of the open paragraph (or of the item that
    announced it). Run-in: ``(b)`` may also start a wrapped line of text."""

    priority = 30
    pattern = LETTERED
    run_in = True

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        return add_subparagraph(ctx, i, ids.clean_number(match["a"] or match["b"]), match["text"])


class NumeralItemRule(Rule):
    """``（二）…``: a sub-item numbered with a CJK numeral, placed like a
    lettered subparagraph; its id turns the numeral into a number
    (`ids.numeral_subparagraph`: ``（二）`` in paragraph 23 is
    ``para_23__subpara_2``)."""

    priority = 25
    pattern = NUMERAL_ITEM
    run_in = True

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        return add_subparagraph(ctx, i, match["num"], match["text"], ids.numeral_subparagraph)


def add_subparagraph(ctx: Context, i: int, label: str, text: str,
                     make_id: Callable[[str, str], str] = ids.subparagraph) -> int:
    """A subparagraph labelled `label` (``a``, ``二``; its id: `make_id`)
    under the item that announced it, else under the open paragraph; one
    outside any paragraph becomes an unnumbered paragraph (warned)."""
    s, line = ctx.state, ctx.lines[i]
    text, j = ctx.gather(i, text)
    owner = s.item_owner or s.paragraph
    if owner is None:
        ctx.warn(line.number, f"subparagraph ({label}) outside any paragraph", "orphan-subparagraph")
        s.unnumbered_paragraph(line.text, line.number)
        return j
    sub = Subparagraph(make_id(owner.id, label), "subpara", label, text, line.number)
    if any(c.id == sub.id for c in owner.children):
        raise ctx.error(line.number, f"a new subparagraph letter in {owner.id}", f"({label}) a second time")
    owner.children.append(sub)
    return j


class NumberedRule(Rule):
    """``12. …``: the next paragraph; else an item of the list the open
    paragraph announced; else a paragraph out of sequence (warned) or a
    numbered sub-heading (its number restarts under every section)."""

    priority = 20
    pattern = NUMBERED

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        s, line = ctx.state, ctx.lines[i]
        number = int(ids.clean_number(match["num"]))
        text, j = ctx.gather(i, match["text"])
        ends = ctx.p.ends_sentence(text)
        expected = s.last_number + 1
        if number == expected and not (self.next_number(ctx, j - 1) == number and not ends):
            s.new_paragraph(number, text, line.number)
        elif s.list and number == s.list.last_item + 1:
            owner = s.list.owner
            item = Subparagraph(ids.item(owner.id, str(number)), "item", str(number), text, line.number)
            owner.children.append(item)
            s.list.last_item = number
            s.item_owner = item if opens_list(text) else None
        elif ends and number not in s.numbers_seen:
            ctx.warn(line.number, f"paragraph {number} follows paragraph {s.last_number}: "
                                  f"numbers out of sequence", "para-sequence", ids.paragraph(number))
            s.new_paragraph(number, text, line.number)
        elif ends:
            raise ctx.error(line.number, f"paragraph {expected} (paragraph numbers must be unique)",
                            f"paragraph {number} again (first at line {s.numbers_seen[number]})")
        else:
            hid = ids.subsection(s.section or s.chapter, str(number))
            if any(isinstance(b, Heading) and b.id == hid for b in s.blocks):
                raise ctx.error(line.number, "a new heading number in this section",
                                f"a second heading with id {hid}")
            s.subsection = hid
            s.add_heading(Heading(hid, 3, ids.clean_number(match["num"]), text, line.number, "subsection",
                                  marker=match["marker"]))
        return j

    @staticmethod
    def next_number(ctx: Context, i: int) -> Optional[int]:
        """The number of the next numbered line in this section, if any soon."""
        for line in ctx.lines[i + 1:i + 60]:
            if any(p.match(line.text) for p in ctx.p.chapters) or ctx.p.section.match(line.text):
                return None
            match = NUMBERED.match(line.text)
            if match:
                return int(ids.clean_number(match["num"]))
        return None
