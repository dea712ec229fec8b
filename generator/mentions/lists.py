"""Lists of names (the participants of a meeting) cut into items, in the
styles a language's file names (``participants: list:``): `LIST_STYLES`.

Each style gives the items of a list that follows a colon and a pattern of
every known name (for sentences without a list)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from ..patterns import LIST_PLACEHOLDER
from .base import names


def list_items(sentence: str, offset: int, *, end: Callable[[str], str], separator: str,
               conjunction: str, known: Callable[[str], bool],
               before: Callable[[int, str], tuple[int, str]] = lambda a, t: (a, t),
               after: Callable[[int, str], tuple[int, str]] = lambda a, t: (a, t)) -> Iterator[tuple[int, str]]:
    """(offset, name) of each item of a list ``A, B, C and D.`` starting at
    `offset`: the text up to `end` (which strips the closing punctuation) is
    cut at each `separator` character, each piece tidied by `before`; a piece
    with the `conjunction` in it that is no known name (Trinidad and Tobago
    stays whole) is cut at it, preferring a cut between two known names, then
    one after a known name, else the last; each part is tidied by `after`."""
    body = sentence[offset:]
    stop = len(end(body))
    for piece in re.finditer(rf"[^{separator}]+", body[:stop]):
        start, text = before(offset + piece.start(), piece.group())
        parts = [(start, text)]
        if conjunction in text and not known(text):
            width = len(conjunction)
            cuts = [m.start() for m in re.finditer(re.escape(conjunction), text)]
            good = [k for k in cuts if known(text[:k]) and known(text[k + width:])] or \
                [k for k in cuts if known(text[:k])] or cuts[-1:]
            k = good[0]
            parts = [(start, text[:k]), (start + k + width, text[k + width:])]
        for a, part in parts:
            a, part = after(a, part)
            if part:
                yield a, part


# -- lists of names in languages that write words between spaces ----------------------
@lru_cache(maxsize=None)
def word_names(language: str) -> re.Pattern:
    """Every country and organisation name of `language`, longest first, as
    whole words."""
    alternatives = "|".join(re.escape(n) for n in sorted(names(language), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def word_list_items(language: str, conjunction: str) -> Callable[[str, int], Iterator[tuple[int, str]]]:
    """`list_items` for ``A, B, C and D.`` (`conjunction`: ``and``, ``et``):
    an item loses its spaces and a leading conjunction; a known name with the
    conjunction in it (Trinidad and Tobago) stays whole."""
    lead_pattern = re.compile(rf"\s*(?:{conjunction}\s+)?")

    def lead(a: int, text: str) -> tuple[int, str]:
        n = lead_pattern.match(text).end()
        return a + n, text[n:].rstrip()

    def items(sentence: str, offset: int) -> Iterator[tuple[int, str]]:
        return list_items(sentence, offset, end=lambda body: body.rstrip().rstrip(".;").rstrip(), separator=",",
                          conjunction=f" {conjunction} ", known=lambda text: text in names(language), before=lead)
    return items


# -- lists of names in languages that write ideographs without spaces -----------------
@lru_cache(maxsize=None)
def ideographic_names(language: str) -> re.Pattern:
    """Every country and organisation name of `language`, longest first (no word boundaries)."""
    return re.compile("|".join(re.escape(n) for n in sorted(names(language), key=len, reverse=True)))


def ideographic_list_items(language: str, conjunction: str) -> Callable[[str, int], Iterator[tuple[int, str]]]:
    """`list_items` for ``A、B、C和D。``: items cut at the enumeration comma
    、 and at `conjunction`, without placeholders (``[……]``) and spaces; a
    known name with the conjunction in it (特立尼达和多巴哥) stays whole."""
    def known(text: str) -> bool:
        return LIST_PLACEHOLDER.sub("", text).strip() in names(language)

    def tidy(a: int, part: str) -> tuple[int, str]:
        clean = LIST_PLACEHOLDER.sub("", part)
        return a + (len(clean) - len(clean.lstrip())), clean.strip()

    def items(sentence: str, offset: int) -> Iterator[tuple[int, str]]:
        return list_items(sentence, offset, end=lambda body: body.rstrip("。；").rstrip(), separator="、",
                          conjunction=conjunction, known=known, after=tidy)
    return items


# -- lists of names whose conjunction is joined to the next name ----------------------
@lru_cache(maxsize=None)
def joined_names(language: str, conjunction: str) -> re.Pattern:
    """Every country and organisation name of `language`, longest first, as
    whole words, also with the `conjunction` joined before it (Arabic
    «وإسرائيل»; the match is the name alone)."""
    alternatives = "|".join(re.escape(n) for n in sorted(names(language), key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w-])|(?<=(?<![\w-]){re.escape(conjunction)}))(?:{alternatives})(?![\w-])")


def joined_list_items(language: str, conjunction: str) -> Callable[[str, int], Iterator[tuple[int, str]]]:
    """Items of ``A وB وC وD.``: cut at a comma (Arabic «،» or ``,``) and
    where the `conjunction` is written joined to the next word after a space;
    two neighbours whose join is a known name stay one item."""
    cut = re.compile(rf"\s*[،,]\s*(?:{re.escape(conjunction)}(?=\S))?|\s+{re.escape(conjunction)}(?=\S)")

    def items(sentence: str, offset: int) -> Iterator[tuple[int, str]]:
        body = sentence[offset:]
        stop = len(body.rstrip().rstrip(".;؛").rstrip())
        pieces, start = [], 0
        for match in cut.finditer(body, 0, stop):
            pieces.append((start, match.start()))
            start = match.end()
        pieces.append((start, stop))
        k = 0
        while k < len(pieces):
            a, b = pieces[k]
            if k + 1 < len(pieces) and body[a:pieces[k + 1][1]].strip() in names(language):
                b, k = pieces[k + 1][1], k + 1
            text = body[a:b]
            lead = len(text) - len(text.lstrip())
            if text.strip():
                yield offset + a + lead, text.strip()
            k += 1
    return items


#: How a language's lists of names are cut (``participants: list:`` in its
#: file): style → (language, conjunction) → (the list's items, any known name).
LIST_STYLES = {
    "words": lambda language, conjunction: (word_list_items(language, conjunction), lambda: word_names(language)),
    "ideographs": lambda language, conjunction: (ideographic_list_items(language, conjunction),
                                                 lambda: ideographic_names(language)),
    "joined": lambda language, conjunction: (joined_list_items(language, conjunction),
                                             lambda: joined_names(language, conjunction)),
}
