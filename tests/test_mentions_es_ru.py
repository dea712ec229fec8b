"""Spanish and Russian mentions: decisions, dates, articles and participants
with the same keys as the Chinese and English ones, so that one index entry
is cited by every version of a report; the 2012 report's French, Spanish and
Russian versions hold the English version's mentions (the French rules'
small cases are in test_mentions_fr.py)."""
import datetime as dt
from pathlib import Path

import pytest

from en_support import load_en
from generator.corpus import build_corpus
from generator.mentions import find_mentions
from generator.model import Meeting, Paragraph, Report, Span
from generator.parse import parse
from generator.read import read_source
from generator.render.registry import linker_for
from support import LANGUAGES, LAYOUT, load

FIXTURES = Path(__file__).parent / "fixtures"


def mentions_of(language, text, heading=""):
    para = Paragraph("para_1", 1, text, 1)
    report = Report("t.txt", language, "2018-05-28", "Informe", Meeting(dt.date(2018, 5, 28), dt.date(2018, 5, 31),
                    "Vienna", []), None, [], [para], [])
    find_mentions(report)
    return report, [(m.kind, m.key, m.text) for m in report.mentions]


@pytest.fixture(scope="module", params=["fr", "es", "ru"])
def version(request):
    path = FIXTURES / request.param / f"wg-ta-2012-{request.param}-pdf.txt"
    return parse(read_source(path), path.name)


@pytest.fixture(scope="module")
def en2012():
    return load_en("wg-ta-2012-en-pdf.txt")[0]


# -- Spanish -----------------------------------------------------------------------
def test_spanish_decisions_bodies_and_titles():
    _, found = mentions_of("es", "Recordando la decisión 2/6 y las decisiones 2/6 y 4/3 de la Conferencia.")
    assert found == [("decision", "cop-dec-2-6", "decisión 2/6"),
                     ("decision", "cop-dec-2-6", "2/6"), ("decision", "cop-dec-4-3", "4/3")]
    _, found = mentions_of(
        "es", "Recordando la resolución 55/25 de la Asamblea General y la decisión 2/6, así como la resolución "
              "26/3 de la Comisión de Prevención del Delito y Justicia Penal y la resolución 6/4 aprobada por "
              "la Conferencia.")
    assert [f[1] for f in found] == ["ga-res-55-25", "cop-dec-2-6", "ccpcj-res-26-3", "cop-res-6-4"]
    _, found = mentions_of("es", "La Asamblea General, en su resolución 55/25, aprobó la Convención.")
    assert [f[1] for f in found] == ["ga-res-55-25"]
    report, _ = mentions_of("es", "En su resolución 5/7, titulada “Lucha contra la delincuencia”, la Conferencia pidió.")
    assert [(m.key, m.title) for m in report.mentions] == [("cop-res-5-7", "Lucha contra la delincuencia")]


def test_spanish_dates():
    report, found = mentions_of(
        "es", "La reunión se celebró los días 17 y 18 de octubre de 2012. Otra tuvo lugar del 28 al 31 de mayo "
              "de 2018, otra del 30 de mayo al 2 de junio de 2023; el plan de octubre de 2019 figura en "
              "CTOC/COP/2018/10, y nada el 31 de febrero de 2018.")
    assert [(m.key, m.text, m.date_end, m.precision) for m in report.mentions if m.kind == "date"] == [
        ("2012-10-17", "17 y 18 de octubre de 2012", "2012-10-18", "day"),
        ("2018-05-28", "28 al 31 de mayo de 2018", "2018-05-31", "day"),
        ("2023-05-30", "30 de mayo al 2 de junio de 2023", "2023-06-02", "day"),
        ("2019-10-01", "octubre de 2019", "2019-10-31", "month")]
    report, _ = mentions_of("es", "Los días 15 y 19 de octubre de 2012, durante el sexto período de sesiones de "
                                  "la Conferencia, se hicieron consultas.")
    assert [(m.key, m.event_key) for m in report.mentions] == [("2012-10-15", "cop-session-6")]


def test_spanish_participants_and_articles():
    report, found = mentions_of(
        "es", "Formularon declaraciones los representantes de los siguientes Estados: Sudáfrica, Irán "
              "(República Islámica del), Zimbabwe y Unión Europea.")
    assert [f[:2] for f in found] == [("country", "south-africa"), ("country", "iran-islamic-republic-of"),
                                      ("country", "zimbabwe"), ("organisation", "european-union")]
    assert {m.role for m in report.mentions} == {"spoke"}
    report, found = mentions_of("es", "Estuvieron representados los siguientes Estados partes: Canadá y Atlántida.")
    assert [f[1] for f in found] == ["canada"] and [w.code for w in report.warnings] == ["country-unknown"]
    _, found = mentions_of("es", "Conforme al artículo 31, párrafo 5, de la Convención y a los artículos 24 a 26 "
                                 "de la Convención, pero no el artículo 5 de la Convención contra la Corrupción.")
    assert [(f[1], f[2]) for f in found] == [("31", "artículo 31, párrafo 5, de la Convención"),
                                             ("24", "24"), ("26", "26")]


