"""Mentions in Chinese reports, with the forms they meet in the seeds.

- decisions: ``第 2/6 号决定``, ``第2/6号决定``, ``第 2/6 和 3/4 号决定`` (two
  numbers, one span each), ``5/7 号决议`` without 第. The body is the nearest
  of 缔约方会议 / 大会 / 预防犯罪和刑事司法委员会 before the number in the same
  sentence, quoted titles skipped; none means the Conference of the Parties,
  whose working group writes these reports. ``题为“…”的`` just before, or
  ``，题为“…”`` just after, is the title.
- dates: ``2006 年 10 月 9 日至 18 日``, ``2023 年 5 月 29 日和 30 日``,
  ``2008 年 2 月``, ``2007 年``; with the event of its clause where the clause
  says it (see `_event`). Year spans such as ``2008-2011 年`` are periods, not
  dates, and are skipped.
- articles of the Convention: ``《公约》第 31 条``, ``《公约》第三十二条第四款和第五款``,
  ``《有组织犯罪公约》第 18 条第 13 款``, ``《公约》第 5、16 和 18 条`` (one span
  per number); an article without the Convention named just before
  (``移民议定书第 5 条``, ``（第二十三条）``) is not one.
- participants: lists after a colon in sentences about attendance (出席) or
  speakers (发言), split on 、 and 和; other such sentences are scanned for the
  names in ``data/countries.json``. A listed name that is neither a country
  nor an organisation we know is a ``country-unknown`` warning.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterator, Optional

from .. import ids
from ..model import Mention, Report
from ..patterns import CJK_NUMERALS, LIST_PLACEHOLDER
from .base import (Attendance, Element, MentionRules, article_mentions, date_mention, decision_mentions,
                   list_items, names, nearest_body, participants, period, sentence_at)

DECISION = re.compile(
    r"(?:第\s*)?(?P<nums>\d{1,3}\s*/\s*\d{1,3}(?:\s*(?:和|、|及)\s*\d{1,3}\s*/\s*\d{1,3})*)"
    r"\s*号\s*(?P<kind>决定|决议)")
BODY_MARKERS = (("预防犯罪和刑事司法委员会", "ccpcj"), ("缔约方会议", "cop"), ("大会", "ga"))
TITLE_BEFORE = re.compile(r"(?:标?题为)\s*“(?P<t>[^“”]+)”\s*的\s*$")
TITLE_AFTER = re.compile(r"^\s*[，,]?\s*(?:标?题为)\s*“(?P<t>[^“”]+)”")
QUOTED = re.compile(r"“[^“”]*”")
#: A sentence or clause ended by 。 or ；, and a clause (between ，。；).
SENTENCE = re.compile(r"[^。；]+[。；]?")
CLAUSE = re.compile(r"[^，。；]+[，。；]?")

DATE = re.compile(
    r"(?<![\d\-–])(?P<y>\d{4})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?"
    r"(?:\s*(?:至|和|-|—|–)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日)?")
CJK_NUM = CJK_NUMERALS
COP_SESSION_AFTER = re.compile(
    rf"^\s*(?:在|于)?[^，。；]{{0,12}}?举行的?缔约方会议第(?P<n>[{CJK_NUM}]+)届会议")
COP_SESSION_SPLIT = re.compile(rf"^\s*第(?P<n>[{CJK_NUM}]+)届会议")
EVENT_NOUN = re.compile(r"联合讨论会|讨论会|专家组会议|专家会议|论坛|部长级会议|讲习班|圆桌会议|研讨会")
NTH_MEETING = re.compile(rf"第(?P<n>[{CJK_NUM}]+)次会议")

_ART_N = rf"(?:[0-9０-９]{{1,3}}|[〇{CJK_NUM}]{{1,4}})"
ARTICLE_NUMBER = re.compile(_ART_N)
_AND = r"\s*(?:、|和|及|至)\s*"
_PARAGRAPHS = rf"第\s*{_ART_N}(?:{_AND}(?:第\s*)?{_ART_N})*\s*款"
ARTICLE = re.compile(
    rf"《(?:联合国打击跨国有组织犯罪公约|有组织犯罪公约|公约)》\s*第\s*(?P<nums>{_ART_N}(?:{_AND}{_ART_N})*)\s*条"
    rf"(?:\s*{_PARAGRAPHS}(?:{_AND}{_PARAGRAPHS})*)?")

PARTICIPATION = re.compile(r"出席|发言")
PLACEHOLDER = LIST_PLACEHOLDER


# -- decisions ---------------------------------------------------------------
def decisions(element: Element) -> Iterator[Mention]:
    for match in DECISION.finditer(element.text):
        start, _ = sentence_at(SENTENCE, element.text, match.start())
        before = element.text[start:match.start()]
        title_match = TITLE_BEFORE.search(before) or TITLE_AFTER.search(element.text[match.end():])
        yield from decision_mentions(element, match, nearest_body(before, QUOTED, BODY_MARKERS),
                                     match["kind"], title_match["t"] if title_match else "")


# -- dates -------------------------------------------------------------------
def dates(element: Element, report: Report) -> Iterator[Mention]:
    for match in DATE.finditer(element.text):
        parsed = period(int(match["y"]), _int(match["m"]), _int(match["d"]), _int(match["m2"]), _int(match["d2"]))
        if parsed is None:
            continue
        start, end, precision = parsed
        yield date_mention(element, match, start, end, precision, _event(element, report, match, start, end))


def _int(text: Optional[str]) -> Optional[int]:
    return int(text) if text else None


def _event(element: Element, report: Report, match: re.Match,
           start: dt.date, end: dt.date) -> tuple[str, str]:
    """The event the clause ties a date to, and a key that groups statements
    of one event across reports (so that disagreeing dates can be flagged).

    In order: a session of the Conference (``…举行的缔约方会议第三届会议``,
    ``缔约方会议 2008 年第四届会议``); a named kind of event after the date
    (论坛, 讲习班, 专家组会议 …); the report's own meeting (the dates overlap
    it, or the paragraph stands under the 会期 heading, and the clause says
    a meeting was held); a numbered meeting of a working group (第十次会议);
    any other meeting held (举行…会议). Otherwise no event."""
    text = element.text
    c_start, clause = sentence_at(CLAUSE, text, match.start())
    after = text[match.end():c_start + len(clause)]
    before = text[c_start:match.start()]
    label = re.sub(r"\s+", " ", clause).strip("，。；： ")[:60]
    cop = COP_SESSION_AFTER.match(after)
    if not cop and before.rstrip().endswith("缔约方会议"):
        cop = COP_SESSION_SPLIT.match(after)
    if cop:
        n = ids.clean_number(cop["n"])
        return f"缔约方会议第{cop['n']}届会议", f"cop-session-{n}"
    noun = EVENT_NOUN.search(after)
    if noun:
        label = re.sub(r"\s+", " ", before + match.group() + after[:noun.end()]).strip()[-60:]
        return label, f"{report.slug}-{element.id}-{match.start()}"
    held = "举行" in clause and "会议" in clause
    m = report.meeting
    overlaps = start <= m.end and m.start <= end
    if held and "工作组" in clause and (overlaps or "会期" in element.heading):
        return report.title, f"meeting-{report.slug}"
    nth = NTH_MEETING.search(after)
    if held and nth:
        group = "国际合作工作组" if "国际合作" in element.heading + before else "技术援助问题政府专家工作组"
        return f"{group}第{nth['n']}次会议", f"{group}-{ids.clean_number(nth['n'])}"
    if held and "举行" in after:
        return label, f"{report.slug}-{element.id}-{match.start()}"
    return "", ""


# -- articles of the Convention ----------------------------------------------
def articles(element: Element) -> Iterator[Mention]:
    for match in ARTICLE.finditer(element.text):
        yield from article_mentions(element, match, ARTICLE_NUMBER)


# -- participants ------------------------------------------------------------
def is_participation(element: Element) -> bool:
    return bool(PARTICIPATION.search(element.text)) and (
        "出席情况" in element.heading or "发言情况" in element.heading or "下列" in element.text)


@lru_cache(maxsize=None)
def _name_pattern() -> re.Pattern:
    return re.compile("|".join(re.escape(n) for n in sorted(names("zh"), key=len, reverse=True)))


def _known(text: str) -> bool:
    return PLACEHOLDER.sub("", text).strip() in names("zh")


def _tidy(a: int, part: str) -> tuple[int, str]:
    """A list item without placeholders and spaces (its offset moves past leading spaces)."""
    clean = PLACEHOLDER.sub("", part)
    return a + (len(clean) - len(clean.lstrip())), clean.strip()


def _list_items(sentence: str, offset: int) -> Iterator[tuple[int, str]]:
    """(offset, name) of each item of ``A、B、C和D。``; a known name with 和
    in it (特立尼达和多巴哥) stays whole."""
    return list_items(sentence, offset, end=lambda body: body.rstrip("。；").rstrip(), separator="、",
                      conjunction="和", known=_known, after=_tidy)


ATTENDANCE = Attendance("zh", SENTENCE, PARTICIPATION, re.compile("发言"), "：", re.compile("下列"),
                        re.compile("组织|机构"), _list_items, _name_pattern, min_unknown=2)

RULES = MentionRules(decisions, dates, is_participation,
                     lambda element, report: participants(ATTENDANCE, element, report), articles)
