"""Spanish and Russian as data: their profiles read titles, dates and cities
as the UN writes them, the language of a text is told from its words
(Russian by its Cyrillic ones), hyphens at line ends of any script are
weighed, and names come from data/names/es.json and ru.json."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.clean import clean
from generator.languages import PROFILES, profile
from generator.names import city_key, group_key, name
from generator.parse import detect_language
from generator.parse.title import read_title

ES, RU = profile("es"), profile("ru")

SPANISH = ("1. El Grupo de trabajo de expertos gubernamentales sobre asistencia técnica se estableció "
           "en cumplimiento de la decisión 2/6 de la Conferencia de las Partes. En su decisión 4/3, la "
           "Conferencia decidió que el grupo de trabajo fuera un elemento permanente de la Conferencia.\n")
RUSSIAN = ("1. Рабочая группа правительственных экспертов по технической помощи была учреждена в "
           "соответствии с решением 2/6 Конференции участников. В своем решении 4/3 Конференция "
           "постановила, что рабочая группа будет постоянным элементом Конференции.\n")
FRENCH = ("1. Le Groupe de travail d’experts gouvernementaux sur l’assistance technique a été créé en "
          "application de la décision 2/6 de la Conférence des Parties. Dans sa décision 4/3, la "
          "Conférence a décidé que le groupe de travail serait un élément permanent de la Conférence.\n")
ENGLISH = ("1. The working group of government experts on technical assistance was established pursuant "
           "to decision 2/6 of the Conference of the Parties. In its decision 4/3, the Conference decided "
           "that the working group should be a constant element of the Conference.\n")


@pytest.mark.parametrize("text, code", [(SPANISH, "es"), (RUSSIAN, "ru"), (FRENCH, "fr"), (ENGLISH, "en")])
def test_the_language_is_told_from_the_words(text, code):
    assert detect_language(text * 3) == code


def test_russian_is_told_by_its_script_even_among_latin_symbols():
    text = RUSSIAN + "CTOC/COP/WG.2/2012/1 CTOC/COP/2012/15 UNODC/CCPCJ/EG.1/2012/4 V.12-57054 (R)\n" * 5
    assert detect_language(text) == "ru"


@pytest.mark.parametrize("title, start, end, city, bodies", [
    ("Informe sobre la reunión del Grupo de trabajo provisional de composición abierta de expertos "
     "gubernamentales sobre asistencia técnica celebrada en Viena los días 17 y 18 de octubre de 2012",
     "2012-10-17", "2012-10-18", "Vienna",
     ["Grupo de trabajo provisional de composición abierta de expertos gubernamentales sobre asistencia técnica"]),
    ("Informe sobre la reunión del Grupo de trabajo de expertos gubernamentales sobre asistencia técnica "
     "celebrada en Nueva York del 28 al 31 de mayo de 2018", "2018-05-28", "2018-05-31", "New York",
     ["Grupo de trabajo de expertos gubernamentales sobre asistencia técnica"]),
    ("Доклад о работе совещания открытой временной рабочей группы правительственных экспертов по "
     "технической помощи, состоявшегося в Вене 17 и 18 октября 2012 года", "2012-10-17", "2012-10-18",
     "Vienna", ["открытой временной рабочей группы правительственных экспертов по технической помощи"]),
    ("Доклад о работе совместного совещания Рабочей группы правительственных экспертов по технической "
     "помощи и Рабочей группы по международному сотрудничеству, состоявшегося в Женеве с 28 по 31 мая "
     "2018 года", "2018-05-28", "2018-05-31", "Geneva",
     ["Рабочей группы правительственных экспертов по технической помощи",
      "Рабочей группы по международному сотрудничеству"]),
])
def test_titles_give_dates_city_and_bodies(title, start, end, city, bodies):
    p = ES if title.startswith("Informe") else RU
    meeting, warnings = read_title(title, 1, p, "t.txt")
    assert (meeting.start.isoformat(), meeting.end.isoformat(), meeting.city) == (start, end, city)
    assert meeting.bodies == bodies and warnings == []
    assert [group_key(b) for b in bodies] == ["wg-ta", "wg-ic"][:len(bodies)]


@pytest.mark.parametrize("code, start, end, precision, text", [
    ("es", "2012-10-17", "2012-10-18", "day", "17 y 18 de octubre de 2012"),
    ("es", "2018-05-28", "2018-05-31", "day", "28 a 31 de mayo de 2018"),
    ("es", "2023-05-30", "2023-06-02", "day", "30 de mayo a 2 de junio de 2023"),
    ("es", "2012-10-18", None, "day", "18 de octubre de 2012"),
    ("es", "2006-10-01", "2006-10-31", "month", "octubre de 2006"),
    ("ru", "2012-10-17", "2012-10-18", "day", "17 и 18 октября 2012 года"),
    ("ru", "2018-05-28", "2018-05-31", "day", "28–31 мая 2018 года"),
    ("ru", "2023-05-30", "2023-06-02", "day", "30 мая – 2 июня 2023 года"),
    ("ru", "2012-10-18", None, "day", "18 октября 2012 года"),
    ("ru", "2006-10-01", "2006-10-31", "month", "10.2006"),
    ("ru", "2007-01-01", "2007-12-31", "year", "2007 год"),
])
def test_dates_as_readers_write_them(code, start, end, precision, text):
    end = dt.date.fromisoformat(end) if end else None
    assert profile(code).date(dt.date.fromisoformat(start), end, precision) == text


def test_profiles_for_pages():
    assert [(p.html_lang, p.undocs, p.iso639_2) for p in (PROFILES["es"], PROFILES["ru"])] == [
        ("es", "es", "spa"), ("ru", "ru", "rus")]
    assert ES.ordinal(6) == "sexto" and RU.ordinal(6) == "шестая"
    assert RU.month_number("Октября") == 10 and ES.month_number("octubre") == 10
    assert not ES.wide_script and not RU.wide_script


def test_names_and_their_forms():
    assert [name("cities", "Vienna", c) for c in ("es", "ru")] == ["Viena", "Вена"]
    assert city_key("Viena") == city_key("Вене") == city_key("Вена") == "Vienna"
    assert name("countries", "iran-islamic-republic-of", "es") == "Irán (República Islámica del)"
    assert name("countries", "zimbabwe", "ru") == "Zimbabwe"  # no Russian name: the fallback (en)
    # in the genitive, as citations and titles name it ("Доклад о работе совещания Рабочей группы …")
    assert name("groups", "wg-ta", "ru") == "Рабочей группы правительственных экспертов по технической помощи"
    assert name("bodies", "cop", "es") == "Conferencia de las Partes"


@pytest.mark.parametrize("language, text, joined, reason", [
    ("es", "las recomen-\ndaciones pertinentes y las recomendaciones.\n", "recomendaciones", "word"),
    ("ru", "соответствующие рекомен-\nдации и рекомендации.\n", "рекомендации", "word"),
    ("ru", "какой-\nлибо помощи.\n", "какой-либо", "part"),
    ("es", "la cooperación técnico-\nprofesional y lo técnico-profesional.\n", "técnico-profesional", "compound"),
])
def test_hyphens_at_line_ends_in_any_script(language, text, joined, reason):
    found = list(clean(text, "t.txt", profile(language)).hyphen_breaks.values())
    assert [(h.word, h.reason) for h in found] == [(joined, reason)]


def test_citations_name_the_report_in_the_language_of_the_page():
    from generator.citation import report_name
    from support import load

    report = load("002_a34d6a30f97ba0d0.txt")
    assert report_name(report, "es") == (
        "Informe de la reunión del Grupo de trabajo de expertos gubernamentales sobre asistencia técnica y del "
        "Grupo de trabajo sobre cooperación internacional (Viena, 28 a 31 de mayo de 2018, proyecto)")
    assert report_name(report, "ru") == (
        "Доклад о работе совещания Рабочей группы правительственных экспертов по технической помощи и Рабочей "
        "группы по международному сотрудничеству (Вена, 28–31 мая 2018 года, проект)")
