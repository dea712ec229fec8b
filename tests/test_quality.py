"""Item 6: the source-quality report, on the command line and as a page."""
from __future__ import annotations

import re

import markdown
from bs4 import BeautifulSoup

import pytest

from support import LANGUAGES, LAYOUT, SEEDS, page
from generator import quality
from generator.cli import main
from generator.i18n import catalog
from generator.parse import parse
from generator.render import QualityPage

#: Every defect a careful read of the five seeds finds (file, line, code, element).
EXPECTED = [
    ("000_9878c2901082bbba.txt", 54, "country-unknown", "para_5"),  # 日式 in the speakers' list
    ("000_9878c2901082bbba.txt", 71, "heading-punctuation", "chp_4__sec_a"),
    ("001_daa1a7a192d79f16.txt", 37, "footnote-unreferenced", "fn_star_1"),
    ("001_daa1a7a192d79f16.txt", 283, "term-variant", "para_22"),
    ("002_a34d6a30f97ba0d0.txt", 13, "draft", ""),
    ("002_a34d6a30f97ba0d0.txt", 106, "para-missing-number", "para_nn_1"),
    ("002_a34d6a30f97ba0d0.txt", 118, "list-missing", "para_9"),
    ("002_a34d6a30f97ba0d0.txt", 167, "empty-heading", "chp_3__sec_b__hcontainer_1"),
    ("002_a34d6a30f97ba0d0.txt", 175, "empty-heading", "chp_3__sec_c__subsec_1"),
    ("002_a34d6a30f97ba0d0.txt", 183, "empty-heading", "chp_3__sec_c__subsec_2"),
    ("002_a34d6a30f97ba0d0.txt", 199, "date-contradiction", "para_13"),
    ("002_a34d6a30f97ba0d0.txt", 209, "placeholder", "para_14"),
    ("002_a34d6a30f97ba0d0.txt", 215, "placeholder", "para_15"),
    ("002_a34d6a30f97ba0d0.txt", 290, "placeholder", "para_20"),
    ("004_1128377bf6bc7323.txt", 12, "date-order", ""),
    ("004_1128377bf6bc7323.txt", 30, "term-variant", "para_7"),
    ("004_1128377bf6bc7323.txt", 38, "term-variant", "para_8"),
    ("004_1128377bf6bc7323.txt", 68, "term-variant", "para_9"),
]
TITLE = "2012 年 10 月 17 日和 18 日在维也纳举行的技术援助问题工作组会议报告\n"


def test_seed_entries_are_what_a_careful_read_finds(reports):
    found = [(e.source, e.line, e.code, e.target) for e in quality.entries(reports.values())]
    assert found == EXPECTED


def test_check_command_prints_file_line_code_message_and_id(capsys):
    assert main(["check", "--seeds", str(SEEDS)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) >= len(EXPECTED)
    assert any(re.fullmatch(r".*seeds/002_a34d6a30f97ba0d0\.txt:199: \[date-contradiction\] .*2017 年 5 月 28 日"
                            r".* \(para_13\)", line) for line in out)
    assert main(["check", "--seeds", str(SEEDS), "--strict"]) == 1


def test_check_is_quiet_and_passes_strict_on_a_clean_report(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text(TITLE + "1. 第一段。\n2. 第二段。\n", encoding="utf-8")
    assert main(["check", "--seeds", str(tmp_path), "--strict"]) == 0
    assert capsys.readouterr().out == ""


def test_check_lists_files_that_do_not_parse_and_exits_2(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text(TITLE + "1. 第一段。\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("not a report\n", encoding="utf-8")
    assert main(["check", "--seeds", str(tmp_path)]) == 2
    assert "bad.txt:1: [error] expected a report title" in capsys.readouterr().out


def test_each_declared_warning_code_has_a_label_in_every_language():
    """Codes are declared once (generator/codes.py); every catalog labels
    exactly those, and a warning with any other code is refused."""
    from generator.codes import CODES
    from generator.model import Finding

    for language in LANGUAGES:
        assert set(catalog(language)["quality_codes"]) == set(CODES), language
    with pytest.raises(ValueError, match="undeclared warning code 'no-such-code'"):
        Finding(1, "x", "no-such-code")


def test_every_code_the_seeds_raise_is_declared(reports):
    from generator.codes import CODES

    raised = {w.code for report in reports.values() for w in report.warnings}
    assert {"draft", "date-contradiction", "list-missing", "placeholder", "term-variant"} <= raised <= set(CODES)


def test_quality_page_links_every_entry_to_its_element(built):
    options, result = built
    soup = page(options.site, "quality/")
    rows = soup.select("table tbody tr")
    assert len(rows) == len(quality.entries(result.reports))
    row = next(r for r in rows if "002_a34d6a30f97ba0d0.txt:199" in r.get_text())
    link = row.find("a")
    assert link["href"] == "../reports/2018-05-28/#para_13" and link.get_text() == "第 13 段"
    assert "日期矛盾" in row.get_text()
    draft = next(r for r in rows if "002_a34d6a30f97ba0d0.txt:13" in r.get_text())
    assert draft.find("a")["href"] == "../reports/2018-05-28/"
    # Out of the readers' navigation, linked from the home page's editors' corner.
    assert "quality/" not in (options.site / "reports" / "2018-05-28" / "index.html").read_text(encoding="utf-8")
    corner = page(options.site, "").select_one("#editors ~ p a")
    assert corner["href"] == "quality/"


def test_quality_page_escapes_what_comes_from_the_source():
    report = parse(TITLE + "一. <script>alert(1)</script> {: #x }\n二. 下一章\n1. 正文。\n", "evil.txt")
    entries = quality.entries([report])
    assert any("<script>" in e.message for e in entries)
    text = QualityPage("zh", LAYOUT).quality([report], entries)
    body = text.split("---\n", 2)[2]
    html = markdown.markdown(body, extensions=["attr_list", "md_in_html", "tables", "toc"])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None and "<script>alert(1)</script> {: #" in soup.get_text()
    assert soup.find(id="x") is None
