"""Mentions in Russian reports, with the same keys as the other languages:
«решение 2/6» is ``cop-dec-2-6`` like ``第 2/6 号决定``.

Russian declines its nouns, so every pattern takes the case forms a text
uses: ``решение 2/6``, ``в соответствии с решением 2/6``, ``в своей
резолюции 5/7``, ``решения 2/6 и 4/3`` (one span per number).

- decisions: the body named after the number in the genitive
  (``резолюция 55/25 Генеральной Ассамблеи``, ``решением 2/6 Конференции
  участников``) or by whom it was adopted (``резолюции 6/4, принятой
  Конференцией``); else a body named before (``Конференция в своем решении
  4/3``); else the Conference of the Parties; ``озаглавленной «…»`` is the title.
- dates: ``17 и 18 октября 2012 года``, ``с 28 по 31 мая 2018 года`` (the span
  is ``28 по 31 мая 2018 года``), ``27–29 июня 2012 года``, ``30 мая – 2 июня
  2023 года``, ``в октябре 2012 года``. A year alone is no date.
- articles of the Convention: ``статья 18 Конвенции``, ``пункт 13 статьи 18
  Конвенции об организованной преступности``, ``статьи 24–26 Конвенции`` (one
  span per number); not the Конвенция против коррупции.
- participants: lists after ``следующих …:`` in sentences about attendance
  or statements, split on commas and «и»; the names are those of
  ``data/names/ru.json`` with their case forms (``country_forms``: the
  genitive of ``представители следующих государств: Австралии, …``).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from ..languages import profile
from ..model import Mention, Report
from .base import (Attendance, Element, MentionRules, article_rule, date_mention, decision_mentions, nearest_body,
                   participants, period, sentence_at, word_list_items, word_names)

RU = profile("ru")
_N = r"\d{1,3}\s*/\s*\d{1,3}"
DECISION = re.compile(
    rf"(?<!\w)(?P<kind>[Рр]ешени(?:е|я|ю|ем|и|й|ям|ями|ях)|[Рр]езолюци(?:я|и|ю|ей|ею|й|ям|ями|ях))\s+"
    rf"(?P<nums>{_N}(?:(?:\s*,\s*(?:и\s+)?|\s+и\s+){_N})*)")
#: The body after the number: its genitive («резолюция 55/25 Генеральной
#: Ассамблеи») or who adopted it («резолюции 6/4, принятой Конференцией»).
BODY_AFTER = re.compile(
    r"^\s*,?\s*(?:принят\w*\s+)?(?P<body>Генеральной\s+Ассамбле(?:и|ей)|"
    r"Комисси(?:и|ей)\s+по\s+предупреждению\s+преступности\s+и\s+уголовному\s+правосудию|Конференци(?:и|ей))")
#: The stems that name a body in any case, for a body named before the number.
BODY_MARKERS = (("по предупреждению преступности и уголовному правосудию", "ccpcj"),
                ("Конференци", "cop"), ("Генеральн", "ga"))
#: A body named before counts only for «в своем решении», «в своей резолюции».
POSSESSIVE = re.compile(r"(?<!\w)сво(?:ем|ей|их|ими|ю|е|ими)\s+$")
QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
TITLE_AFTER = re.compile(r"^\s*,?\s*(?:озаглавленн\w*|под\s+названием)\s*[«“\"]\s*(?P<t>[^«»“”\"]+?)\s*[»”\"]")
TITLE_BEFORE = re.compile(r"(?:озаглавленн\w*|под\s+названием)\s*[«“\"]\s*(?P<t>[^«»“”\"]+?)\s*[»”\"]\s*,?\s*$")
#: A sentence: up to a full stop before a capital (or the end), or a semicolon.
SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s+[A-ZА-ЯЁ«“\"(]|\s*$)|;|$)", re.S)

#: Month stems in every case ("октября", "в октябре", "октябрь").
MONTH_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
               "ноябр", "декабр")
_MONTH = (r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|"
          r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])")
#: "17 и 18 октября 2012 года", "28 по 31 мая 2018 года", "27–29 июня 2012 года",
#: "30 мая – 2 июня 2023 года", "октябре 2012 года".
DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<d>\d{{1,2}})(?:\s+(?P<m1>{_MONTH}))?"
    rf"(?:\s*(?:и|по|-|–|—)\s*(?P<d2>\d{{1,2}}))?\s+)?(?P<m>{_MONTH})\s+(?P<y>\d{{4}})"
    r"(?:\s+(?:года|году|год|г\.))?(?![\d/])", re.IGNORECASE)
#: Ordinal stems ("шест" of шестая, шестой, шестую), longest first.
ORDINALS = {word[:-2]: i for i, word in enumerate(RU.ordinals, 1)}
COP_SESSION = re.compile(
    rf"(?<!\w)(?P<n>{'|'.join(sorted(ORDINALS, key=len, reverse=True))})\w{{0,3}}\s+сесси\w*\s+Конференции")
#: A clause saying a meeting was held («провела совещание», «состоявшегося …»).
HELD = re.compile(r"(?<!\w)(?:провел[аио]?|проведен\w*|состоял\w*|состоявш\w*)(?!\w)")
ARTICLE_NUMBER = re.compile(r"\d{1,3}")
_LIST = r"(?:\s*,\s*(?:и\s+)?|\s+и\s+|\s*[-–]\s*)"
ARTICLE = re.compile(
    rf"(?:(?:под)?пункт\w*\s+\d{{1,3}}(?:\s*[a-z]\))?\s+)?[Сс]тать(?:я|и|ю|ей|е|ям|ях|ями)\s+"
    rf"(?P<nums>\d{{1,3}}(?:{_LIST}\d{{1,3}})*)\s+Конвенции(?!\w)"
    r"(?!\s+(?:Организации\s+Объединенных\s+Наций\s+)?против\s+коррупции)"
    r"(?:\s+(?:об\s+организованной\s+преступности|Организации\s+Объединенных\s+Наций\s+против\s+"
    r"транснациональной\s+организованной\s+преступности))?")
PARTICIPATION = re.compile(
    r"(?<!\w)(?:заявлени\w*|выступил\w*|присутствовал\w*|представлен\w*|участвовал\w*)(?!\w)")


def month_number(name: str) -> int:
    lowered = name.lower()
    return next(i for i, stem in enumerate(MONTH_STEMS, 1)
                if lowered.startswith(stem) and (stem != "ма" or lowered[2:] in ("й", "я", "е")))


# -- decisions -------------------------------------------------------------------
def decisions(element: Element) -> Iterator[Mention]:
    text = element.text
    for match in DECISION.finditer(text):
        start, _ = sentence_at(SENTENCE, text, match.start())
        before = text[start:match.start()]
        after = text[match.end():]
        named = BODY_AFTER.match(after)
        if named:
            body = ("ga" if named["body"].startswith("Генеральн") else
                    "ccpcj" if named["body"].startswith("Комисси") else "cop")
            after = after[named.end():]
        elif POSSESSIVE.search(before):
            body = nearest_body(before, QUOTED, BODY_MARKERS)
        else:
            body = "cop"
        title_match = TITLE_AFTER.search(after) or TITLE_BEFORE.search(before)
        kind = "dec" if match["kind"].lower().startswith("реш") else "res"
        yield from decision_mentions(element, match, body, kind, title_match["t"] if title_match else "")


# -- dates -----------------------------------------------------------------------
def dates(element: Element, report: Report) -> Iterator[Mention]:
    for match in DATE.finditer(element.text):
        m = month_number(match["m"])
        first = month_number(match["m1"]) if match["m1"] and match["d2"] else m
        parsed = period(int(match["y"]), first, int(match["d"]) if match["d"] else None,
                        m, int(match["d2"]) if match["d2"] else None)
        if parsed is None:
            continue
        start, end, precision = parsed
        yield date_mention(element, match, start, end, precision, _event(element, report, match, start, end))


def _event(element: Element, report: Report, match: re.Match,
           start: dt.date, end: dt.date) -> tuple[str, str]:
    """As in the other languages: a session of the Conference named after the
    date («в ходе шестой сессии Конференции»); the report's own meeting (the
    clause says a working group held a meeting, and the dates overlap it or
    the paragraph stands under the «продолжительность» heading); anything
    else held. Else none."""
    s_start, sentence = sentence_at(SENTENCE, element.text, match.start())
    after = element.text[match.end():s_start + len(sentence)]
    clause_start = max(element.text.rfind(",", s_start, match.start()) + 1, s_start)
    comma = element.text.find(",", match.end(), s_start + len(sentence))
    clause = element.text[clause_start:comma if comma >= 0 else s_start + len(sentence)]
    held = bool(HELD.search(clause))
    cop = COP_SESSION.search(after)
    if cop and not held:
        n = ORDINALS[cop["n"]]
        return f"{RU.ordinal(n)} сессия Конференции участников", f"cop-session-{n}"
    m = report.meeting
    overlaps = start <= m.end and m.start <= end
    if held and "совещани" in clause and re.search(r"[Рр]абоч\w+ групп", clause) and (
            overlaps or "продолжительност" in element.heading):
        return report.title, f"meeting-{report.slug}"
    if held:
        label = re.sub(r"\s+", " ", clause).strip(",.; ")[:60]
        return label, f"{report.slug}-{element.id}-{match.start()}"
    return "", ""


# -- participants ----------------------------------------------------------------
def is_participation(element: Element) -> bool:
    return bool(PARTICIPATION.search(element.text)) and (
        "частни" in element.heading or "следующ" in element.text)


ATTENDANCE = Attendance("ru", SENTENCE, PARTICIPATION, re.compile(r"заявлени|выступ"), ":",
                        re.compile("следующ"), re.compile("организаци"), word_list_items("ru", "и"),
                        lambda: word_names("ru"))

RULES = MentionRules(decisions, dates, is_participation,
                     lambda element, report: participants(ATTENDANCE, element, report),
                     article_rule(ARTICLE, ARTICLE_NUMBER))
