"""A language's mention rules, made from the ``mentions:`` section of its
file (``profiles/<code>.yml``): the same rules for every language, each
reading the language's words.

- ``decisions``: a reference (``pattern``: groups ``kind``, ``nums`` and,
  where the language names the body inside it, ``body``) is a decision when
  its word starts with ``decision_word``, else a resolution. Its body is the
  one named in it, else right after it (``body_after``: group ``body``), else
  the nearest one named before it in the sentence when the text before ends
  with ``body_before`` (empty: always), else the Conference of the Parties.
  Bodies are named by the words of ``bodies`` (word → key, tried in order;
  ``{bodies}`` in a pattern stands for them). ``title_after`` and
  ``title_before`` find a title (group ``t``).
- ``dates``: ``pattern`` with groups ``y``, ``m`` and, where the date has
  them, ``d``, ``d2``, ``m1`` (the month of the first day of a range) and
  ``m2``; a month is a number or the month whose name or stem
  (``month_stems``, by default the profile's ``months``) it starts with.
  What event a date is of is the ``event`` hook's (`events.EVENTS`), which
  reads its own words from the section.
- ``articles``: ``pattern`` (group ``nums``) and the article ``number``.
- ``participants``: sentences with ``verbs`` under a heading matching
  ``heading`` or with ``intro`` (`base.Attendance` for the rest); the names
  of a list are cut by the ``list`` style (`lists.LIST_STYLES`).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..language_files import Section, alternatives
from ..languages import LanguageProfile, profile
from ..model import Mention, Report
from .base import (Attendance, Element, MentionRules, article_rule, date_mention, decision_mentions,
                   nearest_body, participants, period, sentence_at)
from .events import EVENTS
from .lists import LIST_STYLES

#: What never matches: the default of a pattern a language does not need.
NEVER = "(?!)"
#: Any text: the default sentence (a language that reads no context).
ALL = r"(?s).+"
#: One decision or resolution number as references print it (``{number}``).
NUMBER = r"\d{1,3}\s*/\s*\d{1,3}"


def rules(code: str, file: Section) -> Optional[MentionRules]:
    """The mention rules of the language of `file`; None when it has no
    ``mentions:`` section (only document symbols are read then)."""
    if "mentions" not in file.data:
        return None
    section = file.section("mentions")
    section.check_keys((), ("sentence", "quoted", "marks", "bodies", "decisions", "dates", "articles",
                            "participants"))
    bodies = section.pairs("bodies")
    marks = section.text("marks", "")
    if marks:
        section.pattern("marks", wrap="[{}]")
    section = file.section("mentions", (("bodies", alternatives((re.escape(b) for b, _ in bodies), True)),
                                        ("number", NUMBER), ("marks", f"[{marks}]*" if marks else "")))
    return MentionRules(_decisions(section, bodies), _dates(section, profile(code)), *_participants(code, section),
                        _articles(section))


# -- decisions -----------------------------------------------------------------
def _decisions(section: Section, bodies: tuple):
    words = section.section("decisions")
    if not words.data:
        return lambda element: iter(())
    words.check_keys(("pattern", "decision_word"),
                     ("pattern", "decision_word", "body_after", "body_before", "title_after", "title_before"))
    pattern = words.pattern("pattern")
    decision_word = words.text("decision_word").lower()
    body_after = words.pattern("body_after", NEVER)
    body_before = words.pattern("body_before", NEVER)
    title_after, title_before = words.pattern("title_after", NEVER), words.pattern("title_before", NEVER)
    sentence, quoted = section.pattern("sentence", ALL), section.pattern("quoted", NEVER)

    def body_of(named: str) -> str:
        return next((key for word, key in bodies if word in named), "cop")

    def decisions(element: Element) -> Iterator[Mention]:
        text = element.text
        for match in pattern.finditer(text):
            start, _ = sentence_at(sentence, text, match.start())
            before, after = text[start:match.start()], text[match.end():]
            named = body_after.match(after)
            if match.groupdict().get("body"):
                body = body_of(match["body"])
            elif named:
                body = body_of(named["body"])
                after = after[named.end():]
            elif body_before.search(before):
                body = nearest_body(before, quoted, bodies)
            else:
                body = "cop"
            title = title_after.search(after) or title_before.search(before)
            kind = "dec" if match["kind"].lower().startswith(decision_word) else "res"
            yield from decision_mentions(element, match, body, kind, title["t"] if title else "")
    return decisions


# -- dates -----------------------------------------------------------------------
def _dates(section: Section, language: LanguageProfile):
    words = section.section("dates")
    if not words.data:
        return lambda element, report: iter(())
    hook = words.text("event", "none")
    if hook not in EVENTS:
        raise words.fail("event", f"the name of an event hook ({', '.join(EVENTS)})", repr(hook))
    event = EVENTS[hook](words, section, language)
    words.check_keys(("pattern",), {"pattern", "month_stems", "event", *event.keys})
    pattern = words.pattern("pattern")
    stems = [stem.lower() for stem in words.strings("month_stems", language.months)]

    def month(name: Optional[str]) -> Optional[int]:
        if not name:
            return None
        if name.isdigit():
            return int(name)
        lowered = name.lower()
        return next(i for i, stem in enumerate(stems, 1) if lowered.startswith(stem))

    def dates(element: Element, report: Report) -> Iterator[Mention]:
        for match in pattern.finditer(element.text):
            found = match.groupdict()
            m = month(found.get("m"))
            first = month(found["m1"]) if found.get("m1") and found.get("d2") else m
            parsed = period(int(found["y"]), first, _int(found.get("d")), month(found.get("m2")) or m,
                            _int(found.get("d2")))
            if parsed is None:
                continue
            start, end, precision = parsed
            yield date_mention(element, match, start, end, precision, event(element, report, match, start, end))
    return dates


def _int(text: Optional[str]) -> Optional[int]:
    return int(text) if text else None


# -- articles of the Convention ------------------------------------------------------
def _articles(section: Section):
    words = section.section("articles")
    if not words.data:
        return lambda element: iter(())
    words.check_keys(("pattern", "number"), ("pattern", "number"))
    return article_rule(words.pattern("pattern"), words.pattern("number"))


# -- participants ----------------------------------------------------------------
def _participants(code: str, section: Section):
    words = section.section("participants")
    if not words.data:
        return (lambda element: False), (lambda element, report: iter(()))
    keys = ("verbs", "spoke", "heading", "intro", "organisations", "colon", "list", "conjunction")
    words.check_keys(keys, (*keys, "min_unknown"))
    style = words.text("list")
    if style not in LIST_STYLES:
        raise words.fail("list", f"a list style ({', '.join(LIST_STYLES)})", repr(style))
    items, names = LIST_STYLES[style](code, words.text("conjunction"))
    verbs, heading, intro = words.pattern("verbs"), words.pattern("heading"), words.pattern("intro")
    attendance = Attendance(code, section.pattern("sentence", ALL), verbs, words.pattern("spoke"),
                            words.text("colon"), intro, words.pattern("organisations"), items, names,
                            words.value("min_unknown", int, 1))

    def is_participation(element: Element) -> bool:
        return bool(verbs.search(element.text)) and bool(heading.search(element.heading) or
                                                         intro.search(element.text))
    return is_participation, lambda element, report: participants(attendance, element, report)
