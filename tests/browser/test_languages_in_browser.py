"""The languages in a real Chromium: English search finds English words on
/en/, and a report shown in another language than the page's is drawn and
read in its own language (lang on its container)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import SITE_URL, search, served
from generator.build import BuildOptions, build_site

ROOT = Path(__file__).resolve().parents[2]
EN = ROOT / "tests" / "fixtures" / "en"


@pytest.fixture(scope="module")
def english_base(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    for source in (ROOT / "seeds").iterdir():
        shutil.copy2(source, seeds)
    for name in ("wg-ta-2012-en-pdf.txt", "wg-ta-2016-en-pdf.txt"):
        shutil.copy2(EN / name, seeds)
    root = tmp_path_factory.mktemp("site")
    options = BuildOptions(seeds=seeds, docs=None, site=root / "site", lock=None, site_url=SITE_URL)
    build_site(options)
    with served(options.site) as base:
        yield base


@pytest.mark.parametrize("term, slug", [("Vienna", "2012-10-17"), ("SHERLOC", "2016-10-17")])
def test_english_search_finds_english_words(context, english_base, term, slug):
    page = context.new_page()
    page.goto(english_base + "en/")
    links = search(page, term)
    assert any(f"en/reports/{slug}/" in href for href in links), links


def test_chinese_text_on_an_english_page_is_chinese(context, english_base):
    page = context.new_page()
    page.goto(english_base + "en/reports/2018-05-28/#para_5")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.evaluate("document.querySelector('#para_5').closest('[lang]').lang") == "zh-Hans"
    assert page.evaluate("document.querySelector('#para_5 .para-cite').closest('[lang]').lang") == "en"
    assert page.evaluate("document.querySelector('.md-content h1').lang") == "zh-Hans"
