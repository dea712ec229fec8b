"""The 2018 draft: a paragraph without its number, two bodies, placeholders."""
from support import load

R = load("002_a34d6a30f97ba0d0.txt")


def test_meeting_of_two_working_groups():
    assert (R.meeting.start.isoformat(), R.meeting.end.isoformat()) == ("2018-05-28", "2018-05-31")
    assert R.meeting.bodies == ["技术援助问题政府专家工作组", "国际合作工作组"]
    assert R.title.endswith("会议报告草稿")


def test_24_numbered_paragraphs_and_one_without_number():
    numbers = [p.number for p in R.paragraphs]
    assert [n for n in numbers if n is not None] == list(range(1, 25))
    assert numbers.index(None) == 8  # after paragraph 8
    missing = R.paragraphs[8]
    assert missing.id == "para_nn_1"
    assert missing.text.startswith("各国应当考虑提供预算外资源支持打击有组织犯罪方面的教育")
    assert ("para-missing-number", "para_nn_1") in [(w.code, w.target) for w in R.warnings]


def test_unnumbered_group_headings():
    texts = [(h.id, h.text) for h in R.headings if h.kind == "heading"][:2]
    assert texts == [("chp_1__hcontainer_1", "技术援助问题政府专家工作组"), ("chp_1__hcontainer_2", "国际合作工作组")]
    wrapped = next(h for h in R.headings if h.id == "chp_3__sec_a__hcontainer_1")
    assert wrapped.text == "开展有效培训和提供立法援助以加强实施《联合国打击跨国有组织犯罪公约》的良好做法"


def test_heading_after_a_wide_line_of_symbols_stays_a_heading():
    para22 = next(p for p in R.paragraphs if p.number == 22)
    assert para22.children[-1].text.endswith("CTOC/COP/WG.3/2018/CRP.1）。")
    assert any(h.text == "国际合作工作组" and h.line == 334 for h in R.headings)


def test_agenda_items_with_nested_subparagraphs():
    para19 = next(p for p in R.paragraphs if p.number == 19)
    assert [c.id for c in para19.children] == [f"para_19__item_{n}" for n in range(1, 6)]
    assert [c.id for c in para19.children[1].children] == [
        f"para_19__item_2__subpara_{x}" for x in "abc"]


def test_footnotes_at_the_end_of_the_file():
    assert [(f.id, f.referenced_from) for f in R.footnotes] == [
        ("fn_1", "para_20"), ("fn_2", "para_20"), ("fn_3", "para_20")]
    para20 = next(p for p in R.paragraphs if p.number == 20)
    assert "智利、中国" in para20.text and "瑞士、泰国" in para20.text


def test_draft_and_placeholders_are_reported():
    codes = [w.code for w in R.warnings]
    assert "draft" in codes and codes.count("placeholder") == 3
    assert codes.count("empty-heading") >= 3
