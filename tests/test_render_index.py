"""render/ (site side): the home page, the quality report, the corpus index
pages and their registry, the link check, and `render_pages` as a whole.

No MkDocs build: the seeds' corpus (`generator.corpus.build_corpus`) and small
hand-made reports (`make_report`, from test_render_report.py)."""
from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import pytest

from en_support import load_en
from generator import quality
from generator.context import BuildContext
from generator.errors import LinkError
from generator.languages import profile
from generator.i18n import label
from generator.corpus import build_corpus
from generator.mentions import find_mentions
from generator.model import Finding, Paragraph, Span
from generator.render import render_pages
from generator.render.home import HomePage
from generator.render.links import check_links
from generator.render.quality import QualityPage
from generator.render.registry import INDEX_PAGES, index_pages, linker_for
from generator.urls import (HOME, QUALITY, YEARS, Layout, Period, index_path, labels_path, parallel_path,
                            period_path, relative, report_path, xml_path)
from test_render_report import make_report
from support import LANGUAGES, LAYOUT, table_rows

LOCALES = Path(__file__).resolve().parent.parent / "generator" / "locales"
ID = re.compile(r'\bid="([^"]+)"|\{:[^}]*#([\w-]+)')
TWO = [Period(2007, 2012), Period(2013, 2023)]


def ids_in(text: str) -> set[str]:
    return {a or b for a, b in ID.findall(text)}


def links_in(text: str) -> list[str]:
    """Link targets: Markdown links and the HTML blocks' links (render/blocks.py)."""
    return [a or b for a, b in re.findall(r'\]\(([^)\s]+)|\bhref="([^"]+)"', text)]


def periods_for(page, corpus) -> list[Period]:
    """TWO, the first period reaching back to the page's first year (the
    timeline has events before the first meeting, 2005)."""
    return [Period(min(2007, *page.years(corpus)), 2012), Period(2013, 2023)]


@pytest.fixture(scope="module")
def seeds(reports):
    return [reports[slug] for slug in sorted(reports)]


@pytest.fixture(scope="module")
def corpus(seeds):
    return build_corpus(seeds, LANGUAGES)


# -- the home page -------------------------------------------------------------------
def test_home_is_one_table_of_every_report_while_not_split(seeds):
    pages = HomePage("en", LAYOUT).pages(seeds)
    assert list(pages) == ["index.en.md"]
    home = pages["index.en.md"]
    assert home.count("<table>") == 1
    # meeting order; then the editors' corner (issue 27: the quality report is out of the navigation)
    assert links_in(home) == [f"reports/{r.slug}.en.md" for r in seeds] + ["quality.en.md"]
    # a Chinese report is named in English on the English page (from the catalog)
    assert f'<a href="reports/2007-10-03.en.md">{HomePage("en", LAYOUT).title(seeds[0])}</a>' in home


def test_split_home_lists_its_periods_and_each_report_once_on_its_period_page(seeds):
    layout = Layout("zh", {YEARS: [Period(2000, 2006), *TWO]})
    pages = HomePage("zh", layout).pages(seeds)
    assert set(pages) == {"index.md", "years/2007-2012.md", "years/2013-2023.md"}  # no page for an empty period
    home = pages["index.md"]
    rows = table_rows(home)
    assert rows[1][:2] == ['<a href="years/2007-2012.md">2007-2012</a>', "2"]
    assert rows[2][:2] == ['<a href="years/2013-2023.md">2013-2023</a>', "3"]
    assert not any(t.startswith("reports/") for t in links_in(home))
    listed = [t for path in ("years/2007-2012.md", "years/2013-2023.md") for t in links_in(pages[path])]
    assert sorted(listed) == sorted(f"../reports/{r.slug}.md" for r in seeds)
    assert "../reports/2007-10-03.md" in links_in(pages["years/2007-2012.md"])
    assert check_links({**pages, "quality.md": "", **{report_path(r, "zh", "zh"): "" for r in seeds}}) == 3 + len(seeds)


