"""Mentions in Spanish reports, with the same keys as the Chinese, English
and French ones: «decisión 2/6» is ``cop-dec-2-6`` like ``第 2/6 号决定``.

- decisions: ``decisión 2/6``, ``decisiones 2/6 y 4/3`` (one span per
  number), ``resolución 5/7, titulada “…”``. Spanish names the body after
  the number, as French does: ``resolución 55/25 de la Asamblea General``,
  ``resolución 26/3 de la Comisión de Prevención del Delito y Justicia
  Penal``, ``resolución 6/4 aprobada por la Conferencia``; else a body named
  before (``la Conferencia, en su decisión 4/3``); else the Conference of the
  Parties.
- dates: ``17 y 18 de octubre de 2012``, ``del 28 al 31 de mayo de 2018``
  (the span is ``28 al 31 de mayo de 2018``), ``30 de mayo al 2 de junio de
  2023``, ``octubre de 2012``; month names and ordinals are the Spanish
  profile's. A year alone is no date.
- articles of the Convention: ``artículo 31, párrafo 5, de la Convención``,
  ``artículos 24 a 26 de la Convención`` (one span per number); not the
  Convención contra la Corrupción.
- participants: lists after ``siguientes …:`` in sentences about
  attendance or statements, split on commas and «y»; the names are those the
  Spanish pages print (``data/names/es.json``, else the English ones).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from ..languages import profile
from ..model import Mention, Report
from .base import (Attendance, Element, MentionRules, article_rule, date_mention, decision_mentions, nearest_body,
                   participants, period, sentence_at, word_list_items, word_names)

ES = profile("es")
_N = r"\d{1,3}\s*/\s*\d{1,3}"
DECISION = re.compile(
    rf"\b(?P<kind>[Dd]ecisi(?:ón|ones)|[Rr]esoluci(?:ón|ones))\s+"
    rf"(?P<nums>{_N}(?:(?:\s*,\s*(?:y\s+)?|\s+y\s+){_N})*)")
KINDS = {"decisión": "dec", "decisiones": "dec", "resolución": "res", "resoluciones": "res"}
BODIES = {"Comisión de Prevención del Delito y Justicia Penal": "ccpcj",
          "Conferencia": "cop", "Asamblea General": "ga"}
BODY_MARKERS = tuple(BODIES.items())
#: The body right after the number(s): «de la Conferencia», «aprobada por la Asamblea General».
BODY_AFTER = re.compile(
    r"^\s*,?\s*(?:de\s+|aprobad[ao]s?\s+por\s+)la\s+(?P<body>" + "|".join(BODIES) + ")")
#: A body named before counts only for «su/sus decisión(es)» (its decision).
POSSESSIVE = re.compile(r"\b(?:su|sus)\s+$")
QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
TITLE_AFTER = re.compile(r"^\s*,?\s*titulad[ao]s?\s*[«“\"]\s*(?P<t>[^«»“”\"]+?)\s*[»”\"]")
TITLE_BEFORE = re.compile(r"titulad[ao]s?\s*[«“\"]\s*(?P<t>[^«»“”\"]+?)\s*[»”\"]\s*,?\s*$")
#: A sentence: up to a full stop before a capital (or the end), or a semicolon.
SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s+[A-ZÁÉÍÓÚÑ¿¡«“\"(]|\s*$)|;|$)", re.S)

_MONTH = "|".join(ES.months)
#: "17 y 18 de octubre de 2012", "28 al 31 de mayo de 2018", "30 de mayo al
#: 2 de junio de 2023", "18 de octubre de 2012", "octubre de 2012".
DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<d>\d{{1,2}})(?:\s+de\s+(?P<m1>{_MONTH}))?"
    rf"(?:\s*(?:y|al|a|-|–)\s*(?P<d2>\d{{1,2}}))?\s+de\s+)?(?P<m>{_MONTH})\s+de\s+(?P<y>\d{{4}})(?![\d/])",
    re.IGNORECASE)
ORDINALS = {w: i for i, w in enumerate(ES.ordinals, 1)}
COP_SESSION = re.compile(
    rf"\b(?P<n>{'|'.join(sorted(ORDINALS, key=len, reverse=True))}) período de sesiones de la Conferencia")
#: A clause saying a meeting was held («celebró una reunión», «celebrada el …»).
HELD = re.compile(r"\b(?:celebr(?:ó|aron|ad[ao]s?|ará|ar)|tuvo lugar)\b")
ARTICLE_NUMBER = re.compile(r"\d{1,3}")
_LIST = r"(?:\s*,\s*(?:y\s+)?|\s+(?:y|a)\s+|\s*[-–]\s*)"
ARTICLE = re.compile(
    rf"\b[Aa]rtículos?\s+(?P<nums>\d{{1,3}}(?:{_LIST}\d{{1,3}})*)"
    rf"(?:\s*,\s*(?:párrafos?|apartados?|incisos?)\s+\d{{1,3}}(?:\s*[a-z]\))?(?:{_LIST}\d{{1,3}}(?:\s*[a-z]\))?)*\s*,)?"
    r"\s+de\s+la\s+Convención\b(?!\s+(?:de\s+las\s+Naciones\s+Unidas\s+)?contra\s+la\s+Corrupción)"
    r"(?:\s+(?:de\s+las\s+Naciones\s+Unidas\s+)?contra\s+la\s+Delincuencia\s+Organizada(?:\s+Transnacional)?)?")
PARTICIPATION = re.compile(
    r"\b(?:declaraci(?:ón|ones)|representad[oa]s?|participaron|asistieron|uso de la palabra)\b")


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
        m = ES.month_number(match["m"])
        first = ES.month_number(match["m1"]) if match["m1"] and match["d2"] else m
        parsed = period(int(match["y"]), first, int(match["d"]) if match["d"] else None,
                        m, int(match["d2"]) if match["d2"] else None)
        if parsed is None:
            continue
        start, end, precision = parsed
        yield date_mention(element, match, start, end, precision, _event(element, report, match, start, end))


def _event(element: Element, report: Report, match: re.Match,
           start: dt.date, end: dt.date) -> tuple[str, str]:
    """As in English and French: a session of the Conference named after the
    date («el sexto período de sesiones de la Conferencia»); the report's own
    meeting (the clause says a meeting was held by the working group, and the
    dates overlap it or the paragraph stands under the «duración» heading);
    anything else held. Else none."""
    s_start, sentence = sentence_at(SENTENCE, element.text, match.start())
    after = element.text[match.end():s_start + len(sentence)]
    clause_start = max(element.text.rfind(",", s_start, match.start()) + 1, s_start)
    comma = element.text.find(",", match.end(), s_start + len(sentence))
    clause = element.text[clause_start:comma if comma >= 0 else s_start + len(sentence)]
    held = bool(HELD.search(clause))
    cop = COP_SESSION.search(after)
    if cop and not held:
        return f"{cop['n']} período de sesiones de la Conferencia de las Partes", f"cop-session-{ORDINALS[cop['n']]}"
    m = report.meeting
    overlaps = start <= m.end and m.start <= end
    if held and "reunión" in clause and re.search(r"[Gg]rupo de [Tt]rabajo", clause) and (
            overlaps or "duración" in element.heading):
        return report.title, f"meeting-{report.slug}"
    if held:
        label = re.sub(r"\s+", " ", clause).strip(",.; ")[:60]
        return label, f"{report.slug}-{element.id}-{match.start()}"
    return "", ""


# -- participants ----------------------------------------------------------------
def is_participation(element: Element) -> bool:
    return bool(PARTICIPATION.search(element.text)) and (
        "articipación" in element.heading or "siguiente" in element.text)


ATTENDANCE = Attendance("es", SENTENCE, PARTICIPATION, re.compile(r"declaraci|uso de la palabra"), ":",
                        re.compile("siguiente"), re.compile("organizaci|institución"),
                        word_list_items("es", "y"), lambda: word_names("es"))

RULES = MentionRules(decisions, dates, is_participation,
                     lambda element, report: participants(ATTENDANCE, element, report),
                     article_rule(ARTICLE, ARTICLE_NUMBER))
