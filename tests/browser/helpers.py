"""Small things a reader does, written once for the browser tests."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SITE_URL = "https://ctoc-reports.example.org/"


def search(page, term):
    """Type into Material's search box. Material searches on key-up, so after
    filling the box dispatch a keyup; return the result links."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(term)
    box.dispatch_event("keyup")
    page.wait_for_selector(".md-search-result__item a", timeout=10000)
    return [a.get_attribute("href") for a in page.locator(".md-search-result__item a").all()]


def in_viewport(page, selector):
    return page.evaluate("""s => { const r = document.querySelector(s).getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.top < window.innerHeight; }""", selector)


def background(page, selector):
    return page.evaluate("s => getComputedStyle(document.querySelector(s)).backgroundColor", selector)


def is_target(page, selector):
    return page.evaluate("s => document.querySelector(s).matches(':target')", selector)


def clipboard(page):
    return page.evaluate("navigator.clipboard.readText()")


def switch_language(page, language):
    page.locator(".md-header .md-select").first.hover()
    page.locator(f'a.md-select__link[hreflang="{language}"]').click()
    page.wait_for_load_state("load")
