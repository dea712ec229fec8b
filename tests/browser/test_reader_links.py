"""Issue 13, in a real Chromium, online and from the unpacked bundle: the
reader's email workflow. Clean URLs after a search hit; the same controls on
every anchored item (link, citation, text with citation: the clipboard is
checked); ranges and unknown anchors; no console error on any page kind."""
import re

import pytest

from helpers import ARTIFACTS, ROOT, SITE_URL, clipboard, in_viewport, is_target, search

# (report, id, its name in the citation, words of its text): one of each kind of item.
ITEMS = [
    ("2012-10-17", "para_5", "第 5 段", "下列国家的代表作了发言"),
    ("2012-10-17", "para_23__subpara_a", "第 23 (a) 段", "铭记《有组织犯罪公约》第 18 条"),
    ("2007-10-03", "para_21__item_2", "第 21 段第 2 项", ""),
    ("2023-05-29", "rec_3", "建议 3", "鼓励缔约方考虑审议机制的运作程序"),
    ("2012-10-17", "fn_2", "脚注 2", "CTOC/COP/WG.2/2012/1"),
    ("2012-10-17", "annex_1__row_6", "附件第 6 行", "CTOC/COP/2012/10 — 4 和 5 — 秘书处关于"),
]
REPORT_2012 = "技术援助问题不限成员名额政府专家临时工作组会议报告（维也纳，2012 年 10 月 17 日和 18 日），"


def clipboard_context(browser, kind, base):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    options = {"origin": base.rstrip("/")} if kind == "http" else {}
    context.grant_permissions(["clipboard-read", "clipboard-write"], **options)
    return context


def wait_toast(page, text):
    page.wait_for_function("t => document.querySelector('.copy-toast') && "
                           "document.querySelector('.copy-toast').textContent === t", arg=text)
    page.evaluate("document.querySelector('.copy-toast').textContent = ''")


def test_search_hit_leaves_the_clean_paragraph_url(context, where):
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path(""))
    search(page, "洗钱")
    before = page.evaluate("history.length")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state("load")
    page.wait_for_function("!location.search")
    assert re.fullmatch(re.escape(base) + r"reports/\d{4}-\d{2}-\d{2}(/|\.html)#para_\d+", page.url), page.url
    assert page.evaluate("history.length") == before + 1  # the hit's page, nothing more
    anchor = "#" + page.url.split("#")[1]
    assert is_target(page, anchor) and in_viewport(page, anchor)
    page.wait_for_selector(f"{anchor} mark", timeout=10000)  # the search words are still marked


@pytest.mark.parametrize("slug, eid, pin, words", ITEMS, ids=[i[1] for i in ITEMS])
def test_every_kind_of_item_copies_its_link_citation_and_text(browser, where, slug, eid, pin, words):
    kind, base, path = where
    context = clipboard_context(browser, kind, base)
    page = context.new_page()
    page.goto(base + path(f"reports/{slug}/"))
    controls = page.locator(f'.item-controls[data-for="{eid}"]')
    url = f"{SITE_URL}reports/{slug}/#{eid}"
    assert controls.locator("a.para-link").get_attribute("aria-label") == f"复制{pin}的链接"
    assert controls.locator("button.para-cite").get_attribute("aria-label") == f"复制{pin}的引文"
    assert controls.locator("button.para-copy").get_attribute("aria-label") == f"复制{pin}的文字和引文"
    length = page.evaluate("history.length")

    controls.locator("a.para-link").click()
    wait_toast(page, "链接已复制")
    assert clipboard(page) == url  # never file://
    assert is_target(page, f'[id="{eid}"]')
    assert page.evaluate("history.length") == length  # copying adds no history entry

    controls.locator("button.para-cite").click()
    wait_toast(page, "引文已复制")
    cited = clipboard(page)
    assert cited.endswith(f"，{pin}。{url}"), cited
    assert "草稿" not in cited and re.search(r"\d{4} 年 \d+ 月 \d+ 日", cited)

    controls.locator("button.para-copy").click()
    wait_toast(page, "文字和引文已复制")
    text, _, citation = clipboard(page).rpartition("\n——")
    assert citation == cited and words in text and "¶" not in text and "❞" not in text
    assert page.evaluate("history.length") == length
    context.close()


