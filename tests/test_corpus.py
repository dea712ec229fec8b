"""The corpus views built from the five seeds."""
import pytest

from generator.errors import LinkError
from generator.i18n import catalog
from generator.corpus import build_corpus
from generator.patterns import symbol_order
from generator.render import check_links
from generator.urls import undocs_url
from support import LANGUAGES


@pytest.fixture(scope="module")
def corpus(reports):
    return build_corpus(list(reports.values()), LANGUAGES)


def test_timeline_holds_all_five_meetings_in_date_order(corpus):
    meetings = [(e.report.slug, e.start.isoformat(), e.end.isoformat()) for e in corpus.events if e.report]
    assert meetings == [("2007-10-03", "2007-10-03", "2007-10-05"), ("2012-10-17", "2012-10-17", "2012-10-18"),
                        ("2016-10-17", "2016-10-17", "2016-10-19"), ("2018-05-28", "2018-05-28", "2018-05-31"),
                        ("2023-05-29", "2023-05-29", "2023-05-30")]
    starts = [(e.start, e.end) for e in corpus.events]
    assert starts == sorted(starts)


def test_disagreeing_dates_are_flagged(corpus):
    meeting_2018 = next(e for e in corpus.events if e.report and e.report.slug == "2018-05-28")
    assert meeting_2018.conflict  # para 13 says 2017 for the same meeting
    # The defect reaches the quality report once, as the parser's warning on the paragraph.
    assert any(w.code == "date-contradiction" and w.target == "para_13" for r in corpus.reports for w in r.warnings)
    assert not next(e for e in corpus.events if e.key == "cop-session-3").conflict  # 2006-10 holds 2006-10-09/18


def test_decisions_are_grouped_sorted_and_placed_at_their_session(corpus):
    keys = list(corpus.decisions)
    assert keys[:3] == ["cop-dec-2-2", "cop-dec-2-6", "cop-dec-3-1"]
    assert keys[-4:] == ["ga-res-55-25", "ga-res-55-255", "ccpcj-res-26-3", "ccpcj-res-31-1"]
    session7 = next(e for e in corpus.events if e.key == "cop-session-7")
    assert [d.key for d in session7.decisions] == ["cop-res-7-1", "cop-res-7-3"]
    cop3 = next(e for e in corpus.events if e.key == "cop-session-3")
    assert cop3.statements[0].cite is not None  # the reports' own date beats reference data
    assert {c.report.slug for c in corpus.decisions["cop-dec-2-6"].cites} == {
        "2007-10-03", "2012-10-17", "2016-10-17", "2018-05-28", "2023-05-29"}


def test_documents_are_listed_as_un_documents_are_numbered(corpus):
    """Numbers compare as numbers: 2012/7 before 2012/10 (as text, "10" < "7")."""
    symbols = list(corpus.documents)
    assert symbols.index("CTOC/COP/2012/7") < symbols.index("CTOC/COP/2012/10") < symbols.index("CTOC/COP/2012/15")
    assert symbols == sorted(symbols, key=symbol_order)
    assert sorted(["CTOC/COP/WG.2/2012/CRP.1", "CTOC/COP/WG.10/2012/1", "CTOC/COP/WG.2/2012/10",
                   "CTOC/COP/WG.2/2012/2"], key=symbol_order) == [
        "CTOC/COP/WG.2/2012/2", "CTOC/COP/WG.2/2012/10", "CTOC/COP/WG.2/2012/CRP.1", "CTOC/COP/WG.10/2012/1"]


def test_documents_know_their_annex_titles(corpus):
    doc = corpus.documents["CTOC/COP/WG.2/2012/1"]
    assert ("临时议程和说明", "1(b)") in [(t, a) for t, a, _ in doc.descriptions]
    assert {c.mention.paragraph for c in doc.cites} == {"annex_1__row_1", "fn_2"}
    assert corpus.documents["CTOC/COP/2008/7"].report.slug == "2007-10-03"
    joint = corpus.documents["CTOC/COP/WG.2/2023/2-CTOC/COP/WG.6/2023/4"]
    assert undocs_url(joint.key, "zh") == "https://undocs.org/zh/CTOC/COP/WG.2/2023/2"
    assert undocs_url(joint.key, "en") == "https://undocs.org/en/CTOC/COP/WG.2/2023/2"


def test_participants_matrix(corpus):
    usa = corpus.participants["united-states-of-america"]
    assert set(usa.cells) == {"2007-10-03", "2012-10-17", "2016-10-17", "2018-05-28", "2023-05-29"}
    assert usa.cells["2007-10-03"]["attended"].mention.paragraph == "para_24"
    assert usa.cells["2023-05-29"]["spoke"].mention.paragraph == "para_36"
    assert "ri-shi" not in corpus.participants and not any(p.names["zh"] == "日式" for p in corpus.participants.values())


def test_catalogs_have_the_same_keys():
    assert set(catalog("zh")) == set(catalog("en"))


def test_link_check_fails_on_a_missing_id_or_page():
    pages = {"a.md": '<div id="x"></div>[ok](b.md#y) [self](#x)', "b.md": "## B {: #y }"}
    assert check_links(pages) == 2
    with pytest.raises(LinkError):
        check_links({**pages, "c.md": "[bad](b.md#nope)"})
    with pytest.raises(LinkError):
        check_links({**pages, "c.md": "[bad](reports/none.md)"})
    # the links of the HTML blocks (render/blocks.py) are checked alike
    html = {**pages, "c.md": '<p><a href="b.md#y">ok</a> <a href="#z" id="z">self</a></p>'}
    assert check_links(html) == 4
    with pytest.raises(LinkError, match="no id 'nope' in b.md"):
        check_links({**pages, "c.md": '<a href="b.md#nope">bad</a>'})
    with pytest.raises(LinkError, match="no page reports/none.md"):
        check_links({**pages, "c.md": '<td><a href="reports/none.md" title="t">bad</a></td>'})
