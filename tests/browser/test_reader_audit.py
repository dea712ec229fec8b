"""Issue 27: what an audit in Chromium found on phones, touch screens and in
tables, checked on every page kind, in both languages, online and in the
offline bundle."""
import pytest

from helpers import ARTIFACTS

REPORT = "reports/2012-10-17/"      # bilingual (the English fixture)
ZH_ONLY = "reports/2007-10-03/"     # Chinese only: its English page shows the Chinese text
PAGE_KINDS = ["", REPORT, ZH_ONLY, REPORT + "parallel/", "decisions/", "timeline/", "documents/",
              "participants/", "articles/", "quality/"]
LANGUAGES = ["", "en/"]


def address(where, page_path):
    """The page's address relative to the base, online or in the bundle
    (a language's home is its folder's index.html there)."""
    kind, base, path = where
    fragment = ""
    if "#" in page_path:
        page_path, fragment = page_path.split("#", 1)
        fragment = "#" + fragment
    if kind == "file" and page_path in LANGUAGES:
        return page_path + "index.html" + fragment
    return path(page_path) + fragment


def opened(browser, where, page_path, width=375, **options):
    kind, base, path = where
    context = browser.new_context(viewport={"width": width, "height": 800}, **options)
    page = context.new_page()
    page.goto(base + address(where, page_path))
    page.wait_for_load_state("load")
    return context, page


def test_no_page_scrolls_sideways_on_a_phone(browser, where):
    """Item 1: at 375 px no page is wider than the screen (the report's facts
    hold an unbreakable URL, which wraps)."""
    wide = {}
    for language in LANGUAGES:
        for page_path in PAGE_KINDS:
            context, page = opened(browser, where, language + page_path)
            width = page.evaluate("document.scrollingElement.scrollWidth")
            if width > 375:
                wide[language + page_path] = width
            context.close()
    assert wide == {}
