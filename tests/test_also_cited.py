""""Also cited in" (issue 25, part 2): under a paragraph that cites a
decision, the other sessions' paragraphs citing the same one, in both
languages, out of the paragraph's own block and out of the search index.
Through a real build of the seeds and the English fixture."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import BuildOptions, build_site
from generator.context import BuildContext
from generator.render import render_pages
from support import seeds_with, yearly_copies

ENGLISH = Path(__file__).parent / "fixtures" / "en" / "wg-ta-2012-en.txt"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, ENGLISH)
    root = tmp_path_factory.mktemp("site")
    build_site(BuildOptions(seeds=seeds, docs=None, site=root / "site", site_url="https://example.org/", lock=None))
    return root / "site"


def lines_after(site: Path, url: str, eid: str) -> dict[str, list[tuple[str, str]]]:
    """Decision key → (link text, href) of the "also cited" lines right after item `eid`."""
    soup = BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    para = soup.find(id=eid)
    assert not para.select(".also-cited")  # not part of the paragraph (its copied text, its citation)
    out = {}
    for line in para.find_next_siblings():
        if "also-cited" not in (line.get("class") or []):
            break
        first, *links = line.select("a")
        out[first["href"].rsplit("#", 1)[1]] = [(a.get_text(), a["href"]) for a in links]
    return out


def test_decision_2_6_on_the_seeds_in_both_languages(site):
    zh = lines_after(site, "reports/2012-10-17/", "para_1")
    assert zh["cop-dec-2-6"] == [("2007 ¶1", "../2007-10-03/#para_1"), ("2016 ¶1", "../2016-10-17/#para_1"),
                                 ("2018 ¶1", "../2018-05-28/#para_1"), ("2023 ¶1", "../2023-05-29/#para_1")]
    assert zh["cop-dec-4-3"] == [("2016 ¶1", "../2016-10-17/#para_1"), ("2018 ¶1", "../2018-05-28/#para_1"),
                                 ("2023 ¶1", "../2023-05-29/#para_1")]
    en = lines_after(site, "en/reports/2012-10-17/", "para_1")  # the English text's own mentions
    assert en["cop-dec-2-6"] == zh["cop-dec-2-6"]
    soup = BeautifulSoup((site / "en/reports/2016-10-17/index.html").read_text(encoding="utf-8"), "html.parser")
    line = soup.find(id="para_1").find_next_sibling()
    assert "also cited in 2007 ¶1 · 2012 ¶1" in line.get_text()
    assert line["lang"] == "en"  # inside the Chinese text shown on the English page
    # 2007 cites 2/6 in a footnote too: only paragraphs are listed.
    assert [t for t, _ in lines_after(site, "reports/2016-10-17/", "para_1")["cop-dec-2-6"]] == [
        "2007 ¶1", "2012 ¶1", "2018 ¶1", "2023 ¶1"]
    # A paragraph citing nothing another session cites has no line.
    assert lines_after(site, "reports/2012-10-17/", "para_4") == {}


def test_out_of_the_search_index(site):
    docs = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    text = " ".join(d["text"] + d["title"] for d in docs if "reports/" in d["location"])
    assert "另见于" not in text and "also cited in" not in text


def test_a_line_never_grows_with_the_corpus():
    reports = yearly_copies("000_9878c2901082bbba.txt", 40)
    pages = render_pages(BuildContext.of(reports, ("zh", "en")))
    page = BeautifulSoup(pages["reports/1970-10-17.md"].split("---\n", 2)[2], "html.parser")
    line = next(p for p in page.select(".also-cited") if "cop-dec-2-6" in p.a["href"])
    texts = [a.get_text() for a in line.select("a")[1:]]
    assert texts == ["1967 ¶1", "1968 ¶1", "1969 ¶1", "1971 ¶1", "1972 ¶1", "1973 ¶1", "全部 39 届会议"]
    assert line.select("a")[-1]["href"] == "../decisions.md#cop-dec-2-6"


def test_a_year_of_several_meetings_names_each_by_its_first_day():
    reports = yearly_copies("000_9878c2901082bbba.txt", 6)
    spring = dataclasses.replace(reports[2], slug="1952-04-02",
                                 meeting=dataclasses.replace(reports[2].meeting, start=dt.date(1952, 4, 2),
                                                             end=dt.date(1952, 4, 2)))
    pages = render_pages(BuildContext.of([*reports, spring], ("zh", "en")))
    page = BeautifulSoup(pages["reports/1950-10-17.md"].split("---\n", 2)[2], "html.parser")
    line = next(p for p in page.select(".also-cited") if "cop-dec-2-6" in p.a["href"])
    links = line.select("a")[1:]
    assert [a.get_text() for a in links] == ["1951 ¶1", "1952-04-02 ¶1", "1952-10-17 ¶1", "全部 6 届会议"]
    assert not any(a.has_attr("title") for a in links)  # the text alone names the session
