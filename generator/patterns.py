"""The text patterns several stages share: UN document symbols, numerals,
decision numbers and placeholders, in one place.

A document symbol is read in three contexts, each with its own pattern on
purpose: a line that is nothing but a symbol (a running head, a cover
line), the symbol that opens an annex table row, and a symbol inside running
text (which may be wrapped at a slash, or joint: ``A/1-B/2``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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

_DIGITS = re.compile(r"(\d+)")


def symbol_order(symbol: str) -> tuple:
    """How UN documents are listed: their numbers compared as numbers
    (``CTOC/COP/2012/7`` before ``CTOC/COP/2012/10``), so a series' numbered
    documents come before its ``CRP.`` ones; the symbol breaks a tie."""
    parts = _DIGITS.split(symbol)  # text, number, text, …: the same kind at each place
    return tuple(int(part) if i % 2 else part.casefold() for i, part in enumerate(parts)) + (symbol,)


#: A numbered paragraph: "12. text" or "１２．text"; an ASCII dot followed by
#: a digit is a decimal ("1.5"). The default of `LanguageProfile.paragraph`.
NUMBERED = re.compile(r"""
    ^(?P<marker>(?P<num>[0-9０-９]+)\s*(?:\.(?![0-9０-９])|．))
    \s*(?P<text>\S.*)$""", re.VERBOSE)
#: Arabic paragraphs: "12- text", in Western or Arabic-Indic digits ("١٢- text"),
#: a space after the hyphen (a range "17-18" at a line start is text); the
#: dotted form too, which translations made from a Latin original may keep.
NUMBERED_HYPHEN = re.compile(r"""
    ^(?P<marker>(?P<num>[0-9٠-٩۰-۹]+)\s*(?:[-–](?=\s)|\.(?![0-9٠-٩])))
    \s*(?P<text>\S.*)$""", re.VERBOSE)

#: One decision or resolution number, ``2/6``.
DECISION_NUMBER = re.compile(r"(?P<s>\d{1,3})\s*/\s*(?P<n>\d{1,3})")

#: Text still to come in a draft (``[……]``, ``[...]``, ``[XX]``).
PLACEHOLDER = re.compile(r"\[(?:……|…|\.\.\.|XX+|xx+)\]")
#: An ellipsis placeholder inside a list of names (``[……]``).
LIST_PLACEHOLDER = re.compile(r"\[(?:……|…|\.\.\.)\]")


# -- list markers (the parser's `parse.lists` places them) ---------------------
#: How the labels of a level count.
ALPHA, ROMAN, CJK = "alpha", "roman", "cjk"

#: ``㈠`` … ``㈩`` (PARENTHESIZED IDEOGRAPH ONE … TEN) as the numerals they stand for.
CIRCLED = {chr(0x3220 + k): numeral for k, numeral in enumerate("一二三四五六七八九十")}


@dataclass(frozen=True)
class ListForm:
    """One way a list marker is printed at a line start: a pattern with the
    groups ``marker`` (as printed, with its brackets), ``label`` and ``text``,
    and the (level, scheme) pairs it can stand for."""

    name: str
    pattern: re.Pattern
    levels: tuple[tuple[int, str], ...]


def _form(name: str, marker: str, levels, space: str = r"\s+") -> ListForm:
    return ListForm(name, re.compile(rf"^(?P<marker>{marker}){space}(?P<text>\S.*)$"), tuple(levels))


#: ``(a)``, ``- (b)``: a letter of level 1, or a roman numeral of level 2.
PAREN = _form("paren", r"(?:-\s*)?\((?P<label>[a-z]{1,5})\)", ((1, ALPHA), (2, ROMAN)))
#: ``（a）``, ``（ａ）``: the same in full-width brackets (Chinese).
FULL_PAREN = _form("full-paren", r"(?:-\s*)?（(?P<label>[a-zａ-ｚ]{1,5})）", ((1, ALPHA), (2, ROMAN)), r"\s*")
#: ``a)``, ``ii)``: French and Spanish.
HALF_PAREN = _form("half-paren", r"(?P<label>[a-z]{1,5})\)", ((1, ALPHA), (2, ROMAN)))
#: ``㈠``, ``(一)`` (``㈠`` as extractors write it), ``（一）``: Chinese level 2.
CJK_POINT = _form("cjk", rf"(?P<label>[㈠-㈩]|\([{CJK_NUMERALS}]{{1,3}}\)|（[{CJK_NUMERALS}]{{1,3}}）)",
                  ((2, CJK),), r"\s*")
#: ``(أ)``, ``(ب)``, ``(هـ)``: Arabic letters of level 1, in the abjad order
#: UN Arabic texts letter subparagraphs (`ids.ARABIC_LETTERS`: ``(ب)`` is ``(b)``).
ARABIC_PAREN = _form("arabic-paren", r"(?:-\s*)?\((?P<label>هـ|[أبجدهوزحطيكلمنسعفصقرشتثخذض])\)", ((1, ALPHA),))
#: ``a.``, ``iv.``: level 3 (letters) or level 4 (roman numerals).
DOTTED = _form("dotted", r"(?P<label>[a-z]{1,5})\.", ((3, ALPHA), (4, ROMAN)))




#: The list forms by name, as language files name them (``lettered_forms``).
LIST_FORMS = {form.name: form for form in (PAREN, FULL_PAREN, HALF_PAREN, CJK_POINT, ARABIC_PAREN, DOTTED)}
