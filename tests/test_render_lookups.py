"""The lookups and shortcuts that keep the render linear in the corpus
(issue 23): each gives what the plain scan or the general function it
replaces gives, and the work done once per build is done once (the pages themselves: tests/test_also_cited.py,
test_recommendations.py, test_render_index.py)."""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import gc
import posixpath

import pytest
from hypothesis import given, strategies as st

import generator.corpus
from generator import ids
from generator.citation import item_label
from generator.context import BuildContext
from generator.corpus import Event, Statement
from generator.data import recommendation_files
from generator.errors import LinkError
from generator.model import Paragraph
from generator.render import render_pages
from generator.render.links import check_links
from generator.urls import relative
from support import LANGUAGES, yearly_copies
from test_render_report import make_report


@pytest.fixture(scope="module")
def forty_years():
    """One seed as the report of forty meetings, one a year: each cites the
    same decisions in the same paragraphs."""
    return yearly_copies("000_9878c2901082bbba.txt", 40)


def test_paragraph_cites_are_the_scan_of_every_cite(forty_years):
    """For each report and decision, the sessions around it and how many
    others cite it in a paragraph are those a walk over every cite finds."""
    corpus = BuildContext.of(forty_years[::3] + forty_years[1::3], LANGUAGES).corpora["zh"]
    assert corpus.paragraph_cites
    for key, decision in corpus.decisions.items():
        places: dict = {}
        for cite in decision.cites:
            if cite.mention.paragraph.startswith(("para_", "rec_")):
                eids = places.setdefault(cite.report.slug, (cite.report, []))[1]
                eids.append(cite.mention.paragraph) if cite.mention.paragraph not in eids else None
        if not places:
            assert key not in corpus.paragraph_cites
            continue
        citing = corpus.paragraph_cites[key]
        assert citing.places == places and citing.slugs == sorted(places)
        for slug in [r.slug for r in forty_years] + ["1900-01-01", "2100-01-01"]:
            others = sorted(s for s in places if s != slug)
            expected = ([s for s in others if s < slug][-3:], [s for s in others if s > slug][:3], len(others))
            assert citing.around(slug, 3) == expected


def test_in_paragraph_names_paragraphs_and_their_items_only():
    assert ids.in_paragraph("para_3") and ids.in_paragraph("rec_2") and ids.in_paragraph("para_nn_1__subpara_a")
    assert not any(ids.in_paragraph(eid) for eid in ("fn_1", "chp_2", "annex_1__row_3", "chp_1__sec_a"))


def test_languages_showing_the_same_reports_share_one_corpus(reports, monkeypatch):
    """The corpus depends on its reports alone: a language whose pages show
    the very reports another's show reads that corpus, and the build finds
    the recurring recommendations once (pages and downloads of both)."""
    seeds = sorted(reports.values(), key=lambda r: r.meeting.start)
    context = BuildContext.of(seeds, LANGUAGES)
    assert context.corpora["en"] is context.corpora["zh"] and context.whole is context.corpora["zh"]
    calls = []
    real = generator.corpus.recurrences
    monkeypatch.setattr(generator.corpus, "recurrences", lambda recs: calls.append(len(recs)) or real(recs))
    pages = render_pages(context, files={"recommendations.csv", "recommendations.json",
                                         "en/recommendations.csv", "en/recommendations.json"})
    for language in LANGUAGES:
        recommendation_files(context, language)
    assert calls == [len(context.corpora["zh"].recommendations)]
    assert "rec-recurs" in pages["recommendations.md"] and "rec-recurs" in pages["recommendations.en.md"]
    # A report of its own in one language: two corpora, neither is the whole.
    english = dataclasses.replace(seeds[0], language="en", source="en.txt")
    context = BuildContext.of([*seeds, english], LANGUAGES)
    assert context.corpora["en"] is not context.corpora["zh"]
    assert context.corpora["en"].reports[0] is english and context.corpora["zh"].reports[0] is seeds[0]
    assert context.whole is not context.corpora["zh"] and len(context.whole.reports) == len(seeds) + 1


def test_an_unnumbered_paragraph_is_named_in_its_own_report():
    """Ids name their items alone (kept once named), except an unnumbered
    paragraph's, named after the numbered paragraph before it in its report."""
    first = make_report(blocks=[Paragraph("para_1", 1, "一。", 2), Paragraph("para_nn_1", None, "二。", 3)])
    second = make_report(blocks=[Paragraph("para_7", 7, "一。", 2), Paragraph("para_nn_1", None, "二。", 3)])
    a, b = item_label("para_nn_1", "zh", first), item_label("para_nn_1", "zh", second)
    assert "1" in a and "7" in b and a != b
    assert item_label("para_nn_1", "zh", first) == a
    assert item_label("para_5__subpara_b", "en", first) == item_label("para_5__subpara_b", "en", second) != \
        item_label("para_5__subpara_b", "zh", first)


