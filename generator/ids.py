"""The id scheme of report pages — a public contract: links are forever.

Ids follow the Akoma Ntoso for UN (AKN4UN) eId style and depend only on the
report and the numbers printed in it, never on wording, position in the file
or the generator's version:

=====================  ==========================  =========================
element                source                      id
=====================  ==========================  =========================
paragraph              ``23.``                     ``para_23``
subparagraph           ``(a)`` in paragraph 23     ``para_23__subpara_a``
its point (level 2)    ``(ii)``, ``㈡``, ``ii)``      ``para_23__subpara_a__point_ii``
level 3, level 4       ``b.`` then ``iv.``          ``…__point_ii__point_b__point_iv``
numeral sub-item       ``（二）`` in paragraph 23    ``para_23__subpara_2``
list item              ``2.`` in paragraph 21      ``para_21__item_2``
recommendation         ``建议 4``                  ``rec_4``
unnumbered paragraph   (number missing)            ``para_nn_1``, ``para_nn_2``
footnote               ``1`` / ``*``               ``fn_1`` / ``fn_star_1``
chapter                ``四.``                     ``chp_4``
section                ``B.`` under chapter 四     ``chp_4__sec_b``
numbered sub-heading   ``1.`` under section A      ``chp_1__sec_a__subsec_1``
unnumbered heading     k-th under its parent       ``chp_1__hcontainer_2``
annex                  ``附件``                    ``annex_1``
annex table row        k-th row                    ``annex_1__row_3``
=====================  ==========================  =========================

Unnumbered elements are counted in document order within their parent: the
source gives nothing steadier, and the parser warns about every one.

List levels follow the UN editorial rules (`parse.lists`): ``(a)`` → ``(i)``
→ ``a.`` → ``i.``. A point's id is its label in the scheme of its level, the
same in every language: a Chinese ``㈡`` (roman in the other versions) is
``point_ii``, an Arabic ``(ب)`` is ``subpara_b``. Paragraph numbers have no
ceiling (``para_1200``).

The corpus index pages have ids of their own, also public:

=====================  ==========================  =========================
page / entry           source                      id
=====================  ==========================  =========================
decisions: decision    COP ``第 2/6 号决定``         ``cop-dec-2-6``
decisions: resolution  COP ``第 7/1 号决议``         ``cop-res-7-1``
decisions: GA, CCPCJ   ``大会第 55/25 号决议``        ``ga-res-55-25``, ``ccpcj-res-26-3``
documents: symbol      ``CTOC/COP/WG.2/2012/1``    ``doc-ctoc-cop-wg-2-2012-1``
timeline: year         2012                        ``y2012``
timeline: meeting      a report of the corpus      ``meeting-2012-10-17``
timeline: event        a dated event in the text   ``event-<key>`` (see index)
participants: country  ``澳大利亚``                  ``australia`` (English name)
=====================  ==========================  =========================

Decisions and resolutions of one body are numbered separately by session
(the COP adopted both decision 5/1 and resolution 5/1), hence ``dec``/``res``.
"""
from __future__ import annotations

import re
import unicodedata

CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
#: Arabic subparagraph letters in the order UN Arabic texts letter them
#: (the abjad order), each the Latin letter of the same place: ``(ب)`` is ``(b)``.
ARABIC_ORDER = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن",
                "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض")
ARABIC_LETTERS = dict(zip(ARABIC_ORDER, "abcdefghijklmnopqrstuvwxyz"))
ARABIC_LETTERS["ه"] = "e"  # هـ without its tatweel


def clean_number(text: str) -> str:
    """Canonical form of a printed number or letter: ``（ａ）`` → ``a``, ``１２`` → ``12``,
    ``四`` → ``4``, ``十二`` → ``12``, ``IV`` → ``4`` (for chapters), ``B`` → ``b``."""
    text = unicodedata.normalize("NFKC", text).strip().strip("().、 ")
    if not text:
        raise ValueError("empty number")
    if text.isdigit():
        return str(int(text))
    if all(c in CJK_DIGITS or c == "十" for c in text):
        return str(cjk_to_int(text))
    if text in ARABIC_LETTERS:
        return ARABIC_LETTERS[text]
    return text.lower()


