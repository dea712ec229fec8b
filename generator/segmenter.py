"""Chinese cut into words by jieba's plain dictionary: what recurring.py
compares. A module of its own, apart from search.py, so that the corpus
(which keeps its recurrences) loads neither the search's URLs nor jieba
itself until a text is cut.

The search's jieba (search.py) is another dictionary: the plain one plus
this corpus's terms (夏洛克数据库 or 技术援助问题政府专家工作组 whole), which
would hide the words inside them from the comparison."""
from __future__ import annotations

import logging

_PLAIN = None


def plain_words(text: str) -> list[str]:
    """`text` cut into words by a jieba of its plain dictionary only (loaded
    at the first call, once per process)."""
    global _PLAIN
    if _PLAIN is None:
        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)  # its dictionary-loading chatter
        _PLAIN = jieba.Tokenizer()
    return list(_PLAIN.cut(text))
