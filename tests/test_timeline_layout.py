"""Issue 13: the timeline's labels are put on rows when the page is made, so
that they never overlap without a script (render/timeline.py: stack, label_em,
lane_rows)."""
from generator.render.timeline import label_em, lane_rows, stack


def test_overlapping_spans_get_different_rows():
    assert stack([(0, 2), (1, 3), (1.5, 2.5)]) == [0, 1, 2]


def test_spans_apart_share_row_zero():
    assert stack([(0, 1), (2, 3), (4, 5)]) == [0, 0, 0]


def test_a_row_is_reused_once_free_and_the_gap_counts():
    assert stack([(0, 2), (1, 3), (2.5, 4)], gap=0.3) == [0, 1, 0]
    assert stack([(0, 2), (2.1, 3)], gap=0.3) == [0, 1]  # touching within the gap is overlapping
    assert stack([(0, 2), (2.3, 3)], gap=0.3) == [0, 0]


def test_rows_follow_the_place_not_the_order_given():
    assert stack([(4, 5), (0, 4.5)]) == [1, 0]


def test_deterministic_ties_keep_the_given_order():
    spans = [(1, 2)] * 4 + [(0, 0.5)]
    assert stack(spans) == [0, 1, 2, 3, 0]
    assert all(stack(spans) == stack(list(spans)) for _ in range(5))


def test_rows_are_not_bounded_many_labels_at_one_place_never_pile_up():
    assert stack([(0, 1)] * 40) == list(range(40))


def test_label_widths_count_wide_characters_wider():
    assert label_em("2/6") < label_em("2012") < label_em("会议会议")
    assert label_em("●") == label_em("会")  # a CJK font draws the signs a full em wide


def test_lanes_stack_decisions_of_one_session_and_keep_far_ones_on_row_zero():
    # 3/1 … 3/4 share a date; 11/2 is far away.
    rows = lane_rows("decision", [("3/1", .1), ("3/2", .1), ("3/3", .1), ("3/4", .1), ("11/2", .9)])
    assert sorted(rows[:4]) == [0, 1, 2, 3] and rows[4] == 0
    # Years one apart on a 19-year axis do not fit side by side at the least width …
    step = 1 / 19
    assert lane_rows("axis", [(str(2005 + i), i * step) for i in range(4)]) == [0, 1, 0, 1]
    # … and years far enough apart do.
    assert lane_rows("axis", [(str(2005 + i), i * step) for i in range(0, 20, 5)]) == [0, 0, 0, 0]
