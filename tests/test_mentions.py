"""Mentions found in the five seeds, against sets written by reading the reports."""
import pytest

from support import SEED_SLUGS, load
from generator.mentions import find_mentions
from generator.model import Heading, Meeting, Paragraph, Report
from generator.report_json import as_json

#: COP decisions (决定) and resolutions (决议) each report names, read by hand.
COP = {
    "2007-10-03": {"cop-dec-2-6", "cop-dec-3-4", "cop-dec-3-3", "cop-dec-3-1", "cop-dec-3-2"},
    "2012-10-17": {"cop-dec-2-6", "cop-dec-4-3", "cop-res-5-7", "cop-res-6-4", "cop-res-5-6"},
    "2016-10-17": {"cop-dec-2-6", "cop-dec-4-3", "cop-res-7-1", "cop-res-7-3", "cop-res-8-4"},
    "2018-05-28": {"cop-dec-2-6", "cop-dec-4-3", "cop-res-7-1", "cop-res-8-4", "cop-dec-2-2",
                   "cop-dec-3-2", "cop-res-8-2"},
    "2023-05-29": {"cop-dec-2-6", "cop-dec-4-3", "cop-res-9-1", "cop-res-10-4", "cop-res-11-2",
                   "cop-res-11-3"},
}
OTHER = {
    "2007-10-03": {"ga-res-55-25", "ga-res-55-255"},
    "2023-05-29": {"ccpcj-res-26-3", "ccpcj-res-31-1"},
}
REPORTS = {slug: load(name) for name, slug in SEED_SLUGS.items()}


@pytest.mark.parametrize("slug", sorted(COP))
def test_decisions_per_report_equal_the_text(slug):
    keys = {m.key for m in REPORTS[slug].mentions if m.kind == "decision"}
    assert {k for k in keys if k.startswith("cop-")} == COP[slug]
    assert {k for k in keys if not k.startswith("cop-")} == OTHER.get(slug, set())


def test_two_numbers_in_one_reference_are_two_mentions():
    para1 = [m for m in REPORTS["2007-10-03"].mentions if m.paragraph == "para_1" and m.kind == "decision"]
    assert [(m.key, m.text) for m in para1] == [
        ("cop-dec-2-6", "第 2/6 号决定"), ("cop-dec-2-6", "2/6"), ("cop-dec-3-4", "3/4")]


def test_titles_in_quotes_before_the_number():
    titles = {(m.key, m.title) for r in REPORTS.values() for m in r.mentions if m.kind == "decision" and m.title}
    assert ("cop-res-7-1", "加强《联合国打击跨国有组织犯罪公约》及其各项议定书的实施") in titles
    assert ("cop-res-5-7", "打击涉及文化财产的跨国有组织犯罪") in titles  # "标题为“…”的 5/7 号决议"


def test_mention_spans_cover_the_words_and_sit_in_the_text():
    for report in REPORTS.values():
        for block in [b for p in report.paragraphs for b in p.blocks()]:
            spans = [s for s in block.spans if s.kind == "mention"]
            for a, b in zip(spans, spans[1:]):
                assert a.end <= b.start, (block.id, a, b)
            for s in spans:
                assert not any(s.start <= f.start < s.end for f in block.spans if f.kind == "footnote")


def test_documents_including_wrapped_and_joint_symbols():
    keys = {m.key for r in REPORTS.values() for m in r.mentions if m.kind == "document"}
    assert {"CTOC/COP/WG.2/2012/1", "CTOC/COP/WG.2/2018/CRP.1-CTOC/COP/WG.3/2018/CRP.1",
            "UNODC/CCPCJ/EG.1/2012/4", "E/CN.15/2023/CRP.3", "CTOC/COP/2012/15"} <= keys
    wrapped = [m for m in REPORTS["2007-10-03"].mentions if m.paragraph == "para_30" and m.kind == "document"]
    assert [(m.key, m.text) for m in wrapped] == [
        ("CTOC/COP/WG.2/2007/2", "CTOC/COP/WG.2/ 2007/2"), ("CTOC/COP/WG.2/2007/CRP.1", "CTOC/COP/WG.2/ 2007/CRP.1")]
    assert not any("2008-2011" in m.text for r in REPORTS.values() for m in r.mentions)


def test_dates_and_their_events():
    by = {(m.paragraph, m.key): m for m in REPORTS["2018-05-28"].mentions if m.kind == "date"}
    cop3 = by[("para_4", "2006-10-09")]
    assert (cop3.date_end, cop3.event_key, cop3.precision) == ("2006-10-18", "cop-session-3", "day")
    assert by[("para_13", "2017-05-28")].event_key == "meeting-2018-05-28"  # the wrong year of para 13
    forum = next(m for m in REPORTS["2007-10-03"].mentions if m.kind == "date" and m.key == "2008-02-01")
    assert (forum.precision, forum.date_end) == ("month", "2008-02-29") and "论坛" in forum.event
    two_days = next(m for m in REPORTS["2023-05-29"].mentions if m.paragraph == "para_6" and m.kind == "date")
    assert (two_days.key, two_days.date_end, two_days.event_key) == ("2023-05-29", "2023-05-30", "meeting-2023-05-29")


def test_participants_per_meeting():
    r = REPORTS["2007-10-03"]
    attended = {m.key for m in r.mentions if m.kind == "country" and m.role == "attended"}
    assert {"afghanistan", "united-states-of-america", "uruguay", "libya", "ghana", "republic-of-korea",
            "united-kingdom-of-great-britain-and-northern-ireland"} <= attended
    assert "european-community" in {m.key for m in r.mentions if m.kind == "organisation"}
    spoke = [m for m in REPORTS["2012-10-17"].mentions if m.kind == "country"]
    assert len(spoke) == 26 and {m.role for m in spoke} == {"spoke"} and {m.paragraph for m in spoke} == {"para_5"}
    r23 = {(m.key, m.role) for m in REPORTS["2023-05-29"].mentions if m.kind == "country"}
    assert ("venezuela-bolivarian-republic-of", "spoke") in r23 and ("united-states-of-america", "spoke") in r23
    assert not [w for r in REPORTS.values() for w in r.warnings if w.code == "country-unknown" and "日式" not in w.message]


def test_garbled_country_name_is_a_warning():
    warnings = [w for w in REPORTS["2012-10-17"].warnings if w.code == "country-unknown"]
    assert len(warnings) == 1 and "日式" in warnings[0].message and warnings[0].target == "para_5"


def test_mentions_in_parse_json():
    data = as_json(REPORTS["2012-10-17"])["mentions"]
    assert any(
        m["kind"] == "decision" and m["key"] == "cop-res-5-7" and m["paragraph"] == "para_2" for m in data)
    assert any(m["paragraph"] == "fn_1" and m["key"] == "CTOC/COP/2012/15" for m in data)
    assert any(m["paragraph"] == "annex_1__row_7" and m["kind"] == "date" for m in data)


def test_body_and_spacing_variants():
    import datetime as dt
    para = Paragraph("para_1", 1, "大会第 55/25 号决议和缔约方会议第2/6号决定以及预防犯罪和刑事司法委员会题为“缔约方会议”的第 26/3 号决议。", 1)
    report = Report("x", "zh", "2020-01-01", "t", Meeting(dt.date(2020, 1, 1), dt.date(2020, 1, 1), "", []),
                    None, [], [Heading("chp_1", 1, "一", "导言", 1, "chapter"), para], [])
    assert [m.key for m in find_mentions(report)] == ["ga-res-55-25", "cop-dec-2-6", "ccpcj-res-26-3"]
