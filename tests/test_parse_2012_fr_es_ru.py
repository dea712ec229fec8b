"""The 2012 report in French, Spanish and Russian, laid out as text extracted
from the UN PDF (the team's own renderings of the Chinese seed and the
English fixture): the same ids as the Chinese seed and the English version,
the meeting read from the title, footnotes kept across the page break,
nothing lost but page furniture."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from en_support import load_en
from generator.clean import clean
from generator.languages import profile
from generator.model import Annex, Heading, Paragraph
from generator.parse import detect_language, parse
from generator.read import read_source
from support import load

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LANGUAGES = ("fr", "es", "ru")
#: The job number printed in each version's page furniture.
JOBS = {"fr": "57056", "es": "57054", "ru": "57054"}


def fixture(language: str) -> Path:
    return FIXTURES / language / f"wg-ta-2012-{language}-pdf.txt"


@pytest.fixture(scope="module")
def zh():
    return load("000_9878c2901082bbba.txt")


@pytest.fixture(scope="module")
def en():
    return load_en("wg-ta-2012-en-pdf.txt")[0]


@pytest.fixture(scope="module", params=LANGUAGES)
def version(request):
    text = read_source(fixture(request.param))
    return request.param, parse(text, fixture(request.param).name), text


TITLES = {
    "fr": "Rapport sur la réunion du Groupe de travail intergouvernemental provisoire à composition non limitée "
          "d’experts gouvernementaux sur l’assistance technique tenue à Vienne les 17 et 18 octobre 2012",
    "es": "Informe sobre la reunión del Grupo de trabajo provisional de composición abierta de expertos "
          "gubernamentales sobre asistencia técnica celebrada en Viena los días 17 y 18 de octubre de 2012",
    "ru": "Доклад о работе совещания открытой временной рабочей группы правительственных экспертов по "
          "технической помощи, состоявшегося в Вене 17 и 18 октября 2012 года",
}


def test_the_language_is_read_from_the_text(version):
    language, report, text = version
    assert detect_language(text) == language == report.language


def test_meeting_from_the_title_and_symbol_from_the_cover(version, zh):
    language, r, _ = version
    assert r.title == TITLES[language]
    assert r.slug == zh.slug == "2012-10-17"
    assert (r.meeting.start.isoformat(), r.meeting.end.isoformat(), r.meeting.city) == (
        "2012-10-17", "2012-10-18", "Vienna")
    assert len(r.meeting.bodies) == 1 and "技术援助" in zh.meeting.bodies[0]
    assert r.symbol == "CTOC/COP/WG.2/2012/5"
    assert r.front_matter[1].text == "CTOC/COP/WG.2/2012/5"


def test_same_ids_as_the_chinese_and_english_versions(version, zh, en):
    _, r, _ = version
    assert r.ids() == zh.ids() == en.ids()
    assert [p.number for p in r.paragraphs] == list(range(1, 25))
    assert [(h.id, h.level, h.marker) for h in r.headings] == [(h.id, h.level, h.marker) for h in en.headings]
    assert [[c.id for c in p.children] for p in r.paragraphs] == [[c.id for c in p.children] for p in zh.paragraphs]
    assert [c.marker for c in r.paragraphs[22].children] == ["a)", "b)", "c)", "d)", "e)", "f)"]


def test_wrapped_heading_and_paragraph_cut_by_a_page_break(version):
    language, r, _ = version
    sec = next(h for h in r.headings if h.id == "chp_4__sec_a")
    assert sec.text.endswith({"fr": "tenue les 19 et 20 octobre 2010",
                              "es": "celebrada los días 19 y 20 de octubre de 2010",
                              "ru": "состоявшемся 19 и 20 октября 2010 года"}[language])
    para2 = r.paragraphs[1].text  # wraps over pages 1 and 2 (es, ru: a hyphen at the page's last line)
    assert {"fr": "prié le Groupe de travail d’experts gouvernementaux", "es": "las recomendaciones y los resultados", "ru": "соответствующие рекомендации и итоги"}[
        language] in para2
    subc = r.paragraphs[22].children[2].text  # wraps over pages 7 and 8
    assert {"fr": "et les difficultés rencontrées", "es": "involucrado, y buenas prácticas", "ru": "средств, а также информацию"}[language] in subc


def test_footnotes_are_kept_and_linked(version):
    language, r, _ = version
    assert [(f.id, f.mark, f.referenced_from) for f in r.footnotes] == [
        ("fn_1", "1", "para_3"), ("fn_2", "2", "para_4")]
    assert r.footnotes[0].text == {"fr": "Voir CTOC/COP/2012/15, chap. I, sect. A.", "es": "Véase CTOC/COP/2012/15, cap. I, secc. A.",
                                   "ru": "См. CTOC/COP/2012/15, глава I, раздел A."}[language]
    assert r.footnotes[1].text == "CTOC/COP/WG.2/2012/1."
    para3, para4 = r.paragraphs[2], r.paragraphs[3]
    assert [s.start for s in para3.spans if s.kind == "footnote"] == [len(para3.text)]
    assert para3.text.endswith({"fr": "adoptée par la Conférence.", "es": "aprobada por la Conferencia.", "ru": "принятой Конференцией."}[language])
    # paragraph 4 goes on after the footnote block and the page furniture
    assert {"fr": "de l’ordre du jour, adopté à la première séance",
            "es": "del programa, aprobado en la primera sesión",
            "ru": "повестки дня, утвержденной на первом заседании"}[language] in para4.text


def test_run_in_enumeration_stays_in_paragraph_8(version, zh):
    language, r, _ = version
    assert r.paragraphs[7].children == [] == zh.paragraphs[7].children
    assert {"fr": "blanchiment d’argent, b) créer des autorités centrales, c) mettre en œuvre",
            "es": "blanqueo de dinero, b) establecer autoridades centrales, c) aplicar",
            "ru": "отмыванием денег, b) создании центральных органов, c) осуществлении"}[language] \
        in r.paragraphs[7].text


def test_page_furniture_is_out_of_the_text(version):
    language, r, text = version
    furniture = [line.text for line in clean(text, "t.txt", profile(language)).furniture]
    letter, job = {"fr": "F", "es": "S", "ru": "R"}[language], JOBS[language]
    assert f"V.12-{job} ({letter})    091112    121112" in furniture and f"*12{job}*" in furniture
    assert furniture.count("CTOC/COP/WG.2/2012/5") == 10
    assert text.count("\f") == 11
    for block in r.paragraphs:
        for sub in block.blocks():
            assert "V.12-" not in sub.text and "WG.2/2012/5" not in sub.text and "/11" not in sub.text


def test_hyphens_at_line_ends(version):
    language, r, text = version
    found = {(h.head, h.tail): (h.kept, h.reason) for h in clean(text, "t.txt", profile(language)).hyphen_breaks.values()}
    assert found == {
        "fr": {("recom", "mandations"): (False, "word"), ("interinsti", "tutions"): (False, "word"),
               ("sous", "groupes"): (True, "part")},
        "es": {("recomen", "daciones"): (False, "word"), ("interinstitu", "cional"): (False, "word")},
        "ru": {("рекомен", "дации"): (False, "word"), ("межведом", "ственного"): (False, "word"),
               ("социально", "экономических"): (True, "part")},
    }[language]
    assert {"fr": "une approche interinstitutions dans", "es": "un enfoque interinstitucional en", "ru": "обеспечения межведомственного подхода"}[language] \
        in r.paragraphs[11].text
    if language == "ru":
        assert "с учетом социально-экономических условий" in r.paragraphs[15].text
    if language == "fr":
        assert "La création de sous-groupes thématiques" in r.paragraphs[18].text
        assert "recommandations pertinentes" in r.paragraphs[6].text


def test_annex_documents_table(version, zh):
    language, r, _ = version
    annex = r.annexes[0]
    assert annex.columns == {"fr": ["Cote", "Point de l’ordre du jour", "Titre ou description"],
                             "es": ["Signatura", "Tema del programa", "Título o descripción"],
                             "ru": ["Условное обозначение", "Пункт повестки дня", "Название или описание"]}[language]
    assert [(row.id, row.symbol) for row in annex.rows] == [(row.id, row.symbol) for row in zh.annexes[0].rows]
    conjunction = {"fr": "et", "es": "y", "ru": "и"}[language]
    assert [row.agenda for row in annex.rows] == ["1 b)", "3", "7", "5", "2", f"4 {conjunction} 5", "6", "6"]
    assert annex.rows[6].title.endswith({"fr": "tenue à Vienne du 27 au 29 juin 2012", "es": "del 27 al 29 de junio de 2012", "ru": "27–29 июня 2012 года"}[language])


def test_no_warnings(version):
    assert [(w.code, w.target) for w in version[1].warnings] == []


def model_characters(report) -> Counter:
    """Every character the model holds, markers as printed."""
    parts = [line.text for line in report.front_matter] + [report.title]
    for block in report.blocks:
        if isinstance(block, Heading):
            parts += [block.marker, block.text]
        elif isinstance(block, Paragraph):
            for sub in block.blocks():
                parts += [sub.marker if sub is not block else f"{block.number}.", sub.text]
        elif isinstance(block, Annex):
            parts += [block.heading, block.title, *block.columns]
            for row in block.rows:
                parts += [row.symbol, row.agenda, row.title]
    for note in report.footnotes:
        parts += [note.mark, note.text, note.mark if note.referenced_from else ""]
    return Counter(re.sub(r"\s+", "", "".join(parts)))


def test_nothing_lost(version):
    """Every character of the source that is not page furniture is in the
    model exactly once (a hyphen dropped at a line end counts as layout)."""
    language, r, text = version
    cleaned = clean(text, "t.txt", profile(language))
    furniture = {line.number for line in cleaned.furniture}
    body = "".join(line for n, line in enumerate(text.split("\n"), start=1) if n not in furniture)
    source = Counter(re.sub(r"\s+", "", body))
    shown = model_characters(r) + Counter({"-": sum(1 for h in cleaned.hyphen_breaks.values() if not h.kept)})
    assert source - shown == Counter() and shown - source == Counter()
