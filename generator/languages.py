"""What the pipeline knows about each language of the sources, as data.

One `LanguageProfile` per language holds every pattern that depends on the
language of a report: how headings, annexes and recommendations are marked,
how the title reads, where a sentence ends, where a footnote mark can be
glued, how dates are written, which words of a wrapped line keep their
hyphen, what the parser's checks look for. `clean` and `parse` look
things up here instead of branching on the language code (`mentions` reads
the ``mentions:`` section of the same files, `mentions.rules`).

It also holds what the pages need to write in a language: its name, its
``lang`` attribute, the undocs.org language code, list separators and date
formats. Labels are in the catalog (``locales/<code>.json``), names of
countries, bodies and cities in ``data/`` (a language's own names may sit in
``data/names/<code>.json``).

The fields and their meaning are here; each language's values are its file
``profiles/<code>.yml`` (read and checked by `language_files`), and the
languages are the files found there, in the order of their ``priority``.
Adding a language means adding its files (README, "Languages"); no module
names a language. Which languages the site is built in is said in one
place: ``extra: languages:`` in ``mkdocs.yml`` (or ``build
--languages``), see `settings.configured_languages`.
"""
from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, fields
from pathlib import Path
from typing import Optional

from . import language_files
from .errors import SourceError
from .language_files import Section
from .patterns import CJK_POINT, DOTTED, FULL_PAREN, LIST_FORMS, NUMBERED, PAREN, PLACEHOLDER, ListForm

