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


MATRIX = """() => {
  const px = v => parseFloat(v) || 0;
  const tables = [...document.querySelectorAll('table.participants')];
  const marks = tables.flatMap(t => [...t.querySelectorAll('td a')]).map(a => {
    const r = a.getBoundingClientRect(); return [a.textContent, r.width, r.height]; });
  const heads = tables.map(t => [...t.querySelectorAll('thead th[scope="col"]')].map(th => {
    const s = getComputedStyle(th), r = th.getBoundingClientRect();
    return [th.textContent.trim(), r.left, r.right, px(s.borderLeftWidth), px(s.paddingLeft), px(s.paddingRight)]; }));
  const cells = tables.flatMap(t => [...t.querySelectorAll('td')]).map(td => {
    const s = getComputedStyle(td); return [px(s.borderTopWidth), px(s.borderLeftWidth)]; });
  return {marks, heads, cells};
}"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("language", LANGUAGES)
def test_participants_is_a_readable_matrix(browser, where, language, width):
    """Item 2: ruled and padded cells; the years each in a header cell of
    their own, apart on the screen; every ●/◆ a target of 24 × 24 px at least
    (WCAG 2.2, 2.5.8)."""
    context, page = opened(browser, where, language + "participants/", width)
    found = page.evaluate(MATRIX)
    assert len(found["marks"]) > 250
    small = [m for m in found["marks"] if m[1] < 24 or m[2] < 24]
    assert small == [] and {m[0] for m in found["marks"]} == {"●", "◆"}
    for head in found["heads"]:
        years = [cell[0] for cell in head[1:]]
        assert len(years) >= 5 and all(y.isdigit() and len(y) == 4 for y in years), years
        for (_, _, right, *_), (_, left, _, border, pad_left, _) in zip(head, head[1:]):
            assert left >= right - 1 and border >= 1 and pad_left >= 3  # side by side, ruled, padded
    assert all(top >= 1 and left >= 1 for top, left in found["cells"])
    if where[0] == "http" and width == 375 and not language:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "participants-375.png"))
    context.close()
