"""Index pages and navigation split by year once there are many reports."""
import dataclasses
import datetime as dt

from generator.i18n import DEFAULT_LANGUAGE
from generator.paging import SPLIT_AT, index_pages
from generator.render import PageRenderer
from generator.site import navigation


def many(report, n):
    """n copies of a report, four meetings a month from 1950 on."""
    out = []
    for k in range(n):
        start = dt.date(1950 + k // 48, (k // 4) % 12 + 1, 3 + 7 * (k % 4))
        meeting = dataclasses.replace(report.meeting, start=start, end=start)
        out.append(dataclasses.replace(report, meeting=meeting, slug=start.isoformat()))
    return out


def test_few_reports_keep_one_home_table(reports):
    pages = index_pages(list(reports.values()), PageRenderer(DEFAULT_LANGUAGE))
    assert list(pages) == ["index.md"] and "reports/2012-10-17.md" in pages["index.md"]


def test_many_reports_split_by_year(reports):
    corpus = many(reports["2012-10-17"], 300)
    renderer = PageRenderer(DEFAULT_LANGUAGE)
    pages = index_pages(corpus, renderer)
    years = sorted(p for p in pages if p.startswith("years/"))
    assert years[0] == "years/1950.md" and len(years) == 7  # 300 reports, 48 a year
    assert "reports/" not in pages["index.md"] and "(years/1950.md)" in pages["index.md"]
    assert pages["years/1950.md"].count("](../reports/1950-") == 48
    assert sum(p.count("](../reports/") for p in pages.values()) == 300  # every report listed once
    nav = navigation(corpus)[1]["报告"]
    assert [list(e)[0] for e in nav] == [str(y) for y in range(1950, 1957)]
    assert nav[0]["1950"][0] == "years/1950.md" and len(nav[0]["1950"]) == 49


def test_english_year_pages_link_english_reports(reports):
    corpus = many(reports["2012-10-17"], SPLIT_AT + 1)
    pages = index_pages(corpus, PageRenderer("en"))
    assert "index.en.md" in pages and "years/1950.en.md" in pages
    assert "](../reports/1950-01-03.en.md)" in pages["years/1950.en.md"]
