"""What the mention rules of every language share.

Where mentions can be (`Element`, `elements`), how found mentions become
spans (`add`), the one kind no language changes (document symbols), the
names of participants per language (`names`), and the skeletons a language
fills in with its own words: sentences, the numbers of a decision reference,
the period a date names, lists of names after a colon (`participants`;
cut into items by a style of lists.py). A language's rules are a
`MentionRules`, made from its file by `rules`.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Optional

from .. import ids
from ..model import Heading, Mention, Paragraph, Report, Span, Finding
from ..patterns import DECISION_NUMBER, SYMBOL_IN_TEXT
from ..names import name as name_in, other_forms

DATA = Path(__file__).parent.parent / "data"

#: One decision number, ``2/6``.
NUMBER = DECISION_NUMBER
SYMBOL = SYMBOL_IN_TEXT


@dataclass
class Element:
    """A text that can hold mentions, and where its spans go."""

    id: str
    line: int
    text: str
    spans: Optional[list]  # None: the text has no spans (annex cells)
    heading: str  # text of the heading it stands under
    field: str = "text"


@dataclass(frozen=True)
class MentionRules:
    """How one language writes what `find_mentions` looks for."""

    decisions: Callable[[Element], Iterator[Mention]]
    dates: Callable[[Element, Report], Iterator[Mention]]
    is_participation: Callable[[Element], bool]
    participants: Callable[[Element, Report], Iterator[Mention]]
    articles: Callable[[Element], Iterator[Mention]]


@lru_cache(maxsize=None)
def names(language: str) -> dict[str, dict]:
    """Every country and organisation name (and variant) in `language` → its
    record. The name is the one the pages of `language` print (`names.name`:
    the record's, ``data/names/<code>.json``'s, else the profile's fallback),
    so a French report is read with the names the French pages use.
    countries.json keeps the variants of a language's names under
    ``variants_<code>``; ``data/names/<code>.json`` the other case forms of
    a language that declines them (``country_forms``: Russian ``Германии``)."""
    data = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    variants = f"variants_{language}"
    forms = other_forms("country", language)
    out: dict[str, dict] = {}
    for kind, records in (("country", data["countries"]), ("organisation", data["organisations"])):
        for record in records:
            for name in [name_in("countries", record["key"], language), *record.get(variants, []),
                         *forms.get(record["key"], [])]:
                out[name] = {**record, "kind": kind}
    return out


# -- where mentions can be ---------------------------------------------------
def elements(report: Report) -> Iterator[Element]:
    headings = {h.id: h.text for h in report.headings}
    for block in report.blocks:
        if isinstance(block, Heading):
            yield Element(block.id, block.line, block.text, block.spans, block.text)
        elif isinstance(block, Paragraph):
            for sub in block.blocks():
                yield Element(sub.id, sub.line, sub.text, sub.spans, headings.get(block.heading, ""))
        else:  # Annex
            for row in block.rows:
                yield Element(row.id, row.line, row.symbol, None, block.title, "symbol")
                yield Element(row.id, row.line, row.title, None, block.title, "title")
    for note in report.footnotes:
        yield Element(note.id, note.line, note.text, note.spans, "")


def add(report: Report, element: Element, found: list[Mention]) -> None:
    """Keep mentions that overlap nothing kept before; add their spans."""
    taken: list[tuple[int, int]] = []
    spans = element.spans if element.spans is not None else []
    footnotes = [s.start for s in spans if s.kind == "footnote"]
    strong = [(s.start, s.end) for s in spans if s.kind == "strong"]
    for mention in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        a, b = mention.start, mention.end
        if any(a < e and s < b for s, e in taken) or any(a <= p < b for p in footnotes):
            continue
        if any(a < e and s < b and not (s <= a and b <= e) for s, e in strong):
            continue
        taken.append((a, b))
        mention.field = element.field
        report.mentions.append(mention)
        if element.spans is not None:
            spans.append(Span(a, b, "mention", f"{mention.kind}:{mention.key}"))
    if element.spans is not None:
        spans.sort(key=lambda s: (s.start, s.end))


# -- sentences -----------------------------------------------------------------
def sentences(pattern: re.Pattern, text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for each match of a language's sentence pattern."""
    for match in pattern.finditer(text):
        yield match.start(), match.group()


def sentence_at(pattern: re.Pattern, text: str, index: int) -> tuple[int, str]:
    """The sentence (or clause, by `pattern`) holding `index`."""
    for start, sentence in sentences(pattern, text):
        if start <= index < start + len(sentence):
            return start, sentence
    return 0, text


# -- decisions -----------------------------------------------------------------
def nearest_body(before: str, quoted: re.Pattern, markers: tuple[tuple[str, str], ...]) -> str:
    """The body named nearest before a number (quoted titles do not count);
    none named: the Conference of the Parties, whose working groups write
    these reports."""
    plain = quoted.sub(lambda m: "\0" * len(m.group()), before)
    best, where = "cop", -1
    for marker, body in markers:
        k = plain.rfind(marker)
        if k > where:
            best, where = body, k
    return best


def decision_mentions(element: Element, match: re.Match, body: str, kind: str,
                      title: str) -> Iterator[Mention]:
    """The decisions of one reference (group ``nums`` of `match`): the whole
    reference when it has one number (with its title), else each number alone."""
    numbers = list(NUMBER.finditer(match.group(), match.start("nums") - match.start()))
    for number in numbers:
        key = ids.decision(body, kind, int(number["s"]), int(number["n"]))
        if len(numbers) == 1:
            a, b = match.start(), match.end()
        else:
            a, b = match.start() + number.start(), match.start() + number.end()
        yield Mention("decision", key, element.text[a:b], element.id, element.line, a, b,
                      title=title if len(numbers) == 1 else "")


# -- articles of the Convention ------------------------------------------------------
def article_rule(pattern: re.Pattern, number: re.Pattern) -> Callable[[Element], Iterator[Mention]]:
    """A language's `MentionRules.articles`: each reference `pattern` finds,
    its article numbers read with `number`."""
    def articles(element: Element) -> Iterator[Mention]:
        for match in pattern.finditer(element.text):
            yield from article_mentions(element, match, number)
    return articles


def article_mentions(element: Element, match: re.Match, number: re.Pattern) -> Iterator[Mention]:
    """The articles of one reference (each `number` in group ``nums`` of
    `match`), keyed by the article number in ASCII digits (``三十二`` → ``32``):
    the whole reference when it names one article, else each number alone
    (``articles 24 to 26``: 24 and 26, the numbers printed)."""
    offset = match.start()
    numbers = list(number.finditer(match.group(), match.start("nums") - offset, match.end("nums") - offset))
    for found in numbers:
        if len(numbers) == 1:
            a, b = match.start(), match.end()
        else:
            a, b = offset + found.start(), offset + found.end()
        yield Mention("article", ids.clean_number(found.group()), element.text[a:b], element.id,
                      element.line, a, b)


# -- documents (the same in every language) -----------------------------------
def documents(element: Element) -> Iterator[Mention]:
    for match in SYMBOL.finditer(element.text):
        raw = match.group().rstrip(".")
        key = re.sub(r"\s+", "", raw)
        described = ""
        if element.text[match.start() - 1:match.start()] in "（(" and match.start():
            head = element.text[:match.start() - 1]
            described = re.split(r"[，。；：]", head)[-1].strip()
        yield Mention("document", key, raw, element.id, element.line, match.start(),
                      match.start() + len(raw), title=described[-80:])


# -- dates -----------------------------------------------------------------------
def period(y: int, m: Optional[int], d: Optional[int], m2: Optional[int] = None,
           d2: Optional[int] = None) -> Optional[tuple[dt.date, dt.date, str]]:
    """First and last day a date names, and its precision: a year (no month),
    a month (no day), a day or a range of days (to `d2` of month `m2`, by
    default `m`). None for a date that does not exist."""
    try:
        if m is None:
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if d is None:
            return dt.date(y, m, 1), dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1), "month"
        start = dt.date(y, m, d)
        end = dt.date(y, m if m2 is None else m2, d2) if d2 is not None else start
        return start, max(start, end), "day"
    except ValueError:
        return None


