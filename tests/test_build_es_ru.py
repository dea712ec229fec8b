"""A build in four languages through the command line (``build --languages
zh,en,es,ru``) of the seeds and the 2012 report in English, French, Spanish
and Russian: every language under its prefix with the same anchors, the
language switch listing them, the side-by-side page pairing the 2012
versions, and no text in another language than the page's unless it is
marked with its ``lang``."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from support import ROOT, page, seeds_with

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures"
LANGUAGES = ("zh", "en", "es", "ru")
ANCHOR = re.compile(r"^(?:para|chp|fn|annex|rec)_")
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: What a Russian page may print in Latin letters: roman numerals, document symbols, URLs,
#: fragments (``#para_N``), the name of the XML standard, the names of data
#: formats (the recommendations' CSV and JSON downloads), and on the quality
#: page the source files and the generator's warning codes.
LATIN_ALLOWED = re.compile(r"https?://\S+|#\w+|\b[IVXLC]+\b|[A-Z][\w.]*(?:/[\w.()-]+)+|(?:XML )?\(?Akoma Ntoso\)?"
                           r"|\b(?:CSV|JSON|Atom)\b"
                           r"|[\w.-]+\.txt(?::\d+)?|\([a-z]+(?:-[a-z]+)*\)")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, *(FIXTURES / language / f"wg-ta-2012-{language}-pdf.txt" for language in ("en", "fr", "es", "ru")))
    out = tmp_path_factory.mktemp("out") / "site"
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--site", str(out),
                           "--languages", ",".join(LANGUAGES), "--site-url", "https://example.org/", "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return out


def anchors(soup: BeautifulSoup) -> list[str]:
    return [e["id"] for e in soup.select("article [id]") if ANCHOR.match(e["id"])]


def prefix(language: str) -> str:
    return "" if language == "zh" else f"{language}/"


def test_every_language_has_every_report_with_the_same_anchors(site):
    slugs = sorted(p.name for p in (site / "reports").iterdir() if re.match(r"\d{4}-\d\d-\d\d$", p.name))
    assert len(slugs) == 5
    for slug in slugs:
        zh = anchors(page(site, f"reports/{slug}/"))
        assert zh
        for language in LANGUAGES[1:]:
            soup = page(site, f"{language}/reports/{slug}/")
            assert soup.html["lang"] == language
            assert anchors(soup) == zh, (language, slug)


@pytest.mark.parametrize("language, opening, facts", [
    ("es", "1. El Grupo de trabajo provisional", ("17 y 18 de octubre de 2012", "Viena")),
    ("ru", "1. Открытая временная рабочая группа", ("17 и 18 октября 2012 года", "Вена")),
])
def test_the_2012_report_in_its_own_language(site, language, opening, facts):
    soup = page(site, f"{language}/reports/2012-10-17/")
    assert not soup.select(".lang-notice") and not soup.select(".report-text[lang]")
    assert soup.select_one("#para_1").get_text(" ", strip=True).startswith(opening)
    text = soup.select_one(".report-facts").get_text(" ", strip=True)
    assert all(fact in text for fact in facts)
    assert [a["href"] for a in soup.select("#para_1 a[href*='decisions']")][:1] == [
        "../../decisions/#cop-dec-2-6"]
    assert soup.select_one("#fn_1") and soup.select_one("#annex_1__row_7")


@pytest.mark.parametrize("language, notice", [("es", "aún no tiene versión en español"),
                                              ("ru", "Русская версия этого доклада здесь пока не опубликована")])
def test_a_report_without_the_language_shows_another_version_marked(site, language, notice):
    soup = page(site, f"{language}/reports/2016-10-17/")
    assert notice in soup.select_one(".lang-notice").get_text()
    assert soup.select_one(".report-text")["lang"] == "zh-Hans"


def test_the_language_switch_lists_the_languages(site):
    for language in LANGUAGES:
        soup = page(site, f"{prefix(language)}reports/2012-10-17/")
        switch = {a["hreflang"]: a["href"] for a in soup.select("body a[hreflang]")}
        assert set(switch) == set(LANGUAGES)
        for other, href in switch.items():
            target = (site / prefix(language) / "reports" / "2012-10-17" / href / "index.html").resolve()
            assert target == (site / prefix(other) / "reports" / "2012-10-17" / "index.html").resolve()


def test_the_side_by_side_page_pairs_the_versions(site):
    soup = page(site, "reports/2012-10-17/parallel/")
    assert [th.get_text() for th in soup.select("table.parallel th")] == ["中", "英", "西", "俄"]
    for row in ("para_3", "para_23", "para_24"):
        assert [td["lang"] for td in soup.select(f"tr#{row} td")] == ["zh-Hans", "en", "es", "ru"]
    ru = page(site, "ru/reports/2012-10-17/parallel/")
    assert [th.get_text() for th in ru.select("table.parallel th")] == ["китайская", "английская", "испанская",
                                                                        "русская"]
    # Every column names its language, the page's own too (the minifier keeps every attribute).
    assert [td.get("lang") for td in ru.select("tr#para_1 td")] == ["zh-Hans", "en", "es", "ru"]


@pytest.mark.parametrize("language", ["es", "ru"])
def test_every_page_is_in_its_language_or_marked(site, language):
    """No Chinese, and no Cyrillic on a Spanish page, and no Latin words on a
    Russian page but symbols and URLs, outside elements marked with another
    ``lang``; undocs.org links in the page's language."""
    pages = sorted((site / language).rglob("*.html"))
    assert len(pages) > 10
    for html in pages:
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        assert soup.html["lang"] == language
        body = soup.body
        for a in body.select('a[href*="undocs.org"]'):
            assert a["href"].startswith(f"https://undocs.org/{language}/"), (html, a["href"])
        for element in body.select("[hreflang], script, style"):
            element.decompose()
        for element in body.select("[lang]"):
            if not element.decomposed and element["lang"] != language:
                element.decompose()
        text = " ".join(body.get_text(" ").split())
        assert not CJK.search(text), (html, CJK.search(text))
        if language == "es":
            assert not CYRILLIC.search(text), html
        else:
            latin = LATIN_WORD.findall(LATIN_ALLOWED.sub(" ", text))
            assert not latin, (html, latin[:10])
    cover = page(site, "ru/reports/2012-10-17/").select(".report-cover p[lang=en]")
    assert [p.get_text() for p in cover] == ["CTOC/COP/WG.2/2012/5", "Distr.: General", "8 November 2012", "Russian",
                                             "Original: English"]
    participants = page(site, f"{language}/participants/")
    zimbabwe = participants.select_one("#zimbabwe").parent
    assert zimbabwe.select_one("span[lang=en]").get_text() == "Zimbabwe"  # no own name: the fallback, marked
