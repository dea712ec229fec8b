"""The Markdown-like 2023 report: bold, empty links, - (a) items, recommendations."""
from support import load

R = load("004_1128377bf6bc7323.txt")


def test_meeting_and_reversed_days_in_title():
    assert (R.meeting.start.isoformat(), R.meeting.end.isoformat()) == ("2023-05-29", "2023-05-30")
    assert "date-order" in [w.code for w in R.warnings]
    assert [line.text for line in R.front_matter][1:5] == ["Distr.: General", "13 June 2023", "Chinese",
                                                          "Original: English"]


def test_paragraph_numbers():
    assert [p.number for p in R.paragraphs] == list(range(1, 47))


def test_recommendations_are_items_of_the_paragraph_that_introduces_them():
    owners = {c.id: p.number for p in R.paragraphs for c in p.children if c.kind == "rec"}
    assert owners == {"rec_1": 7, **{f"rec_{n}": 8 for n in range(2, 8)}, **{f"rec_{n}": 9 for n in range(8, 12)}}
    rec6 = next(c for p in R.paragraphs for c in p.children if c.id == "rec_6")
    assert "以确保自评调查表答复的有效性和一致性" in rec6.text  # joined over a blank line


def test_markdown_bold_and_links_become_plain_text():
    para13 = next(p for p in R.paragraphs if p.number == 13)
    assert "**" not in para13.text
    assert [para13.text[s.start:s.end] for s in para13.spans if s.kind == "strong"] == [
        "Mauricio Fernández Montalban", "Christopher Smith"]
    para45 = next(p for p in R.paragraphs if p.number == 45)
    assert [c.label for c in para45.children] == ["a", "b", "c", "d"]
    assert para45.children[0].text == "临时议程说明（CTOC/COP/WG.2/2023/1）；"


def test_paragraph_split_over_two_lines_is_one_paragraph():
    para18 = next(p for p in R.paragraphs if p.number == 18)
    assert "没有设想国别访问。在这方面" in para18.text


def test_agenda_with_dash_items():
    para40 = next(p for p in R.paragraphs if p.number == 40)
    assert [c.id for c in para40.children] == [f"para_40__item_{n}" for n in range(1, 6)]
    assert [c.label for c in para40.children[0].children] == ["a", "b"]