def date_mention(element: Element, match: re.Match, start: dt.date, end: dt.date, precision: str,
                 event: tuple[str, str]) -> Mention:
    return Mention("date", start.isoformat(), match.group(), element.id, element.line,
                   match.start(), match.end(), date_end=end.isoformat() if end != start else "",
                   precision=precision, event=event[0], event_key=event[1])


# -- participants ----------------------------------------------------------------
@dataclass(frozen=True)
class Attendance:
    """How a language writes who attended or spoke, and lists of them."""

    language: str
    sentence: re.Pattern  # one sentence of a text
    verbs: re.Pattern  # a sentence about attendance or speakers
    spoke: re.Pattern  # … about speakers
    colon: str
    intro: re.Pattern  # before the colon: a list of names follows
    organisations: re.Pattern  # before the colon: a list of organisations
    items: Callable[[str, int], Iterator[tuple[int, str]]]  # the list's names
    pattern: Callable[[], re.Pattern]  # any known name, in a sentence without a list
    #: Unknown list items shorter than this are no warning (a stray character).
    min_unknown: int = 1


def participants(words: Attendance, element: Element, report: Report) -> Iterator[Mention]:
    """Countries and organisations of the sentences about attendance: the
    items of a list after the colon (an unknown one is a warning), else any
    known name in the sentence."""
    known = names(words.language)
    for s_start, sentence in sentences(words.sentence, element.text):
        if not words.verbs.search(sentence):
            continue
        role = "spoke" if words.spoke.search(sentence) else "attended"
        colon = sentence.find(words.colon)
        if colon >= 0 and words.intro.search(sentence[:colon]):
            organisations = bool(words.organisations.search(sentence[:colon]))
            for a, name in words.items(sentence, colon + 1):
                a += s_start
                record = known.get(name)
                if record is None:
                    if len(name) >= words.min_unknown:
                        code = "organisation-unknown" if organisations else "country-unknown"
                        report.warnings.append(Finding(
                            element.line, f"'{name}' in the list of {element.id} is not a recognisable "
                                          f"{'organisation' if organisations else 'country'} name",
                            code, element.id))
                    continue
                yield Mention(record["kind"], record["key"], name, element.id, element.line,
                              a, a + len(name), role=role)
        else:
            for found in words.pattern().finditer(sentence):
                record = known[found.group()]
                a = s_start + found.start()
                yield Mention(record["kind"], record["key"], found.group(), element.id, element.line,
                              a, a + len(found.group()), role=role)