def test_citation_of_the_2012_report_and_of_the_draft(browser, http_base):
    context = clipboard_context(browser, "http", http_base)
    page = context.new_page()
    page.goto(http_base + "reports/2012-10-17/")
    page.locator('.item-controls[data-for="para_23"] button.para-cite').click()
    wait_toast(page, "引文已复制")
    assert clipboard(page) == f"{REPORT_2012}第 23 段。{SITE_URL}reports/2012-10-17/#para_23"
    page.goto(http_base + "reports/2018-05-28/")
    assert page.locator(".draft-banner").is_visible()
    assert "草稿" in page.locator(".report-facts").last.text_content()
    assert "002_a34d6a30f97ba0d0.txt" not in page.locator("article").text_content()
    page.locator('.item-controls[data-for="para_nn_1"] button.para-cite').click()
    wait_toast(page, "引文已复制")
    assert "，草稿）" in clipboard(page) and "para_nn" not in clipboard(page).split("#")[0]
    page.goto(http_base + "en/reports/2023-05-29/")
    page.locator('.item-controls[data-for="rec_3"] button.para-cite').click()
    wait_toast(page, "Citation copied")
    assert "(Vienna, 29 and 30 May 2023), recommendation 3. " in clipboard(page)
    context.close()


def test_selecting_a_paragraph_leaves_out_the_controls(context, where):
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path("reports/2012-10-17/"))
    selected = page.evaluate("""() => { const r = document.createRange();
        r.selectNodeContents(document.getElementById('para_23'));
        const s = getSelection(); s.removeAllRanges(); s.addRange(r); return s.toString(); }""")
    assert "文化财产" in selected and "¶" not in selected and "❞" not in selected


def test_controls_are_big_enough_and_keep_the_focus(context, http_base):
    page = context.new_page()
    page.goto(http_base + "reports/2012-10-17/")
    sizes = page.evaluate("""[...document.querySelectorAll('.item-controls > *')].map(e => {
        const r = e.getBoundingClientRect(); return [r.width, r.height]; })""")
    assert sizes and all(w >= 24 and h >= 24 for w, h in sizes), min(sizes)
    page.locator('.item-controls[data-for="para_5"] a.para-link').focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('[data-for=para_5] button.para-cite')")


def test_a_range_anchor_highlights_and_scrolls_and_shift_click_copies_a_range(browser, where):
    kind, base, path = where
    context = clipboard_context(browser, kind, base)
    page = context.new_page()
    page.goto(base + path("reports/2012-10-17/") + "#para_5-7")
    assert page.evaluate("[...document.querySelectorAll('.para--in-range')].map(e => e.id)") == [
        "para_5", "para_6", "para_7"]
    assert in_viewport(page, "#para_5") and not in_viewport(page, "#para_1")
    assert page.locator(".anchor-notice").count() == 0
    page.goto(base + path("reports/2012-10-17/"))
    length = page.evaluate("history.length")
    page.locator('.item-controls[data-for="para_9"] a.para-link').click()
    page.locator('.item-controls[data-for="para_11"] a.para-link').click(modifiers=["Shift"])
    wait_toast(page, "第 9 至 11 段的链接已复制")
    assert clipboard(page) == f"{SITE_URL}reports/2012-10-17/#para_9-11"
    assert page.url.endswith("#para_9-11") and page.evaluate("history.length") == length
    assert page.evaluate("[...document.querySelectorAll('.para--in-range')].map(e => e.id)") == [
        "para_9", "para_10", "para_11"]
    context.close()


