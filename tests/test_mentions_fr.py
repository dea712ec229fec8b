"""French mentions: decisions, dates and participants with the same keys as
the Chinese ones, so that one index entry is cited by both versions."""
import datetime as dt
from pathlib import Path

import pytest

from generator.corpus import build_corpus
from generator.render.registry import linker_for
from generator.mentions import find_mentions
from generator.model import Meeting, Paragraph, Report, Span
from generator.parse import parse
from generator.read import read_source
from support import LANGUAGES, LAYOUT, load

FRENCH = Path(__file__).parent / "fixtures" / "fr" / "wg-ta-2012-fr-pdf.txt"


def keys(report, kind):
    return {m.key for m in report.mentions if m.kind == kind}


@pytest.fixture(scope="module")
def fr2012():
    return parse(read_source(FRENCH), FRENCH.name)


@pytest.fixture(scope="module")
def zh2012():
    return load("000_9878c2901082bbba.txt")


def mentions_of(text, heading=""):
    para = Paragraph("para_1", 1, text, 1)
    report = Report("t.txt", "fr", "2018-05-28", "Rapport", Meeting(dt.date(2018, 5, 28), dt.date(2018, 5, 31),
                    "Vienna", []), None, [], [para], [])
    find_mentions(report)
    return report, [(m.kind, m.key, m.text) for m in report.mentions]


# -- small inputs ------------------------------------------------------------------
def test_one_decision_and_two_numbers_in_one_reference():
    _, found = mentions_of("Rappelant la décision 2/6 et les décisions 2/6 et 4/3 de la Conférence.")
    assert found == [("decision", "cop-dec-2-6", "décision 2/6"),
                     ("decision", "cop-dec-2-6", "2/6"), ("decision", "cop-dec-4-3", "4/3")]


def test_the_body_named_after_the_number():
    _, found = mentions_of(
        "Rappelant la résolution 55/25 de l’Assemblée générale et la décision 2/6, ainsi que la "
        "résolution 26/3 de la Commission pour la prévention du crime et la justice pénale et la "
        "résolution 6/4 adoptée par la Conférence.")
    assert [f[1] for f in found] == ["ga-res-55-25", "cop-dec-2-6", "ccpcj-res-26-3", "cop-res-6-4"]
    _, found = mentions_of("Rappelant la résolution 55/25 de l'Assemblée générale.")  # a straight apostrophe
    assert [f[1] for f in found] == ["ga-res-55-25"]


def test_the_body_named_before_its_decision():
    _, found = mentions_of("La Commission pour la prévention du crime et la justice pénale, dans sa "
                           "résolution 26/3, a prié l’Office d’agir.")
    assert [f[1] for f in found] == ["ccpcj-res-26-3"]


def test_resolution_intitulee():
    report, _ = mentions_of("Dans sa résolution 5/7, intitulée « Lutte contre la criminalité », la Conférence a prié.")
    assert [(m.key, m.title) for m in report.mentions] == [("cop-res-5-7", "Lutte contre la criminalité")]
    report, _ = mentions_of("Rappelant la résolution 5/7 de la Conférence, intitulée « Lutte contre la criminalité ».")
    assert [(m.key, m.title) for m in report.mentions] == [("cop-res-5-7", "Lutte contre la criminalité")]


def test_dates():
    _, found = mentions_of("La réunion s’est tenue les 17 et 18 octobre 2012. Une autre a eu lieu du 28 au "
                           "31 mai 2018, une autre le 18 octobre 2012 et le 1er juin 2023, puis du 30 mai au "
                           "2 juin 2023; le plan d’octobre 2019 figure dans CTOC/COP/2018/10, en 2020.")
    assert [(f[1], f[2]) for f in found if f[0] == "date"] == [
        ("2012-10-17", "17 et 18 octobre 2012"), ("2018-05-28", "28 au 31 mai 2018"),
        ("2012-10-18", "18 octobre 2012"), ("2023-06-01", "1er juin 2023"),
        ("2023-05-30", "30 mai au 2 juin 2023"), ("2019-10-01", "octobre 2019")]


def test_date_ranges_precision_and_impossible_dates():
    report, _ = mentions_of("La réunion a été tenue du 28 au 31 mai 2018, et un forum en octobre 2019, "
                            "et rien le 31 février 2018.")
    got = [(m.key, m.date_end, m.precision) for m in report.mentions]
    assert got == [("2018-05-28", "2018-05-31", "day"), ("2019-10-01", "2019-10-31", "month")]


