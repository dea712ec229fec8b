"""render/ (report side): markup.inline, the blocks of a report, a report
page and the words of its script, the side-by-side page.

Small hand-made models (no MkDocs build), plus a few checks on the seeds.
`make_report` is shared with test_render_index.py."""
from __future__ import annotations

import datetime as dt
import html
import json
import re

import pytest

from generator.i18n import label
from generator.markup import NOT_IN_SEARCH, inline
from generator.model import (Annex, AnnexRow, Finding, Footnote, Heading, Meeting, Paragraph, Report, Span,
                             Subparagraph)
from generator.render.blocks import BlockRenderer
from generator.render.parallel import ParallelPage
from generator.render.labels import labels_script
from generator.render.report import ReportPage
from generator.urls import parallel_path, report_path
from support import LANGUAGES, LAYOUT

SITE = "https://example.org/"


def make_report(slug: str = "2012-10-17", language: str = "zh", blocks=None, footnotes=(), warnings=(),
                symbol=None, title: str = "测试报告") -> Report:
    """A report of one meeting in Vienna (two days from `slug`), by default one paragraph."""
    start = dt.date.fromisoformat(slug)
    meeting = Meeting(start, start + dt.timedelta(days=1), "Vienna", ["工作组"])
    if blocks is None:
        blocks = [Paragraph("para_1", 1, "第一段。", 2)]
    return Report(f"{slug}.{language}.txt", language, slug, title, meeting, symbol, [], list(blocks),
                  list(footnotes), list(warnings))


def strip_markup(out: str) -> str:
    """The text a reader sees: tags, link syntax and character references removed."""
    out = re.sub(r"<[^>]+>", "", out)
    out = re.sub(r"\]\([^)]*\)", "", out).replace("[", "")
    return html.unescape(out)


# -- markup.inline -------------------------------------------------------------------
def test_inline_footnote_reference_is_a_numbered_superscript_link():
    out = inline("会议召开。", [Span(4, 4, "footnote", "fn_1")])
    assert out == '会议召开<sup class="fnref" id="fnref_1"><a href="#fn_1">1</a></sup>。'


def test_inline_star_footnote_shows_a_star_escaped():
    out = inline("报告", [Span(2, 2, "footnote", "fn_star_1")])
    assert out == '报告<sup class="fnref" id="fnref_star_1"><a href="#fn_star_1">&#42;</a></sup>'


def test_inline_strong_wraps_its_words():
    assert inline("重要的建议", [Span(0, 2, "strong")]) == "<strong>重要</strong>的建议"


def test_inline_mention_is_a_link_only_when_the_linker_gives_a_target():
    text = "注意到第 2/6 号决定和澳大利亚。"
    decision, country = text.index("第 2/6 号决定"), text.index("澳大利亚")
    spans = [Span(decision, decision + 9, "mention", "decision:cop-dec-2-6"),
             Span(country, country + 4, "mention", "country:australia")]
    targets = {"decision:cop-dec-2-6": "../decisions.md#cop-dec-2-6"}
    out = inline(text, spans, lambda span: targets.get(span.value))
    assert out == '注意到<a href="../decisions.md#cop-dec-2-6">第 2/6 号决定</a>和澳大利亚。'
    assert inline(text, spans) == text  # no linker: the words only


def test_inline_footnote_inside_a_strong_span_stays_inside():
    out = inline("重要建议。", [Span(0, 4, "strong"), Span(2, 2, "footnote", "fn_1")])
    assert out == ('<strong>重要<sup class="fnref" id="fnref_1"><a href="#fn_1">1</a></sup>建议</strong>。')


@pytest.mark.parametrize("second", [Span(3, 8, "mention", "decision:x"), Span(3, 8, "strong")])
def test_inline_overlapping_spans_keep_the_first_and_never_break_the_text(second):
    text = "0123456789"
    out = inline(text, [Span(0, 5, "strong"), second], lambda span: "d.md#x")
    assert strip_markup(out) == text  # (once: "01234567" + "56789", 567 twice)
    assert out == "<strong>01234</strong>56789"