def test_split_home_names_each_report_in_the_page_language(seeds):
    pages = HomePage("en", Layout("zh", {YEARS: TWO})).pages(seeds)
    title = HomePage("en", LAYOUT).title(seeds[0])
    assert f'<a href="../reports/2007-10-03.en.md">{title}</a>' in pages["years/2007-2012.en.md"]


def test_split_home_of_the_offline_edition_says_what_it_holds(seeds):
    assert "offline-edition" in HomePage("zh", LAYOUT).pages(seeds, built="2024-01-01")["index.md"]  # unsplit: it does
    pages = HomePage("zh", Layout("zh", {YEARS: TWO})).pages(seeds, built="2024-01-01")
    assert "offline-edition" in pages["index.md"]


# -- the quality report --------------------------------------------------------------
def flawed_reports():
    first = make_report("2012-10-17", blocks=[Paragraph("para_nn_1", None, "无编号。", 5)],
                        warnings=[Finding(1, "draft marker '草稿'", "draft"),
                                  Finding(5, "paragraph without a number", "para-missing-number", "para_nn_1")])
    return [make_report("2016-10-17"), first]


def test_quality_has_one_section_per_report_and_rows_link_their_element():
    reports = flawed_reports()
    pages = QualityPage("zh", LAYOUT).pages(reports, quality.entries(reports))
    assert list(pages) == ["quality.md"]
    page = pages["quality.md"]
    sections = [line for line in page.splitlines() if line.startswith("## ")]
    assert sections == ["## 2012-10-17 测试报告 {: #quality_2012_10_17 }", "## 2016-10-17 测试报告 {: #quality_2016_10_17 }"]
    clean = page.split("{: #quality_2016_10_17 }")[1]
    assert label("zh", "quality_none") in clean and "<table>" not in clean
    rows = [row for row in table_rows(page) if row[0].startswith("2012-10-17.zh.txt")]
    assert rows[0][:3] == ["2012-10-17.zh.txt:1", "草稿标记 (draft)", '<a href="reports/2012-10-17.md">全文</a>']
    assert rows[1][:3] == ["2012-10-17.zh.txt:5", "缺段号 (para-missing-number)",
                           '<a href="reports/2012-10-17.md#para_nn_1">第一个无编号段落</a>']
    # the message is the generator's (English), what it quotes from the source is Chinese
    assert rows[0][3] == '<span lang="en">draft marker <span lang="zh-Hans">&#39;草稿&#39;</span></span>'


def test_split_quality_is_an_overview_and_one_page_per_period(seeds):
    entries = quality.entries(seeds)
    pages = QualityPage("zh", Layout("zh", {QUALITY: TWO})).pages(seeds, entries)
    assert set(pages) == {"quality.md", "quality/2007-2012.md", "quality/2013-2023.md"}
    overview = pages["quality.md"]
    assert table_rows(overview)[1:] == [['<a href="quality/2007-2012.md">2007-2012</a>', "2", "4"],  # 2007: 2 entries, 2012: 2
                                        ['<a href="quality/2013-2023.md">2013-2023</a>', "3", "14"]]
    assert not any(line.startswith("## ") for line in overview.splitlines())
    early = pages["quality/2007-2012.md"]
    assert [line.split(" {:")[0][:13] for line in early.splitlines() if line.startswith("## ")] == [
        "## 2007-10-03", "## 2012-10-17"]
    assert '<a href="../reports/2012-10-17.md#para_5">第 5 段</a>' in early
    report_pages = {report_path(r, "zh", "zh"): "\n".join(f'<p id="{i}"></p>' for i in r.ids()) for r in seeds}
    assert check_links({**pages, **report_pages}) == 2 + len(entries)


# -- the corpus index pages ------------------------------------------------------------
EXPECTED_IDS = {
    "decisions": {"body-cop", "cop-dec-2-6", "cop-res-5-6"},
    "timeline": {"y2005", "y2007", "y2023", "meeting-2012-10-17", "event-cop-session-2"},
    "documents": {"doc-ctoc-cop-2008-7", "doc-ctoc-cop-wg-2-2012-1"},
    "participants": {"region-weog", "region-org", "australia"},
    "articles": {"article-18", "article-23", "article-31", "article-32"},
    "recommendations": set(),  # its rows link the reports' own anchors
}


