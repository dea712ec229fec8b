"""clean, English PDF layout: page furniture of UN documents, hyphens at line ends."""
from textwrap import dedent

from generator.clean import clean, hyphen_breaks
from generator.languages import profile
from generator.model import Line

EN = profile("en")


def test_job_numbers_page_numbers_bar_codes_and_running_heads_are_furniture():
    text = dedent("""\
        4. The Chair opened the meeting and the Secretariat made statements on the items of

        V.12-57054 (E)    091112    121112

        *1257054*

        CTOC/COP/WG.2/2012/5

        the agenda, as adopted.

        2/6                                                V.12-57054

                                                 CTOC/COP/WG.2/2012/5

        5. Text.

        V.12-57054                                                3/6

        6/6
        """)
    cleaned = clean(text, "t.txt", EN)
    assert [line.text for line in cleaned.lines] == [
        "4. The Chair opened the meeting and the Secretariat made statements on the items of",
        "the agenda, as adopted.", "5. Text."]
    assert len(cleaned.furniture) == 7


def test_furniture_inside_a_footnote_block_is_recorded():
    text = dedent("""\
        4. Statements on the agenda,1
        __________________
         1 CTOC/COP/WG.2/2012/1.
        V.12-57054 3/6
        CTOC/COP/WG.2/2012/5
          adopted at the first meeting, on 17 October 2012.
        """)
    cleaned = clean(text, "t.txt", EN)
    assert [line.text for line in cleaned.lines] == [
        "4. Statements on the agenda,1", "adopted at the first meeting, on 17 October 2012."]
    assert [line.text for line in cleaned.furniture] == [
        "__________________", "V.12-57054 3/6", "CTOC/COP/WG.2/2012/5"]


def lines(*texts):
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def decide(*texts):
    return {(h.head, h.tail): (h.kept, h.reason) for h in hyphen_breaks(lines(*texts), EN).values()}


def test_hyphen_dropped_when_the_joined_word_occurs_elsewhere():
    assert decide("the relevant recom-", "mendations of the group.", "Other recommendations.") == {
        ("recom", "mendations"): (False, "word")}


def test_hyphen_kept_when_the_compound_occurs_elsewhere():
    assert decide("against money-", "laundering in (a).", "A money-laundering case.") == {
        ("money", "laundering"): (True, "compound")}
    # also inside a longer compound
    assert decide("a strong anti-money-", "laundering regime.", "the anti-money-laundering law") == {
        ("money", "laundering"): (True, "compound")}


def test_hyphen_kept_after_a_known_compound_head_or_before_a_known_tail():
    assert decide("a multi-", "agency approach.") == {("multi", "agency"): (True, "part")}
    assert decide("a co-", "chaired discussion.") == {("co", "chaired"): (True, "part")}
    assert decide("evidence-", "based policies.") == {("evidence", "based"): (True, "part")}


def test_hyphen_without_evidence_is_dropped_as_a_guess():
    assert decide("the proce-", "dure applies.") == {("proce", "dure"): (False, "guess")}


def test_no_decision_where_the_next_line_starts_with_a_capital_or_a_number():
    assert decide("CTOC/COP/WG.2/2012/3-", "CTOC/COP/WG.3/2012/4") == {}
    assert decide("the Asia-", "Pacific region") == {}


def test_joining_uses_the_decision():
    text = "1. The relevant recom-\n\nmendations and a multi-\n\nagency approach, recommendations.\n"
    cleaned = clean(text, "t.txt", EN)
    first, second, third = cleaned.lines
    joined = cleaned.join_lines(cleaned.join_lines(first.text, first, second), second, third)
    assert joined == "1. The relevant recommendations and a multi-agency approach, recommendations."
    assert cleaned.hyphens_joined == {1, 3}
