"""Mentions in English reports: the same kinds as in Chinese, with the same
keys, so that one index entry is cited by both: "decision 2/6" and
"第 2/6 号决定" are both ``cop-dec-2-6``; "Iran (Islamic Republic of)" and
"伊朗伊斯兰共和国" are both ``iran-islamic-republic-of``.

- decisions: ``decision 2/6``, ``decisions 2/6 and 4/3`` (one span per
  number), ``General Assembly resolution 55/25``, ``resolution 5/7, entitled
  "…"``; the body is the nearest one named before the number in the sentence.
- dates: ``17 and 18 October 2012``, ``28 to 31 May 2018``, ``30 May to
  2 June 2023``, ``October 2012``; a year alone is no date (in English texts
  it stands mostly inside document symbols).
- articles of the Convention: ``article 31 of the Convention``, ``article
  32, paragraphs 4 and 5, of the Convention``, ``article 18, paragraph 13, of
  the Organized Crime Convention``, ``articles 24 to 26 of the Convention``
  (one span per number); not the Convention against Corruption, and not an
  article without "of the … Convention" after it (``(article 23)``).
- participants: lists after ``following …:`` in sentences about attendance
  or statements, split on commas and "and".
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from ..languages import profile
from ..model import Mention, Report
from .base import (Attendance, Element, MentionRules, article_rule, date_mention, decision_mentions, nearest_body,
                   participants, period, sentence_at, word_list_items, word_names)

EN = profile("en")
_N = r"\d{1,3}\s*/\s*\d{1,3}"
DECISION = re.compile(
    rf"\b(?P<kind>[Dd]ecisions?|[Rr]esolutions?)\s+(?P<nums>{_N}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_N})*)")
KINDS = {"decision": "dec", "decisions": "dec", "resolution": "res", "resolutions": "res"}
#: Bodies named before a number ("General Assembly resolution 55/25", "the
#: Commission …, in its resolution 26/3"); the nearest one in the sentence wins.
BODY_MARKERS = (("Commission on Crime Prevention and Criminal Justice", "ccpcj"),
                ("Conference", "cop"), ("General Assembly", "ga"))
QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
TITLE_AFTER = re.compile(r"^\s*,?\s*entitled\s*[“\"](?P<t>[^“”\"]+)[”\"]")
TITLE_BEFORE = re.compile(r"entitled\s*[“\"](?P<t>[^“”\"]+)[”\"]\s*,?\s*$")
#: A sentence: up to a full stop before a capital (or the end), or a semicolon.
SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s+[A-Z“\"(]|\s*$)|;|$)", re.S)
_MONTH = "|".join(EN.months)
#: "17 and 18 October 2012", "28 to 31 May 2018", "30 May to 2 June 2023",
#: "18 October 2012", "October 2012".
DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<d>\d{{1,2}})(?:\s+(?P<m1>{_MONTH}))?"
    rf"(?:\s*(?:to|and|-|–)\s*(?P<d2>\d{{1,2}}))?\s+)?(?P<m>{_MONTH})\s+(?P<y>\d{{4}})(?![\d/])")
ORDINALS = {w: i for i, w in enumerate(EN.ordinals[:12], 1)}
COP_SESSION = re.compile(rf"\b(?P<n>{'|'.join(ORDINALS)}) session of the Conference")
ARTICLE_NUMBER = re.compile(r"\d{1,3}")
_LIST = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|to)\s+|\s*[-–]\s*)"
ARTICLE = re.compile(
    rf"\b[Aa]rticles?\s+(?P<nums>\d{{1,3}}(?:{_LIST}\d{{1,3}})*)"
    rf"(?:\s*,\s*(?:sub)?paragraphs?\s+\d{{1,3}}(?:\s*\([a-z]\))?(?:{_LIST}\d{{1,3}}(?:\s*\([a-z]\))?)*\s*,)?"
    r"\s+of\s+the\s+(?:Organized\s+Crime\s+|United\s+Nations\s+)?Convention\b(?!\s+against\s+Corruption)"
    r"(?:\s+against\s+Transnational\s+Organized\s+Crime)?")
PARTICIPATION = re.compile(
    r"\b(?:attended|participated|represented|[Ss]tatements? (?:was|were) made|made (?:a )?statements?)\b")


# -- decisions -------------------------------------------------------------------
def decisions(element: Element) -> Iterator[Mention]:
    for match in DECISION.finditer(element.text):
        start, _ = sentence_at(SENTENCE, element.text, match.start())
        before = element.text[start:match.start()]
        title_match = TITLE_AFTER.search(element.text[match.end():]) or TITLE_BEFORE.search(before)
        yield from decision_mentions(element, match, nearest_body(before, QUOTED, BODY_MARKERS),
                                     KINDS[match["kind"].lower()], title_match["t"] if title_match else "")


# -- dates -----------------------------------------------------------------------
def dates(element: Element, report: Report) -> Iterator[Mention]:
    for match in DATE.finditer(element.text):
        m = EN.month_number(match["m"])
        first = EN.month_number(match["m1"]) if match["m1"] and match["d2"] else m
        parsed = period(int(match["y"]), first, int(match["d"]) if match["d"] else None,
                        m, int(match["d2"]) if match["d2"] else None)
        if parsed is None:
            continue
        start, end, precision = parsed
        yield date_mention(element, match, start, end, precision, _event(element, report, match, start, end))


def _event(element: Element, report: Report, match: re.Match,
           start: dt.date, end: dt.date) -> tuple[str, str]:
    """As the Chinese rules' event, with fewer rules: a session of the
    Conference named in the sentence after the date; the report's own
    meeting (the clause says a meeting was held, and the dates overlap it or
    the paragraph stands under the opening-and-duration heading); any other
    meeting held. Else none."""
    s_start, sentence = sentence_at(SENTENCE, element.text, match.start())
    after = element.text[match.end():s_start + len(sentence)]
    clause_start = max(element.text.rfind(",", s_start, match.start()) + 1, s_start)
    comma = element.text.find(",", match.end(), s_start + len(sentence))
    clause = element.text[clause_start:comma if comma >= 0 else s_start + len(sentence)]
    cop = COP_SESSION.search(after)
    if cop and "held" not in clause:
        n = ORDINALS[cop["n"]]
        return f"{cop['n']} session of the Conference of the Parties", f"cop-session-{n}"
    held = "held" in clause and "meeting" in clause
    m = report.meeting
    overlaps = start <= m.end and m.start <= end
    if held and re.search(r"[Ww]orking [Gg]roup", clause) and (overlaps or "duration" in element.heading):
        return report.title, f"meeting-{report.slug}"
    if "held" in clause:
        label = re.sub(r"\s+", " ", clause).strip(",.; ")[:60]
        return label, f"{report.slug}-{element.id}-{match.start()}"
    return "", ""


# -- participants ----------------------------------------------------------------
def is_participation(element: Element) -> bool:
    return bool(PARTICIPATION.search(element.text)) and (
        "ttendance" in element.heading or "following" in element.text)


ATTENDANCE = Attendance("en", SENTENCE, PARTICIPATION, re.compile(r"[Ss]tatements?|spoke"), ":",
                        re.compile("following"), re.compile("organi[sz]ation"), word_list_items("en", "and"),
                        lambda: word_names("en"))

RULES = MentionRules(decisions, dates, is_participation,
                     lambda element, report: participants(ATTENDANCE, element, report),
                     article_rule(ARTICLE, ARTICLE_NUMBER))
