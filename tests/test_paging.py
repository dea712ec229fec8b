"""Index pages split by size, never into single-meeting pages; the navigation bounded (issue 12)."""
import dataclasses
import datetime as dt

from generator.model import by_meeting
from generator.paging import MD_BUDGET, pack
from generator.render import HomePage
from generator.engine.navigation import NAV_GROUP, navigation as site_navigation
from generator.urls import Layout, Period
from support import LANGUAGES, ROOT_LANGUAGE


def index_pages(reports, language=ROOT_LANGUAGE, periods=()):
    """The home page and its period pages, split into `periods`."""
    return HomePage(language, Layout(ROOT_LANGUAGE, {"years": list(periods)})).pages(reports)


def navigation(reports, language=ROOT_LANGUAGE):
    return site_navigation(by_meeting(reports), language, LANGUAGES)


def many(report, n, per_year=48):
    """n copies of a report, `per_year` meetings a year from 1950 on (48: four a month)."""
    out = []
    for k in range(n):
        if per_year == 48:
            start = dt.date(1950 + k // 48, (k // 4) % 12 + 1, 3 + 7 * (k % 4))
        else:
            slot = (k % per_year) * 48 // per_year
            start = dt.date(1950 + k // per_year, slot // 4 + 1, 3 + 7 * (slot % 4))
        meeting = dataclasses.replace(report.meeting, start=start, end=start)
        out.append(dataclasses.replace(report, meeting=meeting, slug=start.isoformat()))
    return out


def test_few_reports_keep_one_home_table(reports):
    pages = index_pages(list(reports.values()))
    assert list(pages) == ["index.md"] and "reports/2012-10-17.md" in pages["index.md"]


def test_home_lists_every_report_while_it_fits(reports):
    corpus = many(reports["2012-10-17"], 300)
    pages = index_pages(corpus)
    assert list(pages) == ["index.md"] and pages["index.md"].count('href="reports/1950-') == 48


def test_home_split_into_periods(reports):
    corpus = many(reports["2012-10-17"], 300)
    periods = [Period(1950, 1951), Period(1952, 1956)]
    pages = index_pages(corpus, periods=periods)
    assert sorted(pages) == ["index.md", "years/1950-1951.md", "years/1952-1956.md"]
    assert "reports/" not in pages["index.md"] and 'href="years/1950-1951.md"' in pages["index.md"]
    assert sum(p.count('href="../reports/') for p in pages.values()) == 300  # every report listed once


def test_pack_whole_decades_together_while_they_fit():
    one_a_year = {y: 1000 for y in range(1950, 2050)}
    assert pack(one_a_year, {y: 1 for y in one_a_year}, budget=10 ** 9) == []
    periods = pack(one_a_year, {y: 1 for y in one_a_year}, budget=20_000)
    assert periods == [Period(d, d + 19) for d in range(1950, 2050, 20)]
    assert pack(one_a_year, {y: 1 for y in one_a_year}, budget=15_000) == [
        Period(d, d + 9) for d in range(1950, 2050, 10)]
    assert pack(one_a_year, {y: 1 for y in one_a_year}, budget=35_000) == [
        Period(1950, 1979), Period(1980, 2009), Period(2010, 2039), Period(2040, 2049)]


def test_a_heavy_decade_ends_a_run_of_decades():
    sizes = {y: 1000 for y in range(1950, 2000)}
    sizes.update({y: 9000 for y in range(1970, 1980)})  # 90 000: over the budget alone
    periods = pack(sizes, {y: 1 for y in sizes}, budget=30_000)
    assert periods[0] == Period(1950, 1969) and periods[-1] == Period(1980, 1999)
    assert all(1970 <= p.first and p.last <= 1979 for p in periods[1:-1])  # runs of years


def test_pack_heavy_decades_into_runs_of_years():
    fifty_a_year = {y: 60_000 for y in range(1950, 1970)}
    periods = pack(fifty_a_year, {y: 50 for y in fifty_a_year}, budget=100_000)
    assert periods == [Period(y, y) for y in range(1950, 1970)]
    periods = pack(fifty_a_year, {y: 50 for y in fifty_a_year}, budget=130_000)
    assert periods[0] == Period(1950, 1951) and all(p.last // 10 == p.first // 10 for p in periods)


def test_pack_never_leaves_a_single_meeting_on_its_own():
    sizes = {1950: 90_000, 1951: 90_000, 1952: 1000}
    counts = {1950: 40, 1951: 40, 1952: 1}
    periods = pack(sizes, counts, budget=100_000)
    assert periods == [Period(1950, 1950), Period(1951, 1952)]
    held = [sum(n for y, n in counts.items() if y in p) for p in periods]
    assert min(held) > 1


def test_navigation_one_level_for_a_few_reports(reports):
    nav = navigation(list(reports.values()))[1]["报告"]
    assert [list(e)[0] for e in nav][:2] == ["2007-10-03", "2012-10-17"]
    assert all(isinstance(v, str) for e in nav for v in e.values())


def test_navigation_groups_by_decade_then_year(reports):
    corpus = many(reports["2012-10-17"], 300)  # 48 a year, 1950–1956
    nav = navigation(corpus)[1]["报告"]
    assert [list(e)[0] for e in nav] == ["1950–1959"]
    years = nav[0]["1950–1959"]
    assert [list(e)[0] for e in years] == [str(y) for y in range(1950, 1957)]
    assert years[0]["1950"][0] == {"1950-01-03": "reports/1950-01-03.md"} and len(years[0]["1950"]) == 48


def test_navigation_one_a_year_lists_a_decade_s_reports(reports):
    nav = navigation(many(reports["2012-10-17"], 100, per_year=1))[1]["报告"]
    assert [list(e)[0] for e in nav] == [f"{d}–{d + 9}" for d in range(1950, 2050, 10)]
    assert nav[0]["1950–1959"][0] == {"1950-01-03": "reports/1950-01-03.md"} and len(nav[0]["1950–1959"]) == 10


def test_navigation_groups_decades_by_century_when_there_are_many(reports):
    nav = navigation(many(reports["2012-10-17"], 1000, per_year=1))[1]["报告"]
    assert [list(e)[0] for e in nav] == [f"{c}–{c + 99}" for c in range(1900, 3000, 100)]
    assert len(nav) <= NAV_GROUP and [list(e)[0] for e in nav[1]["2000–2099"]][:2] == ["2000–2009", "2010–2019"]


def test_index_pages_are_single_entries(reports):
    for corpus in (list(reports.values()), many(reports["2012-10-17"], 300)):
        assert navigation(corpus)[2:] == [{"决定和决议索引": "decisions.md"}, {"时间线": "timeline.md"},
                                          {"文件索引": "documents.md"}, {"与会者": "participants.md"},
                                          {"《公约》条款索引": "articles.md"}, {"建议跟踪": "recommendations.md"}]  # the quality report: home page's end


def test_english_year_pages_link_english_reports(reports):
    corpus = many(reports["2012-10-17"], 60)
    pages = index_pages(corpus, "en", periods=[Period(1950, 1950), Period(1951, 1951)])
    assert "index.en.md" in pages and "years/1950.en.md" in pages
    assert 'href="../reports/1950-01-03.en.md"' in pages["years/1950.en.md"]


def test_budget_is_a_few_hundred_kilobytes_of_markdown():
    assert 50_000 < MD_BUDGET < 300_000