def test_an_unknown_anchor_says_so(context, where):
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path("reports/2012-10-17/") + "#para_99")
    notice = page.locator(".anchor-notice")
    assert notice.is_visible() and notice.text_content() == "本报告没有第 99 段（共 24 段）"
    page.goto(base + "en/" + path("reports/2012-10-17/") + "#para_99")
    page.reload()
    assert page.locator(".anchor-notice").text_content() == "This report has no para. 99 (it has 1–24)"
    page.goto(base + path("reports/2012-10-17/") + "#para_5")
    page.reload()
    assert page.locator(".anchor-notice").count() == 0


def test_no_link_shows_a_raw_id_or_a_file_name(online_site):
    from bs4 import BeautifulSoup
    raw = re.compile(r"^(para|fn|annex|chp|rec)_")
    found = []
    for html in online_site.rglob("*.html"):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article")
        if article is None:
            continue
        found += [(html.name, a.get_text()) for a in article.select("a") if raw.match(a.get_text().strip())]
        if "quality" not in html.parts:
            found += [(html.name, "file name") for _ in article.find_all(string=re.compile(r"_[0-9a-f]{16}\.txt"))]
    assert found == []


PAGES = ["", "reports/2012-10-17/", "reports/2018-05-28/", "en/reports/2012-10-17/", "en/reports/2016-10-17/",
         "reports/2012-10-17/parallel/", "timeline/", "decisions/", "documents/", "participants/", "quality/",
         "en/timeline/", "en/"]


def test_no_console_error_on_any_page_kind(context, where):
    kind, base, path = where
    page = context.new_page()
    problems = []
    page.on("console", lambda m: problems.append(f"{page.url}: {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"{page.url}: pageerror: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"{page.url}: failed: {r.url}")
            if r.failure != "net::ERR_ABORTED" else None)  # a script cut short by the next goto
    page.on("response", lambda r: problems.append(f"{page.url}: {r.status}: {r.url}") if r.status >= 400 else None)
    for each in PAGES:
        offline = (each + "index.html") if each in ("", "en/") else path(each)
        page.goto(base + (each if kind == "http" else offline))
        page.wait_for_timeout(300)
    page.goto(base + "404.html")
    page.wait_for_timeout(300)
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    assert problems == []


def test_screenshots_of_a_report_desktop_and_mobile(browser, http_base):
    ARTIFACTS.mkdir(exist_ok=True)
    for name, viewport in (("desktop", {"width": 1280, "height": 800}), ("mobile", {"width": 375, "height": 800})):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(http_base + "reports/2012-10-17/#para_23")
        shot = ARTIFACTS / f"report-2012-10-17-{name}.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 20000
        context.close()


@pytest.mark.parametrize("slug", ["reports/2012-10-17/", "participants/", "timeline/"])
def test_nothing_widens_the_page_on_a_phone(browser, http_base, slug):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(http_base + slug)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_print_numbers_footnotes_once_shows_the_url_and_hides_the_controls(context, where):
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path("reports/2012-10-17/"))
    page.emulate_media(media="print")
    facts = page.locator(".report-facts").first.inner_text()
    assert f"{SITE_URL}reports/2012-10-17/" in facts  # the report's URL is printed (never file://)
    numbering = page.evaluate("getComputedStyle(document.querySelector('.footnote-list')).listStyleType")
    marks = page.locator(".footnote-list > li .fn-mark").all_inner_texts()
    assert numbering == "none" and marks[:2] == ["1", "2"]  # the source's marks, once
    assert page.evaluate("getComputedStyle(document.querySelector('.item-controls')).display") == "none"
    page.pdf(path=str(ARTIFACTS / f"report-2012-10-17-print-{kind}.pdf")) if kind == "http" else None


def test_the_dark_mode_switch_follows_the_system_and_toggles(browser, http_base):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(http_base + "reports/2012-10-17/")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "slate"  # the system says dark
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function(f"{scheme} === 'default'")
    context.close()


NAMES = """() => Object.fromEntries([...document.querySelectorAll('.item-controls')]
  .map(group => [group.dataset.for, group.dataset.pin]))"""


