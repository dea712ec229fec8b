"""parse, English PDF layout: what the fixtures do not show on their own."""
import pytest

from generator.errors import SourceError
from generator.parse import detect_language, parse

TITLE = ("Report on the meeting of the Working Group of Government Experts on Technical\n\n"
         "Assistance held in Vienna from 28 to 31 May 2018\n\n")


def error_of(text):
    with pytest.raises(SourceError) as caught:
        parse(text, "t.txt")
    return caught.value


def test_a_file_that_is_no_report_is_told_so_in_its_own_language():
    english = error_of("Shopping list\n\nmilk\neggs\n")
    assert "report title" in english.expected and "held in Vienna on 17 and 18 October 2012" in english.expected
    assert "维也纳" not in english.expected
    chinese = error_of("购物清单\n\n牛奶\n鸡蛋\n")
    assert "维也纳举行的" in chinese.expected


def test_wrapped_title_after_a_cover():
    report = parse("United Nations\n\nCTOC/COP/WG.2/2018/5\n\nDistr.: General\n\n12 June 2018\n\n"
                   "Original: English\n\n" + TITLE + "I. Introduction\n\n1. Text.\n", "t.txt")
    assert report.language == "en" and report.slug == "2018-05-28"
    assert report.meeting.end.isoformat() == "2018-05-31" and report.symbol == "CTOC/COP/WG.2/2018/5"
    assert [line.text for line in report.front_matter][-1] == "Original: English"


def test_recommendation_blocks_have_the_chinese_ids():
    text = TITLE + ("II. Recommendations\n\n"
                    "7. The Working Group recommended that the Conference adopt the following:\n\n"
                    "Recommendation 1\n\nStates parties are encouraged to provide resources.\n\n"
                    "Recommendation 2\n\nStates parties should consider the procedures.\n\n"
                    "8. Other text.\n")
    report = parse(text, "t.txt")
    para7 = report.paragraphs[0]
    assert para7.id == "para_7"
    assert [(c.id, c.kind, c.label, c.text) for c in para7.children] == [
        ("rec_1", "rec", "Recommendation 1", "States parties are encouraged to provide resources."),
        ("rec_2", "rec", "Recommendation 2", "States parties should consider the procedures.")]
    assert report.paragraphs[1].id == "para_8"


def test_chapter_section_and_a_sub_heading_whose_number_collides_with_a_paragraph():
    text = TITLE + ("I. Recommendations\n\nA. Technical assistance\n\n"
                    "1. Collecting information on implementation\n\n"
                    "1. The Working Group requested the Secretariat:\n\n(a) To develop a tool;\n\n"
                    "(b) To report.\n\n2. Further text.\n")
    report = parse(text, "t.txt")
    assert [h.id for h in report.headings] == ["chp_1", "chp_1__sec_a", "chp_1__sec_a__subsec_1"]
    assert [p.id for p in report.paragraphs] == ["para_1", "para_2"]
    assert [c.id for c in report.paragraphs[0].children] == ["para_1__subpara_a", "para_1__subpara_b"]


def test_a_hyphen_dropped_without_evidence_is_reported():
    text = TITLE + "I. Introduction\n\n1. The group agreed that the proce-\n\ndure applies to all of them.\n"
    report = parse(text, "t.txt")
    assert "the procedure applies" in report.paragraphs[0].text
    assert [(w.code, w.line) for w in report.warnings] == [("hyphen-guess", 7)]
    assert "'proce-'" in report.warnings[0].message


def test_one_long_latin_line_does_not_make_a_chinese_report_english():
    assert detect_language("技术援助问题政府专家工作组\n" * 5 + "a" * 100_000 + "\n") == "zh"
    assert detect_language("Report on the meeting\n\n1. Text.\n") == "en"
