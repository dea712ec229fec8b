"""Nested list points in Chromium (issue 21): each level shows only the
label the source printed, has the controls of every anchored item, copies
its permanent link, and opens highlighted from its anchor."""
from __future__ import annotations

import shutil

import pytest

from helpers import SITE_URL, clipboard, in_viewport, is_target, served
from pdf_layout import FIXTURE_FILES, FIXTURES
from generator.build import BuildOptions, build_site

DEEP = "para_1__subpara_a__point_iii__point_b"


@pytest.fixture(scope="module")
def lists_base(tmp_path_factory):
    root = tmp_path_factory.mktemp("lists")
    (root / "sources").mkdir()
    for language in ("zh", "en"):
        name = FIXTURE_FILES[language][0]
        shutil.copy2(FIXTURES / language / name, root / "sources" / name)
    options = BuildOptions(seeds=root / "sources", docs=root / "docs", site=root / "site",
                           site_url=SITE_URL, lock=None)
    build_site(options)
    with served(options.site) as base:
        yield base


@pytest.mark.parametrize("prefix, labels, pin", [
    ("", ["(a)", "㈠", "㈡", "㈢", "a.", "b.", "(b)", "(c)", "(一)", "(二)"], "第 1 (a) ㈢ b. 段"),
    ("en/", ["(a)", "(i)", "(ii)", "(iii)", "a.", "b.", "(b)", "(c)", "(i)", "(ii)"], "para. 1 (a) (iii) b."),
])
def test_points_show_their_own_labels_and_controls(browser, lists_base, prefix, labels, pin):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=lists_base.rstrip("/"))
    page = context.new_page()
    page.goto(f"{lists_base}{prefix}reports/2026-02-09/")
    assert page.locator("#para_1 .sub-label").all_inner_texts() == labels
    styles = page.evaluate("[...document.querySelectorAll('#para_1 ol')].map(ol => getComputedStyle(ol).listStyleType)")
    assert styles and set(styles) == {"none"}, styles  # no a., i. of the browser's before the source's labels
    controls = page.locator(f'.item-controls[data-for="{DEEP}"]')
    page.wait_for_selector(f'.item-controls[data-for="{DEEP}"] button.para-cite', state="attached")
    assert pin in controls.locator("a.para-link").get_attribute("aria-label")
    assert controls.locator("button").count() == 2
    controls.locator("a.para-link").click()
    page.wait_for_function("u => navigator.clipboard.readText().then(t => t === u)",
                           arg=f"{SITE_URL}{prefix}reports/2026-02-09/#{DEEP}")
    assert clipboard(page) == f"{SITE_URL}{prefix}reports/2026-02-09/#{DEEP}"
    context.close()


def test_a_point_opens_highlighted_from_its_anchor(context, lists_base):
    page = context.new_page()
    page.goto(f"{lists_base}en/reports/2026-02-09/#{DEEP}")
    assert is_target(page, f"#{DEEP}") and in_viewport(page, f"#{DEEP}")
    assert page.evaluate("s => getComputedStyle(document.querySelector(s)).backgroundColor",
                         f"#{DEEP}") not in ("rgba(0, 0, 0, 0)", "transparent")
