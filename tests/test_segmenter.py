"""The recurrences' words (segmenter.py): the texts cut by the build's
search worker, with a copy of jieba's plain dictionary taken before the
build's terms are added, are the words the build's process would cut
itself; texts it was not given are cut there."""
from __future__ import annotations

import jieba
import pytest

from generator import segmenter

TEXTS = ["技术援助问题政府专家工作组请秘书处继续收集数据", "夏洛克数据库和法律图书馆"]


@pytest.fixture
def fresh():
    """segmenter.py's state as a new process has it, restored afterwards."""
    saved = segmenter._PLAIN, dict(segmenter._CUT), segmenter._PENDING
    segmenter._PLAIN, segmenter._PENDING = None, None
    segmenter._CUT.clear()
    yield segmenter
    segmenter._PLAIN, segmenter._PENDING = saved[0], saved[2]
    segmenter._CUT.clear()
    segmenter._CUT.update(saved[1])


def test_a_copy_kept_before_user_words_cuts_as_the_plain_dictionary(fresh):
    plain = jieba.Tokenizer()
    expected = [list(plain.cut(t)) for t in TEXTS]
    loaded = jieba.Tokenizer()
    loaded.check_initialized()
    fresh.keep_plain(loaded, dict(loaded.FREQ))
    loaded.add_word("夏洛克数据库")  # the build's terms, added to the search's jieba afterwards
    loaded.add_word("技术援助问题政府专家工作组")
    assert list(loaded.cut(TEXTS[1]))[0] == "夏洛克数据库"  # precondition: the terms change the cut
    assert fresh.cut_all(TEXTS) == expected


def test_expected_texts_come_from_elsewhere_once_and_others_are_cut_here(fresh):
    asked = []

    def cuts():
        asked.append(1)
        return {TEXTS[0]: ["given", "words"]}

    fresh.expect(cuts)
    assert fresh._PLAIN is None
    assert fresh.plain_words(TEXTS[0]) == ["given", "words"]
    assert fresh.plain_words(TEXTS[0]) == ["given", "words"] and asked == [1]
    assert fresh._PLAIN is None  # nothing cut here yet
    assert fresh.plain_words(TEXTS[1]) == list(jieba.Tokenizer().cut(TEXTS[1]))
    fresh.expect(None)  # the build is over: what was given is forgotten
    assert fresh.plain_words(TEXTS[0]) == list(jieba.Tokenizer().cut(TEXTS[0]))