@pytest.mark.parametrize("raw, escaped", [
    ("<script>alert(1)</script>", "&#60;script&#62;alert(1)&#60;/script&#62;"),
    ("a*b*c", "a&#42;b&#42;c"),
    ("段落 {: #x }", "段落 &#123;: &#35;x &#125;"),
    ("列 | 表", "列 &#124; 表"),
])
def test_inline_escapes_what_markdown_html_or_attr_list_would_read(raw, escaped):
    assert inline(raw, []) == escaped
    # also inside a bold span and a link's text
    out = inline(raw, [Span(0, len(raw), "mention", "decision:x")], lambda span: "d.md#x")
    assert out == f'<a href="d.md#x">{escaped}</a>'
    assert html.unescape(inline(raw, [Span(0, len(raw), "strong")])) == f"<strong>{raw}</strong>"


# -- blocks: paragraphs, subparagraphs, annexes, footnotes, controls ---------------------
def test_a_numbered_paragraph_is_an_html_block_carrying_its_id():
    report = make_report(blocks=[Paragraph("para_5", 5, "工作组注意到。", 3)])
    out = BlockRenderer("zh", LAYOUT).paragraph(report.paragraphs[0], report, None)
    lines = out.splitlines()
    assert lines[0] == '<div class="para" id="para_5">'
    # its number is its permanent link, named for what it is (no controls: paragraphs.js draws them)
    assert lines[1] == '<p><a class="para-num" href="#para_5" aria-label="第 5 段的永久链接">5.</a> 工作组注意到。</p>'
    assert lines[-1] == "</div>"
    assert "markdown=" not in out  # stored whole by Python-Markdown (see render/blocks.py)
    assert "[?]" not in out


@pytest.mark.parametrize("language", ["zh", "en"])
def test_an_unnumbered_paragraph_shows_a_question_mark_with_a_title(language):
    report = make_report(blocks=[Paragraph("para_nn_1", None, "无编号。", 3)])
    out = BlockRenderer(language, LAYOUT).paragraph(report.paragraphs[0], report, None)
    assert (f'<span class="para-num para-nn" title="{label(language, "para_missing_number")}">[?]</span>'
            in out)
    assert 'id="para_nn_1"' in out


def test_subparagraph_item_and_recommendation_labels_and_ids():
    item = Subparagraph("para_5__subpara_a__item_1", "item", "1", "项目。", 5)
    children = [Subparagraph("para_5__subpara_a", "subpara", "a", "分段甲；", 4, children=[item]),
                Subparagraph("para_5__subpara_b", "subpara", "b", "分段乙。", 6)]
    para = Paragraph("para_5", 5, "工作组：", 3, children=children)
    report = make_report(blocks=[para, Paragraph("para_6", 6, "建议如下：", 7, children=[
        Subparagraph("rec_1", "rec", "建议 1", "加强合作。", 8)])])
    renderer = BlockRenderer("zh", LAYOUT)
    out = renderer.paragraph(para, report, None)
    assert '<ol class="subparas list-subpara">' in out
    assert ('<li class="subpara" id="para_5__subpara_a"><span class="sub-label">(a)</span> 分段甲；'
            in out)
    assert '<li class="subpara" id="para_5__subpara_b"><span class="sub-label">(b)</span>' in out
    # the item sits in its own list inside (a), which closes after it
    nested = out.index('<ol class="subparas list-item">')
    assert out.index('id="para_5__subpara_a"') < nested < out.index("</li>", nested) < out.index('id="para_5__subpara_b"')
    assert '<li class="item" id="para_5__subpara_a__item_1"><span class="sub-label">1&#46;</span>' in out
    assert "markdown=" not in out
    for eid in ("para_5", "para_5__subpara_a", "para_5__subpara_a__item_1", "para_5__subpara_b"):
        assert out.count(f'id="{eid}"') == 1, eid
    assert "item-controls" not in out and "data-pin" not in out
    rec = renderer.paragraph(report.paragraphs[1], report, None)
    assert '<li class="rec" id="rec_1"><span class="sub-label">建议 1</span> 加强合作。' in rec


