"""The 2016 report: spacing in dates, a footnote mark inside a word, full-width dot."""
from support import load

R = load("003_ad63e9abc5f799f5.txt")


def test_meeting():
    assert (R.meeting.start.isoformat(), R.meeting.end.isoformat()) == ("2016-10-17", "2016-10-19")


def test_paragraph_numbers():
    assert [p.number for p in R.paragraphs] == list(range(1, 42))


def test_chapter_with_full_width_dot():
    assert next(h for h in R.headings if h.id == "chp_4").text == "审议情况概要"


def test_footnote_mark_between_two_words():
    para24 = next(p for p in R.paragraphs if p.number == 24)
    assert "通过的议程项目 2" in para24.text
    assert R.footnotes[0].referenced_from == "para_24"


def test_annex():
    annex = R.annexes[0]
    assert annex.title == "2016年 10 月 17日至 19日在维也纳举行的技术援助问题政府专家工作组收到的文件一览表"
    assert [r.symbol for r in annex.rows] == [f"CTOC/COP/WG.2/2016/{n}" for n in range(1, 5)]
