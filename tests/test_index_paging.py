"""Corpus index pages split by year above SPLIT_AT meetings (issue 6)."""
import pytest

from generator.index import check_links
from generator.paging import SPLIT_AT
from generator.site import nav_translations, navigation, render_pages
from test_paging import many

INDEX = ("decisions", "timeline", "documents", "participants")


def index_sizes(pages):
    return {p: len(t) for p, t in pages.items() if p.split("/")[0].split(".")[0] in INDEX}


@pytest.fixture(scope="module")
def split(reports):
    corpus = many(reports["2012-10-17"], 150)  # 150 reports, 1950–1953
    return corpus, render_pages(corpus)


def test_split_pages_exist_per_year_and_language(split):
    _, pages = split
    for name in INDEX:
        assert f"{name}.md" in pages and f"{name}.en.md" in pages
    for name in ("decisions", "documents", "participants"):
        assert {p for p in pages if p.startswith(f"{name}/") and p.count(".") == 1} == {
            f"{name}/{y}.md" for y in range(1950, 1954)}
    assert "timeline/1950.md" in pages and "timeline/2012.en.md" in pages  # events mentioned in 2012


def test_overviews_keep_their_anchors_and_links_resolve(split):
    _, pages = split
    assert check_links(pages) > 0
    assert "{: #cop-dec-2-6 }" in pages["decisions.md"]
    assert '<span id="united-states-of-america"></span>' in pages["participants.md"]
    assert "{: #y1950 }" in pages["timeline.md"] and "{: #meeting-1950-01-03 }" in pages["timeline.md"]
    assert "](participants/1950.md)" in pages["participants.md"]
    assert "](decisions/1951.md#cop-dec-2-6)" in pages["decisions.md"]
    # report pages send mentions to the year's page
    assert "../participants/1950.md#united-states-of-america" in pages["reports/1950-01-03.md"]
    assert "../timeline/1950.md#meeting-1950-01-03" in pages["reports/1950-01-03.md"]


def bounded(pages):
    """Known limit: events that many reports mention in one year (the clones
    all mention 2012) still fill that year's timeline page linearly."""
    return max(v for p, v in index_sizes(pages).items() if not p.startswith("timeline/20"))


def test_largest_index_page_does_not_grow_with_the_corpus(reports, split):
    _, pages = split
    large = render_pages(many(reports["2012-10-17"], 300))
    assert bounded(large) < bounded(pages) * 1.3  # twice the reports, about the same largest page


def test_navigation_groups_year_pages_under_their_index_page(split):
    corpus, _ = split
    nav = navigation(corpus)
    timeline = next(e for e in nav if "时间线" in e)["时间线"]
    assert timeline[0] == "timeline.md" and {"1950": "timeline/1950.md"} in timeline
    assert nav_translations(corpus, "en")["时间线"] == "Timeline"


def test_at_split_at_nothing_is_split(reports):
    pages = render_pages(many(reports["2012-10-17"], SPLIT_AT))
    assert not any(p.startswith(tuple(f"{n}/" for n in INDEX)) for p in pages)


def test_quality_report_splits_by_year_too(reports):
    corpus = many(reports["2012-10-17"], 150)
    pages = render_pages(corpus)
    years = sorted(p for p in pages if p.startswith("quality/") and p.endswith(".md") and ".en." not in p)
    assert years == ["quality/1950.md", "quality/1951.md", "quality/1952.md", "quality/1953.md"]
    assert "(quality/1950.md)" in pages["quality.md"] and "quality_1950_01_03" not in pages["quality.md"]
    assert "{: #quality_1950_01_03 }" in pages["quality/1950.md"]
    assert "](../reports/1950-01-03.md#para_5)" in pages["quality/1950.md"]
    assert len(pages["quality.md"]) < 2000 and "quality/1951.en.md" in pages
