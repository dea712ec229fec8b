"""English pages speak English: a site built from the seeds and the two
English fixtures in PDF layout shows English text at /en/reports/<date>/,
links English mentions to the same index entries as the Chinese ones, and
every English page is free of Chinese separators and labels except text
that is Chinese on purpose (inside an element with lang="zh-Hans")."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import BuildOptions, build_site
from support import page, seeds_with

EN = Path(__file__).parent / "fixtures" / "en"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, *(EN / name for name in ("wg-ta-2012-en-pdf.txt", "wg-ta-2016-en-pdf.txt")))
    root = tmp_path_factory.mktemp("site")
    options = BuildOptions(seeds=seeds, docs=root / "docs", site=root / "site", lock=None,
                           site_url="https://example.org/")
    build_site(options)
    return options.site


def test_english_text_at_the_same_anchors(site):
    for slug, n, start in (("2012-10-17", 23, "23. During the joint discussion"), ("2016-10-17", 11, "11.")):
        en = page(site, f"en/reports/{slug}/")
        assert en.select_one(f"#para_{n}").get_text(" ", strip=True).startswith(start)
        assert not en.select(".lang-notice") and not en.select("[lang]:not(html)")


def test_english_mentions_link_the_shared_entries(site):
    en = page(site, "en/reports/2012-10-17/")
    zh = page(site, "reports/2012-10-17/")
    targets = lambda soup, n: {a["href"].split("/")[-1] for a in soup.select(f"#para_{n} a[href*='#']")}  # noqa: E731
    assert "#cop-dec-2-6" in targets(en, 1) and "#cop-dec-2-6" in targets(zh, 1)
    assert "#cop-res-5-7" in targets(en, 2) and "#cop-res-5-7" in targets(zh, 2)
    assert "#australia" in targets(en, 5) and "#australia" in targets(zh, 5)
    decisions = page(site, "en/decisions/")
    entry = decisions.select_one("#cop-dec-2-6")
    assert entry.get_text() == "decision 2/6 (Conference of the Parties)" or "2/6" in entry.get_text()
    assert decisions.select_one('a[href$="en/reports/2012-10-17/#para_1"], a[href$="2012-10-17/#para_1"]')
    participants = page(site, "en/participants/")
    assert participants.select_one("#australia").parent.get_text(strip=True) == "Australia"
    assert "Iran (Islamic Republic of)" in participants.get_text()


def test_english_facts_dates_city_events_and_citation(site):
    en = page(site, "en/reports/2012-10-17/")
    facts = en.select_one(".report-facts").get_text(" ", strip=True)
    assert "17 and 18 October 2012" in facts and "Vienna" in facts
    cite = en.select_one(".para-labels")["data-cite"]  # the page's citation; paragraphs.js fills {pin} and {url}
    assert cite.startswith("Report of the meeting of the open-ended interim Working Group")
    assert cite.endswith("(Vienna, 17 and 18 October 2012), CTOC/COP/WG.2/2012/5, {pin}. {url}")  # UN style, with the symbol
    zh = page(site, "reports/2012-10-17/")
    zh_facts = zh.select_one(".report-facts").get_text(" ", strip=True)
    assert "2012 年 10 月 17 日和 18 日" in zh_facts and "维也纳" in zh_facts and "Vienna" not in zh_facts
    timeline = page(site, "en/timeline/").get_text(" ")
    assert "second session of the Conference of the Parties" in timeline
    assert "10 to 21 October 2005" in timeline
    foreign = page(site, "en/reports/2018-05-28/")
    assert foreign.select_one("#para_1 a.para-num")["lang"] == "en"
    assert foreign.select_one(".para-labels")["data-cite"] == (
        "Report of the meeting of the Working Group of Government Experts on Technical Assistance and the "
        "Working Group on International Cooperation (Vienna, 28 to 31 May 2018, draft), {pin}. {url}")


def test_every_english_page_is_english_or_marked(site):
    """No Chinese outside elements marked lang="zh-Hans" (the language
    switch names languages in their own words and carries hreflang); every
    foreign report text is marked; every undocs.org link is English."""
    pages = sorted((site / "en").rglob("*.html"))
    assert len(pages) > 10
    for html in pages:
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        assert soup.html["lang"] == "en"
        body = soup.body
        for a in body.select('a[href*="undocs.org"]'):
            assert a["href"].startswith("https://undocs.org/en/"), (html, a["href"])
        for element in body.select('[lang^="zh"], [hreflang], script'):
            element.decompose()
        text = body.get_text(" ")
        found = [text[max(0, m.start() - 20):m.end() + 20] for m in CJK.finditer(text)]
        assert not found, (html, found[:3])
        for tag in body.find_all(True):
            for key, value in tag.attrs.items():
                assert not (isinstance(value, str) and CJK.search(value)), (html, tag.name, key, value[:60])
    foreign = page(site, "en/reports/2018-05-28/")
    assert foreign.select_one(".report-text")["lang"] == "zh-Hans"
    assert foreign.select_one("h1")["lang"] == "zh-Hans"
    assert foreign.select_one(".report-cover")["lang"] == "zh-Hans"


def test_chinese_pages_mark_english_messages(site):
    quality = page(site, "quality/")
    assert quality.select('td span[lang="en"]')
    assert all(a["href"].startswith("https://undocs.org/zh/") for a in page(site, "documents/").select('a[href*="undocs.org"]'))


def test_hreflang_alternates_on_every_page(site):
    for url in ("", "reports/2012-10-17/", "en/timeline/"):
        soup = page(site, url)
        links = {link["hreflang"]: link["href"] for link in soup.select("head link[rel=alternate][hreflang]")
                 if link["href"].startswith("https://")}
        path = url[3:] if url.startswith("en/") else url
        assert links == {"zh-Hans": f"https://example.org/{path}", "x-default": f"https://example.org/{path}",
                         "en": f"https://example.org/en/{path}"}


def test_english_search_entries(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = [d for d in index["docs"] if d["location"].startswith("en/reports/")]
    assert any("Vienna" in d["title"] + d["text"] for d in english)
    assert any("SHERLOC" in d["text"] for d in english)
