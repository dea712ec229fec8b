"""What a reader sees and does, in a real Chromium, online and offline."""
import re

from helpers import ARTIFACTS, SITE_URL, background, clipboard, in_viewport, is_target, search, switch_language

HIGHLIGHT = "rgb(255, 240, 160)"
CITATION_2012 = re.compile(r"^技术援助问题不限成员名额政府专家临时工作组会议报告（维也纳，2012 年 10 月 17 日和 18 日），"
                           r"第 23 段。" + re.escape(f"{SITE_URL}reports/2012-10-17/#para_23") + "$")


def test_anchor_scrolls_the_paragraph_into_view_and_highlights_it(context, where):
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path("reports/2007-10-03/") + "#para_23")
    assert is_target(page, "#para_23")
    assert in_viewport(page, "#para_23")
    assert not in_viewport(page, "#para_1")
    assert background(page, "#para_23") == HIGHLIGHT


def test_pilcrow_copies_the_canonical_url_and_the_button_copies_a_citation(browser, where):
    kind, base, path = where
    options = {"origin": base.rstrip("/")} if kind == "http" else {}
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], **options)
    page = context.new_page()
    page.goto(base + path("reports/2012-10-17/"))
    page.locator("#para_23 > p a.para-link").click()
    assert clipboard(page) == f"{SITE_URL}reports/2012-10-17/#para_23"  # never file://
    assert page.locator(".copy-toast").text_content() == "链接已复制"
    assert is_target(page, "#para_23")
    page.locator("#para_23 > p button.para-cite").click()
    page.wait_for_function("document.querySelector('.copy-toast').textContent === '引文已复制'")
    assert CITATION_2012.match(clipboard(page)), clipboard(page)
    context.close()


def test_english_citation_is_in_english(browser, http_base):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=http_base.rstrip("/"))
    page = context.new_page()
    page.goto(http_base + "en/reports/2012-10-17/")
    page.locator("#para_4 > p button.para-cite").click()
    page.wait_for_function("document.querySelector('.copy-toast').textContent === 'Citation copied'")
    assert clipboard(page) == (
        "Report of the meeting of the Working Group of Government Experts on Technical Assistance "
        f"(Vienna, 17 and 18 October 2012), para. 4. {SITE_URL}en/reports/2012-10-17/#para_4")
    context.close()


def test_language_switch_keeps_the_paragraph(context, where):
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path("reports/2012-10-17/") + "#para_5")
    switch_language(page, "en")
    assert page.url == base + "en/" + path("reports/2012-10-17/") + "#para_5"
    assert page.locator("#para_5").text_content().strip().startswith("5. Statements were made by the representatives")
    assert in_viewport(page, "#para_5")
    switch_language(page, "zh")
    assert page.url == base + path("reports/2012-10-17/") + "#para_5"
    assert "下列国家的代表作了发言" in page.locator("#para_5").text_content()


def test_search_finds_chinese_words_and_lands_on_the_paragraph(context, where):
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path(""))
    links = search(page, "洗钱")
    assert any("2016-10-17" in href for href in links), links
    hit = page.locator(".md-search-result__item a").first
    href = hit.get_attribute("href")
    assert re.search(r"reports/\d{4}-\d{2}-\d{2}(/|\.html)\?p=para_\d+", href), href
    hit.click()
    page.wait_for_load_state("load")
    anchor = "#" + page.url.split("#")[1]
    assert re.fullmatch(r"#para_\d+", anchor)
    assert in_viewport(page, anchor)
    assert "洗钱" in page.locator(anchor).text_content()


def test_search_finds_other_terms_and_english_words(context, http_base):
    page = context.new_page()
    page.goto(http_base)
    assert any("2023-05-29" in h for h in search(page, "夏洛克"))
    page.goto(http_base)
    assert any("2012-10-17" in h for h in search(page, "文化财产"))
    page.goto(http_base + "en/")
    assert any(re.search(r"en/reports/2012-10-17/\?p=para_5", h) for h in search(page, "Statements"))


def test_offline_bundle_makes_no_request_outside_file(context, file_base):
    page = context.new_page()
    page.goto(file_base + "index.html")
    assert "离线版" in page.locator("article").text_content()
    page.locator('article a[href$="2012-10-17.html"]').first.click()
    page.wait_for_load_state("load")
    assert page.locator("#para_23").is_visible()
    search(page, "洗钱")
    page.goto(file_base + "reports/2012-10-17.html#para_5")
    switch_language(page, "en")
    page.wait_for_timeout(500)
    assert context.requests.urls, "the recorder saw nothing"
    assert context.requests.outside("file://", "data:", "blob:", "about:") == []


def test_screenshot_of_a_report_page(context, http_base):
    ARTIFACTS.mkdir(exist_ok=True)
    page = context.new_page()
    page.goto(http_base + "reports/2012-10-17/#para_23")
    path = ARTIFACTS / "report-2012-10-17-para-23.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size > 20000