def test_an_href_counts_after_a_non_word_character_only():
    pages = {"a.md": "", "b.md": '<p id="x"></p>'}
    for text in ('href="c.md"', '<a href="c.md">', '<a data-href="c.md">', '](c.md)'):
        with pytest.raises(LinkError, match="no page c.md"):
            check_links({**pages, "a.md": text})
    assert check_links({**pages, "a.md": '<a xhref="c.md"> <a href="b.md#x">'}) == 1


def test_a_repeated_link_is_counted_each_time_and_checked_once():
    pages = {"a.md": '[x](b.md#x) <a href="b.md#x"> [y](b.md#x) [z](https://example.org/)', "b.md": '<p id="x"></p>'}
    assert check_links(pages) == 3
    with pytest.raises(LinkError, match="no id 'y'"):
        check_links({**pages, "a.md": "[x](b.md#x) [x](b.md#y) [x](b.md#y)"})


@pytest.mark.parametrize("here, there", [
    ("reports/2012-10-17.md", "reports/2016-10-17.md"), ("reports/2012-10-17.md", "decisions.md"),
    ("index.md", "reports/2012-10-17.en.md"), ("decisions/1950-1959.md", "timeline/1950.md"),
    ("decisions/1950-1959.md", "decisions/1950-1959.md"), ("a/b/c.md", "a/d.md"), ("a/b/c.md", "a/b"),
    ("x.md", "x.md"), ("a/../b.md", "c/./d.md"), ("/a/b.md", "/c.md"), ("a//b.md", "c.md")])
def test_relative_is_posix_relpath_from_the_page_s_folder(here, there):
    assert relative(here, there) == posixpath.relpath(there, posixpath.dirname(here) or ".")


def test_the_json_s_records_are_the_dataclasses_as_dicts(reports):
    """Mentions, annex rows and warnings as `dataclasses.asdict` makes them."""
    from generator.report_json import _flat

    records = [r for report in reports.values()
               for r in (*report.mentions, *report.warnings, *(row for a in report.annexes for row in a.rows))]
    assert {type(r).__name__ for r in records} == {"Mention", "Finding", "AnnexRow"}
    assert all(_flat(r) == dataclasses.asdict(r) and list(_flat(r)) == list(dataclasses.asdict(r)) for r in records)


@given(st.lists(st.tuples(st.dates(dt.date(2000, 1, 1), dt.date(2000, 3, 1)), st.integers(0, 40)), max_size=8))
def test_an_event_s_conflict_is_two_statements_neither_holding_the_other(spans):
    statements = [Statement(start, start + dt.timedelta(days=days), "day", None) for start, days in spans]
    pairwise = any(not (a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end)
                   for i, a in enumerate(statements) for b in statements[i + 1:])
    assert Event("e", "e", "event", statements).conflict == pairwise


def test_the_decisions_of_each_paragraph_are_the_scan_of_the_report_s_mentions(reports):
    corpus = BuildContext.of(list(reports.values()), LANGUAGES).corpora["zh"]
    cited = 0
    for report in reports.values():
        by_paragraph = corpus.decisions_by_paragraph(report)
        assert corpus.decisions_by_paragraph(report) is by_paragraph  # read once
        for para in report.paragraphs:
            ids_ = {b.id for b in para.blocks()}
            scan = list(dict.fromkeys(m.key for m in report.mentions if m.kind == "decision" and m.paragraph in ids_))
            assert by_paragraph[id(para)] == scan
            cited += bool(scan)
    assert cited > 5


def test_the_export_on_all_cores_keeps_the_order_and_the_errors(reports):
    """`export_all` of enough reports to fork workers: the files of one
    export at a time, and a report XML cannot carry skipped (keep_going) or
    stopping the export, as a `SourceError` naming its file and line."""
    from generator.akn import checked_xml, export_all, export_name
    from generator.errors import SourceError
    from generator.workers import PARALLEL_MIN

    seeds = sorted(reports.values(), key=lambda r: r.meeting.start)
    many = [dataclasses.replace(seeds[k % len(seeds)], slug=f"{1950 + k}-10-17") for k in range(PARALLEL_MIN + 5)]
    bad = copy.deepcopy(many[7])
    bad.paragraphs[2].text = "bad \x0b text"
    many[7] = bad
    kept, files, skipped = export_all(many, keep_going=True)
    assert gc.get_freeze_count() == 0  # the collector sees every object again
    assert kept == many[:7] + many[8:] and [e.source for e in skipped] == [bad.source]
    assert files == {export_name(r): checked_xml(r) for r in kept}
    with pytest.raises(SourceError) as caught:
        export_all(many)
    assert caught.value.source == bad.source and caught.value.line == bad.paragraphs[2].line