def test_a_session_of_the_conference_is_its_event():
    report, _ = mentions_of("Les 15 et 19 octobre 2012, pendant la sixième session de la Conférence, des "
                            "consultations ont eu lieu.")
    assert [(m.key, m.event_key) for m in report.mentions] == [("2012-10-15", "cop-session-6")]


def test_participants_in_a_list_with_roles_and_fallback_names():
    report, found = mentions_of(
        "Des déclarations ont été faites par les représentants des États suivants : Afrique du Sud, "
        "Iran (République islamique d’), Zimbabwe et Union européenne.")
    # Zimbabwe has no French name in data/names/fr.json: the French pages print the English one.
    assert [f[:2] for f in found] == [("country", "south-africa"), ("country", "iran-islamic-republic-of"),
                                      ("country", "zimbabwe"), ("organisation", "european-union")]
    assert {m.role for m in report.mentions} == {"spoke"}
    report, found = mentions_of("Les États parties suivants étaient représentés : Canada, Chine et Japon.")
    assert [f[1] for f in found] == ["canada", "china", "japan"]
    assert {m.role for m in report.mentions} == {"attended"}


def test_unknown_name_in_a_list_is_a_warning():
    report, found = mentions_of("Les États parties suivants étaient représentés : Canada et Atlantide.")
    assert [f[1] for f in found] == ["canada"]
    assert [(w.code, w.target) for w in report.warnings] == [("country-unknown", "para_1")]


# -- the French rendering of the 2012 report -------------------------------------
def test_2012_expected_sets(fr2012):
    assert keys(fr2012, "decision") == {"cop-dec-2-6", "cop-dec-4-3", "cop-res-5-7", "cop-res-6-4", "cop-res-5-6"}
    assert keys(fr2012, "date") == {"2012-10-17", "2012-10-18", "2010-10-19", "2012-06-27", "2009-11-24"}
    assert keys(fr2012, "document") == {  # the footnotes' and the annex table's
        "CTOC/COP/2012/15", "CTOC/COP/WG.2/2012/1", "CTOC/COP/WG.2/2012/2",
        "CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4", "CTOC/COP/2012/7", "CTOC/COP/2012/9", "CTOC/COP/2012/10",
        "UNODC/CCPCJ/EG.1/2012/4", "UNODC/CCPCJ/EG.1/2009/2"}
    assert keys(fr2012, "article") == {"18", "31"}
    assert len(keys(fr2012, "country")) == 27 and "switzerland" in keys(fr2012, "country")
    assert {m.role for m in fr2012.mentions if m.kind == "country"} == {"spoke"}
    assert not [w for w in fr2012.warnings if w.code.endswith("-unknown")]
    res57 = next(m for m in fr2012.mentions if m.key == "cop-res-5-7")
    assert res57.title == "Lutte contre la criminalité transnationale organisée visant les biens culturels"
    first = next(m for m in fr2012.mentions if m.kind == "date" and m.paragraph == "para_1")
    assert (first.text, first.date_end, first.event_key) == ("17 et 18 octobre 2012", "2012-10-18", "meeting-2012-10-17")


def test_2012_same_keys_as_the_chinese_report_in_the_same_places(fr2012, zh2012):
    """Every mention of the Chinese report is in the French one, with the
    same key in the same element (paragraph, subparagraph, heading, annex row)."""
    assert fr2012.ids() == zh2012.ids()
    where = lambda r: {(m.kind, m.key, m.paragraph) for m in r.mentions if m.kind != "country"}  # noqa: E731
    assert where(fr2012) == where(zh2012)
    # The Chinese text garbles 瑞士 (Switzerland) into 日式; the French names it.
    assert keys(fr2012, "country") == keys(zh2012, "country") | {"switzerland"}


def test_french_mentions_link_the_entries_of_the_chinese_ones(fr2012, zh2012):
    corpus = build_corpus([zh2012, fr2012], LANGUAGES)
    link = linker_for(corpus, LAYOUT, "fr")(fr2012)
    assert link(Span(0, 1, "mention", "decision:cop-dec-2-6")) == "../decisions.fr.md#cop-dec-2-6"
    assert link(Span(0, 1, "mention", "country:switzerland")) == "../participants.fr.md#switzerland"
    decision = corpus.decisions["cop-dec-2-6"]
    assert {c.report.language for c in decision.cites} == {"zh", "fr"}
