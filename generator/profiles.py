"""Each language's data for its `languages.LanguageProfile`, one dict a language.

Kept apart from `languages` (the profile's fields, documented there, and the
look-ups) so that a language is a page of data: a third language costs a
dict here and its name in `languages.PROFILES`, no parser code. The dicts
are plain keyword arguments; a misspelt field fails at import.
"""
from __future__ import annotations

import re

from .patterns import CJK_NUMERALS, DOTTED, FULL_PAREN, HALF_PAREN, PAREN, ROMAN_NUMERALS

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
_MONTH_EN = "|".join(MONTHS_EN)
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
_MONTH_FR = "|".join(MONTHS_FR)

#: Chinese headings: ``一. 导言``, ``四．审议``.
CHAPTER_ZH = re.compile(rf"^(?P<marker>(?P<num>[{CJK_NUMERALS}]+)\s*[.．、])\s*(?P<text>.*)$")
#: English headings: ``IV. Summary of deliberations``.
CHAPTER_EN = re.compile(r"^(?P<marker>(?P<num>[IVX]{1,5})\.)\s+(?P<text>\S.*)$")


def annex(words: str) -> re.Pattern:
    """An annex heading: one of `words` and an optional number (``附件``, ``Annex II``)."""
    return re.compile(rf"^(?P<text>{words})\s*(?P<num>[{CJK_NUMERALS}{ROMAN_NUMERALS}]*)$")


def annex_columns(symbol: str, agenda: str, title: str) -> re.Pattern:
    """The header row of an annex's table of documents (three groups)."""
    return re.compile(rf"^({symbol})\s+({agenda})\s+({title})$")


def agenda_cell(conjunctions: str) -> re.Pattern:
    """An annex row's agenda cell (``1(b)``, ``2和3``, ``3 and 4``) before its title."""
    item = r"\d+(?:\([a-z]\))?"
    return re.compile(rf"^(?P<agenda>{item}(?:\s*(?:{conjunctions})\s*{item})*)\s+(?P<title>.*)$")


#: Chinese units after a number that make it a count, not a footnote mark ("第44段", "2023年").
UNITS = "年月日号段条款次个份名届场"

ZH = dict(
    code="zh",
    chapters=(CHAPTER_ZH,),
    title_start=re.compile(r"在\s*\S{1,12}?\s*举行的|\bheld (?:at|in)\b|^Report of"),
    title_start_needs_date=True,
    title_end=re.compile(r"报告|[Rr]eport"),
    title_example="'2012 年 10 月 17 日和 18 日在维也纳举行的……会议报告'",
    sentence_end=re.compile(r"[。；：！？.;:!?]$"),
    footnote_before="\u3000-\u303f\u4e00-\u9fff\uff00-\uffef》」』”’）)、，。；：",
    # Not a number followed by a unit ("第44段", "2023年").
    footnote_after="(?![0-9年月日号段条款次个份名届场/.])",
    annex_title_separator="",
    title_date=re.compile(
        r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
        r"(?:\s*(?:至|和|、|-|—)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日)?"),
    title_city=re.compile(r"在\s*(?P<city>[\u4e00-\u9fff]{2,8}?)\s*举行"),
    title_bodies=re.compile(r"举行的(?P<bodies>.+?)会议(?:的)?报告"),
    bodies_split=re.compile(r"和(?=[\u4e00-\u9fff]*工作组)"),
    recommendation=re.compile(r"^(?:建议|Recommendation)\s*(?P<num>[0-9０-９]+)$"),
    recommendations_chapter=re.compile(r"^(?:建议|Recommendations)$"),
    annex=annex("附件|Annex"),
    annex_columns=annex_columns("文号|Symbol", "议程项目|Agenda item", "标题或说明|Title or description"),
    agenda_cell=agenda_cell("和|、|,"),
    # A small number glued to CJK text that is no count ("第1次", "5个", "2和3").
    loose_mark=re.compile(rf"(?<=[\u4e00-\u9fff》」』”’）、，。；：])(?P<mark>\d{{1,2}})"
                          rf"(?![0-9０-９{UNITS}余多和至及或到/.%％-])(?=[\u4e00-\u9fff（《“]|\s*$)"),
    body_date=re.compile(
        r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
        r"(?:\s*(?:至|和|、|-|—)\s*(?P<d2>\d{1,2})\s*日)?"),
    draft_title=re.compile(r"(?:草稿|草案)\s*$|(?i:draft)"),
    # The Conference of the Parties is 缔约方会议 in the official Chinese texts;
    # 缔约国会议 in the 2007 and 2023 reports is a slip a careful editor would correct.
    term_variants=(("缔约国会议", "缔约方会议"),),
    wide_script=True,
    name="中文",
    html_lang="zh-Hans",
    undocs="zh",
    iso639_2="zho",
    list_separator="、",
    clause_separator="；",
    date_formats=(("day", "{y} 年 {m} 月 {d} 日"), ("days2", "{y} 年 {m} 月 {d} 日和 {d2} 日"),
                  ("range", "{y} 年 {m} 月 {d} 日至 {d2} 日"),
                  ("range_months", "{y} 年 {m} 月 {d} 日至 {m2} 月 {d2} 日"),
                  ("range_years", "{y} 年 {m} 月 {d} 日至 {y2} 年 {m2} 月 {d2} 日"),
                  ("month", "{y} 年 {m} 月"), ("year", "{y} 年")),
    ordinals=tuple("一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十".split()),
    name_fallback=("en",),
)

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

