"""Bilingual-ready: an English source becomes /en/ with the same ids; reports
without one show the Chinese text under /en/ with a notice; the offline
bundle loads nothing from the network."""
from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest

from generator.i18n import catalog
from generator.parse import parse
from generator.read import read_source
from generator.build import BuildOptions, build_bundle, build_site
from generator.engine import POLYFILL_SOURCE
from support import SEEDS, page, seeds_with

ENGLISH = Path(__file__).parent / "fixtures" / "en" / "wg-ta-2012-en.txt"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, ENGLISH)
    return seeds


@pytest.fixture(scope="module")
def site(corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    options = BuildOptions(seeds=corpus, docs=root / "docs", site=root / "site",
                           site_url="https://example.org/reports-site/", lock=None)
    build_site(options)
    return options


def test_catalogs_have_the_same_keys():
    assert set(catalog("zh")) == set(catalog("en"))
    assert BuildOptions().settings().languages == ("zh", "en")


def test_english_layout_parses_into_the_same_model():
    report = parse(read_source(ENGLISH), ENGLISH.name)
    assert report.language == "en" and report.slug == "2012-10-17"
    assert (report.meeting.start.isoformat(), report.meeting.end.isoformat(), report.meeting.city) == (
        "2012-10-17", "2012-10-18", "Vienna")
    assert [p.number for p in report.paragraphs] == list(range(1, 25))
    assert [h.id for h in report.headings if h.kind == "chapter"] == [f"chp_{n}" for n in range(1, 6)]
    assert "chp_3__sec_a" in [h.id for h in report.headings]
    para23 = next(p for p in report.paragraphs if p.number == 23)
    assert [c.id for c in para23.children] == [f"para_23__subpara_{x}" for x in "abcdef"]
    assert [(f.id, f.referenced_from) for f in report.footnotes] == [("fn_1", "para_3"), ("fn_2", "para_4")]
    para4 = next(p for p in report.paragraphs if p.number == 4)
    assert "adopted at the first meeting. The Chairs" in para4.text  # the mark is out, words kept
    chinese = parse(read_source(SEEDS / "000_9878c2901082bbba.txt"), "000.txt")
    assert [p.id for p in report.paragraphs] == [p.id for p in chinese.paragraphs]


def test_english_paragraph_23_at_the_same_anchor(site):
    en = page(site.site, "en/reports/2012-10-17/")
    zh = page(site.site, "reports/2012-10-17/")
    assert en.select_one("#para_23").get_text(" ", strip=True).startswith(
        "23. During the joint discussion on cultural property")
    assert "文化财产问题联合讨论会" in zh.select_one("#para_23").get_text()
    assert en.select_one("html")["lang"] == "en" and zh.select_one("html")["lang"].startswith("zh")
    assert not en.select(".lang-notice")
    assert en.select_one("#para_23 a.para-num")["href"] == "#para_23"
    # ¶ copies the page's canonical URL with the item's id (paragraphs.js)
    assert en.select_one(".para-labels")["data-url"] == "https://example.org/reports-site/en/reports/2012-10-17/"


def test_report_without_english_shows_chinese_with_a_notice_and_the_same_ids(site):
    en = page(site.site, "en/reports/2016-10-17/")
    zh = page(site.site, "reports/2016-10-17/")
    assert "No English version" in en.select_one(".lang-notice").get_text()
    ids = lambda soup: [e["id"] for e in soup.select("article [id^=para_]")]  # noqa: E731
    assert ids(en) == ids(zh) and len(ids(zh)) == 41
    assert "各国应" in en.select_one("#para_11").get_text()
    assert en.select_one("#para_11 a.para-num")["href"] == "#para_11"
    assert en.select_one(".para-labels")["data-url"].endswith("/en/reports/2016-10-17/")


def test_side_by_side_view_when_both_languages_exist(site):
    soup = page(site.site, "reports/2012-10-17/parallel/")
    row = soup.select_one("tr#para_23")
    zh_cell, en_cell = row.select("td")
    assert "文化财产问题联合讨论会" in zh_cell.get_text() and "joint discussion" in en_cell.get_text()
    assert zh_cell.select_one("a")["href"] == "../#para_23"
    assert page(site.site, "en/reports/2012-10-17/parallel/").select_one("tr#para_23")
    assert not (site.site / "reports" / "2016-10-17" / "parallel").exists()


def test_search_index_has_one_entry_per_paragraph(site):
    index = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [d["location"] for d in index["docs"]]
    assert "reports/2016-10-17/?p=para_17" in locations
    assert "en/reports/2012-10-17/?p=para_23" in locations
    entry = next(d for d in index["docs"] if d["location"] == "reports/2016-10-17/?p=para_17")
    assert "\u200b洗钱\u200b" in entry["text"]  # segmented by jieba, as Material does
    assert not any("parallel" in loc for loc in locations)


@pytest.fixture(scope="module")
def bundle(corpus, tmp_path_factory):
    if not POLYFILL_SOURCE.exists():
        pytest.fail("run `make vendor` first (make test does)")
    root = tmp_path_factory.mktemp("bundle")
    archive = build_bundle(BuildOptions(seeds=corpus, site_url="https://example.org/"), root / "dist").archive
    unpacked = root / "unpacked"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(unpacked)
    return archive, unpacked / "wg-ta-reports-offline"


REMOTE = re.compile(r"^(https?:)?//")


def test_bundle_loads_nothing_from_the_network(bundle):
    from bs4 import BeautifulSoup

    _, root = bundle
    pages = sorted(root.rglob("*.html"))
    assert len(pages) > 10
    for html in pages:
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src")):
            for element in soup.find_all(tag):
                assert not REMOTE.match(element.get(attr, "")), (html, element)
        for link in soup.find_all("link"):
            if set(link.get("rel", [])) & {"stylesheet", "preload", "icon", "modulepreload", "manifest"}:
                assert not REMOTE.match(link.get("href", "")), (html, link)
        for style in soup.find_all("style"):
            assert "@import" not in style.text and "url(http" not in style.text
    css = "".join(p.read_text(encoding="utf-8") for p in root.rglob("*.css"))
    assert "fonts.googleapis" not in css and "url(http" not in css
    assert (root / "assets/javascripts/iframe-worker/shim.js").exists()
    assert "var __index" in (root / "search/search_index.js").read_text(encoding="utf-8")[:20]


def test_bundle_front_page_says_what_it_holds(bundle):
    from bs4 import BeautifulSoup

    _, root = bundle
    soup = BeautifulSoup((root / "index.html").read_text(encoding="utf-8"), "html.parser")
    notice = soup.select_one(".offline-edition").get_text()
    assert "5 份报告" in notice and "2007-10-03" in notice and "2023-05-29" in notice
    assert re.search(r"生成于 \d{4}-\d{2}-\d{2}", notice)
    # Links inside the bundle are file-friendly (no directory URLs).
    assert soup.select_one('a[href="reports/2012-10-17.html"]')


def test_two_bundles_are_identical(bundle, corpus, tmp_path):
    archive, _ = bundle
    again = build_bundle(BuildOptions(seeds=corpus, site_url="https://example.org/"), tmp_path / "dist").archive
    assert hashlib.sha256(archive.read_bytes()).digest() == hashlib.sha256(again.read_bytes()).digest()
