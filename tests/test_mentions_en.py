"""English mentions: the same keys as the Chinese ones, so that one index
entry is cited by the paragraphs of both languages."""
import datetime as dt

import pytest

from en_support import load_en
from generator.mentions import find_mentions
from generator.model import Meeting, Paragraph, Report
from support import load


def keys(report, kind):
    return {m.key for m in report.mentions if m.kind == kind}


@pytest.fixture(scope="module")
def en2012():
    return load_en("wg-ta-2012-en-pdf.txt")[0]


@pytest.fixture(scope="module")
def en2016():
    return load_en("wg-ta-2016-en-pdf.txt")[0]


def test_2012_expected_sets(en2012):
    assert keys(en2012, "decision") == {"cop-dec-2-6", "cop-dec-4-3", "cop-res-5-7", "cop-res-6-4", "cop-res-5-6"}
    assert keys(en2012, "date") == {"2012-10-17", "2012-10-18", "2010-10-19", "2012-06-27", "2009-11-24"}
    assert keys(en2012, "document") == {
        "CTOC/COP/WG.2/2012/1", "CTOC/COP/WG.2/2012/2", "CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4",
        "CTOC/COP/2012/7", "CTOC/COP/2012/9", "CTOC/COP/2012/10", "UNODC/CCPCJ/EG.1/2012/4",
        "UNODC/CCPCJ/EG.1/2009/2", "CTOC/COP/2012/15"}
    assert len(keys(en2012, "country")) == 27 and "switzerland" in keys(en2012, "country")
    assert not [w for w in en2012.warnings if w.code.endswith("-unknown")]


def test_2012_same_keys_as_the_chinese_report(en2012):
    zh = load("000_9878c2901082bbba.txt")
    for kind in ("decision", "date", "document"):
        assert keys(en2012, kind) == keys(zh, kind), kind
    # The Chinese text garbles 瑞士 (Switzerland) into 日式; the English names it.
    assert keys(en2012, "country") == keys(zh, "country") | {"switzerland"}
    where = lambda r: {(m.kind, m.key, m.paragraph) for m in r.mentions if m.kind != "country"}  # noqa: E731
    assert where(en2012) == where(zh)


def test_2016_expected_sets_equal_the_chinese_ones(en2016):
    zh = load("003_ad63e9abc5f799f5.txt")
    assert keys(en2016, "decision") == {"cop-dec-2-6", "cop-dec-4-3", "cop-res-7-1", "cop-res-7-3", "cop-res-8-4"}
    assert keys(en2016, "date") == {"2016-10-17", "2016-10-18", "2016-10-19"}
    assert keys(en2016, "country") == {
        "finland", "canada", "united-states-of-america", "netherlands", "romania", "china", "philippines",
        "australia", "mexico", "morocco", "japan", "iran-islamic-republic-of"}
    full = lambda r: sorted((m.kind, m.key, m.paragraph, m.date_end) for m in r.mentions)  # noqa: E731
    assert full(en2016) == full(zh)


def test_decision_title_and_the_meeting_event(en2012):
    res57 = next(m for m in en2012.mentions if m.key == "cop-res-5-7")
    assert res57.text == "resolution 5/7" and res57.title == "Combating transnational organized crime against cultural property"
    first = next(m for m in en2012.mentions if m.kind == "date" and m.paragraph == "para_1")
    assert (first.text, first.date_end, first.event_key) == ("17 and 18 October 2012", "2012-10-18", "meeting-2012-10-17")


def mentions_of(text, heading=""):
    para = Paragraph("para_1", 1, text, 1)
    report = Report("t.txt", "en", "2018-05-28", "Report", Meeting(dt.date(2018, 5, 28), dt.date(2018, 5, 31),
                    "Vienna", []), None, [], [para], [])
    find_mentions(report)
    return report, [(m.kind, m.key, m.text) for m in report.mentions]


def test_decisions_of_several_bodies_and_lists():
    _, found = mentions_of(
        "Recalling decisions 2/6 and 4/3 of the Conference and General Assembly resolution 55/25, "
        "and the Commission on Crime Prevention and Criminal Justice resolution 26/3.")
    assert [f for f in found if f[0] == "decision"] == [
        ("decision", "cop-dec-2-6", "2/6"), ("decision", "cop-dec-4-3", "4/3"),
        ("decision", "ga-res-55-25", "resolution 55/25"), ("decision", "ccpcj-res-26-3", "resolution 26/3")]


def test_resolution_entitled():
    report, _ = mentions_of('In its resolution 5/7, entitled "Combating crime", the Conference decided.')
    assert [(m.key, m.title) for m in report.mentions] == [("cop-res-5-7", "Combating crime")]


def test_dates():
    _, found = mentions_of("The meeting was held from 28 to 31 May 2018. Another was held on 18 October 2012, "
                           "and one from 30 May to 2 June 2023; the plan of October 2019 is in CTOC/COP/2018/10.")
    dates = [(f[1], f[2]) for f in found if f[0] == "date"]
    assert dates == [("2018-05-28", "28 to 31 May 2018"), ("2012-10-18", "18 October 2012"),
                     ("2023-05-30", "30 May to 2 June 2023"), ("2019-10-01", "October 2019")]


def test_date_ranges_and_precision():
    report, _ = mentions_of("The meeting was held from 28 to 31 May 2018, and a forum in October 2019.")
    got = [(m.key, m.date_end, m.precision, m.event_key) for m in report.mentions]
    assert got[0] == ("2018-05-28", "2018-05-31", "day", got[0][3])
    assert got[1] == ("2019-10-01", "2019-10-31", "month", "")


def test_countries_in_an_english_list_with_parenthesised_names_and_organisations():
    report, found = mentions_of(
        "Statements were made by the representatives of the following States: Trinidad and Tobago, "
        "Venezuela (Bolivarian Republic of), Iran (Islamic Republic of) and Bosnia and Herzegovina.")
    assert [f[1] for f in found] == ["trinidad-and-tobago", "venezuela-bolivarian-republic-of",
                                     "iran-islamic-republic-of", "bosnia-and-herzegovina"]
    assert report.mentions[1].text == "Venezuela (Bolivarian Republic of)"
    report, found = mentions_of(
        "The following intergovernmental organizations were represented by observers: European Union "
        "and International Criminal Police Organization (INTERPOL).")
    assert found == [("organisation", "european-union", "European Union"),
                     ("organisation", "international-criminal-police-organization-interpol",
                      "International Criminal Police Organization (INTERPOL)")]


def test_unknown_name_in_a_list_is_a_warning():
    report, found = mentions_of("Statements were made by the representatives of the following States: "
                                "Canada and Atlantis.")
    assert [f[1] for f in found] == ["canada"]
    assert [(w.code, w.target) for w in report.warnings] == [("country-unknown", "para_1")]
