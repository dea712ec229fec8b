"""A build with ``--languages zh,en,ar`` through the command line, of the
seeds and the English and Arabic versions of the 2012 report: Arabic pages
under /ar/ with the same anchors, right to left (``<html lang="ar"
dir="rtl">``), their symbols isolated left to right; the other languages'
pages as they were."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT, SEEDS, page

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures"
REPORT = "reports/2012-10-17/"


@pytest.fixture(scope="module")
def arabic_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("arabic")
    sources = root / "sources"
    sources.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, sources)
    shutil.copy(FIXTURES / "en" / "wg-ta-2012-en-pdf.txt", sources)
    shutil.copy(FIXTURES / "ar" / "wg-ta-2012-ar-pdf.txt", sources)
    site = root / "site"
    run = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(sources), "--site", str(site),
                          "--languages", "zh,en,ar"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr
    return site


def anchors(soup) -> list[str]:
    return [e["id"] for e in soup.select("article [id]") if e["id"].startswith(("para_", "chp_", "annex_", "fn_"))]


def test_the_arabic_report_is_published_with_the_same_anchors(arabic_site):
    ar, en, zh = (page(arabic_site, prefix + REPORT) for prefix in ("ar/", "en/", ""))
    assert anchors(ar) == anchors(en)
    assert set(a for a in anchors(zh) if a.startswith("para_")) == set(a for a in anchors(ar) if a.startswith("para_"))
    assert ar.select_one("#para_23__subpara_e .sub-label").get_text() == "(هـ)"  # as printed
    assert ar.select_one("#para_1").get_text(" ", strip=True).startswith("1- أُنشئ الفريق العامل")  # as Arabic prints it
    assert not ar.select(".lang-notice")


def test_arabic_pages_run_right_to_left(arabic_site):
    ar = page(arabic_site, "ar/" + REPORT)
    assert (ar.html["lang"], ar.html["dir"], ar.body["dir"]) == ("ar", "rtl", "rtl")
    symbols = [b.get_text() for b in ar.select("#fn_1 bdi[dir=ltr], #para_2 bdi[dir=ltr]")]
    assert symbols == ["5/7", "CTOC/COP/2012/15"]
    assert ar.select_one(".report-facts")  # the facts are there, in Arabic
    for prefix in ("", "en/"):  # the other languages' pages are left to right as before
        other = page(arabic_site, prefix + REPORT)
        assert "dir" not in other.html.attrs and other.body["dir"] == "ltr"
        assert not other.select("bdi")


def test_an_arabic_page_of_a_report_without_arabic_shows_another_version_left_to_right(arabic_site):
    ar = page(arabic_site, "ar/reports/2016-10-17/")
    text = ar.select_one(".report-text")
    assert (text["lang"], text["dir"]) == ("zh-Hans", "ltr")
    assert "لم تُنشر هنا بعدُ نسخة عربية" in ar.select_one(".lang-notice").get_text()


def test_the_side_by_side_page_has_the_arabic_column_right_to_left(arabic_site):
    soup = page(arabic_site, REPORT + "parallel/")
    cells = soup.select("#para_5 td[lang]")
    assert [c["lang"] for c in cells] == ["zh-Hans", "en", "ar"]
    assert cells[2]["dir"] == "rtl" and "dir" not in cells[1].attrs


def test_every_report_has_an_arabic_page_with_the_anchors_of_its_other_pages(arabic_site):
    slugs = sorted(p.name for p in (arabic_site / "reports").iterdir() if (p / "index.html").exists())
    assert len(slugs) == 5  # the five meetings of the seeds (2012 in three languages)
    for slug in slugs:
        ar, zh = page(arabic_site, f"ar/reports/{slug}/"), page(arabic_site, f"reports/{slug}/")
        if slug != "2012-10-17":  # 2012 has its own Arabic version: compared with the English above
            assert anchors(ar) == anchors(zh), slug
        assert ar.html["dir"] == "rtl"


def test_the_project_languages_stay_zh_and_en(arabic_site):
    from generator.build import BuildOptions
    assert BuildOptions().settings().languages == ("zh", "en")  # Arabic is built with --languages, mkdocs.yml unchanged
