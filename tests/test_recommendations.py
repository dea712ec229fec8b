"""The recommendations tracker (issue 25, part 1), through a real build of
the seeds and the English fixture: a page in every language listing every
recommendation of every session with its session, section, decisions and
link; CSV (with a byte-order mark) and JSON downloads linked from it."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import BuildOptions, build_site
from support import seeds_with

ENGLISH = Path(__file__).parent / "fixtures" / "en" / "wg-ta-2012-en.txt"
SITE_URL = "https://example.org/reports-site/"

#: Every recommendation of the seeds, read by hand from each report's
#: recommendations chapter (建议): its paragraphs, and the numbered
#: recommendations (建议 1 …) in place of the paragraphs that hold them.
SEED_RECOMMENDATIONS = {
    "2007-10-03": [f"para_{n}" for n in range(1, 14)],
    "2012-10-17": ["para_3"],
    "2016-10-17": [f"para_{n}" for n in range(4, 24)],
    "2018-05-28": ["para_5", "para_6", "para_7", "para_8", "para_nn_1", "para_9"],
    "2023-05-29": ["para_6"] + [f"rec_{n}" for n in range(1, 12)],
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, ENGLISH)
    root = tmp_path_factory.mktemp("site")
    build_site(BuildOptions(seeds=seeds, docs=None, site=root / "site", site_url=SITE_URL, lock=None))
    return root / "site"


def html(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_page_links_every_recommendation_of_the_seeds(site, prefix):
    page = html(site, f"{prefix}recommendations/")
    rows = page.select(".rec-table tbody tr")
    found = {}
    for row in rows:
        link = row.select("td")[2].select_one("a")["href"]
        target, _, anchor = link.partition("#")
        slug = target.rstrip("/").rsplit("/", 1)[1]
        assert (site / prefix / "recommendations" / target / "index.html").resolve().is_file()
        assert row["data-session"] == slug
        found.setdefault(slug, []).append(anchor)
        # the anchor is on the report page
        report = html(site, f"{prefix}reports/{slug}/")
        assert report.find(id=anchor) is not None
    assert found == SEED_RECOMMENDATIONS
    # Filters: one option per session and per section of the rows, hidden until the script runs.
    box = page.select_one(".rec-filter")
    assert box.has_attr("hidden")
    sessions = [o["value"] for o in box.select('select[data-filter="session"] option')]
    assert sessions == [""] + list(SEED_RECOMMENDATIONS)
    options = {o["value"]: o.get_text() for o in box.select('select[data-filter="section"] option')[1:]}
    assert set(options) == {row["data-section"] for row in rows}
    assert {"技术援助问题政府专家工作组", "国际合作工作组"} <= set(options.values())  # the joint session's
    # each row's section is the one its option names
    for row in rows:
        anchor = row.select("td")[2].select_one("a")["href"]
        if anchor.endswith("2018-05-28/#para_9"):
            assert options[row["data-section"]] == "国际合作工作组" == row.select("td")[1].get_text()
    assert page.select_one('script[src$="recommendations.js"]') is not None
    # The filter's script is loaded by the tracker's pages only.
    for other in (f"{prefix}reports/2012-10-17/", f"{prefix}decisions/", prefix or "."):
        assert html(site, other).select_one('script[src$="recommendations.js"]') is None, other
    # Out of the search index: each text is a report paragraph's, found there.
    docs = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    entries = [d for d in docs if d["location"].startswith(f"{prefix}recommendations/")]
    assert entries and not any("工作组" in d["text"] for d in entries)


def test_decisions_cited_link_the_decisions_page(site):
    page = html(site, "en/recommendations/")
    row = next(r for r in page.select(".rec-table tbody tr")
               if r.select("td")[2].select_one("a")["href"].endswith("2023-05-29/#rec_1"))
    links = row.select("td")[3].select("a")
    assert [a["href"] for a in links] == ["../decisions/#cop-res-11-2"]
    assert "11/2" in links[0].get_text()
    assert row.select_one("td p")["lang"] == "zh-Hans"  # Chinese text on the English page


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_csv_has_one_row_per_recommendation_and_opens_as_utf8(site, language):
    prefix = "" if language == "zh" else "en/"
    page = html(site, f"{prefix}recommendations/")
    link = page.select_one('a[type="text/csv"]')["href"]
    data = (site / prefix / "recommendations" / link).resolve().read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a spreadsheet then reads Chinese as Chinese
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [(r["session"], r["id"]) for r in rows] == [
        (slug, eid) for slug, ids in SEED_RECOMMENDATIONS.items() for eid in ids]
    rec1 = next(r for r in rows if r["id"] == "rec_1")
    assert rec1["url"] == f"{SITE_URL}{prefix}reports/2023-05-29/#rec_1"
    assert rec1["decisions"] == "cop-res-11-2" and rec1["section"] == "总体建议"
    assert rec1["text"].startswith("鼓励缔约方向毒品和犯罪问题办公室提供预算外资源")
    para5 = next(r for r in rows if (r["session"], r["id"]) == ("2018-05-28", "para_5"))
    assert para5["section"] == "技术援助问题政府专家工作组"
    json_link = page.select_one('a[type="application/json"]')["href"]
    as_json = json.loads((site / prefix / "recommendations" / json_link).resolve().read_text(encoding="utf-8"))
    assert [(r["session"], r["id"]) for r in as_json] == [(r["session"], r["id"]) for r in rows]
    assert next(r for r in as_json if r["id"] == "rec_1")["decisions"] == ["cop-res-11-2"]


def test_csv_cells_with_commas_quotes_and_newlines_round_trip():
    from generator.recommendations import COLUMNS, to_csv
    row = {c: "" for c in COLUMNS}
    row.update(text='a, "b"\nc', section="=1+1")
    back = list(csv.DictReader(io.StringIO(to_csv([row]).decode("utf-8-sig"), newline="")))
    assert back == [{**row, "section": "'=1+1"}]  # never a formula in a spreadsheet


@pytest.mark.parametrize("prefix, words", [("", "措辞相近：数据、收集"), ("en/", "similar wording: 数据、收集")])
def test_each_row_shows_where_it_recurs_with_the_reason(site, prefix, words):
    """At most three links to other sessions' recommendations, each with its
    reason; 2007's data collection recurs in 2023's recommendation 8."""
    page = html(site, f"{prefix}recommendations/")
    lines = page.select(".rec-table tbody tr .rec-recurs")
    assert lines
    for line in lines:
        row = line.find_parent("tr")
        own = row.select("td")[2].select_one("a")["href"].partition("#")[0]
        links = line.select("a")
        assert 1 <= len(links) <= 3
        for link in links:
            target, _, anchor = link["href"].partition("#")
            assert target != own  # never the same session
            slug = target.rstrip("/").rsplit("/", 1)[1]
            assert html(site, f"{prefix}reports/{slug}/").find(id=anchor) is not None
    data = next(r for r in page.select(".rec-table tbody tr")
                if r.select("td")[2].select_one("a")["href"].endswith("2007-10-03/#para_5"))
    line = data.select_one(".rec-recurs")
    assert line.select_one("a")["href"] == "../reports/2023-05-29/#rec_8"
    assert words in line.get_text()
    if prefix:
        assert line.select_one("span")["lang"] == "zh-Hans"  # Chinese words on the English page
    # Out of the search index, like the rest of the table.
    docs = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not [d for d in docs if "措辞相近" in d["text"] or "similar wording" in d["text"]]


def test_the_downloads_list_where_each_recommendation_recurs(site):
    rows = list(csv.DictReader(io.StringIO((site / "data/recommendations.en.csv").read_text(encoding="utf-8-sig"),
                                           newline="")))
    data = next(r for r in rows if (r["session"], r["id"]) == ("2007-10-03", "para_5"))
    assert data["recurs_in"].startswith("2023-05-29#rec_8 (数据 收集 分析)")
    as_json = json.loads((site / "data/recommendations.zh.json").read_text(encoding="utf-8"))
    found = next(r for r in as_json if (r["session"], r["id"]) == ("2007-10-03", "para_5"))["recurs_in"]
    assert 1 <= len(found) <= 3
    assert found[0]["url"] == f"{SITE_URL}reports/2023-05-29/#rec_8" and found[0]["words"][:2] == ["数据", "收集"]
    assert all(len(r["recurs_in"]) <= 3 for r in as_json)