#: A section heading in every language so far: ``A.``, ``B．``.
SECTION = re.compile(r"^(?P<marker>(?P<num>[A-Z])\s*[.．])\s*(?P<text>[^\s/].*)$")
#: What never matches: the default of a pattern a language does not have.
NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    #: Where the language stands when one must be chosen (lowest first): the
    #: first is the default language (built when ``mkdocs.yml`` lists none),
    #: language detection breaks ties by it, the title's facts are tried in it.
    priority: int
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
    #: How list markers are printed (`patterns.ListForm`): those of level-1
    #: subparagraphs (``(a)``; ``a)`` in French), and those of the points
    #: below them (``(i)``, ``㈠``, ``a.``, ``i.``). See `parse.lists`.
    lettered_forms: tuple[ListForm, ...] = (PAREN, FULL_PAREN)
    point_forms: tuple[ListForm, ...] = (PAREN, FULL_PAREN, CJK_POINT, DOTTED)
    #: A wrapped line may continue after a line that stops mid-sentence even
    #: if it did not reach the margin (proportional Latin text is ragged).
    ragged: bool = False
    #: What may follow a numeric footnote mark glued to the text (regex).
    footnote_after: str = r"(?=\s|$)"
    #: Between the lines of an annex title.
    annex_title_separator: str = " "
    #: A numbered paragraph's first line (groups marker, num, text): ``12.``;
    #: Arabic ``12-`` (`patterns.NUMBERED_HYPHEN`).
    paragraph: re.Pattern = NUMBERED
    #: Words that number headings, as (word, number or letter) pairs: Arabic
    #: chapters ``أولاً`` → 1 and sections ``باء`` → B (ids ``chp_1``, ``sec_b``).
    heading_numerals: tuple = ()
    #: Marks a heading word may carry anywhere, ignored when reading its
    #: number (a regex class body; Arabic tanween: ``أولاً`` is ``أولا``).
    heading_marks: str = ""

    # -- the title's facts ----------------------------------------------------
    #: The meeting's dates in the title: groups y, d1, d2 and either m, m2
    #: (month numbers) or month (a name in `months`).
    title_date: re.Pattern = NEVER
    #: The city in the title (group city, a name in any language of data/cities.json).
    title_city: re.Pattern = NEVER
    #: The bodies in the title (group bodies), and what separates two of them.
    title_bodies: re.Pattern = NEVER
    bodies_split: re.Pattern = NEVER

    # -- the parser's block patterns (see `parse.registry`) ---------------------
    #: A recommendation block's first line (group num).
    recommendation: re.Pattern = NEVER
    #: The heading text of a report's recommendations chapter (recommendations.py).
    recommendations_chapter: re.Pattern = NEVER
    #: A section heading (groups marker, num, text).
    section: re.Pattern = SECTION
    #: An annex heading (groups text, num), its table's header row (three
    #: groups), and a row's agenda cell before the title (groups agenda, title).
    annex: re.Pattern = NEVER
    annex_columns: re.Pattern = NEVER
    agenda_cell: re.Pattern = NEVER

    # -- what the parser's checks look for (see `parse.checks`) -----------------
    #: A footnote mark left in the text once footnotes are linked (group mark).
    loose_mark: re.Pattern = NEVER
    #: A full date in the body (groups y, m, d1, d2), checked against the title.
    body_date: re.Pattern = NEVER
    #: A title that marks the report as a draft.
    draft_title: re.Pattern = NEVER
    #: Text still to come (``[……]``, ``[XX]``).
    placeholder: re.Pattern = PLACEHOLDER
    #: (variant, official) names of bodies: reported, never changed.
    term_variants: tuple = ()

    # -- recognising the language of a file ----------------------------------
    #: The letters of the language's own script (a regex class body; empty
    #: for Latin and wide scripts): a file whose letters are more than a
    #: fifth of this script is of this language (Arabic).
    script: str = ""
    #: Written in a wide (CJK) script: a file whose letters are more than a
    #: fifth wide characters is of such a language.
    wide_script: bool = False
    #: Frequent short words of the language (Latin-script languages are told
    #: apart by them).
    common_words: frozenset = frozenset()
    #: Words every recommendation of the genre uses (工作组, 建议, "States
    #: parties", "recommended"): recurring recommendations (`recurring`) are
    #: not judged alike by them. Lower case; Chinese as jieba cuts it.
    genre_words: frozenset = frozenset()

    # -- what pages write ------------------------------------------------------
    #: The language's own name (the language switch).
    name: str = ""
    #: The HTML ``lang`` of text in this language.
    html_lang: str = ""
    #: Its writing direction, ``ltr`` or ``rtl`` (Arabic): text in a
    #: right-to-left language keeps its runs of Latin text, symbols and
    #: numbers left to right (`markup.inline`), and carries ``dir`` where it
    #: stands on a page of the other direction (`markup.lang_attr`).
    direction: str = "ltr"
    #: How a paragraph's number is printed (``12.``; Arabic ``12-``).
    number_format: str = "{n}."
    #: The letters of subparagraphs as the language prints them, in order, when
    #: not the Latin ones (Arabic ``أ ب ج د هـ …``): citations name ``(هـ)``, not ``(e)``.
    letters: tuple = ()
    #: The language code of undocs.org URLs.
    undocs: str = ""
    #: The three-letter ISO 639-2 code (Akoma Ntoso's language attributes).
    iso639_2: str = ""
    #: Between the items of a list of links or names, and between clauses.
    list_separator: str = ", "
    clause_separator: str = "; "
    #: Month names (empty: months are written as numbers).
    months: tuple = ()
    #: Date formats; fields y, m, d, month (name), and y2, m2, d2, month2 for
    #: the end of a range. Keys: day, days2 (two consecutive days), range,
    #: range_months, range_years, month, year.
    date_formats: tuple = ()
    #: How a page's period is named in titles and links ("1969 年 1 月至 2 月",
    #: "January–February 1969"), the year word included where the language
    #: puts one, so that the catalog's texts around it add none. Keys: year,
    #: years (y to y2), month, months (m to m2 of year y).
    period_formats: tuple = ()
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

    def period(self, first: int, last: int, months: tuple[int, int] = (1, 12)) -> str:
        """A run of years (`first` to `last`) or of one year's `months`, as
        this language names it in a page's title (`urls.Period`)."""
        formats = {"year": "{y}", "years": "{y}-{y2}", "month": "{y}-{m:02d}",
                   "months": "{y}-{m:02d}-{y}-{m2:02d}", **dict(self.period_formats)}
        if months == (1, 12):
            key = "year" if first == last else "years"
        else:
            key = "month" if months[0] == months[1] else "months"
        return formats[key].format(y=first, y2=last, m=months[0], m2=months[1],
                                   month=self._month(months[0]), month2=self._month(months[1]))

    def _month(self, number: int) -> str:
        return self.months[number - 1] if self.months else str(number)

    def heading_number(self, printed: str) -> str:
        """The number or letter a heading's printed marker stands for
        (``ثانياً`` → ``2``, ``جيم`` → ``C``); other markers as printed."""
        bare = re.sub(f"[{self.heading_marks}]", "", printed) if self.heading_marks else printed
        return next((number for word, number in self.heading_numerals if word == bare), printed)

    def letter(self, latin: str) -> str:
        """A subparagraph letter (an id's ``e``) as the language prints it (``هـ``)."""
        if self.letters and len(latin) == 1 and "a" <= latin <= "z":
            return self.letters[ord(latin) - ord("a")]
        return latin

    def ordinal(self, n: int) -> str:
        return self.ordinals[n - 1] if 0 < n <= len(self.ordinals) else str(n)