@pytest.mark.parametrize("page", INDEX_PAGES, ids=lambda p: p.name)
def test_index_overview_has_its_title_intro_and_entry_ids(page, corpus):
    zh, en = page("zh", corpus, LAYOUT).pages(), page("en", corpus, LAYOUT).pages()
    assert list(zh) == [f"{page.name}.md"] and list(en) == [f"{page.name}.en.md"]
    text = zh[f"{page.name}.md"]
    title = label("zh", f"{page.name}_title")
    assert text.startswith(f'---\ntitle: "{title}"\n') and f"\n---\n\n# {title}\n" in text
    assert ("scripts:" in text.split("---\n")[1]) == bool(page.scripts)  # only the tracker loads its script
    assert label("zh", f"{page.name}_intro") in text
    assert EXPECTED_IDS[page.name] <= ids_in(text)
    assert ids_in(text) == ids_in(en[f"{page.name}.en.md"])  # the same ids in every language


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("page", INDEX_PAGES, ids=lambda p: p.name)
def test_split_index_page_has_period_pages_with_a_way_back(page, corpus, language):
    periods = periods_for(page, corpus)
    pages = page(language, corpus, Layout("zh", {page.name: periods})).pages()
    overview = index_path(page.name, language, "zh")
    assert set(pages) == {overview, *(period_path(page.name, p, language, "zh") for p in periods)}
    for p in periods:
        path = period_path(page.name, p, language, "zh")
        assert path == f"{page.name}/{p}" + (".md" if language == "zh" else ".en.md")
        assert f"[{label(language, 'overview')}]({relative(path, overview)})" in pages[path]
        assert relative(path, overview) == f"../{page.name}" + (".md" if language == "zh" else ".en.md")
        title = label(language, "page_year", page=label(language, f"{page.name}_title"),
                      year=profile(language).period(p.first, p.last, p.months))
        assert f"# {title} {{: #top }}" in pages[path]
        # period pages stay out of the search index, the overview is in it (issue 12)
        assert "\nsearch:\n  exclude: true\n" in pages[path].split("---\n")[1]
    assert "exclude" not in pages[overview].split("---\n")[1]
    # the overview links each period page
    assert {period_path(page.name, p, language, "zh") for p in periods} <= {
        posix_join(overview, t.split("#")[0]) for t in links_in(pages[overview])}


def posix_join(page: str, target: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), target))


@pytest.mark.parametrize("page", INDEX_PAGES, ids=lambda p: p.name)
def test_split_overview_keeps_the_anchors_that_links_reach(page, corpus):
    whole = ids_in(page("zh", corpus, LAYOUT).overview())
    split = ids_in(page("zh", corpus, Layout("zh", {page.name: periods_for(page, corpus)})).overview())
    lost = whole - split
    if page.name == "timeline":
        # only the entries of other events move to their period page (no link
        # from a report or another page reaches them); years, meetings and
        # sessions of the Conference stay
        others = {e.anchor for e in corpus.events if e.report is None and e.kind == "event"}
        assert lost and lost <= others
    else:
        assert not lost
    assert EXPECTED_IDS[page.name] <= split


def test_every_link_resolves_when_every_page_is_split(seeds, corpus):
    """The whole site with every long page split in two: `render_pages`
    checks every link (reports → entries, overviews ↔ period pages)."""
    context = BuildContext.of(seeds, LANGUAGES)
    layout = Layout("zh", {YEARS: TWO, QUALITY: TWO, **{p.name: periods_for(p, corpus) for p in INDEX_PAGES}})
    pages = render_pages(context, layout=layout)
    for language in ("zh", "en"):
        for p in INDEX_PAGES:
            for period in periods_for(p, corpus):
                assert period_path(p.name, period, language, "zh") in pages
    # a report's participants link to the period page that has its column
    assert 'href="../participants/2007-2012.md#' in pages["reports/2012-10-17.md"]
    assert 'href="../participants/2013-2023.md#' in pages["reports/2016-10-17.md"]


