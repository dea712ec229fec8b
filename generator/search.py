"""Search: a jieba user dictionary from the corpus, and one hit per paragraph.

Material's search plugin indexes one entry per heading section, so a hit
lands on a section. After MkDocs has written the index, `split_index` gives
every ``<div class="para" id="para_N">`` its own entry located at
``page/#para_N``, and keeps in the page's entries only the text outside the
paragraphs (no double hits). It rewrites ``search_index.json`` and, in the
offline build, the ``search_index.js`` copy that the offline plugin made.
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from bs4 import BeautifulSoup

from .model import Report

#: Terms that jieba must keep whole (it splits 毒品和犯罪问题办公室 otherwise).
TERMS = [
    "缔约方会议", "缔约国会议", "毒品和犯罪问题办公室", "联合国毒品和犯罪问题办公室", "有组织犯罪公约",
    "联合国打击跨国有组织犯罪公约", "跨国有组织犯罪", "技术援助", "国际合作", "司法协助", "洗钱",
    "文化财产", "夏洛克", "夏洛克数据库", "夏洛克知识管理门户网站", "审议机制", "预防犯罪和刑事司法委员会",
    "秘书处", "议定书", "人口贩运", "偷运移民", "枪支议定书", "妨害司法", "政府专家工作组",
    "国际合作工作组", "技术援助问题政府专家工作组", "议程项目", "联络点", "中央主管机关",
]


def user_dictionary(reports: list[Report], extra_terms: list[str] = ()) -> str:
    """A jieba user dictionary: fixed terms, body names, and any words that
    later stages know (decision titles, country names), one per line."""
    words = set(TERMS) | set(extra_terms)
    for report in reports:
        words.update(b for b in report.meeting.bodies if _is_chinese(b))
    words = {w for w in words if w and _is_chinese(w) and " " not in w}
    return "".join(f"{w} {1000 + len(w) * 100} n\n" for w in sorted(words))


def corpus_terms(corpus) -> list[str]:
    """Names the corpus index knows: countries and organisations (their
    Chinese names), and decision titles short enough to be one term (a long
    title as one token would hide the words inside it from search)."""
    terms = [p.zh for p in corpus.participants.values() if p.zh]
    for decision in corpus.decisions.values():
        terms.extend(t.strip("“”") for t in decision.titles if len(t.strip("“”")) <= 10)
    return terms


def _is_chinese(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def _segment(text: str) -> str:
    """Exactly Material's treatment of Chinese runs (jieba, \\u200b-joined)."""
    from material.plugins.search.plugin import SearchIndex

    return SearchIndex._segment_chinese(None, text)


#: What gets a search entry of its own: paragraphs, annex rows, footnotes.
SPLIT = "div.para[id], tr[id^=annex_], li[id^=fn_]"


def _page_file(site: Path, location: str) -> Path:
    location = location.split("#")[0]
    if location == "" or location.endswith("/"):
        return site / location / "index.html"
    return site / location  # offline build: page.html


def _text(elements) -> str:
    return " ".join(f"<p>{_segment(' '.join(e.get_text(' ').split()))}</p>" for e in elements
                    if e.get_text(strip=True))


def split_index(site: Path) -> int:
    """Give every paragraph its own search entry; return how many.

    Material groups the entries of a page under the page's entry without a
    fragment, shows that one first and folds most others away, so a hit
    inside a report would land on the top of the page. Each paragraph entry
    therefore gets a location of its own, ``page/?p=para_17`` (servers and
    file:// ignore the query): it is a result of its own, the first hit is the
    best paragraph, and paragraphs.js turns ``?p=para_17`` into the anchor
    ``#para_17`` when the page opens. The page's own entry keeps the words
    outside the paragraphs (cover, facts); annex rows and footnotes get
    entries of their own like paragraphs; heading entries are dropped, their
    words are in the paragraphs under them."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    index_file = site / "search" / "search_index.json"
    if not index_file.exists():
        return 0
    data = json.loads(index_file.read_text(encoding="utf-8"))
    docs, added, split_pages = [], 0, set()
    for doc in data["docs"]:
        page = doc["location"].split("#")[0]
        if page in split_pages:
            continue  # a heading entry of a page already split
        path = _page_file(site, page)
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser") if path.is_file() else None
        article = (soup.select_one("article.md-content__inner") or soup) if soup else None
        paras = article.select(SPLIT) if article else []
        if not paras or "#" in doc["location"]:
            docs.append(doc)
            continue
        split_pages.add(page)
        for para in paras:
            for control in para.select("a.para-link, button.para-cite, a.sub-link, a.headerlink, a.fn-back"):
                control.decompose()
        rest = BeautifulSoup(str(article), "html.parser")
        for element in rest.select(f"{SPLIT}, h1, h2, h3, h4, h5, h6"):
            element.decompose()
        docs.append(dict(doc, text=_text(rest.find_all(["p", "li", "td", "dd", "dt"]))))
        for para in paras:
            number = para.select_one(".para-num, .fn-mark, td")
            title = f"{doc['title']} ¶ {number.get_text(strip=True) if number else para['id']}"
            docs.append({"location": f"{page}?p={para['id']}", "title": title,
                         "text": _text([para])})
            added += 1
    data["docs"] = docs
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    index_file.write_text(payload, encoding="utf-8")
    offline_copy = site / "search" / "search_index.js"
    if offline_copy.exists():
        offline_copy.write_text(f"var __index = {payload}", encoding="utf-8")
    return added
