"""Issue 24, part 3, in Chromium online and from the offline bundle: a hit
marks the whole query on the item it lands on (not each word all over the
page), and leaves a clean address, on report pages and on other pages."""
from __future__ import annotations

import re

from helpers import search


def open_hit(page, where, query, part):
    """Search from the home page and follow the first hit whose link holds `part`."""
    kind, base, path = where
    page.goto(base + path(""))
    search(page, query)
    link = page.locator(".md-search-result__item a.md-search-result__link").filter(
        has=page.locator("article")).locator(f"xpath=self::a[contains(@href, '{part}')]").first
    link.click()
    page.wait_for_load_state("load")
    page.wait_for_function("!location.search", timeout=10000)
    page.wait_for_selector("mark.search-hit", timeout=10000)


def marks(page):
    return page.evaluate("""() => Array.from(document.querySelectorAll('mark.search-hit'))
        .map(m => [m.textContent, (m.closest('[id]') || {}).id || ''])""")


def test_a_phrase_hit_marks_the_whole_phrase_on_its_paragraph(context, where):
    page = context.new_page()
    open_hit(page, where, "技术援助工具", "2012-10-17")
    assert page.evaluate("location.search") == ""
    target = page.evaluate("location.hash")
    assert re.fullmatch(r"#para_\d+", target), target
    found = marks(page)
    assert found and all(text == "技术援助工具" and anchor == target[1:] for text, anchor in found), found


def test_a_hit_on_several_words_marks_each_word_on_its_paragraph_only(context, where):
    page = context.new_page()
    open_hit(page, where, "数据 性别 英国", "para_25")
    assert page.evaluate("location.search") == "" and page.evaluate("location.hash") == "#para_25"
    found = marks(page)
    assert {text for text, _ in found} == {"数据", "性别", "英国"}, found
    assert {anchor for _, anchor in found} == {"para_25"}, found


def test_a_hit_on_another_page_leaves_a_clean_address(context, where):
    page = context.new_page()
    open_hit(page, where, "亚非法律协商组织", "region-org")
    assert page.evaluate("location.search") == ""
    assert page.evaluate("location.hash") == "#region-org"
    assert [text for text, _ in marks(page)] == ["亚非法律协商组织"]
