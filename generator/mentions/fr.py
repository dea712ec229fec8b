"""Mentions in French reports, with the same keys as the Chinese and English
ones: « décision 2/6 » is ``cop-dec-2-6`` like ``第 2/6 号决定``.

- decisions: ``décision 2/6``, ``décisions 2/6 et 4/3`` (one span per
  number), ``résolution 5/7, intitulée « … »``. French names the body after
  the number: ``résolution 55/25 de l’Assemblée générale``, ``résolution 26/3
  de la Commission pour la prévention du crime et la justice pénale``,
  ``résolution 6/4 adoptée par la Conférence``; else a body named before
  (``la Conférence, dans sa décision 4/3``); else the Conference of the Parties.
- dates: ``17 et 18 octobre 2012``, ``du 28 au 31 mai 2018`` (the span is
  ``28 au 31 mai 2018``), ``le 18 octobre 2012``, ``1er juin 2023``, ``du
  30 mai au 2 juin 2023``, ``octobre 2012``; month names and ordinals are the
  French profile's. A year alone is no date, as in English.
- articles of the Convention: ``article 31 de la Convention``, ``l’article
  32, paragraphes 4 et 5, de la Convention``, ``articles 24 à 26 de la
  Convention`` (one span per number); not the Convention contre la corruption.
- participants: lists after ``suivants :`` in sentences about attendance or
  statements, split on commas and « et »; the names are those the French
  pages print (``data/names/fr.json``, else the English ones).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from ..languages import profile
from ..model import Mention, Report
from .base import (Attendance, Element, MentionRules, article_rule, date_mention, decision_mentions, nearest_body,
                   participants, period, sentence_at, word_list_items, word_names)

FR = profile("fr")
_N = r"\d{1,3}\s*/\s*\d{1,3}"
DECISION = re.compile(
    rf"\b(?P<kind>[Dd]écisions?|[Rr]ésolutions?)\s+(?P<nums>{_N}(?:(?:\s*,\s*(?:et\s+)?|\s+et\s+){_N})*)")
KINDS = {"décision": "dec", "décisions": "dec", "résolution": "res", "résolutions": "res"}
BODIES = {"Commission pour la prévention du crime et la justice pénale": "ccpcj",
          "Conférence": "cop", "Assemblée générale": "ga"}
BODY_MARKERS = tuple(BODIES.items())
#: The body right after the number(s): « de la Conférence », « adoptée par l’Assemblée générale ».
BODY_AFTER = re.compile(
    r"^\s*(?:de\s+|adoptée?s?\s+par\s+)(?:la\s+|l[’']\s*)(?P<body>" + "|".join(BODIES) + ")")
#: A body named before counts only for « sa/ses décision(s) » (its decision).
POSSESSIVE = re.compile(r"\b(?:sa|ses)\s+$")
QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
TITLE_AFTER = re.compile(r"^\s*,?\s*intitulée?s?\s*[«“\"]\s*(?P<t>[^«»“”\"]+?)\s*[»”\"]")
TITLE_BEFORE = re.compile(r"intitulée?s?\s*[«“\"]\s*(?P<t>[^«»“”\"]+?)\s*[»”\"]\s*,?\s*$")
#: A sentence: up to a full stop before a capital (or the end), or a semicolon.
SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s+[A-ZÀ-ÖØ-Þ«“\"(]|\s*$)|;|$)", re.S)

_MONTH = "|".join(FR.months)
#: "17 et 18 octobre 2012", "28 au 31 mai 2018", "30 mai au 2 juin 2023",
#: "1er juin 2023", "octobre 2012" (a capital month at a sentence start too).
DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<d>\d{{1,2}})(?:er)?(?:\s+(?P<m1>{_MONTH}))?"
    rf"(?:\s*(?:au|et|-|–)\s*(?P<d2>\d{{1,2}})(?:er)?)?\s+)?(?P<m>{_MONTH})\s+(?P<y>\d{{4}})(?![\d/])",
    re.IGNORECASE)
ORDINALS = {w: i for i, w in enumerate(FR.ordinals, 1)}
COP_SESSION = re.compile(rf"\b(?P<n>{'|'.join(ORDINALS)}) session de la Conférence")
#: A clause saying a meeting was held (« a tenu une réunion », « tenue les … »).
HELD = re.compile(r"\b(?:tenue?s?|eu lieu)\b")
ARTICLE_NUMBER = re.compile(r"\d{1,3}")
_LIST = r"(?:\s*,\s*(?:et\s+)?|\s+(?:et|à)\s+|\s*[-–]\s*)"
ARTICLE = re.compile(
    rf"\b[Aa]rticles?\s+(?P<nums>\d{{1,3}}(?:er)?(?:{_LIST}\d{{1,3}})*)"
    rf"(?:\s*,\s*(?:sous-)?paragraphes?\s+\d{{1,3}}(?:\s*\([a-z]\))?(?:{_LIST}\d{{1,3}}(?:\s*\([a-z]\))?)*\s*,)?"
    r"\s+de\s+la\s+Convention\b(?!\s+(?:des\s+Nations\s+Unies\s+)?contre\s+la\s+corruption)"
    r"(?:\s+des\s+Nations\s+Unies\s+contre\s+la\s+criminalité\s+transnationale\s+organisée)?")
PARTICIPATION = re.compile(
    r"\b(?:déclarations?|représentée?s?|participé|assisté|pris la parole)\b")


# -- decisions -------------------------------------------------------------------
def decisions(element: Element) -> Iterator[Mention]:
    text = element.text
    for match in DECISION.finditer(text):
        start, _ = sentence_at(SENTENCE, text, match.start())
        before = text[start:match.start()]
        after = text[match.end():]
        named = BODY_AFTER.match(after)
        if named:
            body = BODIES[named["body"]]
            after = after[named.end():]
        elif POSSESSIVE.search(before):
            body = nearest_body(before, QUOTED, BODY_MARKERS)
        else:
            body = "cop"
        title_match = TITLE_AFTER.search(after) or TITLE_BEFORE.search(before)
        yield from decision_mentions(element, match, body, KINDS[match["kind"].lower()],
                                     title_match["t"] if title_match else "")


# -- dates -----------------------------------------------------------------------
def dates(element: Element, report: Report) -> Iterator[Mention]:
    for match in DATE.finditer(element.text):
        m = FR.month_number(match["m"])
        first = FR.month_number(match["m1"]) if match["m1"] and match["d2"] else m
        parsed = period(int(match["y"]), first, int(match["d"]) if match["d"] else None,
                        m, int(match["d2"]) if match["d2"] else None)
        if parsed is None:
            continue
        start, end, precision = parsed
        yield date_mention(element, match, start, end, precision, _event(element, report, match, start, end))


def _event(element: Element, report: Report, match: re.Match,
           start: dt.date, end: dt.date) -> tuple[str, str]:
    """As in English: a session of the Conference named after the date (« la
    sixième session de la Conférence »); the report's own meeting (the clause
    says a meeting was held, « tenu … réunion », by the working group, and the
    dates overlap it or the paragraph stands under the « durée » heading);
    anything else held. Else none."""
    s_start, sentence = sentence_at(SENTENCE, element.text, match.start())
    after = element.text[match.end():s_start + len(sentence)]
    clause_start = max(element.text.rfind(",", s_start, match.start()) + 1, s_start)
    comma = element.text.find(",", match.end(), s_start + len(sentence))
    clause = element.text[clause_start:comma if comma >= 0 else s_start + len(sentence)]
    held = bool(HELD.search(clause))
    cop = COP_SESSION.search(after)
    if cop and not held:
        return f"{cop['n']} session de la Conférence des Parties", f"cop-session-{ORDINALS[cop['n']]}"
    m = report.meeting
    overlaps = start <= m.end and m.start <= end
    if held and "réunion" in clause and re.search(r"[Gg]roupe de travail", clause) and (
            overlaps or "durée" in element.heading):
        return report.title, f"meeting-{report.slug}"
    if held:
        label = re.sub(r"\s+", " ", clause).strip(",.; ")[:60]
        return label, f"{report.slug}-{element.id}-{match.start()}"
    return "", ""


# -- participants ----------------------------------------------------------------
def is_participation(element: Element) -> bool:
    return bool(PARTICIPATION.search(element.text)) and (
        "articipation" in element.heading or "suivant" in element.text)


ATTENDANCE = Attendance("fr", SENTENCE, PARTICIPATION, re.compile(r"déclaration|pris la parole"), ":",
                        re.compile("suivant"), re.compile("organisation|institution"), word_list_items("fr", "et"),
                        lambda: word_names("fr"))

RULES = MentionRules(decisions, dates, is_participation,
                     lambda element, report: participants(ATTENDANCE, element, report),
                     article_rule(ARTICLE, ARTICLE_NUMBER))
