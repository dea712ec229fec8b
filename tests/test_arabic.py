"""Arabic as data: the profile reads UN Arabic markers (paragraphs ``1-`` or
``١-``, chapters ``أولاً-``, sections ``ألف-``, subparagraphs ``(أ)``), titles
and dates with both month names, and a file is told Arabic by its script."""
from __future__ import annotations

import datetime as dt

import pytest

from generator import ids
from generator.languages import PROFILES, profile
from generator.i18n import catalog
from generator.names import group_key, has_name, name
from generator.parse import detect_language, parse

AR = profile("ar")

SMALL = """تقرير عن اجتماع الفريق العامل الحكومي الدولي المعني بالمساعدة التقنية المعقود في فيينا يومي 17 و18 تشرين الأول/أكتوبر 2012
أولاً- مقدِّمة
1- عقد الفريق العامل اجتماعه في فيينا.
ثانياً- تنظيم الاجتماع
ألف- افتتاح الاجتماع
٢- افتتح الرئيس الاجتماع وقال ما يلي:
(أ) إنَّ المساعدة التقنية ضرورية؛
(ب) وإنَّ التنسيق مطلوب؛
(ج) وإنَّ الأدوات مفيدة.
باء- الوثائق
3- ترد الوثائق في المرفق.
"""


def test_arabic_is_a_profile_with_what_pages_need():
    assert PROFILES["ar"] is AR
    assert (AR.html_lang, AR.undocs, AR.iso639_2, AR.list_separator) == ("ar", "ar", "ara", "، ")
    assert AR.month_number("تشرين الأول/أكتوبر") == 10 and AR.month_number("حزيران/يونيه") == 6
    assert AR.date(dt.date(2012, 10, 17), dt.date(2012, 10, 18)) == "17 و18 تشرين الأول/أكتوبر 2012"
    assert AR.date(dt.date(2012, 6, 27), dt.date(2012, 6, 29)) == "من 27 إلى 29 حزيران/يونيه 2012"
    assert AR.ordinal(6) == "السادسة"


@pytest.mark.parametrize("printed, number", [("أولاً", "1"), ("أولا", "1"), ("أولًا", "1"), ("رابعاً", "4"),
                                             ("ألف", "A"), ("جيم", "C"), ("IV", "IV")])
def test_heading_words_stand_for_numbers(printed, number):
    assert AR.heading_number(printed) == number


def test_paragraph_numbers_in_either_digits_and_no_range():
    assert AR.paragraph.match("1- نص")["num"] == "1"
    assert ids.clean_number(AR.paragraph.match("١٢- نص")["num"]) == "12"
    assert AR.paragraph.match("17-18 تشرين الأول/أكتوبر") is None  # a range at a line start is text
    assert profile("en").paragraph.match("1- text") is None  # other languages keep their own form


def test_arabic_is_told_by_its_script():
    assert detect_language(SMALL) == "ar"
    assert detect_language("CTOC/COP/WG.2/2012/5\n" + SMALL) == "ar"


def test_a_small_arabic_report_has_the_ids_of_the_other_versions():
    report = parse(SMALL, "small-ar.txt")
    assert report.language == "ar" and report.slug == "2012-10-17"
    assert (report.meeting.start, report.meeting.end, report.meeting.city) == (
        dt.date(2012, 10, 17), dt.date(2012, 10, 18), "Vienna")
    assert [group_key(b) for b in report.meeting.bodies] == ["wg-ta"]
    heads = [b.id for b in report.blocks if b.__class__.__name__ == "Heading"]
    assert heads == ["chp_1", "chp_2", "chp_2__sec_a", "chp_2__sec_b"]
    assert [p.id for p in report.paragraphs] == ["para_1", "para_2", "para_3"]
    assert [c.id for c in report.paragraphs[1].children] == [
        "para_2__subpara_a", "para_2__subpara_b", "para_2__subpara_c"]
    assert report.paragraphs[1].children[0].marker == "(أ)"


def test_the_arabic_catalog_and_names():
    assert set(catalog("ar")) == set(catalog("en"))
    assert set(catalog("ar")["quality_codes"]) == set(catalog("en")["quality_codes"])
    assert catalog("ar")["language_names"]["ar"] == "العربية"
    assert name("cities", "Vienna", "ar") == "فيينا"
    assert name("bodies", "cop", "ar") == "مؤتمر الأطراف"
    assert name("groups", "wg-ta", "ar") == "الفريق العامل الحكومي الدولي المعني بالمساعدة التقنية"
    assert has_name("countries", "saudi-arabia", "ar")
    assert name("countries", "zimbabwe", "ar") == "Zimbabwe"  # no Arabic name: the fallback (en)


def test_every_group_and_city_the_seeds_name_has_an_arabic_name():
    from support import SEEDS
    for path in sorted(SEEDS.glob("*.txt")):
        report = parse(path.read_text(encoding="utf-8"), path.name)
        assert has_name("cities", report.meeting.city, "ar"), path.name
        for body in report.meeting.bodies:
            assert group_key(body) and has_name("groups", group_key(body), "ar"), (path.name, body)
