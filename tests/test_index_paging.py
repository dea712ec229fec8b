"""Corpus index pages split by size into periods (issues 6 and 12)."""
import re

import pytest

from generator.context import BuildContext
from generator.model import by_meeting
from generator.paging import MD_BUDGET
from generator.render import check_links, render_pages as render_context
from generator.engine.navigation import navigation
from support import LANGUAGES
from test_paging import many


def render_pages(reports):
    return render_context(BuildContext.of(reports, LANGUAGES))

INDEX = ("decisions", "timeline", "documents", "participants")
PERIOD = re.compile(r"^(decisions|timeline|documents|participants|quality|years)/(\d{4})(?:-(\d{4}))?(\.en)?\.md$")


def index_sizes(pages):
    return {p: len(t.encode()) for p, t in pages.items() if p.split("/")[0].split(".")[0] in INDEX}


def period_pages(pages):
    return {p: m for p in pages if (m := PERIOD.match(p))}


@pytest.fixture(scope="module")
def split(reports):
    corpus = many(reports["2012-10-17"], 150)  # 150 reports, 48 a year, 1950–1953
    return corpus, render_pages(corpus)


def test_split_pages_exist_per_period_and_language(split):
    _, pages = split
    for name in INDEX:
        assert f"{name}.md" in pages and f"{name}.en.md" in pages
    periods = period_pages(pages)
    # The participants of 150 meetings do not fit one page: they are split
    # into periods that cover every year once (how many depends on the size
    # of a row, so it is not fixed here).
    covered = []
    for path, m in periods.items():
        if m[1] == "participants" and not m[4]:
            covered += range(int(m[2]), int(m[3] or m[2]) + 1)
    assert sorted(covered) == [1950, 1951, 1952, 1953]
    for path in periods:  # the same pages in both languages
        twin = path.replace(".en.md", ".md") if ".en." in path else path[:-3] + ".en.md"
        assert twin in pages


def test_no_period_page_holds_a_single_meeting(split):
    corpus, pages = split
    for path, m in period_pages(pages).items():
        if m[1] == "timeline":
            continue  # events, not meetings
        first, last = int(m[2]), int(m[3] or m[2])
        assert sum(1 for r in corpus if first <= r.meeting.start.year <= last) > 1, path


def test_overviews_keep_their_anchors_and_links_resolve(split):
    _, pages = split
    assert check_links(pages) > 0
    assert "{: #cop-dec-2-6 }" in pages["decisions.md"]
    assert '<span id="united-states-of-america"></span>' in pages["participants.md"]
    of_1953 = next(path for path, m in period_pages(pages).items()
                   if m[1] == "participants" and not m[4] and int(m[2]) <= 1953 <= int(m[3] or m[2]))
    assert f'href="{of_1953}"' in pages["participants.md"]
    # report pages send mentions to the period's page
    assert "../participants/1950.md#united-states-of-america" in pages["reports/1950-01-03.md"]
    assert f"../{of_1953}#united-states-of-america" in pages["reports/1953-01-03.md"]


def test_timeline_period_pages_have_an_id_per_year(split):
    _, pages = split
    several = next(path for path, m in period_pages(pages).items()
                   if m[1] == "timeline" and m[3] and not m[4] and int(m[2]) <= 2012 <= int(m[3]))
    assert "{: #y2012 }" in pages[several] and "{: #top }" in pages[several]


def test_largest_index_page_stays_under_the_budget(reports, split):
    """Twice the reports: more periods, each under the budget. Known limit:
    events that every clone mentions (2012) fill one year's timeline."""
    def bounded(pages):
        return max(v for p, v in index_sizes(pages).items() if not p.startswith("timeline/20"))

    _, pages = split
    large = render_pages(many(reports["2012-10-17"], 300))
    assert bounded(large) < MD_BUDGET * 1.15  # estimated on zh; en runs a little longer


def test_one_a_year_splits_by_runs_of_whole_decades(reports):
    corpus = many(reports["2012-10-17"], 100, per_year=1)
    pages = render_pages(corpus)
    periods = sorted(p for p in period_pages(pages) if p.startswith("participants/") and ".en." not in p)
    spans = [tuple(map(int, p.removeprefix("participants/").removesuffix(".md").split("-"))) for p in periods]
    assert all(first % 10 == 0 and last % 10 == 9 for first, last in spans)
    assert 1 < len(spans) < 10 and any(last - first > 9 for first, last in spans)  # decades together
    assert [b[0] for b in spans[1:]] == [a[1] + 1 for a in spans[:-1]]  # one after another
    assert not any(p.startswith("years/") for p in pages)  # the home page lists all 100


def test_navigation_lists_index_pages_once(split):
    corpus, _ = split
    nav = navigation(by_meeting(corpus), "zh", LANGUAGES)
    assert {"时间线": "timeline.md"} in nav
    assert {"Timeline": "timeline.en.md"} in navigation(by_meeting(corpus), "en", LANGUAGES)


def test_a_small_corpus_is_not_split(reports):
    pages = render_pages(many(reports["2012-10-17"], 25))
    assert not period_pages(pages)


def test_quality_report_splits_by_size_too(reports):
    corpus = many(reports["2012-10-17"], 300)
    pages = render_pages(corpus)
    years = sorted(p for p in pages if p.startswith("quality/") and ".en." not in p)
    assert years and all(PERIOD.match(p) for p in years)
    first = years[0]
    assert f'href="{first}"' in pages["quality.md"] and "quality_1950_01_03" not in pages["quality.md"]
    assert "{: #quality_1950_01_03 }" in pages[first]
    assert 'href="../reports/1950-01-03.md#para_5"' in pages[first]
    assert len(pages["quality.md"]) < 2000 and first.replace(".md", ".en.md") in pages
