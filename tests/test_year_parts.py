"""A year too long for one page is split into runs of its months (issue 23):
the parts cover the year, every link to a meeting's place lands on the part
holding it, every language splits alike, and what measuring rendered is the
page the render would write."""
import dataclasses
import datetime as dt
import re

import pytest

from generator.context import BuildContext
from generator.i18n import label
from generator.languages import profile
from generator.paging import pack, pack_months
from generator.render import check_links, render_pages
from generator.render.measure import plan
from generator.urls import Layout, Period
from support import LANGUAGES, load

#: A small budget (the real one is about 110 KB), so that the corpus stays small:
#: a meeting of the seed below writes about 41 KB of recommendations (zh; 44 KB in English).
BUDGET = 200_000
PART = re.compile(r"^recommendations/(\d{4})-(\d\d)(?:-(\d{4})-(\d\d))?(\.en)?\.md$")


def at(report, dates):
    """Copies of `report`, one meeting on each of `dates`."""
    return [dataclasses.replace(report, meeting=dataclasses.replace(report.meeting, start=d, end=d),
                                slug=d.isoformat()) for d in dates]


#: Twelve meetings in January–March 1950 (about 250 KB of recommendations: over the budget),
#: two in January 1951 (one page).
DATES = [dt.date(1950, m, d) for m in (1, 2, 3) for d in (3, 10, 17, 24)] + [dt.date(1951, 1, 3), dt.date(1951, 1, 10)]


@pytest.fixture(scope="module")
def corpus():
    return at(load("003_ad63e9abc5f799f5.txt"), DATES)  # twenty recommendations a meeting


@pytest.fixture(scope="module")
def context(corpus):
    return BuildContext.of(corpus, LANGUAGES)


@pytest.fixture(scope="module")
def pages(context):
    return render_pages(context, budget=BUDGET)


def parts(pages):
    return sorted(p for p in pages if PART.match(p) and not p.endswith(".en.md"))


def test_a_year_over_the_budget_is_split_into_runs_of_months(pages):
    assert parts(pages) == ["recommendations/1950-01-1950-02.md", "recommendations/1950-03-1950-12.md"]
    assert "recommendations/1951.md" in pages  # a year within the budget stays one page
    assert "recommendations/1950.md" not in pages
    for path in parts(pages):  # the same parts in every language
        assert path.replace(".md", ".en.md") in pages


def test_no_part_is_over_the_budget_in_any_language(pages):
    for path, text in pages.items():
        if path.startswith("recommendations/"):
            assert len(text.encode()) <= BUDGET, path


def test_every_meeting_is_on_exactly_one_part(pages, corpus):
    for report in corpus:
        row = f'data-session="{report.slug}"'
        holding = [p for p in pages if p.startswith("recommendations/") and not p.endswith(".en.md") and row in pages[p]]
        assert len(holding) == 1, (report.slug, holding)
        assert holding[0] == ("recommendations/1950-01-1950-02.md" if report.slug < "1950-03" else
                              "recommendations/1950-03-1950-12.md" if report.slug < "1951" else "recommendations/1951.md")


def test_the_overview_links_every_part_and_links_resolve(pages):
    overview = pages["recommendations.md"]
    for path in parts(pages) + ["recommendations/1951.md"]:
        assert f"({path})" in overview
    assert "[1950-01-1950-02](recommendations/1950-01-1950-02.md) (160)" in overview
    assert check_links(pages) > 0


def test_a_part_is_named_by_its_months_in_the_page_language(pages):
    zh, en = pages["recommendations/1950-01-1950-02.md"], pages["recommendations/1950-01-1950-02.en.md"]
    assert "\n# 建议跟踪 · 1950 年 1 月至 2 月 {: #y1950 }" in zh
    assert "\n# Recommendations, January–February 1950 {: #y1950 }" in en
    assert "\n# 建议跟踪 · 1951 年 {: #y1951 }" in pages["recommendations/1951.md"]  # a whole year
    assert not any("年 年" in page or "月 年" in page for page in pages.values())
    # Twelve meetings in 1950: a link to another session names its first day, a year would not tell them apart.
    assert re.search(r">1950-01-\d\d ¶\d", zh) and not re.search(r">1950 ¶", zh)


@pytest.mark.parametrize("language, names", [
    ("zh", ["1969 年", "1950-1979 年", "1969 年 7 月", "1969 年 1 月至 2 月"]),
    ("en", ["1969", "1950–1979", "July 1969", "January–February 1969"]),
    ("fr", ["1969", "1950-1979", "juillet 1969", "janvier-février 1969"]),
    ("es", ["1969", "1950-1979", "julio de 1969", "enero-febrero de 1969"]),
    ("ru", ["1969 год", "1950–1979 годы", "07.1969", "01.1969 – 02.1969"]),
    ("ar", ["1969", "1950-1979", "تموز/يوليه 1969", "كانون الثاني/يناير - شباط/فبراير 1969"]),
])
def test_period_names_in_six_languages(language, names):
    periods = [Period(1969, 1969), Period(1950, 1979), Period(1969, 1969, (7, 7)), Period(1969, 1969, (1, 2))]
    assert [profile(language).period(p.first, p.last, p.months) for p in periods] == names
    # The catalog's texts around a period add no year word of their own.
    titles = [label(language, "page_year", page="P", year=name) for name in names]
    assert titles[0].count("1969") == 1 and not any("年 年" in t or "год год" in t for t in titles)


