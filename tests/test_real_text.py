"""Real UN text in, nothing lost (issue 21), through the command line and the
built site: nested lists in three languages, a report of 1,200 paragraphs,
page breaks, UTF-16 without a byte-order mark, and --keep-going when no
report parses."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from pdf_layout import FIXTURE_FILES, FIXTURES
from generator.citation import item_label
from support import ROOT, page

pytestmark = pytest.mark.slow

LONG = "".join(f"{n}. The Working Group considered item {n} of its agenda.\n" for n in range(1, 1201))
LONG_TITLE = ("Report on the meeting of the Working Group of Government Experts on Technical Assistance "
              "held in Vienna on 3 and 4 March 2025\n\nI. Deliberations\n\n")


def run(*args):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sources")
    for language, (name, *_) in FIXTURE_FILES.items():
        shutil.copy2(FIXTURES / language / name, folder / name)
    (folder / "long.txt").write_bytes((LONG_TITLE + LONG).encode("utf-16-le"))  # no byte-order mark
    return folder


@pytest.fixture(scope="module")
def site(sources, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "site"
    result = run("build", "--seeds", str(sources), "--site", str(out), "--languages", "zh,en,fr",
                 "--site-url", "https://example.org/", "--quiet")
    assert result.returncode == 0, result.stderr
    return out


def test_parse_prints_nested_points_and_1200_paragraphs(sources):
    model = json.loads(run("parse", str(sources / "wg-ta-lists-zh-pdf.txt")).stdout)
    (a, b, c) = model["paragraphs"][0]["subparagraphs"]
    assert [p["id"] for p in a["subparagraphs"]] == [f"para_1__subpara_a__point_{x}" for x in ("i", "ii", "iii")]
    assert a["subparagraphs"][2]["subparagraphs"][1] == {
        "id": "para_1__subpara_a__point_iii__point_b", "kind": "point", "letter": "b",
        "text": "答复此类请求平均所需的时间；", "line": 41, "footnotes": []}
    long = json.loads(run("parse", str(sources / "long.txt")).stdout)
    assert [p["id"] for p in long["paragraphs"]][-2:] == ["para_1199", "para_1200"]
    assert long["warnings"] == []


def test_the_site_renders_nested_lists_named_in_every_language(site):
    deep = "para_1__subpara_a__point_iii__point_b"
    for prefix, eid, label in (("", deep, "第 1 (a) ㈢ b. 段"), ("en/", deep, "para. 1 (a) (iii) b."),
                               ("fr/", "para_1__subpara_a__point_ii", "par. 1 a) ii)")):
        html = page(site, f"{prefix}reports/2026-02-09/")
        point = html.find(id=eid)
        assert point.name == "li" and point.parent.name == "ol"
        parents = [li["id"] for li in point.find_parents("li")]
        assert parents == ["para_1__subpara_a__point_iii", "para_1__subpara_a"][-len(parents):] and parents
        # paragraphs.js names it so, as item_label does (tests/browser/test_reader_links.py compares them)
        assert item_label(eid, prefix.rstrip("/") or "zh") == label
    assert page(site, "reports/2026-02-09/").find(id="para_1__subpara_a__point_ii").find(
        class_="sub-label").text == "㈡"
    assert page(site, "fr/reports/2026-02-09/").find(id="para_1__subpara_a__point_ii").find(
        class_="sub-label").text == "ii)"


def test_the_site_has_paragraph_1200(site):
    html = page(site, "en/reports/2025-03-03/")
    assert html.find(id="para_1000").get_text(" ", strip=True).startswith("1000.")
    assert html.find(id="para_1200") is not None


def test_the_akn_export_has_nested_lists_of_points(sources, tmp_path):
    result = run("export", "akn", "--seeds", str(sources), "--out", str(tmp_path / "akn"))
    assert result.returncode == 0, result.stderr
    xml = (tmp_path / "akn" / "2026-02-09.en.xml").read_text(encoding="utf-8")
    assert '<subparagraph eId="para_1__subpara_a">' in xml
    assert xml.count("<list>") == 3
    assert '<point eId="para_1__subpara_a__point_iii__point_b">' in xml


def test_keep_going_with_no_report_that_parses_lists_each_reason(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_text("no title here\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("build", "--seeds", str(folder), "--site", str(tmp_path / "site"), "--keep-going")
    assert result.returncode == 2
    lines = result.stderr.strip().split("\n")
    assert lines[0].startswith(f"skipped: {folder / 'a.txt'}:1: expected a report title")  # by its path
    assert lines[1].startswith(f"skipped: {folder / 'b.txt'}:1: expected a text file")
    assert lines[2] == (f"error: {folder}: expected at least one report that parses, "
                        f"found none of its 2 reports (each listed above)")
    assert not (tmp_path / "site").exists()