FR = dict(
    code="fr",
    chapters=(CHAPTER_EN,),
    title_start=re.compile(r"^Rapport (?:sur|de)\b|\btenue? (?:à|au)\b"),
    title_start_needs_date=False,
    title_end=re.compile(r"[Rr]apport\b.*\btenue? (?:à|au) .*\b\d{4}\b"),
    title_example="'Rapport sur la réunion du Groupe de travail d’experts gouvernementaux sur "
                  "l’assistance technique tenue à Vienne les 17 et 18 octobre 2012'",
    sentence_end=re.compile(r"[.;:!?][\"”’)»]?(?:\d{1,2}|\*{1,3})?$"),
    footnote_before="A-Za-zÀ-ÿ)\\].,;:”’»\"",
    dehyphenate=True,
    compound_heads=frozenset("multi non anti co sous auto ex semi pluri".split()),
    item_opens_after=re.compile(r"(?:[.;:!?]|;\s+(?:et|ou))[\"”’)»]?(?:\d{1,2})?$"),
    ragged=True,
    title_date=re.compile(
        rf"(?P<d1>\d{{1,2}})(?:er)?(?:\s*(?:au|et|-|–)\s*(?P<d2>\d{{1,2}}))?\s+(?P<month>{_MONTH_FR})\s+(?P<y>\d{{4}})"),
    title_city=re.compile(r"tenue? (?:à|au) (?P<city>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)?)"),
    title_bodies=re.compile(r"réunion du (?P<bodies>.+?) tenue"),
    bodies_split=re.compile(r" et du (?=Groupe de travail)"),
    recommendation=re.compile(r"^Recommandation\s*(?P<num>[0-9]+)$"),
    recommendations_chapter=re.compile(r"^Recommandations$"),
    # French texts letter subparagraphs a), b) and points i), ii) (the English
    # (a) and (i) are read too: a translation may keep them).
    lettered_forms=(PAREN, FULL_PAREN, HALF_PAREN),
    point_forms=(PAREN, HALF_PAREN, DOTTED),
    annex=annex("Annexe|Annex"),
    annex_columns=annex_columns("Cote|Symbol", "Point de l[’']ordre du jour|Agenda item",
                                "Titre ou description|Title or description"),
    agenda_cell=agenda_cell("et|,"),
    draft_title=re.compile(r"^Projet de rapport|(?i:draft)"),
    common_words=frozenset("le la les des du de et à au aux en une un sur pour par est sont".split()),
    name="Français",
    html_lang="fr",
    undocs="fr",
    iso639_2="fra",
    months=MONTHS_FR,
    date_formats=(("day", "{d} {month} {y}"), ("days2", "{d} et {d2} {month} {y}"),
                  ("range", "{d}-{d2} {month} {y}"), ("range_months", "{d} {month}-{d2} {month2} {y}"),
                  ("range_years", "{d} {month} {y}-{d2} {month2} {y2}"),
                  ("month", "{month} {y}"), ("year", "{y}")),
    ordinals=tuple("""première deuxième troisième quatrième cinquième sixième septième huitième neuvième
        dixième onzième douzième treizième quatorzième quinzième seizième dix-septième dix-huitième
        dix-neuvième vingtième""".split()),
    name_fallback=("en",),
)

