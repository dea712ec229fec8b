"""Arabic in a real browser (issue 26): a site built in zh, en and ar with
the browser tests' corpus (seeds and the English 2012 report) and the Arabic 2012 report. The Arabic page's text
runs right to left while its document symbols read left to right; axe-core
finds nothing of ours on its pages; screenshots at 375 and 1280 px are saved
in test-artifacts/ for a person to look at."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import ARTIFACTS, SITE_URL, names_out_of_view, served
from test_accessibility import violations
from generator.build import BuildOptions, build_site

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REPORT = "ar/reports/2012-10-17/"


@pytest.fixture(scope="module")
def arabic_base(corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("arabic-browser")
    seeds = root / "seeds"
    shutil.copytree(corpus, seeds)
    shutil.copy2(FIXTURES / "ar" / "wg-ta-2012-ar-pdf.txt", seeds)
    options = BuildOptions(seeds=seeds, docs=root / "docs", site=root / "site", site_url=SITE_URL, lock=None,
                           languages=("zh", "en", "ar"))
    build_site(options)
    with served(options.site) as base:
        yield base


#: Where each character of an element's text is drawn, left to right on the
#: screen: the x of its box (Range rects over the text nodes).
CHARACTER_X = """(selector) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++) {
      if (!node.data[i].trim()) continue;
      const range = document.createRange();
      range.setStart(node, i); range.setEnd(node, i + 1);
      const r = range.getBoundingClientRect();
      if (r.width > 0) out.push([node.data[i], r.left, r.top]);
    }
  }
  return out;
}"""


def test_the_text_runs_right_to_left_and_its_symbols_left_to_right(browser, arabic_base):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(arabic_base + REPORT)
    assert page.evaluate("[document.documentElement.dir, getComputedStyle(document.querySelector('#para_1 p')).direction]") \
        == ["rtl", "rtl"]
    # The paragraph's first words stand at the right: each later Arabic letter of a line is drawn further left.
    chars = page.evaluate(CHARACTER_X, "#para_1 p")
    first_line = [c for c in chars if abs(c[2] - chars[0][2]) < 2]
    arabic = [x for ch, x, _ in first_line if "\u0621" <= ch <= "\u064a"]
    leftwards = sum(1 for a, b in zip(arabic, arabic[1:]) if b <= a)
    assert len(arabic) > 20 and arabic[0] - arabic[-1] > 300 and leftwards >= 0.9 * (len(arabic) - 1)
    # Its number (1.) sits at the right edge, before the text in reading order.
    number = page.locator("#para_1 .para-num").bounding_box()
    text = page.locator("#para_1 p").bounding_box()
    assert number["x"] + number["width"] > text["x"] + text["width"] - 30
    # A symbol inside the Arabic text reads left to right: C before T before O …, the slashes in between.
    for selector in ("#fn_1 bdi", "#para_2 bdi"):
        symbol = page.evaluate(CHARACTER_X, selector)
        xs = [x for _, x, _ in symbol]
        assert xs == sorted(xs), (selector, "".join(ch for ch, _, _ in symbol))
        visual = "".join(ch for ch, _, _ in sorted(symbol, key=lambda c: c[1]))
        assert visual == page.locator(selector).first.inner_text().replace(" ", "")
    assert page.locator("#fn_1 bdi").inner_text() == "CTOC/COP/2012/15"
    # The subparagraph labels stand at the start (right) of their items, as printed.
    label = page.locator("#para_23__subpara_e .sub-label")
    item = page.locator("#para_23__subpara_e").bounding_box()
    assert label.inner_text() == "(هـ)"
    box = label.bounding_box()
    assert box["x"] > item["x"] + item["width"] / 2
    context.close()


def test_controls_and_facts_are_mirrored(browser, arabic_base):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(arabic_base + REPORT)
    # The ¶ control follows the paragraph's last words: to their left in right-to-left text.
    pilcrow = page.locator("#para_6 .para-link").bounding_box()
    number = page.locator("#para_6 .para-num").bounding_box()
    assert pilcrow["x"] < number["x"]
    terms = page.locator("dl.report-facts dt").first.bounding_box()
    details = page.locator("dl.report-facts dd").first.bounding_box()
    assert terms["x"] > details["x"]  # the term at the right, its value to its left
    sidebar = page.locator(".md-sidebar--primary").bounding_box()
    content = page.locator(".md-content").bounding_box()
    assert sidebar["x"] > content["x"]  # Material's right-to-left layout: navigation at the right
    context.close()


@pytest.mark.parametrize("path", [REPORT, "ar/", "ar/timeline/", "ar/reports/2016-10-17/"])
def test_axe_finds_nothing_of_ours_on_arabic_pages(browser, arabic_base, path):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(arabic_base + path)
    assert violations(page) == []
    context.close()


def test_the_participants_names_stay_in_view_right_to_left(browser, arabic_base):
    """The matrix's first column sticks to its right edge in Arabic."""
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(arabic_base + "ar/participants/")
    assert names_out_of_view(page) == []
    context.close()


OUTSIDE = """(width) => [...document.querySelectorAll('article *')]
  .filter(e => !e.closest('.table-scroll, .timeline-scroll'))
  .map(e => [e, e.getBoundingClientRect()])
  .filter(([e, r]) => r.width > 0 && (r.left < -1 || r.right > width + 1))
  .map(([e, r]) => e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right))"""


@pytest.mark.parametrize("width", [375, 1280])
def test_screenshots_of_the_arabic_report(browser, arabic_base, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(arabic_base + REPORT + "#para_23")
    page.wait_for_load_state("load")
    # Nothing of the report is wider than the screen (tables scroll in their own box; Material's
    # off-canvas drawer and search options stand outside it, on the right in right to left).
    assert page.evaluate(OUTSIDE, width) == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"arabic-report-{width}.png"))
    page.goto(arabic_base + "ar/timeline/")
    page.locator(".timeline-scroll").screenshot(path=str(ARTIFACTS / f"arabic-timeline-{width}.png"))
    context.close()
