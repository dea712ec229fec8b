"""Issue 24, part 7, in Chromium online and from the offline bundle: on the
English side results stay on English pages; hits in reports that only the
Chinese side has are counted, with a link to the Chinese search."""
from __future__ import annotations

import re


def english_home(where):
    kind, base, _ = where
    return base + ("en/index.html" if kind == "file" else "en/")


def type_query(page, query):
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.dispatch_event("keyup")


def test_english_results_stay_on_english_pages(context, where):
    page = context.new_page()
    page.goto(english_home(where))
    type_query(page, "technical assistance")
    page.wait_for_selector(".md-search-result__item a", timeout=10000)
    hrefs = page.evaluate("Array.from(document.querySelectorAll('.md-search-result__item a')).map(a => a.href)")
    assert hrefs and all("/en/" in h for h in hrefs), [h for h in hrefs if "/en/" not in h]


def test_hits_in_chinese_only_reports_are_counted_and_linked(context, where):
    page = context.new_page()
    page.goto(english_home(where))
    type_query(page, "能力建设")
    note = page.locator(".search-elsewhere a")
    note.wait_for(timeout=10000)
    # 能力建设: nine items of the 2007, 2016 and 2023 reports, which have no English text.
    assert re.match(r"9 more results in reports that exist only in Chinese", note.inner_text()), note.inner_text()
    assert page.locator(".md-search-result__item").count() == 0
    note.click()
    page.wait_for_load_state("load")
    page.wait_for_selector(".md-search-result__item a", timeout=10000)
    hrefs = page.evaluate("Array.from(document.querySelectorAll('.md-search-result__item a')).map(a => a.href)")
    assert page.input_value("input.md-search__input") == "能力建设"
    assert hrefs and not any("/en/" in h for h in hrefs)
