"""Issue 24, part 6, in Chromium online and from the offline bundle: the
results narrow by meeting year and by kind, and a search lives in the
address (?q=…&year=…&kind=…): a link restores its results."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from helpers import search


def links(page):
    page.wait_for_selector(".md-search-result__item a", timeout=10000)
    page.wait_for_timeout(150)
    return page.evaluate("""() => Array.from(document.querySelectorAll(
        '.md-search-result__item a.md-search-result__link')).map(a => decodeURIComponent(a.href))""")


def address(page):
    return {k: v[0] for k, v in parse_qs(urlsplit(page.evaluate("location.href")).query).items()}


def test_filters_narrow_the_results_and_live_in_the_address(context, where):
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path(""))
    everything = search(page, "技术援助")
    assert any("2007-10-03" in h for h in everything) and any("2023-05-29" in h for h in everything)
    page.select_option("select[name=year]", "2016")
    page.wait_for_function("() => Array.from(document.querySelectorAll('.md-search-result__item a'))"
                           ".every(a => a.href.includes('2016'))", timeout=10000)
    assert address(page) == {"q": "技术援助", "year": "2016"}
    page.select_option("select[name=year]", "")
    page.select_option("select[name=kind]", "footnote")
    page.wait_for_function("() => Array.from(document.querySelectorAll('.md-search-result__item a'))"
                           ".every(a => a.href.includes('p=fn_'))", timeout=10000)
    assert address(page) == {"q": "技术援助", "kind": "footnote"}
    page.select_option("select[name=kind]", "recommendation")
    page.wait_for_function("() => Array.from(document.querySelectorAll('.md-search-result__item a'))"
                           ".every(a => a.href.includes('p=rec_'))", timeout=10000)
    page.select_option("select[name=kind]", "decision")
    found = links(page)
    page.wait_for_function("() => Array.from(document.querySelectorAll('.md-search-result__item a'))"
                           ".every(a => a.href.includes('decisions'))", timeout=10000)
    assert found
    page.keyboard.press("Escape")
    page.wait_for_function("!location.search", timeout=10000)


def test_a_search_address_restores_its_results(context, where):
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path("") + "?q=%E8%83%BD%E5%8A%9B%E5%BB%BA%E8%AE%BE&year=2007&kind=paragraph")
    found = links(page)
    assert page.input_value("input.md-search__input") == "能力建设"
    assert page.input_value("select[name=year]") == "2007"
    assert page.input_value("select[name=kind]") == "paragraph"
    assert found and all("2007-10-03" in h and "p=para_" in h for h in found), found