def _profile(code: str, file: Section) -> LanguageProfile:
    """The profile a language file describes, its values checked by the
    kind of each field (`language_files`)."""
    known = {f.name for f in fields(LanguageProfile)} - {"code"}
    required = [f.name for f in fields(LanguageProfile)
                if f.default is MISSING and f.default_factory is MISSING and f.name != "code"]
    file.check_keys(required, known | {"mentions"})
    values = {}
    for f in fields(LanguageProfile):
        if f.name not in file.data:
            continue
        kind = f.type
        if f.name in _FRAGMENTS:
            file.pattern(f.name, wrap=_FRAGMENTS[f.name])
            values[f.name] = file.text(f.name)
        elif kind in ("re.Pattern", "Optional[re.Pattern]"):
            values[f.name] = file.pattern(f.name)
        elif kind == "tuple[re.Pattern, ...]":
            values[f.name] = file.patterns(f.name)
        elif kind == "tuple[ListForm, ...]":
            values[f.name] = tuple(_list_form(file, f.name, name) for name in file.strings(f.name))
        elif kind == "frozenset":
            values[f.name] = frozenset(file.strings(f.name))
        elif kind == "tuple":
            values[f.name] = file.pairs(f.name) if f.name in _PAIRS else file.strings(f.name)
        else:
            values[f.name] = file.value(f.name, {"bool": bool, "int": int, "str": str}[kind])
    return LanguageProfile(code=code, **values)


#: Text fields that are pieces of regular expressions, and where each is placed.
_FRAGMENTS = {"footnote_before": "[{}]", "script": "[{}]", "heading_marks": "[{}]", "footnote_after": "{}"}
#: Tuple fields written as mappings in the file.
_PAIRS = {"heading_numerals", "term_variants", "date_formats", "period_formats"}


def _list_form(file: Section, key: str, name: str) -> ListForm:
    try:
        return LIST_FORMS[name]
    except KeyError:
        raise file.fail(key, f"names of list forms ({', '.join(LIST_FORMS)})", repr(name)) from None


def read_profiles(folder: Path = language_files.FOLDER) -> dict[str, LanguageProfile]:
    """The profile of every language file in `folder`, by code, in the order of their ``priority``."""
    return language_files.build(_profile, folder)


#: Every language the generator can read and write, by code: the files of
#: ``profiles/``, in the order of their ``priority``.
PROFILES: dict[str, LanguageProfile] = read_profiles()


def default_profile() -> LanguageProfile:
    """The profile of the default language: the first by priority."""
    return next(iter(PROFILES.values()))


def profile(language: str) -> LanguageProfile:
    """The profile of `language`."""
    try:
        return PROFILES[language]
    except KeyError:
        raise SourceError(language, 0, f"a language with a profile ({', '.join(PROFILES)})",
                          repr(language)) from None


def _script_share(script: str, letters_per_line: list[tuple[float, str]]) -> float:
    """The average share, per line, of a script's letters among the letters."""
    own = re.compile(f"[{script}]")
    shares = []
    for _, text in letters_per_line:
        letters = sum(map(str.isalpha, text))
        shares.append(len(own.findall(text)) / letters if letters else 0.0)
    return sum(shares) / len(shares)


def detect(letters_per_line: list[tuple[float, str]]) -> str:
    """The language of a text, from (share of wide characters, text) per
    line: a wide-script language when wide characters make up more than a
    fifth of the letters on average; a language of its own script (Arabic)
    when its letters are; otherwise the Latin-script profile whose
    common words the text uses most (the first profile on a tie)."""
    wide = [p for p in PROFILES.values() if p.wide_script]
    latin = [p for p in PROFILES.values() if not p.wide_script and not p.script]
    if not letters_per_line:
        return wide[0].code
    for p in PROFILES.values():
        if p.script and _script_share(p.script, letters_per_line) > 0.2:
            return p.code
    if wide and sum(s for s, _ in letters_per_line) / len(letters_per_line) > 0.2:
        return wide[0].code
    words = re.findall(r"[^\W\d_]+", " ".join(t for _, t in letters_per_line).lower())
    scores = [sum(1 for w in words if w in p.common_words) for p in latin]
    return latin[scores.index(max(scores))].code
