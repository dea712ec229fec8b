"""Six UN languages in one build (issue 26): ``build --languages
zh,en,fr,es,ru,ar`` of the seeds and the 2012 report in every language.
Every language is published under its prefix with the same anchors; the
side-by-side page of 2012 pairs paragraph N of all six versions; the Arabic
pages read right to left."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT, page, seeds_with

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures"
LANGUAGES = ("zh", "en", "fr", "es", "ru", "ar")
ANCHOR = re.compile(r"^(?:para|chp|fn|annex|rec)_")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, *(FIXTURES / language / f"wg-ta-2012-{language}-pdf.txt" for language in LANGUAGES[1:]))
    out = tmp_path_factory.mktemp("out") / "site"
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--site", str(out),
                           "--languages", ",".join(LANGUAGES), "--site-url", "https://example.org/", "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    return out


def prefix(language: str) -> str:
    return "" if language == "zh" else f"{language}/"


def test_every_language_has_the_2012_report_with_the_same_anchors(site):
    pages = {lang: page(site, f"{prefix(lang)}reports/2012-10-17/") for lang in LANGUAGES}
    ids = {lang: [e["id"] for e in soup.select("article [id]") if ANCHOR.match(e["id"])]
           for lang, soup in pages.items()}
    assert all(ids[lang] == ids["en"] for lang in ("fr", "es", "ru", "ar")), {k: len(v) for k, v in ids.items()}
    assert "para_24__subpara_b" in ids["fr"] and "annex_1__row_8" in ids["fr"]
    assert {i for i in ids["zh"] if i.startswith("para_")} == {i for i in ids["en"] if i.startswith("para_")}
    assert pages["ar"].html["dir"] == "rtl" and pages["ar"].html["lang"] == "ar"
    assert all(pages[lang].html.get("dir", "ltr") == "ltr" for lang in LANGUAGES[:-1])


def test_the_side_by_side_page_pairs_paragraph_8_in_six_languages(site):
    """On the English page, paragraph 8 of each version in its column; each
    version's text marked with its lang (and Arabic with its dir)."""
    row = page(site, "en/reports/2012-10-17/parallel/").find(id="para_8")
    cells = row.find_all("td")
    assert [c.get("lang") for c in cells] == ["zh-Hans", "en", "fr", "es", "ru", "ar"]
    assert all(c.get_text(strip=True).startswith("8") for c in cells)
    assert cells[-1].get("dir") == "rtl" and cells[-1].get_text(strip=True).startswith("8-")  # as Arabic prints it
    assert cells[1].get_text(strip=True).startswith("8.")


def test_the_language_switch_lists_the_six_languages(site):
    soup = page(site, "fr/reports/2012-10-17/")
    listed = {a["hreflang"] for a in soup.select("a.md-select__link[hreflang]")}
    assert {"zh", "en", "fr", "es", "ru", "ar"} <= listed, listed
