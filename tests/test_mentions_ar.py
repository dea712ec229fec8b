"""Arabic mentions: the same keys as the other versions of a report."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.parse import parse
from generator.read import read_source

FIXTURES = Path(__file__).parent / "fixtures"
TITLE = ("تقرير عن اجتماع الفريق العامل المعني بالمساعدة التقنية المعقود في فيينا يومي 17 و18 "
         "تشرين الأول/أكتوبر 2012\n\n")


def found(text: str, kind: str) -> list[tuple[str, str]]:
    report = parse(TITLE + "1- " + text + "\n", "t.txt", "ar")
    return [(m.key, m.text) for m in report.mentions if m.kind == kind]


def test_the_arabic_report_names_what_the_english_one_names():
    """Decisions, dates and articles of the team's Arabic rendering of the
    2012 report have exactly the keys of the English rendering's."""
    kinds = ("decision", "date", "article", "country")
    keys = {}
    for language in ("en", "ar"):
        path = FIXTURES / language / "wg-ta-2012-{}-pdf.txt".format(language)
        report = parse(read_source(path), path.name)
        keys[language] = {(m.kind, m.key) for m in report.mentions if m.kind in kinds}
    assert keys["ar"] == keys["en"]
    assert ("decision", "cop-dec-2-6") in keys["ar"] and ("article", "31") in keys["ar"]
    assert sum(1 for kind, _ in keys["ar"] if kind == "country") == 27  # paragraph 5's speakers


@pytest.mark.parametrize("text, expected", [
    # «و» joined to the next name; a name with a space and with a bracket stays whole.
    ("وأدلى ببيانات ممثِّلو الدول التالية: أستراليا وإيران (جمهورية - الإسلامية) والمملكة العربية السعودية "
     "واليابان.", [("australia", "أستراليا"), ("iran-islamic-republic-of", "إيران (جمهورية - الإسلامية)"),
                  ("saudi-arabia", "المملكة العربية السعودية"), ("japan", "اليابان")]),
    ("وأدلى ببيانات ممثِّلو الدول التالية: ألمانيا، وفرنسا، والصين.",
     [("germany", "ألمانيا"), ("france", "فرنسا"), ("china", "الصين")]),
])
def test_participants_joined_by_wa(text, expected):
    assert found(text, "country") == expected


@pytest.mark.parametrize("text, expected", [
    ("أنشئ الفريق عملاً بالمقرَّر 2/6 الصادر عن مؤتمر الأطراف.", [("cop-dec-2-6", "بالمقرَّر 2/6")]),
    ("وقرَّر المؤتمر، في مقرره 4/3، ما يلي.", [("cop-dec-4-3", "مقرره 4/3")]),
    ("أشار إلى المقرَّرين 2/6 و4/3.", [("cop-dec-2-6", "2/6"), ("cop-dec-4-3", "4/3")]),
    ("انظر قرار الجمعية العامة 55/25، المرفق الأول.", [("ga-res-55-25", "قرار الجمعية العامة 55/25")]),
    ("انظر القرار 26/3 الصادر عن لجنة منع الجريمة والعدالة الجنائية.", [("ccpcj-res-26-3", "القرار 26/3")]),
    ("وقرَّر الفريق أن يجتمع مرة أخرى في 2/6 من الشهر.", []),  # a verb «قرَّر», no decision
])
def test_decisions(text, expected):
    assert found(text, "decision") == expected


def test_a_decision_s_title_is_read():
    report = parse(TITLE + '1- طلب المؤتمر، في قراره 5/7 المعنون "مكافحة الجريمة المنظمة"، ما يلي.\n', "t.txt", "ar")
    (mention,) = [m for m in report.mentions if m.kind == "decision"]
    assert (mention.key, mention.title) == ("cop-res-5-7", "مكافحة الجريمة المنظمة")


@pytest.mark.parametrize("text, expected", [
    ("عقد الفريق اجتماعاً يومي 17 و18 تشرين الأول/أكتوبر 2012.", [("2012-10-17", "17 و18 تشرين الأول/أكتوبر 2012")]),
    ("المعقود في فيينا من 27 إلى 29 حزيران/يونيه 2012.", [("2012-06-27", "27 إلى 29 حزيران/يونيه 2012")]),
    ("في تشرين الثاني/نوفمبر 2009.", [("2009-11-01", "تشرين الثاني/نوفمبر 2009")]),
    ("يومي 17 و18 تشرين الأول/أكتوبر.", []),  # no year: no date, as in English
])
def test_dates(text, expected):
    assert found(text, "date") == expected


@pytest.mark.parametrize("text, expected", [
    ("وفقاً للفقرة 5 من المادة 31 من الاتفاقية.", [("31", "31")]),
    ("المادتين 24 و26 من اتفاقية الجريمة المنظمة.", [("24", "24"), ("26", "26")]),
    ("المادة 32 من اتفاقية الأمم المتحدة لمكافحة الفساد.", []),
])
def test_articles(text, expected):
    assert [key for key, _ in found(text, "article")] == [key for key, _ in expected]