def data_url(labels: str) -> str:
    """The page URL in .para-labels, that ¶ copies with the item's id
    (attribute values are escaped: ``#`` is ``&#35;``)."""
    return html.unescape(re.search(r'data-url="([^"]*)"', labels)[1])


def test_a_page_carries_its_own_citation_and_url_and_its_language_s_script_the_words():
    """The page has what is its own (citation template, canonical URL); the
    words of paragraphs.js are its language's script, which every page of
    the language loads (tests/browser/test_reader_links.py sees the controls
    they make), with the names of the light/dark switch's toggles
    (tests/browser/test_palette_switch.py sees the switch they name)."""
    report = make_report()
    labels = ReportPage("zh", LAYOUT, SITE).labels(report)
    assert data_url(labels) + "#para_5" == "https://example.org/reports/2012-10-17/#para_5"
    assert re.fullmatch(r'<div class="para-labels" hidden data-cite="[^"]*" data-url="[^"]*"></div>\n', labels)
    labels = ReportPage("en", LAYOUT, "https://example.org").labels(report)  # a base without its slash
    assert data_url(labels) == "https://example.org/en/reports/2012-10-17/"
    words = json.loads(labels_script("zh").removeprefix("window.reportLabels = ").removesuffix(";\n"))
    assert (words["copyLink"], words["copyCite"], words["copyText"]) == ("复制{pin}的链接", "复制{pin}的引文",
                                                                        "复制{pin}的文字和引文")
    assert words["unknown"] == "本报告没有{pin}（共 {count} 段）" and words["lang"] == "zh-Hans"
    assert words["pins"]["pin_point_2"] == " {cjk}" and words["letters"] == []
    assert words["palette"] == ["切换到深色模式", "切换到浅色模式"]  # to dark, to light (mkdocs.yml's order)
    arabic = json.loads(labels_script("ar").removeprefix("window.reportLabels = ").removesuffix(";\n"))
    assert arabic["dir"] == "rtl" and arabic["letters"][4] == "هـ"
    assert "</" not in labels_script("en") and "<" not in labels_script("ar")  # safe in a script


def test_an_annex_row_links_its_symbol_through_the_linker_and_carries_controls():
    annex = Annex("annex_1", "附件", "文件一览表", 10,
                  rows=[AnnexRow("annex_1__row_1", "CTOC/COP/WG.2/2012/1", "1(b)", "临时议程", 11),
                        AnnexRow("annex_1__row_2", "CTOC/COP/WG.2/2012/2", "2", "背景文件", 12)])
    report = make_report(blocks=[annex])
    asked = []

    def linker(span):
        asked.append(span.value)
        return "../documents.md#doc-1" if span.value.endswith("/1") else None

    out = BlockRenderer("zh", LAYOUT).annex(annex, linker, report)
    assert asked == ["document:CTOC/COP/WG.2/2012/1", "document:CTOC/COP/WG.2/2012/2"]
    assert out.startswith('## 附件 {: #annex_1 }\n')
    assert ('<tr id="annex_1__row_1">\n<td><a href="../documents.md#doc-1">CTOC/COP/WG.2/2012/1</a>'
            '</td>\n<td>1(b)</td>\n<td>临时议程</td>\n</tr>') in out
    assert '<td>CTOC/COP/WG.2/2012/2</td>' in out  # no target: the symbol unlinked
    assert '<tr id="annex_1__row_2">' in out
    assert "markdown=" not in out
    # headers the source lacks are the catalog's, in the report's language
    assert "<thead>\n<tr>\n<th>文号</th>\n<th>议程项目</th>\n<th>标题或说明</th>\n</tr>\n</thead>" in out
    assert "<th>文号</th>" in BlockRenderer("en", LAYOUT).annex(annex, None, report)


