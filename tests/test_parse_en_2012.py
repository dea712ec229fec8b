"""The 2012 report in English, laid out as text extracted from the UN PDF:
the same ids as the Chinese seed, nothing lost but page furniture."""
import pytest

from en_support import assert_nothing_lost, load_en
from generator.clean import clean
from generator.languages import profile
from generator.report_json import as_json
from support import load

EN = profile("en")

NAME = "wg-ta-2012-en-pdf.txt"
R, TEXT = load_en(NAME)
ZH = load("000_9878c2901082bbba.txt")


def test_meeting_title_and_symbol_from_the_cover():
    m = R.meeting
    assert R.language == "en" and R.slug == ZH.slug == "2012-10-17"
    assert (m.start.isoformat(), m.end.isoformat(), m.city) == ("2012-10-17", "2012-10-18", "Vienna")
    assert R.title == ("Report on the meeting of the open-ended interim Working Group of Government "
                       "Experts on Technical Assistance held in Vienna on 17 and 18 October 2012")
    assert m.bodies == ["open-ended interim Working Group of Government Experts on Technical Assistance"]
    assert R.symbol == "CTOC/COP/WG.2/2012/5" and as_json(R)["symbol"] == "CTOC/COP/WG.2/2012/5"
    assert [line.text for line in R.front_matter][:3] == [
        "United Nations", "CTOC/COP/WG.2/2012/5", "Conference of the Parties to the"]


def test_paragraph_numbers_and_ids_are_the_chinese_ones():
    assert [p.number for p in R.paragraphs] == list(range(1, 25))
    assert R.ids() == ZH.ids()
    assert [p.heading for p in R.paragraphs] == [p.heading for p in ZH.paragraphs]


def test_headings():
    assert [(h.id, h.level) for h in R.headings] == [(h.id, h.level) for h in ZH.headings]
    assert [h.marker for h in R.headings[:4]] == ["I.", "II.", "III.", "A."]
    sec = next(h for h in R.headings if h.id == "chp_4__sec_a")
    # wrapped over two lines with a blank line between them
    assert sec.text.endswith("adopted by the working group at its meeting held on 19 and 20 October 2010")


def test_glued_footnote_mark_after_the_full_stop_ends_paragraph_3():
    para3 = R.paragraphs[2]
    assert para3.text.endswith("resolution 6/4 adopted by the Conference.")
    assert [(s.kind, s.value, s.start) for s in para3.spans if s.kind == "footnote"] == [
        ("footnote", "fn_1", len(para3.text))]


def test_paragraph_4_continues_after_the_footnote_block_and_the_page_furniture():
    para4 = R.paragraphs[3]
    assert "items 2, 3, 4 and 5 of the agenda, adopted at the first meeting, on 17 October 2012. The Chairs" \
        in para4.text
    assert [s.value for s in para4.spans if s.kind == "footnote"] == ["fn_2"]
    assert [(f.id, f.referenced_from) for f in R.footnotes] == [("fn_1", "para_3"), ("fn_2", "para_4")]
    assert R.footnotes[0].text == "See CTOC/COP/2012/15, chap. I, sect. A."
    assert not any(p.id.startswith("para_nn") for p in R.paragraphs)


def test_page_furniture_is_out_of_the_text():
    cleaned = clean(TEXT, NAME, EN)
    furniture = [line.text for line in cleaned.furniture]
    assert "V.12-57054 (E)    091112    121112" in furniture and "*1257054*" in furniture
    assert any(f.startswith("2/11") for f in furniture) and any(f.endswith("3/11") for f in furniture)
    assert furniture.count("CTOC/COP/WG.2/2012/5") == 10  # the running head of pages 2 to 11
    for block in R.paragraphs:
        assert "V.12-57054" not in block.plain_text() and "WG.2/2012/5" not in block.plain_text()


def test_hyphens_at_line_ends():
    assert "the relevant recommendations and outcomes" in R.paragraphs[1].text  # recom- / mendations
    assert "a multi-agency approach" in R.paragraphs[11].text  # multi- / agency
    assert R.paragraphs[15].text.endswith("trafficking in persons and money-laundering.")
    decisions = {(h.head, h.tail): (h.kept, h.reason) for h in clean(TEXT, NAME, EN).hyphen_breaks.values()}
    assert decisions == {("recom", "mendations"): (False, "word"), ("multi", "agency"): (True, "part"),
                         ("money", "laundering"): (True, "compound")}


def test_run_in_enumeration_stays_in_the_sentence():
    para8 = R.paragraphs[7]
    assert para8.children == [] and ZH.paragraphs[7].children == []
    assert "money-laundering, (b) establishing central authorities, (c) implementing" in para8.text


def test_lettered_subparagraphs():
    for n in (23, 24):
        assert [c.id for c in R.paragraphs[n - 1].children] == [c.id for c in ZH.paragraphs[n - 1].children]
    assert R.paragraphs[22].children[5].text.endswith("in the Form of Movable Property.")


def test_annex_documents_table():
    annex = R.annexes[0]
    assert annex.title == "List of documents before the working group"
    assert annex.columns == ["Symbol", "Agenda item", "Title or description"]
    assert [r.symbol for r in annex.rows] == [r.symbol for r in ZH.annexes[0].rows]
    assert [r.id for r in annex.rows] == [r.id for r in ZH.annexes[0].rows]
    assert [r.agenda for r in annex.rows] == ["1(b)", "3", "7", "5", "2", "4 and 5", "6", "6"]
    assert annex.rows[2].title.endswith("to criminal offences involving cultural property")


def test_no_warnings():
    assert [(w.code, w.target) for w in R.warnings] == []


def test_nothing_lost():
    assert_nothing_lost(R, TEXT, NAME)


@pytest.mark.parametrize("name", ["wg-ta-2012-en-pdf.txt", "wg-ta-2012-en.txt"])
def test_both_english_layouts_give_the_same_ids(name):
    report, _ = load_en(name)
    assert [p.id for p in report.paragraphs] == [p.id for p in ZH.paragraphs]
