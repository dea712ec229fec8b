"""Issue 13: UN-style citations, readable item names, dates as a reader
writes them (generator/citation.py), and the report header."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.citation import citation, item_label, meeting_dates
from generator.parse import parse
from generator.read import read_source
from generator.render import ReportPage
from support import LAYOUT

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
URL = "https://ctoc-reports.example.org/reports/x/#para_23"


def report(name: str):
    return parse(read_source(SEEDS / name), name)


@pytest.fixture(scope="module")
def reports():
    return {r.slug: r for r in (report(p.name) for p in sorted(SEEDS.glob("*.txt")))}


@pytest.mark.parametrize("start, end, zh, en", [
    ((2012, 10, 17), (2012, 10, 18), "2012 年 10 月 17 日和 18 日", "17 and 18 October 2012"),
    ((2007, 10, 3), (2007, 10, 5), "2007 年 10 月 3 日至 5 日", "3 to 5 October 2007"),
    ((2012, 10, 17), (2012, 10, 17), "2012 年 10 月 17 日", "17 October 2012"),
    ((2015, 10, 31), (2015, 11, 2), "2015 年 10 月 31 日至 11 月 2 日", "31 October to 2 November 2015"),
    ((2015, 12, 31), (2016, 1, 2), "2015 年 12 月 31 日至 2016 年 1 月 2 日",
     "31 December 2015 to 2 January 2016"),
])
def test_meeting_dates_as_a_reader_writes_them(start, end, zh, en):
    assert meeting_dates(dt.date(*start), dt.date(*end), "zh") == zh
    assert meeting_dates(dt.date(*start), dt.date(*end), "en") == en


@pytest.mark.parametrize("eid, zh, en", [
    ("para_1", "第 1 段", "para. 1"),
    ("para_23__subpara_a", "第 23 (a) 段", "para. 23 (a)"),
    ("para_21__item_2", "第 21 段第 2 项", "para. 21, item 2"),
    ("para_21__item_1__subpara_b", "第 21 段第 1 项 (b)", "para. 21, item 1 (b)"),
    ("rec_3", "建议 3", "recommendation 3"),
    ("fn_1", "脚注 1", "footnote 1"),
    ("fn_star_2", "脚注 *", "footnote *"),
    ("annex_1__row_6", "附件第 6 行", "annex, row 6"),
    ("chp_3__sec_c__subsec_1", "第 3 章 C 节第 1 小节", "chapter 3, section C, subsection 1"),
])
def test_items_have_readable_names(eid, zh, en):
    assert item_label(eid, "zh") == zh
    assert item_label(eid, "en") == en


def test_an_unnumbered_paragraph_is_named_by_its_place_not_its_id(reports):
    draft = reports["2018-05-28"]
    label = item_label("para_nn_1", "zh", draft)
    assert "para_nn" not in label and "段之后的无编号段落" in label


def test_citation_with_symbol_and_dates_from_the_model(reports):
    r2007 = reports["2007-10-03"]
    assert citation(r2007, "zh", "para_23", URL) == (
        "技术援助问题不限成员名额政府专家临时工作组会议报告（维也纳，2007 年 10 月 3 日至 5 日），"
        f"CTOC/COP/2008/7，第 23 段。{URL}")
    assert "CTOC/COP/2008/7, para. 23. " + URL in citation(r2007, "en", "para_23", URL)
    # The 2023 title has its days reversed ("5月30日和29日"); the citation does not.
    r2023 = reports["2023-05-29"]
    line = citation(r2023, "zh", "rec_3", URL)
    assert "2023 年 5 月 29 日和 30 日" in line and "30日和29日" not in line and "建议 3" in line


def test_a_draft_is_cited_as_a_draft(reports):
    line = citation(reports["2018-05-28"], "zh", "para_nn_1", URL)
    assert "草稿" in line and "para_nn" not in line
    assert ", draft)" in citation(reports["2018-05-28"], "en", "para_3", URL)
    assert "草稿" not in citation(reports["2012-10-17"], "zh", "para_3", URL)


def test_the_header_shows_symbol_meeting_dates_status_not_the_file_name(reports):
    page = ReportPage("zh", LAYOUT, "https://ctoc-reports.example.org/").report(reports["2018-05-28"])
    assert "002_a34d6a30f97ba0d0.txt" not in page and "来源文件" not in page
    assert 'draft-banner" role="note"' in page
    assert "<dt>状态</dt><dd>草稿</dd>" in page and "2018 年 5 月 28 日至 31 日" in page
    page = ReportPage("zh", LAYOUT).report(reports["2007-10-03"])
    assert ('<dt>文号</dt><dd><a class="symbol-link" href="https://undocs.org/zh/CTOC/COP/2008/7">CTOC/COP/2008/7</a></dd>'
            in page and "draft-banner" not in page)


def test_every_anchored_item_is_on_the_page_by_id_and_every_number_links_its_paragraph(reports):
    """The page carries each item's id: paragraphs.js names the item from it
    and draws its controls (tests/browser/test_reader_links.py compares its
    names with item_label's); each paragraph's number is its link, named in
    the page's language."""
    page = ReportPage("en", LAYOUT, "https://x.org/").report(reports["2023-05-29"])
    assert 'id="rec_3"' in page and "data-pin" not in page and "item-controls" not in page
    page = ReportPage("zh", LAYOUT, "https://x.org/").report(reports["2012-10-17"])
    for eid in ("para_5", "para_23__subpara_a", "fn_1", "annex_1__row_6"):
        assert page.count(f'id="{eid}"') == 1, eid
    assert '<a class="para-num" href="#para_5" aria-label="第 5 段的永久链接">5.</a>' in page


def test_a_body_is_named_as_it_was_then_in_every_language():
    """Issue 27, item 7: data/groups.json's `variants`, not a code branch."""
    from generator.names import group_name

    interim = "技术援助问题不限成员名额政府专家临时工作组"
    assert group_name(interim, "en") == "Open-ended Interim Working Group of Government Experts on Technical Assistance"
    assert group_name(interim, "zh") == interim
    assert group_name("技术援助问题政府专家工作组", "en") == "Working Group of Government Experts on Technical Assistance"
    assert group_name("Some other body", "en") == ""