def test_footnotes_link_back_only_when_referenced():
    notes = [Footnote("fn_1", "1", "见文件。", 20, referenced_from="para_1"),
             Footnote("fn_2", "2", "未被引用。", 21)]
    report = make_report(footnotes=notes)
    out = BlockRenderer("zh", LAYOUT).footnotes(report, None)
    assert '<ol class="footnote-list">' in out  # the page's own language: no lang
    first, second = (line for line in out.splitlines() if line.startswith("<li "))
    assert first.startswith('<li id="fn_1"><span class="fn-mark">1</span> 见文件。 '
                            '<a class="fn-back" href="#fnref_1" title="返回正文">↩</a>')
    assert first.endswith('<a class="fn-back" href="#fnref_1" title="返回正文">↩</a></li>')
    assert "fn-back" not in second and "fnref_2" not in second
    assert second == '<li id="fn_2"><span class="fn-mark">2</span> 未被引用。</li>'
    assert '<ol class="footnote-list" lang="zh-Hans">' in BlockRenderer("en", LAYOUT).footnotes(report, None)


# -- a report page -------------------------------------------------------------------
def test_report_pages_are_kept_out_of_search():
    out = ReportPage("zh", LAYOUT).report(make_report())
    front = out.split("---\n")[1]
    assert out.startswith("---\n")
    assert f"\n{NOT_IN_SEARCH}\n" in front and NOT_IN_SEARCH == "search:\n  exclude: true"
    assert 'title: "2012-10-17 测试报告"' in front


def test_a_report_in_another_language_is_marked_and_has_a_notice():
    report = make_report(footnotes=[Footnote("fn_1", "1", "注。", 9, "para_1")])
    notice = label("en", "no_source_notice")
    out = ReportPage("en", LAYOUT, SITE).report(report, notice)
    assert f'<div class="admonition note lang-notice"><p>{notice}</p></div>' in out
    assert "# 测试报告 {: lang=\"zh-Hans\" }" in out
    assert '<div class="report-text" lang="zh-Hans" markdown="1">' in out
    assert 'text_lang: "zh-Hans"' in out.split("---\n")[1]
    # the number's name inside the Chinese text speaks the page's language
    assert '<a class="para-num" href="#para_1" aria-label="Permanent link to para. 1" lang="en">1.</a>' in out
    own = ReportPage("zh", LAYOUT, SITE).report(report)
    assert "lang-notice" not in own and "report-text" not in own and 'lang="' not in own


def test_the_xml_row_only_when_an_xml_path_is_given():
    report = make_report()
    assert "akn-link" not in ReportPage("zh", LAYOUT).report(report)
    out = ReportPage("zh", LAYOUT).report(report, xml="akn/2012-10-17.zh.xml")
    assert ('<dd markdown="span">[XML（Akoma Ntoso）](../akn/2012-10-17.zh.xml)'
            '{: .akn-link type="application/akn+xml" }</dd>') in out
    assert '<dl class="report-facts" markdown="1">' in out
    english = ReportPage("en", LAYOUT).report(report, xml="akn/2012-10-17.zh.xml")
    assert "[XML (Akoma Ntoso)](../akn/2012-10-17.zh.xml)" in english


def test_a_draft_report_carries_the_banner_and_its_status():
    draft = make_report(warnings=[Finding(1, "draft marker", "draft")])
    out = ReportPage("zh", LAYOUT).report(draft)
    assert f'<div class="admonition warning report-facts draft-banner" role="note"><p>{label("zh", "draft_banner")}' in out
    assert "<dt>状态</dt><dd>草稿</dd>" in out
    final = ReportPage("zh", LAYOUT).report(make_report())
    assert "draft-banner" not in final and "草稿" not in final


def test_the_draft_seed_has_the_banner_and_the_others_not(reports):
    for slug, report in reports.items():
        assert ("draft-banner" in ReportPage("zh", LAYOUT).report(report)) == (slug == "2018-05-28"), slug


def test_every_id_of_a_seed_is_on_its_page_exactly_once(reports):
    for slug, report in reports.items():
        for language in ("zh", "en"):
            page = ReportPage(language, LAYOUT, SITE).report(report)
            defined = re.findall(r'\bid="([^"]+)"|\{:[^}]*#([\w-]+)', page)
            counts: dict = {}
            for a, b in defined:
                counts[a or b] = counts.get(a or b, 0) + 1
            for eid in report.ids():
                assert counts.get(eid) == 1, (slug, language, eid)


