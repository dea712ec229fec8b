"""Issue 13, items 6 and 7: axe-core (the npm package, fetched by `make
vendor`/`make test`, never in the repository) injected into every page kind
reports no violation caused by our markup, in the light and the dark scheme;
the timeline's labels never overlap, at 1280 and 375 px, with JavaScript on
and off (their rows are decided when the page is made); the participants
tables keep their year header row on a phone."""
from pathlib import Path

import pytest

from helpers import ARTIFACTS

AXE = Path(__file__).resolve().parents[2] / "vendor" / "axe-core" / "axe.min.js"
PAGES = ["", "reports/2012-10-17/", "reports/2023-05-29/", "reports/2018-05-28/", "en/reports/2012-10-17/",
         "timeline/", "participants/", "decisions/", "documents/", "recommendations/", "en/recommendations/"]
# Violations of the theme's own markup (Material 9.8.2), listed in the README:
# the search dialog has no accessible name; the footer's "Made with Material
# for MkDocs" line is below 4.5:1.
THEME = {("aria-dialog-name", ".md-search"), ("color-contrast", ".md-copyright"),
         ("color-contrast", ".md-copyright__highlight")}


def violations(page):
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make vendor` (make test does)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    ours = []
    for v in result["violations"]:
        nodes = [n["target"][-1] for n in v["nodes"] if (v["id"], n["target"][-1]) not in THEME]
        if nodes:
            ours.append((v["id"], v["help"], nodes[:5]))
    return ours


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_of_ours(browser, http_base, path, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    page.goto(http_base + path)
    assert violations(page) == []
    context.close()


def test_axe_in_the_offline_bundle(context, file_base):
    page = context.new_page()
    page.goto(file_base + "reports/2012-10-17.html#para_5")
    assert violations(page) == []


OVERLAPS = """() => {
  const boxes = [...document.querySelectorAll('.timeline .tl-mark, .timeline .tl-year, .timeline .tl-lane-label')]
    .map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.width > 0);
  const bad = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i][1], b = boxes[j][1];
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      bad.push(boxes[i][0].textContent + ' / ' + boxes[j][0].textContent);
  }
  return [boxes.length, bad];
}"""


@pytest.mark.parametrize("width", [1280, 375])
def test_timeline_labels_never_overlap(browser, where, width):
    kind, base, path = where
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(base + path("timeline/"))
    page.wait_for_load_state("load")
    count, bad = page.evaluate(OVERLAPS)
    assert count > 50 and bad == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # the picture scrolls in its box
    names = page.evaluate("[...document.querySelectorAll('.timeline a.tl-mark')].map(a => a.getAttribute('aria-label'))")
    assert all(names) and not any("_" in n for n in names)
    # Like marks lead to like places: every session and event mark to its entry on the page.
    targets = page.evaluate("[...document.querySelectorAll('.timeline a.tl-cop, .timeline a.tl-event')]"
                            ".map(a => a.getAttribute('href'))")
    assert targets and all(t.startswith("#event-") or t.startswith("#") for t in targets)
    if kind == "http":
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator(".timeline-scroll").screenshot(path=str(ARTIFACTS / f"timeline-{width}.png"))
    context.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_timeline_labels_never_overlap_without_javascript(browser, where, width):
    """The rows come with the page (render/timeline.py), not from a script:
    so they hold with JavaScript off, before any script runs, and in print."""
    kind, base, path = where
    context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(base + path("timeline/"))
    page.wait_for_load_state("load")
    count, bad = page.evaluate(OVERLAPS)
    assert count > 50 and bad == []
    # Decisions 3/1 … 3/4 share a date: four rows, and their lane has grown to hold them.
    tops = page.evaluate("[...document.querySelectorAll('.timeline a.tl-decision')]"
                         ".filter(a => a.textContent.startsWith('3/')).map(a => a.getBoundingClientRect().top)")
    assert len(tops) == 4 and len(set(tops)) == 4
    assert page.evaluate("""() => [...document.querySelectorAll('.timeline .tl-lane')].every(lane =>
        [...lane.querySelectorAll('.tl-mark, .tl-year')].every(m =>
            m.getBoundingClientRect().bottom <= lane.getBoundingClientRect().bottom))""")
    # The picture scrolls in its own box. (Not the page's scrollWidth, as with a script:
    # without one, Material's hidden language list reaches 16 px past a phone's edge, on every page.)
    box = page.evaluate("(() => { const b = document.querySelector('.timeline-scroll');"
                        " return [b.getBoundingClientRect().right, b.scrollWidth, b.clientWidth]; })()")
    assert box[0] <= width and (box[1] > box[2]) == (width < 640)
    page.emulate_media(media="print")
    count, bad = page.evaluate(OVERLAPS)
    assert count > 50 and bad == []
    context.close()


def test_participants_year_header_row_stays_on_a_phone(browser, where):
    """Issue 13: the participants tables scroll in their own box at 375 px;
    their header row (the meetings' years) stays displayed, every cell with a width."""
    kind, base, path = where
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(base + path("participants/"))
    heads = page.evaluate("""() => [...document.querySelectorAll('table.participants thead')].map(h => [
        getComputedStyle(h).display, h.getBoundingClientRect().height,
        [...h.querySelectorAll('th[scope="col"]')].map(th => [th.textContent.trim(), th.getBoundingClientRect().width])])""")
    assert heads
    for display, height, cells in heads:
        assert display == "table-header-group" and height > 0
        assert len(cells) >= 6 and all(width > 0 for _, width in cells), cells
        assert [text for text, _ in cells[1:]] == sorted(text for text, _ in cells[1:])  # the years, in order
    context.close()