# -- the registry ------------------------------------------------------------------------
@pytest.mark.parametrize("value, zh, en", [
    ("decision:cop-dec-2-6", "../decisions.md#cop-dec-2-6", "../decisions.en.md#cop-dec-2-6"),
    ("document:CTOC/COP/2012/15", "../documents.md#doc-ctoc-cop-2012-15", "../documents.en.md#doc-ctoc-cop-2012-15"),
    ("date:2012-10-17", "../timeline.md#y2012", "../timeline.en.md#y2012"),
    ("country:australia", "../participants.md#australia", "../participants.en.md#australia"),
    ("organisation:council-of-europe", "../participants.md#council-of-europe",
     "../participants.en.md#council-of-europe"),
    ("article:31", "../articles.md#article-31", "../articles.en.md#article-31"),
    ("decision:cop-dec-99-1", None, None),  # a kind with a page, a key the corpus lacks
    ("unknown:x", None, None),  # a kind no page lists
])
def test_linker_sends_each_mention_kind_to_its_page_entry(value, zh, en, reports, corpus):
    span = Span(0, 1, "mention", value)
    assert linker_for(corpus, LAYOUT, "zh")(reports["2012-10-17"])(span) == zh
    assert linker_for(corpus, LAYOUT, "en")(reports["2012-10-17"])(span) == en


def test_linker_follows_the_layout_to_period_pages(reports, corpus):
    layout = Layout("zh", {"participants": TWO, "timeline": [Period(2005, 2012), Period(2013, 2023)], "decisions": TWO})
    link = linker_for(corpus, layout, "zh")(reports["2016-10-17"])
    assert link(Span(0, 1, "mention", "country:australia")) == "../participants/2013-2023.md#australia"
    assert link(Span(0, 1, "mention", "date:2007-10-03")) == "../timeline/2005-2012.md#y2007"
    assert link(Span(0, 1, "mention", "decision:cop-dec-2-6")) == "../decisions.md#cop-dec-2-6"  # overview


def test_a_date_in_a_year_without_events_does_not_break_the_build():
    report = make_report("2018-05-28", blocks=[Paragraph("para_1", 1, "秘书处于 2011 年 3 月提交了报告。", 2)])
    find_mentions(report)
    assert [(m.kind, m.key, m.event_key) for m in report.mentions] == [("date", "2011-03-01", "")]
    render_pages(BuildContext.of([report], LANGUAGES))


def test_index_page_names_kinds_and_labels_are_unique_and_complete():
    names = [p.name for p in INDEX_PAGES]
    assert len(set(names)) == len(names) == 6
    kinds = [k for p in INDEX_PAGES for k in p.kinds]
    assert len(set(kinds)) == len(kinds)  # a kind linked by two pages would go to the last one
    catalogs = sorted(LOCALES.glob("*.json"))
    assert {c.stem for c in catalogs} >= {"zh", "en", "fr"}
    for path in catalogs:
        catalog = json.loads(path.read_text(encoding="utf-8"))
        for name in names:
            for key in (f"{name}_title", f"{name}_intro"):
                assert isinstance(catalog.get(key), str) and catalog[key].strip(), (path.name, key)


def test_index_pages_gives_every_page_of_a_language(corpus):
    assert set(index_pages("en", corpus, LAYOUT)) == {f"{p.name}.en.md" for p in INDEX_PAGES}


# -- the link check -------------------------------------------------------------------
def test_check_links_counts_good_links_and_skips_external_ones():
    pages = {
        "a.md": '# A {: #top }\n[b](b.md#y) [self](#top) [c](sub/c.md "tip") [out](https://example.org/x)',
        "b.md": '<div id="y" markdown="1"></div>',
        "sub/c.md": "[up](../a.md#top)",
    }
    assert check_links(pages) == 4


