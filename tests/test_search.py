"""Issue 9, item 1: search entries are data. Text is escaped before
segmentation exactly as Material escapes page text (its result list inserts
entries as HTML), and the index is JSON that is also a safe script."""
from __future__ import annotations

import html
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from generator.markup import json_for_js, search_text
from generator.search import entry_text, segment

PAYLOADS = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<style>body{display:none}</style>",
            "a & b &amp; &lt;", "</script><script>alert(2)</script>", "\u2028\u2029"]


def literal(entry: str) -> str:
    """What a reader sees of an entry: U+200B is the index's word separator."""
    return html.unescape(entry.replace("\u200b", ""))


def test_payloads_are_escaped_before_segmentation():
    for payload in PAYLOADS:
        entry = entry_text(f"工作组讨论了{payload}技术援助")
        assert "<" not in entry and ">" not in entry
        assert literal(entry) == " ".join(f"工作组讨论了{payload}技术援助".split())
    assert entry_text("援助") == "援助" and "\u200b" in entry_text("工作组讨论了技术援助")


def test_the_index_is_a_safe_script():
    data = {"docs": [{"text": "</script><script>alert(1)</script> \u2028 &"}]}
    out = json_for_js(data)
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == data


# U+200B is the separator the index inserts between words (Material's too),
# so a text that already holds one cannot be told apart: left out here.
texts = st.text(st.characters(codec="utf-8", exclude_characters="\u200b"), max_size=120)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_round_trips_through_a_search_entry(text):
    entry = entry_text(text)
    assert "<" not in entry and ">" not in entry
    assert literal(entry) == " ".join(text.split())
    assert literal(segment(search_text(text))) == literal(entry)


def test_titles_are_cut_as_texts_are_and_follow_a_new_dictionary():
    """Titles' runs are cut once per build (`_title_words`, a cache); a
    build with another user dictionary cuts them anew."""
    import jieba

    from generator.search import _title_words, _use_dictionary, reset_jieba

    title = "2012-10-17 技术援助问题政府专家工作组会议报告 ¶ 3."
    reset_jieba()
    plain = entry_text(title)
    assert entry_text(title, _title_words) == plain and "\u200b" in plain
    try:
        _use_dictionary("技术援助问题政府专家工作组 100000 nt\n")  # as the segmenting worker starts
        assert entry_text(title, _title_words) == entry_text(title) != plain
        assert "技术援助问题政府专家工作组" in entry_text(title, _title_words).split("\u200b")
    finally:
        reset_jieba()
    assert entry_text(title, _title_words) == plain
    assert jieba.dt.user_word_tag_tab == {}


def test_entry_titles_name_items_as_the_pages_do(built):
    """Issue 24: a result's title reads like the page's own item names
    (citation.item_label), never a raw id such as ``para_nn_1``; each
    recommendation also has an entry of its own (the kind filter)."""
    import re

    options, _ = built
    docs = json.loads((options.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    items = {d["location"].split("?p=")[1]: d["title"].replace("\u200b", "")
             for d in docs if "reports/" in d["location"] and "?p=" in d["location"]}
    raw = {eid: title for eid, title in items.items() if re.search(r"\b(para|rec|fn|annex|chp|sec)_", title)}
    assert not raw
    assert items["para_nn_1"].startswith("第 8 段之后的无编号段落 · 2018-05-28 ")
    assert items["para_12"].startswith("第 12 段 · ")
    assert items["rec_1"].startswith("建议 1 · ")
    assert items["annex_1__row_1"].startswith("附件第 1 行 · ")
