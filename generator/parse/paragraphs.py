"""Paragraph rules: numbered paragraphs (and what else a number opens: a
list item, a numbered sub-heading), lettered subparagraphs, the points of
lists below them (`parse.lists`) and recommendations.

The rule that decides between a paragraph and a numbered sub-heading is the
paragraph sequence: paragraph numbers run 1, 2, 3 … through a report while
heading numbers restart. In the 2007 report ``1. 收集关于…`` stands after
paragraph 1, so it is a heading, and ``2. 关于收集…`` is paragraph 2.
Paragraph numbers have no ceiling; a number of four digits or more opens a
paragraph only near the sequence (a year at the start of a wrapped line,
``2012. The …``, is text).
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from .. import ids
from ..languages import LanguageProfile
from ..model import Heading, Line, Subparagraph
from . import lists
from .core import Context, Pending, Rule
from .state import opens_list

#: How far past the last paragraph number a number of four digits or more
#: may run and still open a paragraph (numbers missing in the source).
SEQUENCE_WINDOW = 50


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
        rec = Subparagraph(ids.recommendation(match["num"]), "rec", line.text, text, line.number,
                           marker=line.text)
        s.add_child(s.paragraph, rec)
        s.list = None
        return j


class ListItemRule(Rule):
    """What the list rules share: their forms (`lists.ListForm`, from the
    language profile), and the one rule for a marker at the start of a
    wrapped line: it continues an inline enumeration whose previous marker
    stands in the text (``… (b) creating …`` / ``(c) implementing …``), in
    every language, and is run-in text where the language says items follow
    only a line ending like ``;``."""

    run_in = True

    def forms(self, p: LanguageProfile) -> tuple[lists.ListForm, ...]:
        raise NotImplementedError

    def patterns(self, p: LanguageProfile) -> tuple[re.Pattern, ...]:
        return tuple(form.pattern for form in self.forms(p))

    def form(self, p: LanguageProfile, match: re.Match) -> lists.ListForm:
        return next(form for form in self.forms(p) if form.pattern is match.re)

    def goes_on(self, ctx: Context, line: Line, match: re.Match, pending: Pending) -> bool:
        return lists.inline_before(match, pending.text, ctx.open_item(pending))

    def takes(self, ctx: Context, line: Line, match: re.Match, pending: Optional[Pending]) -> bool:
        if pending is not None and self.goes_on(ctx, line, match, pending):
            return False
        return super().takes(ctx, line, match, pending)


class PointRule(ListItemRule):
    """``(i)``, ``㈠``, ``a.``, ``i.``: a point of a list at level 2 to 4,
    where the list's context places one (`lists.place`); a line the context
    does not place is left to the rules after this one (``(i)`` after
    ``(h)`` is a lettered subparagraph, ``a. …`` in running text is text)."""

    priority = 35

    def forms(self, p: LanguageProfile) -> tuple[lists.ListForm, ...]:
        return p.point_forms

    def placed(self, ctx: Context, match: re.Match, pending: Optional[Pending]):
        outline, announcing = ctx.announcing(pending)
        return lists.place(outline, lists.label_of(match), self.form(ctx.p, match), announcing, least=2)

    def takes(self, ctx: Context, line: Line, match: re.Match, pending: Optional[Pending]) -> bool:
        return self.placed(ctx, match, pending) is not None and super().takes(ctx, line, match, pending)

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        s, line = ctx.state, ctx.lines[i]
        level, scheme, count = self.placed(ctx, match, None)
        s.outline = s.outline[:level - 1]
        owner = s.outline[-1].item
        point = Subparagraph(ids.point(owner.id, count, lists.ALPHA if scheme == lists.ALPHA else lists.ROMAN),
                             "point", "", match["text"], line.number, marker=match["marker"])
        point.label = point.id.rsplit("_", 1)[-1]
        return add_item(ctx, i, owner, point, lists.OpenItem(point, level, scheme, count))


class LetteredRule(ListItemRule):
    """``(a) …`` (``a) …`` in French and Spanish): a subparagraph (level 1) of
    the open paragraph, or of the numbered item that announced it."""

    priority = 30

    def forms(self, p: LanguageProfile) -> tuple[lists.ListForm, ...]:
        return p.lettered_forms

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        label = lists.label_of(match)
        return add_subparagraph(ctx, i, match, label, lists.value(label, lists.ALPHA) or 0, lists.ALPHA)


class NumeralItemRule(ListItemRule):
    """``（二）…`` (or ``㈡``, ``(二)``) directly below a paragraph: a
    sub-item numbered with a CJK numeral, placed like a lettered
    subparagraph; its id turns the numeral into a number (``（二）`` in
    paragraph 23 is ``para_23__subpara_2``). Below a lettered subparagraph
    the same marker is a point (`PointRule`)."""

    priority = 25

    def forms(self, p: LanguageProfile) -> tuple[lists.ListForm, ...]:
        return (lists.CJK_POINT,)

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        numeral = lists.CIRCLED.get(match["label"], match["label"]).strip("()（）")
        return add_subparagraph(ctx, i, match, numeral, int(lists.label_of(match)), lists.CJK,
                                ids.numeral_subparagraph)


def add_subparagraph(ctx: Context, i: int, match: re.Match, label: str, count: int, scheme: str,
                     make_id: Callable[[str, str], str] = ids.subparagraph) -> int:
    """A subparagraph labelled `label` (``a``, ``二``; its id: `make_id`)
    under the item that announced it, else under the open paragraph; one
    outside any paragraph becomes an unnumbered paragraph (warned), its
    marker kept in its text."""
    s, line = ctx.state, ctx.lines[i]
    owner = s.container()
    if owner is None:
        ctx.warn(line.number, f"subparagraph ({label}) outside any paragraph", "orphan-subparagraph")
        text, j = ctx.gather(i, match["text"])
        s.unnumbered_paragraph(line.text[:match.start("text")] + text, line.number)
        return j
    sub = Subparagraph(make_id(owner.id, label), "subpara", label, match["text"], line.number,
                       marker=match["marker"])
    s.outline = []
    return add_item(ctx, i, owner, sub, lists.OpenItem(sub, 1, scheme, count))


def add_item(ctx: Context, i: int, owner, item: Subparagraph, open_item: lists.OpenItem) -> int:
    """Add a list item below `owner`, open it (the deepest item of the
    outline) and gather its text: lines below it are read as its own."""
    s, line = ctx.state, ctx.lines[i]
    if any(c.id == item.id for c in owner.children):
        what, printed = ("subparagraph letter", f"({item.label})") if item.kind == "subpara" else ("point", item.marker)
        raise ctx.error(line.number, f"a new {what} in {owner.id}", f"{printed} a second time")
    s.add_child(owner, item)
    s.outline.append(open_item)
    item.text, j = ctx.gather(i, item.text, listing=True)
    return j


class NumberedRule(Rule):
    """``12. …``: the next paragraph; else an item of the list the open
    paragraph announced; else a paragraph out of sequence (warned) or a
    numbered sub-heading (its number restarts under every section)."""

    priority = 20

    def patterns(self, p: LanguageProfile) -> tuple[re.Pattern, ...]:
        return (p.paragraph,)

    def takes(self, ctx: Context, line: Line, match: re.Match, pending: Optional[Pending]) -> bool:
        """A number of four digits or more is a paragraph or list item only
        near the sequence (else a year that starts a wrapped line)."""
        if len(match["num"]) <= 3:
            return True
        s, number = ctx.state, int(ids.clean_number(match["num"]))
        return (s.last_number < number <= s.last_number + SEQUENCE_WINDOW
                or (s.list is not None and number == s.list.last_item + 1))

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        s, line = ctx.state, ctx.lines[i]
        number = int(ids.clean_number(match["num"]))
        text, j = ctx.gather(i, match["text"])
        ends = ctx.p.ends_sentence(text)
        expected = s.last_number + 1
        if number == expected and not (self.next_number(ctx, j - 1) == number and not ends):
            s.new_paragraph(number, text, line.number, match["marker"])
        elif s.list and number == s.list.last_item + 1:
            owner = s.list.owner
            item = Subparagraph(ids.item(owner.id, str(number)), "item", str(number), text, line.number,
                                marker=match["marker"])
            s.add_child(owner, item)
            s.list.last_item = number
            s.item_owner = item if opens_list(text) else None
            s.outline = []
        elif ends and number not in s.numbers_seen:
            ctx.warn(line.number, f"paragraph {number} follows paragraph {s.last_number}: "
                                  f"numbers out of sequence", "para-sequence", ids.paragraph(number))
            s.new_paragraph(number, text, line.number, match["marker"])
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
            match = ctx.p.paragraph.match(line.text)
            if match:
                return int(ids.clean_number(match["num"]))
        return None