@pytest.mark.parametrize("text, message", [
    ("[x](missing.md)", "a.md: link to missing.md: no page missing.md"),
    ("[x](b.md#nowhere)", "a.md: link to b.md#nowhere: no id 'nowhere' in b.md"),
    ("[x](#nowhere)", "a.md: link to #nowhere: no id 'nowhere' in a.md"),
    ("[x](sub/b.md#y)", "a.md: link to sub/b.md#y: no page sub/b.md"),
])
def test_check_links_catches_a_missing_page_or_id(text, message):
    with pytest.raises(LinkError) as error:
        check_links({"a.md": text, "b.md": '<p id="y"></p>'})
    assert str(error.value) == message


# -- render_pages -----------------------------------------------------------------------
def expected_paths(reports, parallel=()) -> set[str]:
    names = [HOME, QUALITY, *(p.name for p in INDEX_PAGES)]
    return {path for language in ("zh", "en") for path in (
        *(index_path(n, language, "zh") for n in names),
        *(report_path(r, language, "zh") for r in reports),
        *(parallel_path(r, language, "zh") for r in parallel),
        labels_path(language))}


def test_render_pages_writes_exactly_the_urls_paths(seeds):
    pages = render_pages(BuildContext.of(seeds, LANGUAGES))
    assert set(pages) == expected_paths(seeds)
    assert len(pages) == 2 * (2 + len(INDEX_PAGES) + len(seeds) + 1)  # and the words of the site's scripts
    assert {"index.md", "index.en.md", "reports/2012-10-17.md", "reports/2012-10-17.en.md",
            "articles.en.md"} <= set(pages)
    # no English version of any seed: every English report page says so
    for r in seeds:
        assert label("en", "no_source_notice") in pages[report_path(r, "en", "zh")]
        assert "lang-notice" not in pages[report_path(r, "zh", "zh")]


def test_a_meeting_in_two_languages_gets_a_parallel_page(seeds):
    english, _ = load_en("wg-ta-2012-en-pdf.txt")
    chinese = next(r for r in seeds if r.slug == english.slug)
    pages = render_pages(BuildContext.of([*seeds, english], LANGUAGES))
    assert set(pages) == expected_paths(seeds, parallel=[chinese])
    assert "reports/2012-10-17/parallel.en.md" in pages
    assert "lang-notice" not in pages["reports/2012-10-17.en.md"]  # its own English text
    assert "[对照本](2012-10-17/parallel.md){: .parallel-link }" in pages["reports/2012-10-17.md"]


def test_render_pages_with_a_split_layout_writes_the_period_paths(seeds):
    context = BuildContext.of(seeds, LANGUAGES)
    layout = Layout("zh", {YEARS: TWO, QUALITY: TWO, "decisions": TWO})
    pages = render_pages(context, layout=layout)
    split = {period_path(name, p, language, "zh") for name in (YEARS, QUALITY, "decisions") for p in TWO
             for language in ("zh", "en")}
    assert set(pages) == expected_paths(seeds) | split


def test_render_pages_links_the_xml_files_it_is_given_and_marks_the_offline_edition(seeds):
    files = [xml_path(r) for r in seeds]
    pages = render_pages(BuildContext.of(seeds, LANGUAGES), built="2024-01-01", files=files)
    assert set(pages) == expected_paths(seeds)  # the files are not pages
    assert "[XML（Akoma Ntoso）](../akn/2012-10-17.zh.xml)" in pages["reports/2012-10-17.md"]
    assert "[XML (Akoma Ntoso)](../akn/2012-10-17.zh.xml)" in pages["reports/2012-10-17.en.md"]
    assert "offline-edition" in pages["index.md"] and "offline-edition" not in render_pages(
        BuildContext.of(seeds, LANGUAGES))["index.md"]


def test_render_pages_is_deterministic(seeds):
    first = render_pages(BuildContext.of(seeds, LANGUAGES))
    again = render_pages(BuildContext.of(list(reversed(seeds)), LANGUAGES))  # another context, another order
    assert first == again
    context = BuildContext.of(seeds, LANGUAGES)
    assert render_pages(context) == render_pages(context) == first
