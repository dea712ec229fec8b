"""Mentions in Arabic reports, with the same keys as the other versions:
«المقرَّر 2/6» is ``cop-dec-2-6`` like "decision 2/6" and ``第 2/6 号决定``.

- decisions: ``المقرَّر 2/6``, ``بالمقرَّر 2/6``, ``في مقرَّره 4/3`` (its
  decision), ``القرار 6/4``, ``قراره 5/7 المعنون "…"``, ``المقرَّرين 2/6 و4/3``
  (one span per number), with or without the short-vowel marks the texts put
  on them; ``قرار الجمعية العامة 55/25`` names the body between word and
  number, ``… الصادر عن الجمعية العامة`` after it; else the Conference of
  the Parties.
- dates: ``17 و18 تشرين الأول/أكتوبر 2012``, ``من 27 إلى 29 حزيران/يونيه
  2012``, ``تشرين الأول/أكتوبر 2012`` (month names as the profile writes
  them, both the Levantine and the Western name); a day without a year is
  no date, as in English.
- articles of the Convention: ``المادة 18 من اتفاقية الجريمة المنظمة``,
  ``الفقرة 5 من المادة 31 من الاتفاقية``, ``المادتين 24 و26 من الاتفاقية``;
  not the Convention against Corruption.
- participants: not read yet (Arabic joins «و» to the next name); the
  other versions of a report give them.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..languages import profile
from ..model import Mention, Report
from .base import Element, MentionRules, article_rule, date_mention, decision_mentions, period

AR = profile("ar")
#: The short-vowel and other marks Arabic texts may put on a word («مقرَّر»).
_MARKS = "[\u064b-\u0652\u0670]*"
_N = r"\d{1,3}\s*/\s*\d{1,3}"
BODIES = {"مؤتمر الأطراف": "cop", "المؤتمر": "cop", "الجمعية العامة": "ga",
          "لجنة منع الجريمة والعدالة الجنائية": "ccpcj"}
_BODY = "|".join(sorted(BODIES, key=len, reverse=True))
DECISION = re.compile(
    rf"(?<![\w\u0600-\u06ff])[وبلف]?(?:ال)?(?P<kind>م{_MARKS}ق{_MARKS}ر{_MARKS}ر|ق{_MARKS}ر{_MARKS}ا{_MARKS}ر)"
    rf"{_MARKS}(?:ات|ين|ان|ا)?(?:ه|ها|هم)?{_MARKS}"
    rf"(?:\s+(?P<body>{_BODY}))?"
    rf"\s+(?P<nums>{_N}(?:\s*(?:،|و|,)\s*(?:و\s*)?{_N})*)")
BODY_AFTER = re.compile(rf"^\s*(?:الصادر(?:ة|ين)?\s+عن|الذي\s+اعتمده|التي\s+اعتمدها)\s+(?P<body>{_BODY})")
TITLE_AFTER = re.compile(r'^\s*،?\s*(?:المعنون|المعنونة|المعنونين)\s*["«“]\s*(?P<t>[^"»”«“]+?)\s*["»”]')

_MONTH = "|".join(re.escape(m) for m in AR.months)
DATE = re.compile(
    rf"(?<![\d/])(?:(?P<d>\d{{1,2}})(?:\s*(?:و|إلى|-|–)\s*(?P<d2>\d{{1,2}}))?\s+)?"
    rf"(?P<m>{_MONTH})\s+(?P<y>\d{{4}})(?![\d/])")
HELD = re.compile(r"المعقود|عقد|اجتماع")

ARTICLE_NUMBER = re.compile(r"\d{1,3}")
ARTICLE = re.compile(
    r"(?<![\w\u0600-\u06ff])[وبل]?(?:ال)?ماد" + _MARKS + r"(?:ة|تين|تان|تي)\s+"
    r"(?P<nums>\d{1,3}(?:\s*(?:،|و|إلى)\s*\d{1,3})*)\s+من\s+"
    r"(?:الاتفاقية|اتفاقية\s+الجريمة\s+المنظمة|اتفاقية\s+الأمم\s+المتحدة\s+لمكافحة\s+الجريمة\s+المنظمة)"
    r"(?!\s+(?:لمكافحة\s+)?الفساد)")


def decisions(element: Element) -> Iterator[Mention]:
    text = element.text
    for match in DECISION.finditer(text):
        kind = "dec" if match["kind"].startswith("م") else "res"
        after = text[match.end():]
        named = match["body"]
        found_after = BODY_AFTER.match(after)
        if named is None and found_after:
            named = found_after["body"]
            after = after[found_after.end():]
        title = TITLE_AFTER.match(after)
        yield from decision_mentions(element, match, BODIES.get(named or "", "cop"), kind,
                                     title["t"] if title else "")


def dates(element: Element, report: Report) -> Iterator[Mention]:
    for match in DATE.finditer(element.text):
        m = AR.month_number(match["m"])
        parsed = period(int(match["y"]), m, int(match["d"]) if match["d"] else None,
                        m, int(match["d2"]) if match["d2"] else None)
        if parsed is None:
            continue
        start, end, precision = parsed
        meeting = report.meeting
        sentence = element.text[max(0, match.start() - 80):match.end() + 40]
        ours = start <= meeting.end and meeting.start <= end and HELD.search(sentence)
        event = (report.title, f"meeting-{report.slug}") if ours else ("", "")
        yield date_mention(element, match, start, end, precision, event)


RULES = MentionRules(decisions, dates, lambda element: False, lambda element, report: iter(()),
                     article_rule(ARTICLE, ARTICLE_NUMBER))
