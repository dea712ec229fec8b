"""What the languages' profiles share: month names some of them read, heading
and annex patterns, and the makers of annex table patterns."""
from __future__ import annotations

import re

from ..patterns import CJK_NUMERALS, ROMAN_NUMERALS

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
_MONTH_EN = "|".join(MONTHS_EN)
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
_MONTH_FR = "|".join(MONTHS_FR)
#: UN Arabic months: the Levantine name and the Western one, joined by a slash.
#: Chinese headings: ``一. 导言``, ``四．审议``.
CHAPTER_ZH = re.compile(rf"^(?P<marker>(?P<num>[{CJK_NUMERALS}]+)\s*[.．、])\s*(?P<text>.*)$")
#: English headings: ``IV. Summary of deliberations``.
CHAPTER_EN = re.compile(r"^(?P<marker>(?P<num>[IVX]{1,5})\.)\s+(?P<text>\S.*)$")


def annex(words: str) -> re.Pattern:
    """An annex heading: one of `words` and an optional number (``附件``, ``Annex II``)."""
    return re.compile(rf"^(?P<text>{words})\s*(?P<num>[{CJK_NUMERALS}{ROMAN_NUMERALS}]*)$")


def annex_columns(symbol: str, agenda: str, title: str) -> re.Pattern:
    """The header row of an annex's table of documents (three groups)."""
    return re.compile(rf"^({symbol})\s+({agenda})\s+({title})$")


#: An agenda item as the English and Chinese tables print it: ``1(b)``.
AGENDA_ITEM = r"\d+(?:\([a-z]\))?"
#: … and as the French, Spanish and Russian ones do: ``1 b)`` (``1(b)`` too).
AGENDA_ITEM_HALF_PAREN = r"\d+(?:\([a-z]\)|\s?[a-z]\))?"


def agenda_cell(conjunctions: str, item: str = AGENDA_ITEM) -> re.Pattern:
    """An annex row's agenda cell (``1(b)``, ``2和3``, ``3 and 4``) before its title."""
    return re.compile(rf"^(?P<agenda>{item}(?:\s*(?:{conjunctions})\s*{item})*)\s+(?P<title>.*)$")


#: Chinese units after a number that make it a count, not a footnote mark ("第44段", "2023年").
UNITS = "年月日号段条款次个份名届场"
