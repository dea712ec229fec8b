"""The parser's rule registry, one rule at a time on small inputs: the table
(order, priorities, the fallback), "does this line open a block" derived
from it, each rule's blocks and ids, the checks as pure functions, and the
language-specific patterns as profile data (French Annexe)."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from generator import languages
from generator import ids as id_scheme
from generator.clean import Cleaned
from generator.errors import SourceError
from generator.languages import PROFILES, profile
from generator.model import Line, Paragraph, Subparagraph
from generator.parse import RULES, parse
from generator.parse.checks import check_loose_marks, check_placeholders, check_terms
from generator.parse.core import Context, Rule
from generator.parse.headings import UnmarkedRule
from generator.parse.lists import OpenItem
from generator.parse.paragraphs import PointRule
from generator.read import read_source
from support import TITLES

ZH, EN, FR = profile("zh"), profile("en"), profile("fr")

FRENCH = Path(__file__).parent / "fixtures" / "fr" / "wg-ta-2012-fr-pdf.txt"

#: A line of each rule's form, per language (every rule with patterns has one).
SAMPLES = {
    "AnnexRule": {"zh": "附件", "en": "Annex", "fr": "Annexe"},
    "ChapterRule": {"zh": "四. 审议", "en": "IV. Summary of deliberations", "fr": "IV. Résumé des débats"},
    "SectionRule": {"zh": "B. 文件", "en": "B. Documentation", "fr": "B. Documentation"},
    "RecommendationRule": {"zh": "建议 4", "en": "Recommendation 4", "fr": "Recommandation 4"},
    "LetteredRule": {"zh": "（a）审议问题；", "en": "(a) To consider;", "fr": "(a) Examiner ;"},
    "NumeralItemRule": {"zh": "（二）提交报告；", "en": "（二）To report;", "fr": "（二）Rendre compte ;"},
    "PointRule": {"zh": "㈠ 一份研究报告；", "en": "(i) A study;", "fr": "i) Une étude ;"},
    "NumberedRule": {"zh": "12. 工作组审议了。", "en": "12. The Working Group met.", "fr": "12. Le Groupe s’est réuni."},
}


def report(body: str, language: str = "zh"):
    """A whole report: a title line and `body`, one block a line."""
    return parse(TITLES[language] + "\n\n" + body, f"test-{language}.txt", language)


def context(language: str, rules=RULES, texts=()) -> Context:
    """A context on unwrapped lines (one block a line unless mid-sentence)."""
    lines = [Line(n, t) for n, t in enumerate(texts, start=1)]
    return Context(Cleaned("test.txt", lines), PROFILES[language], rules)


def taker(ctx: Context, text: str) -> Rule:
    """The rule that takes a line of `text` where the parse of `ctx` stands."""
    line = Line(1, text)
    return next(r for r in RULES if (m := r.test(ctx.p, text)) and r.takes(ctx, line, m, None))


def context_for(rule: Rule, language: str) -> Context:
    """A context where a line of the rule's form can stand: a point's needs
    an open subparagraph that announces a list."""
    ctx = context(language)
    if isinstance(rule, PointRule):
        para = ctx.state.new_paragraph(1, "The Working Group:", 1)
        sub = Subparagraph("para_1__subpara_a", "subpara", "a", "requested the following:", 2, marker="(a)")
        ctx.state.add_child(para, sub)
        ctx.state.outline.append(OpenItem(sub, 1, "alpha", 1))
    return ctx


def ids(r) -> list[str]:
    out = []
    for block in r.blocks:
        out.extend(b.id for b in block.blocks()) if isinstance(block, Paragraph) else out.append(block.id)
    return out


# -- the table ------------------------------------------------------------------
def test_the_table_is_ordered_by_unique_priorities_and_ends_with_the_fallback():
    priorities = [rule.priority for rule in RULES]
    assert priorities == sorted(priorities, reverse=True) and len(set(priorities)) == len(priorities)
    assert isinstance(RULES[-1], UnmarkedRule) and all(not RULES[-1].patterns(p) for p in PROFILES.values())
    assert all(rule.patterns(p) for rule in RULES[:-1] for p in PROFILES.values())


def test_every_rule_with_a_pattern_has_a_sample():
    assert {type(rule).__name__ for rule in RULES[:-1]} <= set(SAMPLES)


@pytest.mark.parametrize("language", ["zh", "en", "fr"])
@pytest.mark.parametrize("rule", RULES[:-1], ids=lambda r: type(r).__name__)
def test_every_registered_pattern_opens_a_block(rule, language):
    """A line of the rule's form is taken by that rule (no rule of higher
    priority claims it) and ends the block before it: derived from the table."""
    text = SAMPLES[type(rule).__name__][language]
    p = PROFILES[language]
    assert rule.test(p, text)
    ctx = context_for(rule, language)
    assert taker(ctx, text) is rule
    after = Line(2, "Text that ends a clause;") if rule.run_in else Line(2, "Some text that goes on")
    if isinstance(rule, PointRule):  # below the subparagraph being gathered, which announces the list
        after = Line(2, "requested the following:")
    assert ctx.marked(Line(1, text)) and ctx.opens_block(after, Line(3, text), after.text,
                                                         listing=isinstance(rule, PointRule))


def test_a_new_rule_ends_the_block_before_it_without_another_list():
    """Register a rule and the lines of its form stop `gather` at once."""
    class Star(Rule):
        priority = 99
        pattern = re.compile(r"^★ (?P<text>.*)$")

    texts = ["工作组讨论了", "★ 星号项目"]
    assert context("zh", RULES, texts).gather(0, texts[0]) == ("工作组讨论了★ 星号项目", 2)
    assert context("zh", (Star(), *RULES), texts).gather(0, texts[0]) == ("工作组讨论了", 1)


def test_lettered_is_run_in_text_after_a_line_that_goes_on():
    ctx = context("en")
    assert not ctx.opens_block(Line(1, "assistance for"), Line(2, "(b) creating central authorities"))
    assert ctx.opens_block(Line(1, "assistance for:"), Line(2, "(b) creating central authorities"))
    # Chinese has no such rule: a lettered line always opens a subparagraph.
    assert context("zh").opens_block(Line(1, "工作组"), Line(2, "（b）设立中央机关"))


# -- one rule at a time ---------------------------------------------------------
def test_chapter_section_and_numbered_paragraphs():
    r = report("一. 导言\nA. 会议开幕\n1. 工作组举行了会议。\n2. 主席致开幕词。")
    assert ids(r) == ["chp_1", "chp_1__sec_a", "para_1", "para_2"]
    assert [(h.level, h.kind, h.marker) for h in r.headings] == [(1, "chapter", "一."), (2, "section", "A.")]
    assert r.paragraphs[1].heading == "chp_1__sec_a"


def test_english_chapters_are_roman():
    r = report("IV. Summary of deliberations\n1. The Working Group met.", "en")
    assert ids(r) == ["chp_4", "para_1"]


def test_a_number_that_restarts_is_a_sub_heading():
    r = report("一. 导言\n1. 工作组举行了会议。\n1. 收集资料\n2. 主席致开幕词。")
    assert ids(r) == ["chp_1", "para_1", "chp_1__subsec_1", "para_2"]
    assert r.headings[1].kind == "subsection" and r.headings[1].level == 3


def test_lettered_subparagraphs_and_list_items():
    r = report("1. 工作组建议：\n（a）审议问题；\n（b）提交报告。\n2. 议程如下：\n1. 开幕；\n2. 闭幕。")
    assert ids(r) == ["para_1", "para_1__subpara_a", "para_1__subpara_b", "para_2", "para_2__item_1",
                      "para_2__item_2"]
    assert [c.label for c in r.paragraphs[0].children] == ["a", "b"]


def test_a_lettered_line_outside_any_paragraph_is_an_unnumbered_paragraph():
    r = report("一. 导言\n（a）审议问题。")
    assert ids(r) == ["chp_1", "para_nn_1"]
    assert {w.code for w in r.warnings} >= {"orphan-subparagraph", "para-missing-number"}


def test_recommendation():
    r = report("1. 工作组通过了下列建议：\n建议 4\n各国应当提供技术援助。")
    assert ids(r) == ["para_1", "rec_4"]
    assert r.paragraphs[0].children[0].text == "各国应当提供技术援助。"


def test_unmarked_lines_are_headings_or_unnumbered_paragraphs():
    r = report("一. 导言\n会议安排\n1. 工作组举行了会议。\n这一段没有编号。")
    assert ids(r) == ["chp_1", "chp_1__hcontainer_1", "para_1", "para_nn_1"]
    assert r.headings[1].level == 2 and r.headings[1].number is None


def test_annex_table_of_documents():
    r = report("1. 文件载于附件。\n附件\n工作组收到的文件\n文号 议程项目 标题或说明\n"
               "CTOC/COP/WG.2/2012/1 1(b) 临时议程\nCTOC/COP/WG.2/2012/2 2和3 背景文件")
    annex = r.annexes[0]
    assert (annex.id, annex.title, annex.columns) == ("annex_1", "工作组收到的文件", ["文号", "议程项目", "标题或说明"])
    assert [(row.id, row.symbol, row.agenda, row.title) for row in annex.rows] == [
        ("annex_1__row_1", "CTOC/COP/WG.2/2012/1", "1(b)", "临时议程"),
        ("annex_1__row_2", "CTOC/COP/WG.2/2012/2", "2和3", "背景文件")]


# -- French: the annex is data of the profile ------------------------------------
def test_french_annexe_is_an_annex():
    """``Annexe`` heads an annex in French (it did not before the pattern
    became profile data), with its French table header and the agenda cell
    as French tables print it (``1 b)``, ``4 et 5``; ``1(b)`` too)."""
    r = parse(read_source(FRENCH), FRENCH.name)
    assert r.language == "fr" and [p.number for p in r.paragraphs] == list(range(1, 25))
    annex = r.annexes[0]
    assert (annex.id, annex.heading) == ("annex_1", "Annexe")
    assert annex.title == "Liste des documents dont le groupe de travail était saisi"
    assert annex.columns == ["Cote", "Point de l’ordre du jour", "Titre ou description"]
    assert [row.agenda for row in annex.rows] == ["1 b)", "3", "7", "5", "2", "4 et 5", "6", "6"]
    assert annex.rows[0].title == "Ordre du jour provisoire et annotations"
    assert FR.agenda_cell.match("1(b) Ordre du jour")["agenda"] == "1(b)"
    assert "annex-empty" not in {w.code for w in r.warnings}
    assert FR.annex.match("Annexe II")["num"] == "II" and not EN.annex.match("Annexe")


def test_a_third_language_is_data():
    """A profile made of data only (here Spanish annexes on the French
    profile's other patterns) is read with no parser code."""
    spanish = dataclasses.replace(
        FR, code="es", annex=re.compile(r"^(?P<text>Anexo)\s*(?P<num>[IVX]*)$"),
        annex_columns=re.compile(r"^(Signatura)\s+(Tema del programa)\s+(Título o descripción)$"),
        agenda_cell=re.compile(r"^(?P<agenda>\d+(?:\s*(?:y|,)\s*\d+)*)\s+(?P<title>.*)$"))
    text = TITLES["fr"] + ("\n\n1. Le Groupe s’est réuni.\nAnexo\nSignatura Tema del programa Título o descripción\n"
                           "CTOC/COP/WG.2/2012/2 3 y 4 Nota de la Secretaría")
    original = dict(PROFILES)
    PROFILES["es"] = spanish
    try:
        r = parse(text, "es.txt", "es")
    finally:
        PROFILES.clear()
        PROFILES.update(original)
    assert r.annexes[0].columns == ["Signatura", "Tema del programa", "Título o descripción"]
    assert r.annexes[0].rows[0].agenda == "3 y 4"
    assert languages.PROFILES == original


# -- the checks are pure functions of the blocks -----------------------------------
def test_checks_read_the_profile():
    zh_block = Paragraph("para_1", 1, "缔约国会议决定[……]。", 1)
    assert [w.code for w in check_terms([zh_block], ZH)] == ["term-variant"]
    assert check_terms([zh_block], EN) == []
    assert [w.code for w in check_placeholders([zh_block], FR)] == ["placeholder"]
    loose = Paragraph("para_2", 2, "工作组的意见载于报告3", 2)
    assert [w.code for w in check_loose_marks([loose], ZH)] == ["footnote-missing"]
    assert check_loose_marks([loose], EN) == [] and zh_block.text == "缔约国会议决定[……]。"


@pytest.mark.parametrize("language, title", [
    ("zh", TITLES["zh"] + "草案"), ("en", "DRAFT " + TITLES["en"]), ("fr", "Projet de rapport " + TITLES["fr"][8:]),
])
def test_draft_markers_are_profile_data(language, title):
    assert "draft" in {w.code for w in parse(title + "\n\n1. Texte.", "draft.txt", language).warnings}
    assert "draft" not in {w.code for w in report("1. Texte.", language).warnings}


# -- （一）: CJK-numeral sub-items, one rule class in the table ---------------------
def test_numeral_items_are_subparagraphs_numbered_by_their_numeral():
    r = report("1. 工作组建议：\n（一）审议问题；\n（二）提交报告；\n（十二）其他事项。\n2. 主席致闭幕词。")
    assert ids(r) == ["para_1", "para_1__subpara_1", "para_1__subpara_2", "para_1__subpara_12", "para_2"]
    children = r.paragraphs[0].children
    assert [(c.kind, c.label, c.text) for c in children] == [
        ("subpara", "一", "审议问题；"), ("subpara", "二", "提交报告；"), ("subpara", "十二", "其他事项。")]


@pytest.mark.parametrize("numeral, expected", [("一", "para_23__subpara_1"), ("二", "para_23__subpara_2"),
                                               ("十", "para_23__subpara_10"), ("十二", "para_23__subpara_12"),
                                               ("二十三", "para_23__subpara_23")])
def test_numeral_item_id(numeral, expected):
    made = id_scheme.numeral_subparagraph("para_23", numeral)
    assert made == expected and id_scheme.is_valid(made)


def test_a_numeral_item_ends_the_text_before_it_and_is_no_chapter():
    """Text that goes on stops before ``（二）`` because the rule is in the
    table (without it the line would be joined); ``二、`` is a chapter."""
    texts = ["工作组建议", "（二）提交报告"]
    without = tuple(rule for rule in RULES if type(rule).__name__ != "NumeralItemRule")
    assert context("zh", without, texts).gather(0, texts[0]) == ("工作组建议（二）提交报告", 2)
    assert context("zh", RULES, texts).gather(0, texts[0]) == ("工作组建议", 1)
    assert taker(context("zh"), "（二）审议").priority == 25
    assert taker(context("zh"), "二、审议").priority == 60


def test_numeral_item_mixed_with_letters_and_outside_a_paragraph():
    r = report("1. 工作组建议：\n（a）审议问题；\n（一）提交报告。")
    assert [c.id for c in r.paragraphs[0].children] == ["para_1__subpara_a", "para_1__subpara_1"]
    orphan = report("一. 导言\n（一）审议问题。")
    assert ids(orphan) == ["chp_1", "para_nn_1"]
    assert "orphan-subparagraph" in {w.code for w in orphan.warnings}
    with pytest.raises(SourceError, match=r"\(二\) a second time"):
        report("1. 工作组建议：\n（二）审议问题；\n（二）提交报告。")
