"""Issue 9, item 1, in a real Chromium: a source whose paragraph, heading,
footnote and title carry HTML is searched online and in the unpacked
bundle. No dialog fires, no element is injected, the page is not blanked,
and the results show the literal characters."""
from __future__ import annotations

import zipfile

import pytest

from helpers import SITE_URL, search, served
from generator.build import BuildOptions, build_bundle, build_site

from support import SEEDS as ROOT_SEEDS  # noqa: E402
SEED_2012 = "000_9878c2901082bbba.txt"
PAYLOAD = "<img src=x onerror=alert(1)> <script>alert(2)</script> <style>body{display:none}</style>"


@pytest.fixture(scope="module")
def evil_corpus(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("evil-seeds")
    text = (ROOT_SEEDS / SEED_2012).read_text(encoding="utf-8")
    replaced = [
        ("不限成员名额政府专家临时工作组会议报告", "不限成员名额<img src=x onerror=alert(3)>工作组会议报告"),
        ("6. 技术援助问题政府专家工作组收到的文件载于本报告附件。", f"6. zyxwvpara {PAYLOAD} 文件载于本报告附件。"),
        ("B. 文件", "B. 文件 zyxwvhead <script>alert(4)</script>"),
        (" 2 CTOC/COP/WG.2/2012/1。", f" 2 CTOC/COP/WG.2/2012/1 zyxwvnote {PAYLOAD}。"),
    ]
    for old, new in replaced:
        assert old in text, old
        text = text.replace(old, new)
    (seeds / SEED_2012).write_text(text, encoding="utf-8")
    return seeds


@pytest.fixture(scope="module")
def evil_bases(evil_corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("evil")
    site = root / "site"
    build_site(BuildOptions(seeds=evil_corpus, site=site, site_url=SITE_URL, lock=None))
    archive = build_bundle(BuildOptions(seeds=evil_corpus, site_url=SITE_URL, lock=None), root / "dist").archive
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(root / "unpacked")
    with served(site) as base:
        yield {"http": (base, "reports/2012-10-17/"),
               "file": ((root / "unpacked" / "wg-ta-reports-offline").as_uri() + "/", "reports/2012-10-17.html")}

@pytest.mark.parametrize("kind", ["http", "file"])
@pytest.mark.parametrize("term, literal", [("zyxwvpara", PAYLOAD), ("zyxwvhead", "<script>alert(4)</script>"),
                                           ("zyxwvnote", PAYLOAD)])
def test_searching_a_payload_shows_it_as_text(browser, evil_bases, kind, term, literal):
    base, report = evil_bases[kind]
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    dialogs: list[str] = []
    context.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(base + report)
    assert search(page, term)
    page.wait_for_timeout(500)  # an onerror handler would have fired by now
    results = page.locator(".md-search-result").first
    injected = page.evaluate("""() => document.querySelectorAll(
        '.md-search-result img, .md-search-result script, .md-search-result style').length""")
    shown = results.inner_text()
    assert dialogs == []
    assert injected == 0
    assert page.evaluate("getComputedStyle(document.body).display") != "none"
    squashed = " ".join(shown.split())
    assert literal in squashed or all(part in squashed for part in literal.split())
    context.close()


@pytest.mark.parametrize("kind", ["http", "file"])
def test_the_report_page_itself_runs_nothing_from_the_source(browser, evil_bases, kind):
    base, report = evil_bases[kind]
    context = browser.new_context()
    dialogs: list[str] = []
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(base + report)
    page.wait_for_timeout(500)
    assert dialogs == []
    assert "<img src=x onerror=alert(3)>" in page.title()
    assert page.locator("#para_6").inner_text().count("<script>alert(2)</script>") == 1
    context.close()
