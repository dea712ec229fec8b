"""The 2016 report in English, laid out as text extracted from the UN PDF:
the same ids as the Chinese seed, nothing lost but page furniture."""
from en_support import assert_nothing_lost, load_en
from generator.clean import clean
from generator.languages import profile
from support import load

EN = profile("en")

NAME = "wg-ta-2016-en-pdf.txt"
R, TEXT = load_en(NAME)
ZH = load("003_ad63e9abc5f799f5.txt")


def test_meeting_title_and_symbol_from_the_cover():
    m = R.meeting
    assert R.language == "en" and R.slug == ZH.slug == "2016-10-17"
    assert (m.start.isoformat(), m.end.isoformat(), m.city) == ("2016-10-17", "2016-10-19", "Vienna")
    assert R.title.endswith("Technical Assistance held in Vienna from 17 to 19 October 2016")
    assert m.bodies == ["Working Group of Government Experts on Technical Assistance"]
    assert R.symbol == "CTOC/COP/WG.2/2016/5"


def test_paragraph_numbers_and_ids_are_the_chinese_ones():
    assert [p.number for p in R.paragraphs] == list(range(1, 42))
    assert R.ids() == ZH.ids()
    assert [p.heading for p in R.paragraphs] == [p.heading for p in ZH.paragraphs]


def test_headings_wrapped_over_three_lines():
    assert [(h.id, h.level) for h in R.headings] == [(h.id, h.level) for h in ZH.headings]
    sec = next(h for h in R.headings if h.id == "chp_2__sec_a")
    assert sec.text == ("Status of responses from States parties and signatories on the implementation of "
                        "the United Nations Convention against Transnational Organized Crime and the "
                        "Protocols thereto")


def test_footnote_and_the_paragraph_cut_by_the_page_break():
    assert [(f.id, f.referenced_from, f.text) for f in R.footnotes] == [
        ("fn_1", "para_24", "CTOC/COP/WG.2/2016/1.")]
    assert R.paragraphs[23].text.endswith("adopted at the first meeting of the Working Group.")
    assert "United States of America, Netherlands, Romania" in R.paragraphs[24].text
    assert not any(p.id.startswith("para_nn") for p in R.paragraphs)


def test_hyphens_at_line_ends():
    assert "exposing organized criminal activities" in R.paragraphs[33].text
    assert "a strong anti-money-laundering regime" in R.paragraphs[35].text
    decisions = {(h.head, h.tail): (h.kept, h.reason) for h in clean(TEXT, NAME, EN).hyphen_breaks.values()}
    assert decisions == {("organ", "ized"): (False, "word"), ("money", "laundering"): (True, "compound")}


def test_annex_documents_table():
    annex = R.annexes[0]
    assert annex.title.startswith("List of documents before the Working Group")
    assert [(r.id, r.symbol) for r in annex.rows] == [(r.id, r.symbol) for r in ZH.annexes[0].rows]
    assert [r.agenda for r in annex.rows] == [r.agenda for r in ZH.annexes[0].rows]


def test_no_warnings():
    assert [(w.code, w.target) for w in R.warnings] == [(w.code, w.target) for w in ZH.warnings] == []


def test_nothing_lost():
    assert_nothing_lost(R, TEXT, NAME)
