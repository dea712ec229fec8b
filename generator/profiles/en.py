"""English."""
from __future__ import annotations

import re

from .common import MONTHS_EN, _MONTH_EN, CHAPTER_ZH, CHAPTER_EN, annex, annex_columns, agenda_cell

EN = dict(
    code="en",
    chapters=(CHAPTER_ZH, CHAPTER_EN),
    title_start=re.compile(r"^Report (?:on|of)\b|\bheld (?:at|in)\b"),
    title_start_needs_date=False,
    title_end=re.compile(r"[Rr]eport\b.*\bheld (?:at|in) .*\b\d{4}\b|held (?:at|in) .*\d{4}.*[Rr]eport"),
    title_example="'Report on the meeting of the Working Group of Government Experts on "
                  "Technical Assistance held in Vienna on 17 and 18 October 2012'",
    # A full stop, colon … possibly followed by a closing quote or bracket and
    # by a footnote mark glued to it ("Conference.1").
    sentence_end=re.compile(r"[.;:!?][\"”’)]?(?:\d{1,2}|\*{1,3})?$"),
    footnote_before="A-Za-z)\\].,;:”’\"",
    dehyphenate=True,
    compound_tails=frozenset("""
        laundering agency agencies based related ended led up operation operative ordination
        ordinated building making term level specific wide oriented owned sensitive
        effective efficiency sharing party parties governmental trafficking organized time
        day hand general national border regional up-to-date sponsored funded
        """.split()),
    compound_heads=frozenset("""
        multi non anti co self cross ex semi well follow long high low money cost open
        intra sub
        """.split()),
    item_opens_after=re.compile(r"(?:[.;:!?]|;\s+(?:and|or))[\"”’)]?(?:\d{1,2})?$"),
    ragged=True,
    title_date=re.compile(
        rf"(?P<d1>\d{{1,2}})(?:\s*(?:to|and|-|–)\s*(?P<d2>\d{{1,2}}))?\s+(?P<month>{_MONTH_EN})\s+(?P<y>\d{{4}})"),
    title_city=re.compile(r"held (?:at|in) (?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?= on\b| from\b|,|$)"),
    title_bodies=re.compile(r"meeting of the (?P<bodies>.+?) held"),
    bodies_split=re.compile(r" and the (?=Working Group)"),
    recommendation=re.compile(r"^(?:Recommendation|建议)\s*(?P<num>[0-9]+)$"),
    recommendations_chapter=re.compile(r"^(?:Recommendations|建议)$"),
    # English reports may keep the Chinese original's markers (chapters too).
    annex=annex("Annex|附件"),
    annex_columns=annex_columns("Symbol|文号", "Agenda item|议程项目", "Title or description|标题或说明"),
    agenda_cell=agenda_cell("and|,"),
    draft_title=re.compile(r"(?i:draft)"),
    common_words=frozenset("the of and to in on for was were that with by its their".split()),
    genre_words=frozenset((
        "working group government experts recommended recommends recommendation "
        "recommendations should consider considering states state parties party convention "
        "protocols thereto organized crime transnational united nations conference unodc "
        "secretariat encouraged invited including also such which from are be as at or an "
        "this those these other has have it is not all order appropriate their them they its "
        "would could may more further continue well any into through adopted following held "
        "meeting resolution under regard provided both only between within after before about "
        "above there where when while than then upon being been does did can will shall must "
        "each every own same so very what who whom whose technical assistance"
    ).split()),
    name="English",
    html_lang="en",
    undocs="en",
    iso639_2="eng",
    months=MONTHS_EN,
    date_formats=(("day", "{d} {month} {y}"), ("days2", "{d} and {d2} {month} {y}"),
                  ("range", "{d} to {d2} {month} {y}"), ("range_months", "{d} {month} to {d2} {month2} {y}"),
                  ("range_years", "{d} {month} {y} to {d2} {month2} {y2}"),
                  ("month", "{month} {y}"), ("year", "{y}")),
    ordinals=tuple("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split()),
)