def cjk_to_int(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23."""
    if "十" in text:
        tens, _, units = text.partition("十")
        return (CJK_DIGITS[tens] if tens else 1) * 10 + (CJK_DIGITS[units] if units else 0)
    value = 0
    for char in text:
        value = value * 10 + CJK_DIGITS[char]
    return value


def roman_to_int(text: str) -> int:
    total, previous = 0, 0
    for char in reversed(text.upper()):
        value = ROMAN[char]
        total += -value if value < previous else value
        previous = max(previous, value)
    return total


def int_to_roman(value: int) -> str:
    """4 → ``iv``, 12 → ``xii`` (lower case, as list labels print them)."""
    out = ""
    for amount, numeral in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                            (5, "v"), (4, "iv"), (1, "i")):
        while value >= amount:
            out += numeral
            value -= amount
    return out


def paragraph(number: int) -> str:
    return f"para_{number}"


def unnumbered_paragraph(ordinal: int) -> str:
    return f"para_nn_{ordinal}"


def subparagraph(parent: str, letter: str) -> str:
    return f"{parent}__subpara_{clean_number(letter)}"


def numeral_subparagraph(parent: str, numeral: str) -> str:
    """``（二）`` (a CJK numeral) is subparagraph 2: the numeral as a number,
    which no lettered subparagraph (``subpara_a``) can take."""
    return subparagraph(parent, str(cjk_to_int(numeral)))


def point(parent: str, count: int, scheme: str) -> str:
    """The `count`-th point of a list level below `parent`: ``point_ii`` where
    the level counts in roman numerals (or CJK ones, which stand for them),
    ``point_b`` where it counts in letters (`parse.lists`)."""
    return f"{parent}__point_{letters(count) if scheme == 'alpha' else int_to_roman(count)}"


def letters(count: int) -> str:
    """The `count`-th list letter: ``a`` … ``z``, then ``aa``, ``bb`` …"""
    return chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)


def item(parent: str, number: str) -> str:
    return f"{parent}__item_{clean_number(number)}"


def recommendation(number: str) -> str:
    return f"rec_{clean_number(number)}"


def footnote(mark: str, star_ordinal: int = 0) -> str:
    if mark.startswith("*"):
        return f"fn_star_{star_ordinal}"
    return f"fn_{clean_number(mark)}"


def chapter(number: str) -> str:
    return f"chp_{clean_number(number)}"


def section(parent: str, letter: str) -> str:
    return f"{parent}__sec_{clean_number(letter)}" if parent else f"sec_{clean_number(letter)}"


def subsection(parent: str, number: str) -> str:
    return f"{parent}__subsec_{clean_number(number)}" if parent else f"subsec_{clean_number(number)}"


def unnumbered_heading(parent: str, ordinal: int) -> str:
    return f"{parent}__hcontainer_{ordinal}" if parent else f"hcontainer_{ordinal}"


def annex(ordinal: int) -> str:
    return f"annex_{ordinal}"


def annex_row(parent: str, ordinal: int) -> str:
    return f"{parent}__row_{ordinal}"


_VALID = re.compile(r"^[a-z][a-z0-9_]*$")


def in_paragraph(eid: str) -> bool:
    """Whether `eid` is a paragraph's or an item's inside one (``para_3``,
    ``rec_2``, ``para_3__subpara_a``), not a heading's, a footnote's or an
    annex row's."""
    return eid.startswith(("para_", "rec_"))


def is_valid(eid: str) -> bool:
    """An id is lower-case ASCII letters, digits and underscores."""
    return bool(_VALID.match(eid))


DECISION_KINDS = {"决定": "dec", "决议": "res"}


def decision(body: str, kind: str, session: int, number: int) -> str:
    """``cop``, ``决定``, 2, 6 → ``cop-dec-2-6``; kind may be ``dec``/``res``."""
    return f"{body}-{DECISION_KINDS.get(kind, kind)}-{session}-{number}"


def document(symbol: str) -> str:
    """``CTOC/COP/WG.2/2012/1`` → ``doc-ctoc-cop-wg-2-2012-1``."""
    return "doc-" + re.sub(r"[^a-z0-9]+", "-", symbol.lower()).strip("-")


def article(number: str) -> str:
    """Article 31 of the Convention → ``article-31`` (the articles page)."""
    return f"article-{number}"


def year(value: int) -> str:
    return f"y{value}"


def meeting(slug: str) -> str:
    return f"meeting-{slug}"


def event(key: str) -> str:
    return "event-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
