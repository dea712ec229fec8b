"""The id scheme is a public contract: ids depend only on report and numbers."""
import pytest

from support import SEEDS, load
from generator import ids
from generator.parse import parse
from generator.read import read_source


@pytest.mark.parametrize("printed, clean", [
    ("23", "23"), ("２３", "23"), ("（a）", "a"), ("(b)", "b"), ("ｃ", "c"), ("四", "4"),
    ("十", "10"), ("十二", "12"), ("二十三", "23"), ("B", "b"), (" 7 ", "7"),
])
def test_number_cleaning(printed, clean):
    assert ids.clean_number(printed) == clean


@pytest.mark.parametrize("made, expected", [
    (ids.paragraph(23), "para_23"),
    (ids.subparagraph("para_23", "（a）"), "para_23__subpara_a"),
    (ids.item("para_21", "2"), "para_21__item_2"),
    (ids.recommendation("４"), "rec_4"),
    (ids.unnumbered_paragraph(1), "para_nn_1"),
    (ids.footnote("1"), "fn_1"),
    (ids.footnote("*", 2), "fn_star_2"),
    (ids.chapter("四"), "chp_4"),
    (ids.section("chp_4", "B"), "chp_4__sec_b"),
    (ids.subsection("chp_1__sec_a", "1"), "chp_1__sec_a__subsec_1"),
    (ids.annex_row("annex_1", 3), "annex_1__row_3"),
])
def test_id_scheme(made, expected):
    assert made == expected and ids.is_valid(made)


def _paragraph_ids(report):
    return {p.number: [b.id for b in p.blocks()] for p in report.paragraphs if p.number}


def test_ids_do_not_depend_on_wording_or_position():
    """Rewrite every paragraph's words and add a heading and a paragraph-free
    section before paragraph 1: every paragraph keeps its id."""
    name = "000_9878c2901082bbba.txt"
    original = load(name)
    text = read_source(SEEDS / name)
    reworded = text.replace("工作组", "工作小组").replace("技术援助", "技术协助")
    reworded = reworded.replace("一. 导言", "一. 导言\n\nA. 新增的一节\n\n附带说明的标题\n", 1)
    changed = parse(reworded, name)
    assert [p.text for p in changed.paragraphs] != [p.text for p in original.paragraphs]
    assert _paragraph_ids(changed) == _paragraph_ids(original)
    assert {p.number: p.id for p in changed.paragraphs} == {n: f"para_{n}" for n in range(1, 25)}


def test_every_id_is_unique_and_valid(reports):
    for report in reports.values():
        all_ids = report.ids()
        assert len(all_ids) == len(set(all_ids)), report.source
        assert all(ids.is_valid(i) for i in all_ids)
