"""The 2007 report: sub-headings whose numbers collide with paragraph numbers."""
from support import load

R = load("001_daa1a7a192d79f16.txt")


def test_meeting_and_running_symbol():
    assert (R.meeting.start.isoformat(), R.meeting.end.isoformat()) == ("2007-10-03", "2007-10-05")
    assert R.symbol == "CTOC/COP/2008/7"


def test_paragraph_numbers():
    assert [p.number for p in R.paragraphs] == list(range(1, 83))


def test_colliding_numbers_heading_vs_paragraph():
    subs = [h for h in R.headings if h.kind == "subsection"]
    assert [(h.id, h.text[:4]) for h in subs] == [
        ("chp_1__sec_a__subsec_1", "收集关于"), ("chp_1__sec_a__subsec_2", "根据《有"),
        ("chp_1__sec_a__subsec_3", "就司法协"), ("chp_1__sec_a__subsec_4", "数据收集"),
        ("chp_1__sec_a__subsec_5", "《有组织")]
    para2 = R.paragraphs[1]
    assert para2.number == 2 and para2.text.startswith("关于收集《联合国打击跨国有组织犯罪公约》实施情况")
    assert para2.heading == "chp_1__sec_a__subsec_1"


def test_subparagraphs_continue_across_the_footnote_block():
    para2 = R.paragraphs[1]
    assert [c.label for c in para2.children] == ["a", "b", "c", "d"]
    assert para2.children[2].text.startswith("将清单转交尚未对现有调查表作出答复的国家")


def test_footnote_marks_glued_to_words():
    para2 = R.paragraphs[1]
    assert "《联合国打击跨国有组织犯罪公约》实施情况" in para2.text
    assert [s.value for s in para2.spans if s.kind == "footnote"] == ["fn_1"]
    sub_d = para2.children[3]
    assert "各项议定书开发" in sub_d.text and [s.value for s in sub_d.spans] == ["fn_2"]


def test_star_footnotes():
    assert [(f.id, f.mark, f.referenced_from) for f in R.footnotes] == [
        ("fn_star_1", "*", ""), ("fn_1", "1", "para_2"), ("fn_2", "2", "para_2__subpara_d"),
        ("fn_star_2", "*", "chp_2")]
    intro = next(h for h in R.headings if h.id == "chp_2")
    assert intro.text == "导言" and intro.spans[0].value == "fn_star_2"
    assert R.footnotes[2].text.endswith("（大会第 55/255 号决议，附件）。")
    codes = [(w.code, w.target) for w in R.warnings]
    assert ("footnote-unreferenced", "fn_star_1") in codes


def test_agenda_is_a_list_inside_paragraph_21():
    para21 = next(p for p in R.paragraphs if p.number == 21)
    assert [c.id for c in para21.children] == [f"para_21__item_{n}" for n in range(1, 9)]
    assert [c.id for c in para21.children[0].children] == ["para_21__item_1__subpara_a",
                                                           "para_21__item_1__subpara_b"]
    assert para21.children[2].text == "技术援助提供方协调其有关《联合国打击跨国有组织犯罪公约》及其各项议定书的执行工作。"


def test_two_line_chapter_heading_is_joined():
    chapter5 = next(h for h in R.headings if h.id == "chp_5")
    assert chapter5.text == "各技术援助提供者之间为实施《联合国打击跨国有组织犯罪公约》及其各项议定书进行协调"


def test_latin_words_keep_their_space():
    para23 = next(p for p in R.paragraphs if p.number == 23)
    assert para23.text.startswith("主席 Peter Storr（大不列颠及北爱尔兰联合王国）")


def test_last_paragraph_has_no_page_furniture():
    assert R.paragraphs[-1].text == "10 月 5 日，工作组决定将其建议转达给缔约方会议第四届会议审议并采取行动。"
