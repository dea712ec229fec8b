"""clean: page furniture out, footnote blocks lifted, wrapped lines joined."""
from textwrap import dedent

from generator.clean import clean, join


def test_join_cjk_without_space_and_latin_with_one():
    assert join("缔约方", "会议") == "缔约方会议"
    assert join("Peter", "Storr") == "Peter Storr"
    assert join("主席 Peter", "Storr（联合王国）") == "主席 Peter Storr（联合王国）"
    assert join("于 2012 年 10", "月 17 日") == "于 2012 年 10月 17 日"
    assert join("CTOC/COP/WG.2/2012/3-", "CTOC/COP/WG.3/2012/4") == "CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4"


def test_page_number_and_running_symbol_are_furniture():
    text = dedent("""\
        81. 根据请求，秘书处一位代表作了介绍。

        14

        CTOC/COP/2008/7

        九. 会议闭幕
        """)
    cleaned = clean(text, "t.txt")
    assert [line.text for line in cleaned.lines] == ["81. 根据请求，秘书处一位代表作了介绍。", "九. 会议闭幕"]
    assert [line.text for line in cleaned.furniture] == ["14", "CTOC/COP/2008/7"]


def test_a_lone_symbol_in_a_table_is_not_furniture():
    text = "CTOC/COP/WG.2/2012/3-\nCTOC/COP/WG.3/2012/4\n7 秘书处关于"
    cleaned = clean(text, "t.txt")
    assert len(cleaned.lines) == 3 and not cleaned.furniture


def test_footnote_block_is_lifted_out_and_the_paragraph_continues():
    text = dedent("""\
        4. 秘书处代表就议程项目 2、3、4 和 5 作了介绍

        __________________

         1 见 CTOC/COP/2012/15，第一章 A 节。
         性发言。2技术援助问题工作组主席共同主持了讨论会。
        """)
    cleaned = clean(text, "t.txt")
    assert [line.text for line in cleaned.lines] == [
        "4. 秘书处代表就议程项目 2、3、4 和 5 作了介绍", "性发言。2技术援助问题工作组主席共同主持了讨论会。"]
    assert [(f.mark, f.text, f.line) for f in cleaned.footnotes] == [("1", "见 CTOC/COP/2012/15，第一章 A 节。", 5)]


def test_footnote_over_several_lines_and_star_marks():
    text = dedent("""\
        正文。
        __________________
         * CTOC/COP/2006/L.11。
         1 大会第 55/25 号决议，附件一。
         2 联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口的补
        充议定书（大会第 55/25 号决议，附件二）；以及枪支议定书（大会第 55/255 号
        决议，附件）。
          (a) 增强执法机关收集数据的能力；
        """)
    cleaned = clean(text, "t.txt")
    assert [f.mark for f in cleaned.footnotes] == ["*", "1", "2"]
    assert cleaned.footnotes[2].text.endswith("大会第 55/255 号决议，附件）。")
    assert [line.text for line in cleaned.lines] == ["正文。", "(a) 增强执法机关收集数据的能力；"]


def test_a_body_line_starting_with_a_year_is_not_a_footnote():
    text = "正文\n__________\n 1 注释文字没有结束\n2008 年 2 月的论坛。\n"
    cleaned = clean(text, "t.txt")
    # 2008 is not the next footnote number, so it continues footnote 1.
    assert [f.text for f in cleaned.footnotes] == ["注释文字没有结束2008 年 2 月的论坛。"]


def test_a_form_feed_is_a_page_boundary_anywhere():
    """At a line start (pdftotext), alone on the last line, or inside a line:
    each starts a page, and the text around it reads as if it were not there."""
    text = "1. 工作组举行了\n\f会议。\n2. 主席致\f开幕词。\n\f"
    cleaned = clean(text, "t.txt")
    assert [(line.number, line.text) for line in cleaned.lines] == [
        (1, "1. 工作组举行了"), (2, "会议。"), (3, "2. 主席致"), (3, "开幕词。")]
    assert cleaned.page_starts == [2, 3, 4]
    assert clean(text.replace("\f", ""), "t.txt").lines == [
        line for line in cleaned.lines if line.number != 3] + [type(cleaned.lines[0])(3, "2. 主席致开幕词。")]


def test_page_furniture_around_a_form_feed_is_dropped_as_without_one():
    text = "81. 根据请求，秘书处一位代表作了\n\n14\n\n\fCTOC/COP/2008/7\n\n介绍。\n"
    cleaned = clean(text, "t.txt")
    assert [line.text for line in cleaned.lines] == ["81. 根据请求，秘书处一位代表作了", "介绍。"]
    assert [line.text for line in cleaned.furniture] == ["14", "CTOC/COP/2008/7"]
