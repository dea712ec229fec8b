"""The 2012 report: footnote at a page break, annex table, garbled country kept."""
from support import load
from generator.report_json import as_json

R = load("000_9878c2901082bbba.txt")


def test_meeting():
    m = R.meeting
    assert (m.start.isoformat(), m.end.isoformat(), m.city) == ("2012-10-17", "2012-10-18", "Vienna")
    assert m.bodies == ["技术援助问题不限成员名额政府专家临时工作组"]
    assert R.slug == "2012-10-17" and as_json(R)["url"] == "reports/2012-10-17/"


def test_paragraph_numbers():
    assert [p.number for p in R.paragraphs] == list(range(1, 25))


def test_headings():
    assert [(h.id, h.level) for h in R.headings[:6]] == [
        ("chp_1", 1), ("chp_2", 1), ("chp_3", 1), ("chp_3__sec_a", 2), ("chp_3__sec_b", 2), ("chp_4", 1)]
    assert R.headings[2].text == "会议安排"  # "三.会议安排" without a space


def test_paragraph_continues_after_the_footnote_block_at_the_page_break():
    para4 = next(p for p in R.paragraphs if p.number == 4)
    assert "作了介绍性发言。技术援助问题工作组" in para4.text
    assert [(s.kind, s.value, para4.text[:s.start][-4:]) for s in para4.spans if s.kind == "footnote"] == [
        ("footnote", "fn_2", "性发言。")]


def test_footnotes_are_linked_both_ways():
    assert [(f.id, f.referenced_from) for f in R.footnotes] == [("fn_1", "para_3"), ("fn_2", "para_4")]
    assert R.footnotes[0].text == "见 CTOC/COP/2012/15，第一章 A 节。"
    para3 = R.paragraphs[2]
    assert para3.text.endswith("第 6/4 号决议中。") and "1" not in para3.text[-3:]


def test_run_in_enumeration_stays_in_the_sentence():
    para8 = next(p for p in R.paragraphs if p.number == 8)
    assert para8.children == []
    assert "(a)拟订" in para8.text and "(c)执行国家战略" in para8.text


def test_lettered_subparagraphs():
    para23 = next(p for p in R.paragraphs if p.number == 23)
    assert [c.id for c in para23.children] == [f"para_23__subpara_{x}" for x in "abcdef"]


def test_garbled_country_name_is_kept_as_written():
    assert "南非、日式、土耳其" in R.paragraphs[4].text


def test_annex_documents_table():
    annex = R.annexes[0]
    assert annex.columns == ["文号", "议程项目", "标题或说明"]
    assert [r.symbol for r in annex.rows] == [
        "CTOC/COP/WG.2/2012/1", "CTOC/COP/WG.2/2012/2", "CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4",
        "CTOC/COP/2012/7", "CTOC/COP/2012/9", "CTOC/COP/2012/10", "UNODC/CCPCJ/EG.1/2012/4",
        "UNODC/CCPCJ/EG.1/2009/2"]
    assert annex.rows[2].agenda == "7"
    assert annex.rows[2].title == "秘书处关于缔约国针对涉及文化财产的刑事犯罪适用《联合国打击跨国有组织犯罪公约》的报告"
    assert annex.rows[5].agenda == "4 和 5"


def test_warnings_garbled_country_name_and_a_heading_with_a_full_stop():
    assert [(w.code, w.target, w.line) for w in R.warnings] == [
        ("country-unknown", "para_5", 54), ("heading-punctuation", "chp_4__sec_a", 71)]
    assert "日式" in R.warnings[0].message