def test_every_item_has_controls_named_as_the_generator_names_it(context, http_base, corpus):
    """paragraphs.js draws the controls of every anchored item of every
    report page and names each from its id as citation.item_label does,
    in both languages of the site: the same items, the same names."""
    from generator.build import load_reports
    from generator.citation import item_label
    from generator.context import BuildContext
    from generator.metadata import METADATA_NAME
    from generator.sources import source_files

    reports, _ = load_reports(source_files(corpus), metadata_file=corpus / METADATA_NAME)
    shown = BuildContext.of(reports, ("zh", "en")).shown
    page = context.new_page()
    for language, prefix in (("zh", ""), ("en", "en/")):
        for report in shown[language]:
            page.goto(f"{http_base}{prefix}reports/{report.slug}/")
            expected = {eid: item_label(eid, language, report) for eid in report.ids()}
            assert page.evaluate(NAMES) == expected, (language, report.slug)
            if report.language != language:  # inside text in another language, the controls speak the page's
                assert page.evaluate("document.querySelector('.item-controls').lang") == "en"


#: One id of every form (tests/test_ids.py), in page order; the paragraphs' own are top-level blocks.
EVERY_FORM = ["chp_4", "hcontainer_1", "sec_a", "chp_1__sec_a__subsec_1", "chp_1__sec_a__hcontainer_2",
              "para_nn_1", "para_5", "para_5__subpara_a", "para_5__subpara_a__point_ii",
              "para_5__subpara_a__point_xii__point_b__point_iv", "para_5__subpara_2", "para_5__item_2",
              "para_5__item_2__subpara_e", "para_nn_2", "para_nn_2__subpara_b", "rec_3", "rec_3__subpara_a",
              "annex_1", "annex_2", "annex_1__row_6", "fn_1", "fn_star_1"]


def every_form_page(language: str) -> str:
    from generator.languages import profile

    lang = profile(language)
    out = [f'<html lang="{lang.html_lang}" dir="{lang.direction}"><body><article>',
           '<div class="para-labels" hidden data-cite="R, {pin}. {url}" data-url="https://example.org/r/"></div>']
    for eid in EVERY_FORM:
        if eid.startswith(("chp_", "sec_", "hcontainer_")) or eid.startswith("annex_") and "__" not in eid:
            out.append(f'<h3 id="{eid}">x</h3>')
        elif eid.startswith("para_") and "__" not in eid:
            out.append(f'<div class="para" id="{eid}"><p>x</p></div>')
        elif eid.startswith("fn_"):
            out.append(f'<ol class="footnote-list"><li id="{eid}">x</li></ol>')
        elif "__row_" in eid:
            out.append(f'<table><tr id="{eid}"><td>x</td></tr></table>')
        else:
            out.append(f'<ol class="subparas"><li id="{eid}">x</li></ol>')
    return "".join(out) + "</article></body></html>"


@pytest.mark.parametrize("language", ["zh", "en", "fr", "es", "ru", "ar"])
def test_every_form_of_id_is_named_as_the_generator_names_it(context, language):
    """Every form of id in every language (the real pages above have only
    some forms, in two): Chinese points (㈡, (十二)), Arabic letters,
    unnumbered paragraphs before and after a numbered one, deep points."""
    from generator.citation import item_label
    from generator.model import Paragraph
    from generator.render.labels import labels_script
    from test_render_report import make_report

    report = make_report(blocks=[Paragraph(eid, int(eid[5:]) if eid[5:].isdigit() else None, "x", 1)
                                 for eid in EVERY_FORM if eid.startswith("para_") and "__" not in eid])
    page = context.new_page()
    page.set_content(every_form_page(language))
    page.add_script_tag(content=labels_script(language))
    page.add_script_tag(path=str(ROOT / "overrides" / "assets" / "js" / "paragraphs.js"))
    assert page.evaluate(NAMES) == {eid: item_label(eid, language, report) for eid in EVERY_FORM}
