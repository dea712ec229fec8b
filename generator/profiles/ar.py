"""Arabic: paragraphs ``1-``, chapters ``أولاً-``, sections ``ألف-``, right to left."""
from __future__ import annotations

import re

from ..ids import ARABIC_ORDER
from ..patterns import ARABIC_PAREN, DOTTED, NUMBERED_HYPHEN, PAREN
from .common import annex, annex_columns, agenda_cell

MONTHS_AR = ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
             "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
             "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر")
_MONTH_AR = "|".join(MONTHS_AR)
#: Arabic chapter numbers are ordinal words (``أولاً-``, ``ثانياً-``), written
#: with or without the tanween; sections are the names of the letters in the
#: abjad order (``ألف-``, ``باء-``), the order of `ids.ARABIC_LETTERS`.
ORDINALS_AR = ("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا",
               "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر", "خامس عشر")
LETTER_NAMES_AR = ("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم",
                   "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد")
_ORDINAL_AR = "|".join("\u064b?".join(word) + "\u064b?" for word in sorted(ORDINALS_AR, key=len, reverse=True))
#: Arabic letters (and the tatweel of ``هـ``).
_AR = "\u0621-\u064a\u0640"

#: Arabic headings: ``أولاً- مقدِّمة``, ``رابعاً- موجز المداولات``.
CHAPTER_AR = re.compile(rf"^(?P<marker>(?P<num>{_ORDINAL_AR})\s*[-–])\s*(?P<text>\S.*)$")
SECTION_AR = re.compile(rf"^(?P<marker>(?P<num>{'|'.join(LETTER_NAMES_AR)})\s*[-–])\s*(?P<text>\S.*)$")


AR = dict(
    code="ar",
    chapters=(CHAPTER_AR,),
    section=SECTION_AR,
    heading_numerals=tuple((word, str(n)) for n, word in enumerate(ORDINALS_AR, 1))
                     + tuple(zip(LETTER_NAMES_AR, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    # ``1- نص``, and ``١- نص`` where the extractor keeps Arabic-Indic digits.
    paragraph=NUMBERED_HYPHEN,
    number_format="{n}-",
    letters=ARABIC_ORDER,
    title_start=re.compile(r"^تقرير\b|\bالمعقودة? (?:في|ب)"),
    title_start_needs_date=False,
    title_end=re.compile(r"تقرير.*\bالمعقودة? (?:في|ب).*[0-9٠-٩]{4}"),
    title_example="'تقرير عن اجتماع الفريق العامل الحكومي الدولي المعني بالمساعدة التقنية "
                  "المعقود في فيينا يومي 17 و18 تشرين الأول/أكتوبر 2012'",
    # The full stop (``.``, or the Arabic ``۔``), semicolon ``؛``, question
    # mark ``؟``, colon; a closing quote or bracket and a glued footnote mark
    # may follow. The Arabic comma ``،`` ends no sentence: a line ending with
    # it goes on (it closes items of inline enumerations, see item_opens_after).
    sentence_end=re.compile(r"[.;:!?؛؟۔][\"”’)»]?(?:\d{1,2}|\*{1,3})?$"),
    footnote_before=_AR + ")\\].,;:؛،”’»\"",
    item_opens_after=re.compile(r"(?:[.;:!?؛؟۔]|؛\s+(?:و|أو))[\"”’)»]?(?:\d{1,2})?$"),
    ragged=True,
    lettered_forms=(ARABIC_PAREN, PAREN),
    point_forms=(PAREN, DOTTED),
    title_date=re.compile(
        rf"(?P<d1>[0-9٠-٩]{{1,2}})(?:\s*(?:و|-|–|إلى)\s*(?P<d2>[0-9٠-٩]{{1,2}}))?\s+"
        rf"(?P<month>{_MONTH_AR})\s+(?P<y>[0-9٠-٩]{{4}})"),
    title_city=re.compile(rf"\bالمعقودة? (?:في|ب)\s*(?P<city>[{_AR}]+)"),
    title_bodies=re.compile(r"اجتماع (?P<bodies>.+?) المعقود"),
    bodies_split=re.compile(r" و(?=الفريق العامل)"),
    recommendation=re.compile(r"^(?:التوصية|توصية)\s*(?P<num>[0-9٠-٩]+)$"),
    recommendations_chapter=re.compile(r"^التوصيات$"),
    annex=annex("المرفق|Annex"),
    annex_columns=annex_columns("الرمز|Symbol", "بند جدول الأعمال|Agenda item",
                                "العنوان أو الوصف|Title or description"),
    agenda_cell=re.compile(rf"^(?P<agenda>[0-9٠-٩]+(?:\s?\([a-z{_AR}]{{1,2}}\))?"
                           rf"(?:\s*(?:و|،|,)\s*[0-9٠-٩]+(?:\s?\([a-z{_AR}]{{1,2}}\))?)*)\s+(?P<title>.*)$"),
    draft_title=re.compile(r"^مشروع تقرير|(?i:draft)"),
    script="\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
    common_words=frozenset("في من على إلى أن التي الذي عن مع هذا هذه".split()),
    genre_words=frozenset((
        "الفريق العامل الخبراء الحكوميين أوصى توصي التوصيات توصية ينبغي للدول الدول الأطراف "
        "الدولة الاتفاقية بروتوكولاتها الجريمة المنظمة عبر الوطنية الأمم المتحدة المؤتمر "
        "المكتب الأمانة أيضا بما ذلك تلك التي الذي المساعدة التقنية"
    ).split()),
    name="العربية",
    html_lang="ar",
    direction="rtl",
    undocs="ar",
    iso639_2="ara",
    list_separator="، ",
    clause_separator="؛ ",
    months=MONTHS_AR,
    date_formats=(("day", "{d} {month} {y}"), ("days2", "{d} و{d2} {month} {y}"),
                  ("range", "من {d} إلى {d2} {month} {y}"),
                  ("range_months", "من {d} {month} إلى {d2} {month2} {y}"),
                  ("range_years", "من {d} {month} {y} إلى {d2} {month2} {y2}"),
                  ("month", "{month} {y}"), ("year", "{y}")),
    # Sessions (الدورة, feminine): the first … the twentieth.
    ordinals=("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
              "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة", "الثالثة عشرة", "الرابعة عشرة",
              "الخامسة عشرة", "السادسة عشرة", "السابعة عشرة", "الثامنة عشرة", "التاسعة عشرة", "العشرون"),
    name_fallback=("en",),
)
