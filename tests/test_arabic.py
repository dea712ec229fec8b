"""Arabic as data: the profile reads UN Arabic markers (paragraphs ``1-`` or
``١-``, chapters ``أولاً-``, sections ``ألف-``, subparagraphs ``(أ)``), titles
and dates with both month names, and a file is told Arabic by its script."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator import ids
from generator.languages import PROFILES, profile
from generator.i18n import catalog
from generator.names import group_key, has_name, name
from generator.model import Heading
from generator.parse import detect_language, parse
from generator.read import read_source
from support import LAYOUT

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


# -- the team's own Arabic rendering of the 2012 report, in UN PDF layout -------
FIXTURE = Path(__file__).parent / "fixtures" / "ar" / "wg-ta-2012-ar-pdf.txt"
ENGLISH = Path(__file__).parent / "fixtures" / "en" / "wg-ta-2012-en-pdf.txt"


@pytest.fixture(scope="module")
def arabic():
    return parse(read_source(FIXTURE), FIXTURE.name)


def test_the_fixture_is_laid_out_as_pdftotext_writes_it():
    text = FIXTURE.read_text(encoding="utf-8")
    assert text.count("\f") == 11  # a form feed at every page break
    assert "V.12-57054 (A)" in text and "__________________" in text and "\n\n" in text
    assert detect_language(text) == "ar"


def test_the_arabic_report_has_the_ids_of_the_english_one(arabic):
    english = parse(read_source(ENGLISH), ENGLISH.name)
    assert arabic.language == "ar" and arabic.slug == english.slug == "2012-10-17"
    assert arabic.symbol == "CTOC/COP/WG.2/2012/5"
    assert (arabic.meeting.start, arabic.meeting.end, arabic.meeting.city) == (
        dt.date(2012, 10, 17), dt.date(2012, 10, 18), "Vienna")
    assert arabic.ids() == english.ids()
    assert [p.id for p in arabic.paragraphs] == [f"para_{n}" for n in range(1, 25)]
    assert not arabic.warnings


def test_headings_footnotes_and_lists(arabic):
    headings = {b.id: b.text for b in arabic.blocks if isinstance(b, Heading)}
    assert headings["chp_4"] == "موجز المداولات"
    assert headings["chp_4__sec_a"].endswith("يومي 19 و20 تشرين الأول/أكتوبر 2010")  # wrapped heading joined
    assert [(f.id, f.referenced_from) for f in arabic.footnotes] == [("fn_1", "para_3"), ("fn_2", "para_4")]
    para4 = arabic.paragraphs[3].text
    assert "جدول الأعمال، الذي أُقرَّ في الجلسة الأولى" in para4  # the footnote block cut it: joined again
    para8 = arabic.paragraphs[7]
    assert not para8.children and "الأموال، (ب) وإنشاء" in para8.text  # an inline enumeration stays inline
    assert [c.marker for c in arabic.paragraphs[22].children] == ["(أ)", "(ب)", "(ج)", "(د)", "(هـ)", "(و)"]
    assert arabic.paragraphs[22].children[4].id == "para_23__subpara_e"


def test_the_annex_table(arabic):
    annex = next(b for b in arabic.blocks if b.id == "annex_1")
    assert annex.columns == ["الرمز", "بند جدول الأعمال", "العنوان أو الوصف"]
    rows = [(r.symbol, r.agenda) for r in annex.rows]
    assert rows[0] == ("CTOC/COP/WG.2/2012/1", "1(ب)")
    assert rows[2] == ("CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4", "7")
    assert rows[5] == ("CTOC/COP/2012/10", "4 و5")
    assert annex.rows[6].title.endswith("من 27 إلى 29 حزيران/يونيه 2012")  # a row cut by a page break


def test_arabic_indic_paragraph_numbers_give_the_same_ids(arabic):
    eastern = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    text = re.sub(r"(?m)^(\d+)- ", lambda m: m[1].translate(eastern) + "- ", FIXTURE.read_text(encoding="utf-8"))
    assert "١٢- " in text
    assert parse(text, FIXTURE.name).ids() == arabic.ids()


# -- right to left --------------------------------------------------------------
def test_latin_runs_in_arabic_text_are_isolated_left_to_right():
    from generator.markup import inline
    text = "انظر CTOC/COP/2012/15، والقرار 5/7 الذي قدَّمه UNODC في 17 و18 تشرين الأول/أكتوبر 2012."
    html = inline(text, [], rtl=True)
    assert '<bdi dir="ltr">CTOC/COP/2012/15</bdi>،' in html
    assert '<bdi dir="ltr">5/7</bdi>' in html and '<bdi dir="ltr">UNODC</bdi>' in html
    assert "2012." in html and "الأول/أكتوبر" in html  # plain numbers and Arabic need no isolation
    assert inline(text, []) == inline(text, [], rtl=False) and "<bdi" not in inline(text, [])


def test_right_to_left_text_on_a_left_to_right_page_says_its_direction():
    from generator.markup import lang_attr
    assert lang_attr("ar", "en") == ' lang="ar" dir="rtl"'
    assert lang_attr("zh", "ar") == ' lang="zh-Hans" dir="ltr"'
    assert lang_attr("zh", "en") == ' lang="zh-Hans"'  # same direction: as before


def test_a_right_to_left_page_has_its_direction_on_html():
    from generator.engine.plugin import html_direction
    page = '<!doctype html><html lang="ar" class="no-js"><head></head><body dir="rtl" data-x="1">'
    assert html_direction(page).startswith('<!doctype html><html lang="ar" dir="rtl" class="no-js">')
    ltr = '<!doctype html><html lang="en" class="no-js"><head></head><body dir="ltr">'
    assert html_direction(ltr) == ltr


# -- as Arabic texts print numbers and letters ------------------------------------
def test_an_inline_arabic_enumeration_wrapped_at_its_next_marker_stays_inline():
    """The one rule for inline enumerations reads Arabic letters too: (ج)
    after an inline (أ) … (ب) goes on with the text (`lists.inline_before`)."""
    body = "1- ناقش الفريق العامل (أ) الاتجار بالأشخاص؛ (ب) تهريب المهاجرين؛\n(ج) الأسلحة النارية.\n2- واختتم الاجتماع.\n"
    report = parse(SMALL.split("\n")[0] + "\n" + body, "inline.txt", "ar")
    assert [(p.id, len(p.children)) for p in report.paragraphs] == [("para_1", 0), ("para_2", 0)]
    assert report.paragraphs[0].text.endswith("(ج) الأسلحة النارية.")


def test_citations_and_pages_print_arabic_letters_and_numbers():
    from generator.citation import item_label
    from generator.render.blocks import BlockRenderer

    report = parse(SMALL, "small.txt", "ar")
    assert item_label("para_2__subpara_c", "ar", report) == "الفقرة 2 (ج)"
    assert item_label("para_2__subpara_c", "en", report) == "para. 2 (c)"
    html = BlockRenderer("ar", LAYOUT).paragraph(report.paragraphs[1], report, None)
    assert ('<a class="para-num" href="#para_2" aria-label="الرابط الدائم إلى الفقرة 2">2-</a>' in html
            and '<span class="sub-label">(ج)</span>' in html)
    english = parse(SMALL, "small.txt", "ar")
    english.language = "en"  # the same text read as English prints 2. and (c)
    html = BlockRenderer("en", LAYOUT).paragraph(english.paragraphs[1], english, None)
    assert '>2.</a>' in html and '<span class="sub-label">(c)</span>' in html
