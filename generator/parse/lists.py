"""Lists inside a paragraph, as the UN editorial rules write them, and the
one rule that decides where a list marker at a line start belongs.

Levels, below a paragraph (or below a numbered item that announces a list):

=====  ===========================================  ==================  ===================
level  English             French / Spanish  Chinese                   id part
=====  ===========================================  ==================  ===================
1      ``(a)``             ``a)``            ``(a)`` ``（a）``          ``subpara_a``
2      ``(i)``             ``i)``            ``㈠`` ``(一)`` ``（一）``  ``point_i``
3      ``a.``              ``a.``            ``a.``                    ``point_a``
4      ``i.``              ``i.``            ``i.``                    ``point_i``
=====  ===========================================  ==================  ===================

Arabic letters count like Latin ones (``(ب)`` is ``subpara_b``, see
`ids.clean_number`), and a Chinese ``㈡`` is the same item as an English
``(ii)``: one id names the same item in every language version.

A marker says less than its level: ``(i)`` is the ninth letter or the first
roman numeral, ``i.`` the ninth letter or the first numeral of level 4. The
context decides (`place`), the same way in every language:

1. a level down, when the item above announces a list (its text ends with a
   colon) and the marker is the first of that level (``(i)`` under
   ``(a) … as follows:``);
2. else the level of an open item whose next label the marker is (``(i)``
   after ``(h)``; ``(b)`` after ``(a) … (i) … (ii)``);
3. else no list item at all.

And one rule for text that wraps (`inline_before`): a marker at a line start
whose previous label stands inline in the text being gathered continues that
inline enumeration (``… (a) drafting …, (b) creating … and`` / ``(c) …``):
it opens no item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .. import ids

from ..patterns import ALPHA, CJK, CIRCLED, CJK_POINT, DOTTED, FULL_PAREN, HALF_PAREN, PAREN, ROMAN, ListForm

__all__ = ["ALPHA", "CJK", "ROMAN", "CIRCLED", "ListForm", "PAREN", "FULL_PAREN", "HALF_PAREN", "CJK_POINT", "DOTTED",
           "OpenItem", "place", "inline_before", "label_of", "value"]

def label_of(match: re.Match) -> str:
    """The label without brackets, NFKC (``（ａ）`` → ``a``, ``㈡`` → ``二``)."""
    label = match["label"]
    label = CIRCLED.get(label, label)
    return ids.clean_number(label.strip("()（）"))


def value(label: str, scheme: str) -> Optional[int]:
    """The count a label stands for in a scheme (``c`` 3, ``iv`` 4, ``二`` 2), or None."""
    if scheme == ALPHA:
        if re.fullmatch(r"([a-z])\1*", label):  # a … z, then aa, bb …
            return (ord(label[0]) - ord("a") + 1) + 26 * (len(label) - 1)
        return None
    if scheme == ROMAN:
        if re.fullmatch(r"[ivxlc]+", label) and ids.int_to_roman(ids.roman_to_int(label)) == label:
            return ids.roman_to_int(label)
        return None
    if label.isdigit():  # a CJK numeral, already turned into digits by clean_number
        return int(label)
    return None


@dataclass
class OpenItem:
    """A list item still open for items below or beside it."""

    item: object  # model.Subparagraph
    level: int
    scheme: str
    number: int  # its label's count in its scheme


def place(outline: Sequence[OpenItem], label: str, form: ListForm, announcing: bool,
          least: int = 1) -> Optional[tuple[int, str, int]]:
    """Where a marker of `form` with `label` goes: (level, scheme, count), or None.

    `outline`: the open items, outermost first; `announcing`: the deepest of
    them (or the paragraph when none is open) announces a list; `least`: the
    lowest level the caller takes (the lettered rule takes level 1, the point
    rule 2 and deeper)."""
    depth = outline[-1].level + 1 if outline else 1
    if announcing:
        for level, scheme in form.levels:
            if level == depth and level >= least and value(label, scheme) == 1:
                return level, scheme, 1
    for open_item in reversed(outline):
        for level, scheme in form.levels:
            if (level == open_item.level and scheme == open_item.scheme and level >= least
                    and value(label, scheme) == open_item.number + 1):
                return level, scheme, open_item.number + 1
    return None


def inline_before(match: re.Match, text: str, open_item: Optional[OpenItem] = None) -> bool:
    """Does `text` hold, inline and in order, every marker before this one
    (``(a)`` … ``(b)`` before a line's ``(c)``)? Then the line goes on with
    that inline enumeration. Not when the line's marker is the next label of
    `open_item`, the list item being gathered: ``(b)`` after an ``(a)`` whose
    text cites "article 18, paragraph 13 (a)" is that item's sibling."""
    label = label_of(match)
    arabic = match["label"] in ids.ARABIC_LETTERS
    for scheme in (ALPHA, ROMAN, CJK):
        count = value(label, scheme)
        if not count or count < 2:
            continue
        if open_item is not None and open_item.scheme == scheme and open_item.number == count - 1:
            return False
        position = 0
        for k in range(1, count):
            shown = ids.ARABIC_ORDER[k - 1] if arabic and k <= len(ids.ARABIC_ORDER) else label_text(k, scheme)
            printed = match["marker"].replace(match["label"], shown, 1).lstrip("- ")
            found = re.compile(rf"(?<![^\W\d_]){re.escape(printed)}").search(text, position)
            if not found or scheme == CJK:
                break
            position = found.end()
        else:
            return True
    return False


def label_text(count: int, scheme: str) -> str:
    """The `count`-th label as printed in a scheme (``3`` → ``c`` or ``iii``)."""
    return ids.letters(count) if scheme == ALPHA else ids.int_to_roman(count)