# -- Russian -----------------------------------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("Ссылаясь на решение 2/6 Конференции.", "cop-dec-2-6"),
    ("в соответствии с решением 2/6 Конференции участников", "cop-dec-2-6"),
    ("В своем решении 4/3 Конференция постановила.", "cop-dec-4-3"),
    ("в своей резолюции 5/7 Конференция просила", "cop-res-5-7"),
    ("сослался на резолюцию 5/6 и на необходимость", "cop-res-5-6"),
    ("содержатся в резолюции 6/4, принятой Конференцией.", "cop-res-6-4"),
    ("резолюция 55/25 Генеральной Ассамблеи", "ga-res-55-25"),
    ("Генеральная Ассамблея в своей резолюции 55/25 приняла Конвенцию.", "ga-res-55-25"),
    ("в резолюции 26/3 Комиссии по предупреждению преступности и уголовному правосудию", "ccpcj-res-26-3"),
])
def test_russian_decisions_in_every_case(text, key):
    _, found = mentions_of("ru", text)
    assert [(f[0], f[1]) for f in found] == [("decision", key)]


def test_russian_decision_lists_and_titles():
    _, found = mentions_of("ru", "Ссылаясь на решения 2/6 и 4/3 Конференции.")
    assert found == [("decision", "cop-dec-2-6", "2/6"), ("decision", "cop-dec-4-3", "4/3")]
    report, _ = mentions_of("ru", "В своей резолюции 5/7, озаглавленной «Борьба с преступностью», Конференция просила.")
    assert [(m.key, m.title) for m in report.mentions] == [("cop-res-5-7", "Борьба с преступностью")]


def test_russian_dates():
    report, _ = mentions_of(
        "ru", "Совещание состоялось 17 и 18 октября 2012 года. Другое прошло с 28 по 31 мая 2018 года, еще одно "
              "27–29 июня 2012 года, затем 30 мая – 2 июня 2023 года; план, принятый в октябре 2019 года, "
              "содержится в CTOC/COP/2018/10; 31 февраля 2018 года не было.")
    assert [(m.key, m.text, m.date_end, m.precision) for m in report.mentions if m.kind == "date"] == [
        ("2012-10-17", "17 и 18 октября 2012 года", "2012-10-18", "day"),
        ("2018-05-28", "28 по 31 мая 2018 года", "2018-05-31", "day"),
        ("2012-06-27", "27–29 июня 2012 года", "2012-06-29", "day"),
        ("2023-05-30", "30 мая – 2 июня 2023 года", "2023-06-02", "day"),
        ("2019-10-01", "октябре 2019 года", "2019-10-31", "month")]
    report, _ = mentions_of("ru", "15 и 19 октября 2012 года в ходе шестой сессии Конференции прошли консультации.")
    assert [(m.key, m.event_key) for m in report.mentions] == [("2012-10-15", "cop-session-6")]


def test_russian_participants_in_the_genitive():
    report, found = mentions_of(
        "ru", "С заявлениями выступили представители следующих государств: Южной Африки, Ирана (Исламской "
              "Республики), Японии и Европейского союза.")
    assert [f[:2] for f in found] == [("country", "south-africa"), ("country", "iran-islamic-republic-of"),
                                      ("country", "japan"), ("organisation", "european-union")]
    assert {m.role for m in report.mentions} == {"spoke"}
    report, found = mentions_of("ru", "Были представлены следующие государства-участники: Канада, Китай и Атлантида.")
    assert [f[1] for f in found] == ["canada", "china"]
    assert {m.role for m in report.mentions} == {"attended"}
    assert [w.code for w in report.warnings] == ["country-unknown"]


def test_russian_articles():
    _, found = mentions_of("ru", "в пункте 13 статьи 18 Конвенции об организованной преступности и в статьях "
                                 "24–26 Конвенции, но не в статье 5 Конвенции против коррупции")
    assert [(f[1], f[2]) for f in found] == [
        ("18", "пункте 13 статьи 18 Конвенции об организованной преступности"), ("24", "24"), ("26", "26")]


# -- the 2012 report ----------------------------------------------------------------
def test_2012_same_mentions_as_the_english_version(version, en2012):
    """Every decision, date, document, article and participant of the English
    version, with the same key in the same element."""
    for kind in ("decision", "date", "document", "article", "country", "organisation"):
        assert {(m.key, m.paragraph) for m in version.mentions if m.kind == kind} == {
            (m.key, m.paragraph) for m in en2012.mentions if m.kind == kind}, kind
    assert {m.key for m in version.mentions if m.kind == "decision"} == {
        "cop-dec-2-6", "cop-dec-4-3", "cop-res-5-7", "cop-res-6-4", "cop-res-5-6"}
    assert len({m.key for m in version.mentions if m.kind == "country"}) == 27
    assert {m.role for m in version.mentions if m.kind == "country"} == {"spoke"}
    first = next(m for m in version.mentions if m.kind == "date" and m.paragraph == "para_1")
    assert (first.date_end, first.event_key) == ("2012-10-18", "meeting-2012-10-17")
    res57 = next(m for m in version.mentions if m.key == "cop-res-5-7")
    assert res57.title == {"fr": "Lutte contre la criminalité transnationale organisée visant les biens culturels",
                           "es": "Lucha contra la delincuencia organizada transnacional contra los bienes culturales",
                           "ru": "Борьба с транснациональной организованной преступностью против культурных "
                                 "ценностей"}[version.language]


def test_mentions_link_the_entries_of_the_chinese_ones(version):
    zh = load("000_9878c2901082bbba.txt")
    corpus = build_corpus([zh, version], LANGUAGES)
    lang = version.language
    link = linker_for(corpus, LAYOUT, lang)(version)
    assert link(Span(0, 1, "mention", "decision:cop-dec-2-6")) == f"../decisions.{lang}.md#cop-dec-2-6"
    assert {c.report.language for c in corpus.decisions["cop-dec-2-6"].cites} == {"zh", lang}
