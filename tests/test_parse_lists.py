"""Nested lists as the UN editorial rules write them (issue 21): levels
(a) → (i) → a. → i.; Chinese (a) → ㈠ / (一); French a) → i); one rule for
inline enumerations in every language; paragraph numbers without a ceiling;
and the parser's own nothing-lost check."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pdf_layout import FIXTURE_FILES, FIXTURES, Item, Layout, flatten
from support import TITLES
from generator import ids
from generator.errors import SourceError
from generator.model import Paragraph
from generator.parse import parse
from generator.parse import ledger
from generator.read import read_source



def report(body: str, language: str = "en"):
    return parse(TITLES[language] + "\n\n" + body, f"test-{language}.txt", language)


def tree(r) -> list:
    """(id, text) of every element below the paragraphs, nested as in the model."""
    def below(block):
        return [(c.id, c.text, below(c)) if c.children else (c.id, c.text) for c in block.children]
    return [(p.id, below(p)) for p in r.paragraphs]


def all_ids(r) -> list[str]:
    return [b.id for p in r.paragraphs for b in p.blocks()]


# -- the rules, one at a time ------------------------------------------------------
def test_the_four_levels_and_their_ids():
    r = report("1. The Group recommended:\n(a) That States:\n(i) Share data:\na. On cases:\n"
               "i. Opened;\nii. Closed;\nb. On convictions;\n(ii) Report;\n(b) That the secretariat help.")
    assert all_ids(r) == [
        "para_1", "para_1__subpara_a", "para_1__subpara_a__point_i", "para_1__subpara_a__point_i__point_a",
        "para_1__subpara_a__point_i__point_a__point_i", "para_1__subpara_a__point_i__point_a__point_ii",
        "para_1__subpara_a__point_i__point_b", "para_1__subpara_a__point_ii", "para_1__subpara_b"]
    point = r.paragraphs[0].children[0].children[0]
    assert (point.kind, point.label, point.marker, point.text) == ("point", "i", "(i)", "Share data:")


def test_i_after_h_is_a_letter():
    letters = "abcdefgh"
    body = "1. The Group recommended:\n" + "".join(f"({x}) Measure {x};\n" for x in letters) + "(i) Measure i."
    assert [c.id for c in report(body).paragraphs[0].children][-2:] == ["para_1__subpara_h", "para_1__subpara_i"]


def test_i_under_an_item_that_announces_a_list_is_a_level_down():
    body = ("1. The Group recommended:\n" + "".join(f"({x}) Measure {x};\n" for x in "abcdefg")
            + "(h) The following measures:\n(i) First;\n(ii) Second;\n(i) Measure i.")
    (h, *_), = [[c for c in p.children if c.label == "h"] for p in report(body).paragraphs]
    assert [c.id for c in h.children] == ["para_1__subpara_h__point_i", "para_1__subpara_h__point_ii"]
    assert report(body).paragraphs[0].children[-1].id == "para_1__subpara_i"


def test_after_the_points_the_next_letter_returns_to_level_one():
    r = report("1. The Group:\n(a) Asked for:\n(i) A study;\n(ii) A guide;\n(b) Asked States to:\n(i) Report.")
    assert tree(r) == [("para_1", [
        ("para_1__subpara_a", "Asked for:", [("para_1__subpara_a__point_i", "A study;"),
                                             ("para_1__subpara_a__point_ii", "A guide;")]),
        ("para_1__subpara_b", "Asked States to:", [("para_1__subpara_b__point_i", "Report.")])])]


def test_a_roman_numeral_where_no_list_is_announced_stays_a_letter():
    r = report("1. The Group:\n(a) Met;\n(i) Ninth.")
    assert all_ids(r) == ["para_1", "para_1__subpara_a", "para_1__subpara_i"]


def test_a_dotted_letter_in_running_text_is_text():
    r = report("1. The Group noted the following item under its agenda\na. point of order was raised.")
    assert all_ids(r) == ["para_1"]


@pytest.mark.parametrize("marker", ["㈠", "(一)", "（一）"])
def test_chinese_points_below_a_lettered_subparagraph(marker):
    second = {"㈠": "㈡", "(一)": "(二)", "（一）": "（二）"}[marker]
    r = report(f"1. 工作组建议：\n(a) 请秘书处编写：\n{marker} 一份研究报告；\n{second} 一份指南；\n(b) 鼓励各国分享信息。", "zh")
    assert tree(r) == [("para_1", [
        ("para_1__subpara_a", "请秘书处编写：", [("para_1__subpara_a__point_i", "一份研究报告；"),
                                             ("para_1__subpara_a__point_ii", "一份指南；")]),
        ("para_1__subpara_b", "鼓励各国分享信息。")])]


def test_a_chinese_point_is_the_same_item_as_an_english_one():
    zh = report("1. 工作组建议：\n(a) 请秘书处：\n㈠ 编写研究报告；\n㈡ 编写指南。", "zh")
    en = report("1. The Group recommended:\n(a) That the secretariat:\n(i) Prepare a study;\n(ii) Prepare a guide.")
    assert all_ids(zh) == all_ids(en)


def test_a_top_level_numeral_item_keeps_its_id():
    """``（二）`` directly below a paragraph is ``subpara_2``, as before nested lists."""
    r = report("1. 工作组建议：\n（一）审议问题；\n（二）提交报告。", "zh")
    assert all_ids(r) == ["para_1", "para_1__subpara_1", "para_1__subpara_2"]


def test_french_and_spanish_letters_and_numerals_with_a_half_bracket():
    r = report("1. Le Groupe a recommandé :\na) De prier le secrétariat :\ni) D’établir une étude ;\n"
               "ii) D’établir un guide ;\nb) D’encourager les États.", "fr")
    assert all_ids(r) == ["para_1", "para_1__subpara_a", "para_1__subpara_a__point_i",
                          "para_1__subpara_a__point_ii", "para_1__subpara_b"]
    assert [c.marker for c in r.paragraphs[0].blocks()][1:] == ["a)", "i)", "ii)", "b)"]


def test_arabic_letters_count_like_latin_ones():
    assert [ids.clean_number(x) for x in ("أ", "ب", "ج", "د", "هـ", "ه", "و")] == list("abcdeef")
    assert ids.subparagraph("para_3", "ب") == "para_3__subpara_b"


def test_a_marker_that_fits_no_list_and_repeats_a_letter_is_refused_with_its_line():
    """After (i) and (ii), a second (i) fits no list: it is read as the letter
    i; a marker that repeats a letter is an error naming its line, never a
    silent merge."""
    with pytest.raises(SourceError) as error:
        report("1. The Group:\n(a) Asked for:\n(i) A study;\n(ii) A guide;\n(i) A study again;\n"
               "(j) A guide again;\n(i) A third.")
    assert str(error.value).startswith("test-en.txt:9: expected a new subparagraph letter in para_1, "
                                       "found (i) a second time")


# -- inline enumerations: one rule for every language --------------------------
@pytest.mark.parametrize("language, text", [
    ("en", "1. The Group discussed (a) trafficking in persons; (b) smuggling of migrants; and\n"
           "(c) firearms.\n2. It closed."),
    ("fr", "1. Le Groupe a examiné a) la traite des personnes ; b) le trafic de migrants ; et\n"
           "c) les armes à feu.\n2. Il a clos."),
    ("zh", "1. 工作组讨论了 (a) 贩运人口；(b) 偷运移民；以及\n(c) 枪支问题。\n2. 会议闭幕。"),
])
def test_an_inline_enumeration_wrapped_at_its_next_marker_stays_inline(language, text):
    r = report(text, language)
    assert all_ids(r) == ["para_1", "para_2"]
    assert r.paragraphs[0].text.endswith(("firearms.", "les armes à feu.", "枪支问题。"))


def test_a_marker_whose_previous_one_was_a_block_opens_a_subparagraph():
    r = report("1. The Group discussed:\n(a) trafficking in persons, see (b) below;\n(b) smuggling of migrants.")
    assert all_ids(r) == ["para_1", "para_1__subpara_a", "para_1__subpara_b"]


@pytest.mark.parametrize("language, text", [
    ("en", "1. The Group recommended:\n(a) That States apply article 24, paragraph 2 (a);\n"
           "(b) That they train judges;\n(c) That they report."),
    ("zh", "1. 工作组建议：\n(a) 各国适用《公约》第二十四条第 2 款 (a) 项；\n(b) 各国培训法官；\n(c) 各国提交报告。"),
])
def test_a_subparagraph_that_cites_an_a_does_not_swallow_the_next_letter(language, text):
    """(b) after the item (a) is its sibling, even at the start of a wrapped
    line and though the text of (a) holds an "(a)" of its own."""
    r = report(text, language)
    assert [c.id for c in r.paragraphs[0].children] == ["para_1__subpara_a", "para_1__subpara_b",
                                                         "para_1__subpara_c"]


def test_an_inline_enumeration_needs_every_marker_before_the_line_s():
    """"… paragraph 2 (b) of …" and then "(c)" at a line start: no (a) stood
    inline, so (c) is no continuation of an enumeration."""
    r = report("1. The Group noted article 24, paragraph 2 (b), and decided:\n(c) To report.")
    assert all_ids(r) == ["para_1", "para_1__subpara_c"]


# -- numbers without a ceiling ----------------------------------------------------
@pytest.mark.parametrize("language, sentence", [
    ("en", "The Working Group considered item {n}."), ("fr", "Le Groupe a examiné le point {n}."),
    ("zh", "工作组审议了议程项目{n}。")])
def test_a_report_of_1200_paragraphs_keeps_every_number(language, sentence):
    body = "".join(f"{n}. {sentence.format(n=n)}\n" for n in range(1, 1201))
    r = report(body, language)
    assert [p.id for p in r.paragraphs] == [f"para_{n}" for n in range(1, 1201)]
    assert not r.warnings
    assert r.paragraphs[999].text == sentence.format(n=1000)


def test_a_year_that_starts_a_wrapped_line_is_no_paragraph():
    r = report("1. The Working Group recalled its decision adopted in\n2012. The decision stands.\n2. It closed.")
    assert all_ids(r) == ["para_1", "para_2"] and "2012. The decision stands." in r.paragraphs[0].text


def test_recommendation_numbers_have_no_ceiling():
    r = report("1. 工作组通过了下列建议：\n建议 1000\n各国应当提供技术援助。", "zh")
    assert all_ids(r) == ["para_1", "rec_1000"]


# -- the fixtures in PDF layout ---------------------------------------------------
@pytest.mark.parametrize("language", sorted(FIXTURE_FILES))
def test_the_pdf_layout_fixtures_parse_to_their_lists(language):
    name, _, blocks, _ = FIXTURE_FILES[language]
    r = parse(read_source(FIXTURES / language / name), name)
    assert r.language == language and not r.warnings
    assert r.symbol == "CTOC/COP/WG.2/2026/9" and [f.id for f in r.footnotes] == ["fn_1"]
    assert all_ids(r) == [
        "para_1", "para_1__subpara_a", "para_1__subpara_a__point_i", "para_1__subpara_a__point_ii",
        *(["para_1__subpara_a__point_iii", "para_1__subpara_a__point_iii__point_a",
           "para_1__subpara_a__point_iii__point_b"] if language != "fr" else []),
        "para_1__subpara_b", "para_1__subpara_c",
        *(["para_1__subpara_c__point_i", "para_1__subpara_c__point_ii"] if language != "fr" else []),
        "para_2", "para_3"]
    written = [item.text.replace("2026,1", "2026,").replace("上1通过", "上通过") for item in flatten(blocks)]
    model = [b.text for p in r.paragraphs for b in p.blocks()]
    assert [re.sub(r"\s+", "", t) for t in model] == [re.sub(r"\s+", "", t) for t in written]


def test_the_fixtures_file_is_what_the_layout_writes():
    """The committed fixtures are `pdf_layout`'s output (so the round trip
    below tests the layout that they have)."""
    for language, (name, cover, blocks, layout) in FIXTURE_FILES.items():
        assert (FIXTURES / language / name).read_text(encoding="utf-8") == layout.lay_out(cover, blocks)


# -- the round trip -----------------------------------------------------------------
WORDS = ("states", "parties", "should", "strengthen", "cooperation", "through", "training", "of",
         "judges", "and", "prosecutors", "with", "the", "support", "secretariat", "regional", "data")
CJK_WORDS = ("缔约国", "应当", "加强", "合作", "培训", "法官", "检察官", "秘书处", "支持", "区域", "数据")
MARKERS = {"en": ({1: lambda n: f"({ids.letters(n)})", 2: lambda n: f"({ids.int_to_roman(n)})",
                   3: lambda n: f"{ids.letters(n)}."}),
           "zh": ({1: lambda n: f"({ids.letters(n)})", 2: lambda n: chr(0x3220 + n - 1),
                   3: lambda n: f"{ids.letters(n)}."})}


@st.composite
def lists(draw, language: str, level: int = 1):
    """Items of one level (with random items below some of them, depth <= 3)."""
    count = draw(st.integers(1, 10 if level == 1 else 4))
    words = CJK_WORDS if language == "zh" else WORDS
    items = []
    for n in range(1, count + 1):
        text = ("" if language == "zh" else " ").join(draw(st.lists(st.sampled_from(words), min_size=3, max_size=40)))
        children = draw(lists(language, level + 1)) if level < 3 and draw(st.booleans()) else []
        end = ("：" if language == "zh" else ":") if children else ("；" if language == "zh" else ";")
        items.append(Item(MARKERS[language][level](n), text.capitalize() + end, children))
    return items


def expected_tree(parent: str, items: list[Item], level: int = 1) -> list:
    out = []
    for n, item in enumerate(items, start=1):
        eid = (ids.subparagraph(parent, ids.letters(n)) if level == 1
               else ids.point(parent, n, "alpha" if level == 3 else "roman"))
        text = item.text
        out.append((eid, text, expected_tree(eid, item.children, level + 1)) if item.children else (eid, text))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), language=st.sampled_from(["en", "zh"]))
def test_a_generated_nested_list_laid_out_as_a_pdf_parses_back_to_its_tree(data, language):
    items = data.draw(lists(language))
    opening = "The Working Group recommended the following:" if language == "en" else "工作组建议如下："
    cover = [TITLES[language]]
    layout = Layout(columns=78, cjk=language == "zh", page_lines=15)
    text = layout.lay_out(cover, [Item("1.", opening, items), Item("2.", "Closed." if language == "en" else "会议闭幕。")])
    r = parse(read_source_text(text), "generated.txt", language)
    squash = (lambda t: re.sub(r"\s+", "", t)) if language == "zh" else (lambda t: t)
    got = [(p.id, _squash_tree(tree_of(p), squash)) for p in r.paragraphs]
    assert got == [("para_1", _squash_tree(expected_tree("para_1", items), squash)), ("para_2", [])]


def read_source_text(text: str) -> str:
    from generator.read import decode
    return decode(text.encode("utf-8"), "generated.txt")


def tree_of(block) -> list:
    return [(c.id, c.text, tree_of(c)) if c.children else (c.id, c.text) for c in block.children]


def _squash_tree(nodes: list, squash) -> list:
    return [(n[0], squash(n[1]), _squash_tree(n[2], squash)) if len(n) == 3 else (n[0], squash(n[1])) for n in nodes]


# -- nothing lost: the parser's own check --------------------------------------------
def test_the_check_names_the_line_where_a_rule_loses_text(monkeypatch):
    """A rule that drops the lines it gathered (as the orphan-subparagraph
    branch once did) stops the parse at that line: never a silent loss."""
    from generator.parse import paragraphs

    def losing(ctx, i, match, *args, **kwargs):
        text, j = ctx.gather(i, match["text"])
        ctx.state.unnumbered_paragraph(ctx.lines[i].text, ctx.lines[i].number)  # the gathered lines dropped
        return j

    monkeypatch.setattr(paragraphs, "add_subparagraph", losing)
    with pytest.raises(ledger.LostTextError) as error:
        report("I. Introduction\n(a) A subparagraph with no paragraph whose text goes on over\n"
               "a second line that the broken rule drops.\n1. The Group met.")
    assert "test-en.txt:5:" in str(error.value)
    assert "lost or doubled" in str(error.value)


def test_an_orphan_subparagraph_keeps_all_of_its_lines():
    r = report("I. Introduction\n(a) A subparagraph with no paragraph whose text goes on over\n"
               "a second line.\n1. The Group met.")
    assert r.paragraphs[0].id == "para_nn_1"
    assert r.paragraphs[0].text == "(a) A subparagraph with no paragraph whose text goes on over a second line."


def test_the_check_catches_text_doubled_by_a_rule(monkeypatch):
    from generator.parse import paragraphs

    original = paragraphs.add_item

    def doubling(ctx, i, owner, item, open_item):
        j = original(ctx, i, owner, item, open_item)
        item.text += item.text
        return j

    monkeypatch.setattr(paragraphs, "add_item", doubling)
    with pytest.raises(ledger.LostTextError):
        report("1. The Group:\n(a) Met.")


def test_the_check_catches_a_footnote_mark_that_ate_text(monkeypatch):
    from generator.parse import inline

    def greedy(blocks, notes, p):
        for block in blocks:
            block.text = block.text.replace("met", "")
        return [], []

    monkeypatch.setattr("generator.parse.link_footnotes", greedy)
    with pytest.raises(ledger.LostTextError) as error:
        report("1. The Group met.")
    assert "para_1" in str(error.value)


@pytest.mark.parametrize("path", sorted(Path(__file__).parent.joinpath("fixtures").glob("*/*.txt"))
                         + sorted(Path(__file__).parent.parent.joinpath("seeds").glob("*.txt")),
                         ids=lambda p: p.name)
def test_every_source_passes_the_check(path):
    """The check runs on every parse; every seed and fixture passes it."""
    r = parse(read_source(path), path.name)
    assert all(isinstance(b, Paragraph) or b.id for b in r.blocks)
