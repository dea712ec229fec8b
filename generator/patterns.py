"""The text patterns several stages share: UN document symbols, numerals,
decision numbers and placeholders, in one place.

A document symbol is read in three contexts, each with its own pattern on
purpose: a line that is nothing but a symbol (a running head, a cover
line), the symbol that opens an annex table row, and a symbol inside running
text (which may be wrapped at a slash, or joint: ``A/1-B/2``).
"""
from __future__ import annotations

import re

#: Chinese numerals as reports write chapter, session and item numbers.
CJK_NUMERALS = "一二三四五六七八九十"
#: Roman numerals of annexes (``Annex II``).
ROMAN_NUMERALS = "IVX"

#: A line that is only a UN document symbol ("CTOC/COP/2008/7").
SYMBOL_LINE = re.compile(r"""
    ^[A-Z][A-Z0-9.]*               # the series: CTOC, A, E
    (?:/[A-Za-z0-9.()-]+)+$        # its parts: /COP/WG.2/2012/1
    """, re.VERBOSE)

#: An annex table row: a symbol (perhaps cut at a hyphen), then the agenda and title cells.
SYMBOL_CELL = re.compile(r"""
    ^(?P<symbol>[A-Z][A-Z0-9]*(?:/[A-Za-z0-9.]+)+-?)   # CTOC/COP/WG.2/2012/1, or cut at a hyphen
    (?:\s+(?P<rest>.*))?$""", re.VERBOSE)

_PART = r"[A-Za-z0-9.]*[A-Za-z0-9]"
_ONE = rf"[A-Z][A-Za-z]*(?:\.\d+)?(?:/\s?{_PART}){{2,}}"
#: A symbol in running text: three parts or more, a space allowed after a
#: slash (a line wrapped there), two joined by a hyphen for a joint symbol.
SYMBOL_IN_TEXT = re.compile(rf"""
    (?<![A-Za-z0-9/.])             # not the tail of a longer token
    {_ONE}                         # CTOC/COP/WG.2/ 2007/2
    (?:-\s?{_ONE})?                # -CTOC/COP/WG.6/2023/4
    """, re.VERBOSE)

#: One decision or resolution number, ``2/6``.
DECISION_NUMBER = re.compile(r"(?P<s>\d{1,3})\s*/\s*(?P<n>\d{1,3})")

#: Text still to come in a draft (``[……]``, ``[...]``, ``[XX]``).
PLACEHOLDER = re.compile(r"\[(?:……|…|\.\.\.|XX+|xx+)\]")
#: An ellipsis placeholder inside a list of names (``[……]``).
LIST_PLACEHOLDER = re.compile(r"\[(?:……|…|\.\.\.)\]")
