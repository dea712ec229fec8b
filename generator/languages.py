"""What the pipeline knows about each language of the sources, as data.

One `LanguageProfile` per language holds every pattern that depends on the
language of a report: how headings are numbered, how the title reads, where
a sentence ends, where a footnote mark can be glued, how dates are written,
which words of a wrapped line keep their hyphen. `clean` and `parse` look
things up here instead of branching on the language code (`mentions` keeps
its per-language rules in `mentions.RULES`).

It also holds what the pages need to write in a language: its name, its
``lang`` attribute, the undocs.org language code, list separators and date
formats. Labels are in the catalog (``locales/<code>.json``), names of
countries, bodies and cities in ``data/`` (a language's own names may sit in
``data/names/<code>.json``).

Adding a language means adding a profile here, a catalog and its names; the
stages need no new branches. Which languages the site is built in is said in
one place: the i18n plugin's ``languages`` in ``mkdocs.yml`` (or ``build
--languages``), see `i18n.configured_languages`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .errors import SourceError

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
_MONTH_EN = "|".join(MONTHS_EN)
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
_MONTH_FR = "|".join(MONTHS_FR)

#: Chinese headings: ``一. 导言``, ``四．审议``.
CHAPTER_ZH = re.compile(r"^(?P<marker>(?P<num>[一二三四五六七八九十]+)\s*[.．、])\s*(?P<text>.*)$")
#: English headings: ``IV. Summary of deliberations``.
CHAPTER_EN = re.compile(r"^(?P<marker>(?P<num>[IVX]{1,5})\.)\s+(?P<text>\S.*)$")


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    #: Chapter heading patterns (tried in order; groups marker, num, text).
    chapters: tuple[re.Pattern, ...]
    #: A line that can open the title, and what the joined title must contain.
    title_start: re.Pattern
    #: The start line must itself show a date (Chinese titles open with it).
    title_start_needs_date: bool
    title_end: re.Pattern
    #: An example of a title, for the error message when none is found.
    title_example: str
    #: What a sentence, list item or list introduction ends with.
    sentence_end: re.Pattern
    #: Characters after which a footnote mark may be glued (regex class body).
    footnote_before: str
    #: Wrapped lines of this language are cut at hyphens that are layout.
    dehyphenate: bool = False
    #: Word parts that stand after a hyphen in compounds ("money-laundering").
    compound_tails: frozenset = frozenset()
    #: Word parts that stand before a hyphen in compounds ("multi-agency").
    compound_heads: frozenset = frozenset()
    #: A wrapped line that looks like a lettered subparagraph ``(b) …`` opens
    #: one only after a line ending like this (else it is run-in text).
    item_opens_after: Optional[re.Pattern] = None
    #: A wrapped line may continue after a line that stops mid-sentence even
    #: if it did not reach the margin (proportional Latin text is ragged).
    ragged: bool = False
    #: What may follow a numeric footnote mark glued to the text (regex).
    footnote_after: str = r"(?=\s|$)"
    #: Between the lines of an annex title.
    annex_title_separator: str = " "

    # -- the title's facts ----------------------------------------------------
    #: The meeting's dates in the title: groups y, d1, d2 and either m, m2
    #: (month numbers) or month (a name in `months`).
    title_date: re.Pattern = re.compile(r"(?!)")
    #: The city in the title (group city, a name in any language of data/cities.json).
    title_city: re.Pattern = re.compile(r"(?!)")
    #: The bodies in the title (group bodies), and what separates two of them.
    title_bodies: re.Pattern = re.compile(r"(?!)")
    bodies_split: re.Pattern = re.compile(r"(?!)")
    #: A recommendation block's first line (group num).
    recommendation: re.Pattern = re.compile(r"(?!)")

    # -- recognising the language of a file ----------------------------------
    #: Written in a wide (CJK) script: a file whose letters are more than a
    #: fifth wide characters is of such a language.
    wide_script: bool = False
    #: Frequent short words of the language (Latin-script languages are told
    #: apart by them).
    common_words: frozenset = frozenset()

    # -- what pages write ------------------------------------------------------
    #: The language's own name (the language switch).
    name: str = ""
    #: The HTML ``lang`` of text in this language.
    html_lang: str = ""
    #: The language code of undocs.org URLs.
    undocs: str = ""
    #: Between the items of a list of links or names, and between clauses.
    list_separator: str = ", "
    clause_separator: str = "; "
    #: Month names (empty: months are written as numbers).
    months: tuple = ()
    #: Date formats; fields y, m, d, month (name), and y2, m2, d2, month2 for
    #: the end of a range. Keys: day, days2 (two consecutive days), range,
    #: range_months, range_years, month, year.
    date_formats: tuple = ()
    #: Ordinal words for session numbers 1…20 (``{nth}`` in the catalog).
    ordinals: tuple = ()
    #: Languages whose names stand in when this one has none (countries …).
    name_fallback: tuple = ()

    def ends_sentence(self, text: str) -> bool:
        return bool(self.sentence_end.search(text.rstrip()))

    def month_number(self, name: str) -> Optional[int]:
        lowered = [m.lower() for m in self.months]
        return lowered.index(name.lower()) + 1 if name.lower() in lowered else None

    def date(self, start, end=None, precision: str = "day") -> str:
        """A date or range of days as readers of this language write it."""
        end = end or start
        formats = dict(self.date_formats)
        if precision == "year":
            return formats["year"].format(y=start.year)
        fields = dict(y=start.year, m=start.month, d=start.day, month=self._month(start.month),
                      y2=end.year, m2=end.month, d2=end.day, month2=self._month(end.month))
        if precision == "month":
            return formats["month"].format(**fields)
        if start == end:
            key = "day"
        elif start.year != end.year:
            key = "range_years"
        elif start.month != end.month:
            key = "range_months"
        elif end.day == start.day + 1:
            key = "days2"
        else:
            key = "range"
        return formats[key].format(**fields)

    def _month(self, number: int) -> str:
        return self.months[number - 1] if self.months else str(number)

    def ordinal(self, n: int) -> str:
        return self.ordinals[n - 1] if 0 < n <= len(self.ordinals) else str(n)


ZH = LanguageProfile(
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
    recommendation=re.compile(r"^(?:建议|Recommendation)\s*(?P<num>[0-9０-９]{1,3})$"),
    wide_script=True,
    name="中文",
    html_lang="zh-Hans",
    undocs="zh",
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

EN = LanguageProfile(
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
    recommendation=re.compile(r"^(?:Recommendation|建议)\s*(?P<num>[0-9]{1,3})$"),
    common_words=frozenset("the of and to in on for was were that with by its their".split()),
    name="English",
    html_lang="en",
    undocs="en",
    months=MONTHS_EN,
    date_formats=(("day", "{d} {month} {y}"), ("days2", "{d} and {d2} {month} {y}"),
                  ("range", "{d} to {d2} {month} {y}"), ("range_months", "{d} {month} to {d2} {month2} {y}"),
                  ("range_years", "{d} {month} {y} to {d2} {month2} {y2}"),
                  ("month", "{month} {y}"), ("year", "{y}")),
    ordinals=tuple("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split()),
)

FR = LanguageProfile(
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
    recommendation=re.compile(r"^Recommandation\s*(?P<num>[0-9]{1,3})$"),
    common_words=frozenset("le la les des du de et à au aux en une un sur pour par est sont".split()),
    name="Français",
    html_lang="fr",
    undocs="fr",
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

#: Every language the generator can read and write, by code.
PROFILES = {p.code: p for p in (ZH, EN, FR)}


def profile(language: str) -> LanguageProfile:
    """The profile of `language`."""
    try:
        return PROFILES[language]
    except KeyError:
        raise SourceError(language, 0, f"a language with a profile ({', '.join(PROFILES)})",
                          repr(language)) from None


def detect(letters_per_line: list[tuple[float, str]]) -> str:
    """The language of a text, from (share of wide characters, text) per
    line: a wide-script language when wide characters make up more than a
    fifth of the letters on average; otherwise the Latin-script profile whose
    common words the text uses most (the first profile on a tie)."""
    wide = [p for p in PROFILES.values() if p.wide_script]
    latin = [p for p in PROFILES.values() if not p.wide_script]
    if not letters_per_line:
        return wide[0].code
    if wide and sum(s for s, _ in letters_per_line) / len(letters_per_line) > 0.2:
        return wide[0].code
    words = re.findall(r"[^\W\d_]+", " ".join(t for _, t in letters_per_line).lower())
    scores = [sum(1 for w in words if w in p.common_words) for p in latin]
    return latin[scores.index(max(scores))].code