def test_the_same_corpus_gives_the_same_parts(context, corpus, pages):
    again = render_pages(BuildContext.of(list(reversed(corpus)), LANGUAGES), budget=BUDGET)
    assert again == pages


def test_pages_measuring_rendered_are_the_pages_the_render_writes(context, pages):
    """The render takes the period pages measuring rendered as they are:
    the same as rendering them afresh on the final layout."""
    measured = plan(context.shown, context.corpora, context.root, budget=BUDGET)
    assert any(PART.match(p) for p in measured.pages)
    assert render_pages(context, layout=measured.layout) == pages


def test_links_to_a_meeting_on_a_split_page_go_to_its_part(context):
    """Participants split by the month: a report page's country mentions,
    the timeline's meetings and the overview's counts go to the part holding
    the meeting."""
    layout = Layout("zh", {"participants": [Period(1950, 1950, (1, 2)), Period(1950, 1950, (3, 12)),
                                            Period(1951, 1951)],
                           "timeline": [Period(1950, 1950, (1, 2)), Period(1950, 1950, (3, 12)),
                                        Period(1951, 1951), Period(2000, 2049)]})
    assert all(y in range(1950, 1952) or 2000 <= y <= 2049 for y in context.corpora["zh"].event_years), \
        "the seed's events lie outside the layout's years"
    out = render_pages(context, layout=layout)
    assert "../participants/1950-03-1950-12.md#" in out["reports/1950-03-10.md"]
    assert "../participants/1950-01-1950-02.md#" in out["reports/1950-02-24.md"]
    assert "../participants/1950-03-1950-12.en.md#" in out["reports/1950-03-10.en.md"]
    # The overview counts a year in parts in one column, each count linking the part of the first meeting.
    overview = out["participants.md"]
    assert overview.count('<th scope="col">') == 3 * overview.count("<table") and '<a href="participants/1950-01-1950-02.md">1950</a>' in overview
    summary = out["timeline.md"]
    assert "(timeline/1950-01-1950-02.md)" in summary and "(timeline/1950-03-1950-12.md#" in summary
    assert "(timeline/1950-01-1950-02.md#" in summary


def test_period_names_and_places():
    half = Period(1969, 1969, (1, 6))
    assert str(half) == "1969-01-1969-06" and str(Period(1969, 1969, (7, 7))) == "1969-07"
    assert str(Period(1969, 1969)) == "1969" and str(Period(1960, 1969)) == "1960-1969"
    assert dt.date(1969, 6, 30) in half and dt.date(1969, 7, 1) not in half and 1969 in half
    assert half.single and not half.whole and Period(1960, 1969).whole
    assert sorted([Period(1970, 1970), Period(1969, 1969, (7, 12)), half]) == [
        half, Period(1969, 1969, (7, 12)), Period(1970, 1970)]
    layout = Layout("zh", {"x": [Period(1968, 1968), half, Period(1969, 1969, (7, 12))]})
    assert layout.period("x", dt.date(1969, 8, 1)) == Period(1969, 1969, (7, 12))
    assert layout.parts("x", 1969) == [half, Period(1969, 1969, (7, 12))]
    assert layout.page_of("x", dt.date(1969, 2, 3), "en") == "x/1969-01-1969-06.en.md"


def test_pack_months_covers_the_year_and_keeps_no_single_meeting_alone():
    sizes, counts = {1: 60, 2: 60, 3: 60, 11: 10}, {1: 4, 2: 4, 3: 4, 11: 1}
    assert pack_months(1969, sizes, counts, 130) == [Period(1969, 1969, (1, 2)), Period(1969, 1969, (3, 12))]
    # A month over the budget stays one page; the months after it join it.
    assert pack_months(1969, {5: 500}, {5: 9}, 100) == [Period(1969, 1969)]
    assert pack_months(1969, {1: 90, 5: 90}, {1: 1, 5: 5}, 100) == [Period(1969, 1969)]


def test_pack_splits_only_a_year_over_the_budget_by_month():
    asked = []

    def months(year):
        asked.append(year)
        return {1: 60, 7: 60}, {1: 5, 7: 5}

    sizes = {1968: 90, 1969: 120, 1970: 90}
    periods = pack(sizes, {y: 10 for y in sizes}, budget=100, months=months)
    assert periods == [Period(1968, 1968), Period(1969, 1969, (1, 6)), Period(1969, 1969, (7, 12)),
                       Period(1970, 1979)]  # a decade that fits stays one page
    assert asked == [1969]
    assert pack(sizes, {y: 10 for y in sizes}, budget=100) == [  # as before
        Period(1968, 1968), Period(1969, 1969), Period(1970, 1979)]