# -- the side-by-side page ------------------------------------------------------------
def bilingual():
    zh = make_report(blocks=[Paragraph("para_1", 1, "第一段。", 2), Paragraph("para_2", 2, "第二段。", 3)])
    en = make_report(language="en", title="Report", blocks=[
        Paragraph("para_1", 1, "First.", 2), Paragraph("para_3", 3, "Third.", 3)])
    return zh, en


def rows(page: str) -> dict[str, str]:
    return {eid: row.replace("\n", "") for eid, row in re.findall(r'<tr id="([^"]+)">(.*?)</tr>', page, re.S)}


def test_the_parallel_page_has_one_row_per_paragraph_id_across_versions():
    zh, en = bilingual()
    page = ParallelPage("zh", LAYOUT).parallel({"zh": zh, "en": en})
    assert list(rows(page)) == ["para_1", "para_2", "para_3"]
    assert page.startswith("---\n") and NOT_IN_SEARCH in page.split("---\n")[1]
    row = rows(page)["para_1"]
    assert '<td lang="zh-Hans" data-label="中"><a href="../2012-10-17.md#para_1">1.</a> 第一段。</td>' in row
    assert '<td lang="en" data-label="英"><a href="../2012-10-17.md#para_1">1.</a> First.</td>' in row


def test_the_parallel_page_says_when_a_version_lacks_a_paragraph():
    zh, en = bilingual()
    missing = label("zh", "missing_in_version")
    page_rows = rows(ParallelPage("zh", LAYOUT).parallel({"zh": zh, "en": en}))
    assert page_rows["para_2"].endswith(f"<td data-label=\"英\">{missing}</td>")  # the English column
    assert page_rows["para_3"].startswith(f"<td data-label=\"中\">{missing}</td>")  # the Chinese column
    # para_3 is not on the Chinese report page: its number is not a link there
    assert '<td lang="en" data-label="英">3. Third.</td>' in page_rows["para_3"]
    english = rows(ParallelPage("en", LAYOUT).parallel({"zh": zh, "en": en}))
    assert '<a href="../2012-10-17.en.md#para_3">3.</a>' in english["para_3"]
    assert parallel_path(zh, "en", "zh") == "reports/2012-10-17/parallel.en.md"
    assert report_path(zh, "en", "zh") == "reports/2012-10-17.en.md"


def test_a_heading_keeps_its_printed_number_and_id():
    heading = Heading("chp_1__sec_a", 2, "A", "一般性讨论", 5, "section", marker="A.")
    out = BlockRenderer("zh", LAYOUT).heading(heading, None)
    assert out == '### A. 一般性讨论 {: #chp_1__sec_a }\n'


def test_the_preview_s_render_cache_keeps_unchanged_reports_only(reports, monkeypatch):
    """render_pages(cache=…): a report object seen before, with the same
    layout, is not rendered again; an edited report (a new object) is."""
    import copy

    from generator.context import BuildContext
    from generator.render import render_pages

    rendered = []
    original = ReportPage.report

    def counting(self, report, *args, **kwargs):
        rendered.append((self.language, report.slug))
        return original(self, report, *args, **kwargs)

    monkeypatch.setattr(ReportPage, "report", counting)
    seeds = sorted(reports.values(), key=lambda r: r.slug)
    cache: dict = {}
    first = render_pages(BuildContext.of(seeds, LANGUAGES), cache=cache)
    assert len(rendered) == len(cache) == len(seeds) * 2  # every report page, zh and en
    rendered.clear()
    edited = copy.deepcopy(reports["2012-10-17"])
    again = render_pages(BuildContext.of([edited if r.slug == "2012-10-17" else r for r in seeds], LANGUAGES), cache=cache)
    assert sorted(rendered) == [("en", "2012-10-17"), ("zh", "2012-10-17")]
    assert again == first
