"""Chinese cut into words by jieba's plain dictionary: what recurring.py
compares. A module of its own, apart from search.py, so that the corpus
(which keeps its recurrences) loads neither the search's URLs nor jieba
itself until a text is cut.

The search's jieba (search.py) is another dictionary: the plain one plus
this corpus's terms (夏洛克数据库 or 技术援助问题政府专家工作组 whole), which
would hide the words inside them from the comparison.

Loading jieba's dictionary is most of a second. A build's search worker
loads it anyway (search.SegmentingAhead): it keeps a plain copy before it
adds the build's terms (`keep_plain`) and cuts the texts the render will
ask for, first thing (`cut_all`); the build's process is told to expect
them (`expect`) and only loads jieba for a text the worker was not given.
The words are the same either way: the same dictionary, cut the same way."""
from __future__ import annotations

import copy
import logging
import threading
from typing import Callable, Optional

_PLAIN = None
#: Texts cut elsewhere: text → its words (see `expect`).
_CUT: dict[str, list[str]] = {}
#: What gives more of them when a text is first asked for, or None.
_PENDING: Optional[Callable[[], dict[str, list[str]]]] = None


def plain_words(text: str) -> list[str]:
    """`text` cut into words by a jieba of its plain dictionary only (loaded
    at the first call, once per process, unless the text was cut elsewhere)."""
    global _PLAIN, _PENDING
    if text not in _CUT and _PENDING is not None:
        pending, _PENDING = _PENDING, None
        _CUT.update(pending())
    if text in _CUT:
        return list(_CUT[text])
    if _PLAIN is None:
        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)  # its dictionary-loading chatter
        _PLAIN = jieba.Tokenizer()
    return list(_PLAIN.cut(text))


def expect(cuts: Optional[Callable[[], dict[str, list[str]]]]) -> None:
    """Texts being cut elsewhere: `cuts()` (called when a text is first
    asked for, and may wait) gives text → words; None forgets them, and
    the words given (the build that asked for them is over)."""
    global _PENDING
    _PENDING = cuts
    if cuts is None:
        _CUT.clear()


def keep_plain(tokenizer, words: dict) -> None:
    """This process's plain jieba: a copy of `tokenizer`, loaded with the
    plain dictionary and no word of its own yet, that cuts with `words`
    (a copy of its plain frequencies that nothing changes: search.reset_jieba
    keeps one), so the words added to `tokenizer` later stay out of it."""
    global _PLAIN
    plain = copy.copy(tokenizer)
    plain.FREQ, plain.user_word_tag_tab, plain.lock = words, {}, threading.RLock()
    _PLAIN = plain


def cut_all(texts: list[str]) -> list[list[str]]:
    """Each of `texts` cut (`plain_words`): the search worker's first job."""
    return [plain_words(text) for text in texts]
