"""Search: a jieba user dictionary from the corpus, and one entry per
paragraph, segmented as Material's search plugin segments Chinese.

The entries are made from the model (`report_entries`) and segmented in a
worker while the pages are rendered and built (`SegmentingAhead`); the
engine adds them to the index it writes (engine/search_index.py).
"""
from __future__ import annotations

import io
import logging
import multiprocessing
import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Optional

from .citation import item_label
from .markup import json_for_js, search_text
from .segmenter import cut_all, expect, keep_plain
from .model import Report
from .pools import Workers, exit_with_parent
from .urls import search_location

if TYPE_CHECKING:
    from .context import BuildContext

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
    terms = [n for p in corpus.participants.values() for n in p.names.values() if n]
    for decision in corpus.decisions.values():
        terms.extend(t.strip("“”") for t in decision.titles if len(t.strip("“”")) <= 10)
    return terms


def _is_chinese(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


#: A run of Han characters, exactly as Material's search plugin finds them.
_HAN = None


#: text → its segmented text, kept between the builds of one process by the
#: editor's preview (serve.py), which empties it when the jieba dictionary
#: changes; None (every build): no cache.
SEGMENT_CACHE: Optional[dict] = None


def segment(text: str, words: Optional[Callable[[str], str]] = None) -> str:
    """Material's treatment of Chinese runs: each run cut into words by
    jieba, the words joined and surrounded by U+200B (the index's
    separator includes it). Called on text that is already escaped.
    `words`: how a run is cut (`_words`, or `_title_words` for the titles,
    whose runs repeat)."""
    global _HAN
    cache = SEGMENT_CACHE
    if cache is not None and text in cache:
        return cache[text]
    from backrefs import bre

    if _HAN is None:
        _HAN = bre.compile(r"(\p{script: Han}+)", bre.UNICODE)
    cut = words or _words
    out = _HAN.sub(lambda m: "\u200b" + cut(m.group(0)) + "\u200b", text).strip("\u200b")
    if cache is not None:
        cache[text] = out
    return out


def _words(run: str) -> str:
    """A run of Han characters cut by jieba, the words joined by U+200B."""
    import jieba

    return "\u200b".join(jieba.cut(run))


#: The same for the entries' titles: each paragraph's entry repeats its
#: report's title (a third of the segmenting, cut once per report here).
#: Emptied when the dictionary changes (`reset_jieba`).
_title_words = lru_cache(maxsize=256)(_words)


def entry_text(text: str, words: Optional[Callable[[str], str]] = None) -> str:
    """A search entry's text: escaped as the page text is, then segmented."""
    return segment(search_text(text), words)


def _p(text: str) -> str:
    return f"<p>{entry_text(text)}</p>" if text.strip() else ""


def report_entries(context: BuildContext, directory_urls: bool = True) -> list[tuple[str, str, str]]:
    """The search entries of the report pages, not yet segmented:
    (location, title, text), in index order.

    Report pages are left out of Material's own index (``search: exclude``
    in their front matter) and indexed here from the model, once: one entry
    for the page (its cover lines and title) and one for every paragraph,
    annex row, footnote, heading and recommendation (also inside its
    paragraph's entry: the kind filter finds it by itself). An entry's title
    names its item as the page does (`citation.item_label`: "第 12 段",
    "para. 5 (a)", "建议 3"), never by its id, then the report.

    Material groups the entries of a page under the page's entry without a
    fragment, shows that one first and folds most others away, so a hit
    inside a report would land on the top of the page. Each paragraph entry
    therefore gets a location of its own, ``page/?p=para_17`` (servers and
    file:// ignore the query): it is a result of its own, the first hit is the
    best paragraph, and paragraphs.js turns ``?p=para_17`` into the anchor
    ``#para_17`` when the page opens. A page showing another language's text
    (a report without a version in its language) is not indexed again."""
    out = []
    built = context.languages
    for report in sorted(context.reports, key=lambda r: (r.slug, built.index(r.language) if r.language in built else 99)):
        # A report in a language the site is not built in shows at the root.
        language = report.language if report.language in built else built[0]
        page = search_location(language, report.slug, root=built[0], directory_urls=directory_urls)
        title = f"{report.meeting.start.isoformat()} {report.title}"
        out.append((page, title, " ".join(line.text for line in report.front_matter)))
        entries = [(p.id, p.plain_text()) for p in report.paragraphs]
        entries += [(rec.id, _words_of(rec)) for p in report.paragraphs for rec in p.blocks()
                    if getattr(rec, "kind", "") == "rec"]
        entries += [(row.id, f"{row.symbol} {row.agenda} {row.title}")
                    for annex in report.annexes for row in annex.rows]
        entries += [(note.id, note.text) for note in report.footnotes]
        entries += [(h.id, h.text) for h in report.headings if h.kind != "annex"]
        out.extend((f"{page}?p={eid}", f"{item_label(eid, language, report)} · {title}", text)
                   for eid, text in entries)
    return out


def _words_of(sub) -> str:
    """A subparagraph's text with its own subparagraphs'."""
    parts, stack = [], [sub]
    while stack:
        block = stack.pop()
        parts.append(block.text)
        stack.extend(reversed(block.children))
    return "\n".join(p for p in parts if p)


def segmented(entries: list[tuple[str, str, str]]) -> list[dict]:
    """Entries as the index holds them: titles and texts escaped and segmented."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return [{"location": location, "title": entry_text(title, _title_words), "text": _p(text)}
            for location, title, text in entries]


def segmented_json(entries: list[tuple[str, str, str]]) -> str:
    """`segmented` as the index's JSON: the items of its list of entries,
    without the brackets (search_index.split_index puts them in). Made
    where the entries are segmented: the build's process, which writes the
    index after MkDocs, then only joins texts."""
    return json_for_js(segmented(entries))[1:-1]


def segmented_as_material(entries: list[dict]) -> list[dict]:
    """Entries of Material's search plugin, made without segmenting (the
    engine's builds leave it to this process's jieba, which holds the user
    dictionary already), with their titles and texts segmented as that
    plugin segments them; every other field as it was, in its place."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return [{key: segment(value, _title_words if key == "title" else None) if key in ("title", "text") else value
             for key, value in entry.items()} for entry in entries]


#: Entries per task sent to the segmenting worker: it then holds jieba (90 MB)
#: and one chunk in and out (about 10 MB), not all 66,000 entries of a
#: 1000-report build and their pickles at once (310 MB). 34 round trips cost
#: nothing beside jieba's work.
CHUNK = 2000


def _use_dictionary(dictionary: str) -> None:
    """jieba as the search plugin sets it up: its plain dictionary
    (`reset_jieba`), then this build's user dictionary (the text of the
    file the plugin reads). The segmenting worker's first job once given
    its work (`SegmentingAhead.give`; its start loaded the plain dictionary,
    which this restores from a copy), and the preview's, which segments in
    its own process, at every rebuild."""
    import jieba

    reset_jieba()
    jieba.load_userdict(io.StringIO(dictionary))


class SegmentingAhead:
    """The report entries segmented in a second process while this one
    renders the pages and MkDocs builds them (jieba is a fifth of a build on
    one core). The preview segments here instead: its cache of segmented
    texts lives in this process (`SEGMENT_CACHE`).

    Started before the build parses (`SegmentingAhead()`): its worker loads
    jieba's plain dictionary meanwhile (most of a second, which the render
    would otherwise wait for: the recurrences need the worker's plain cuts);
    then `give` hands it the build's work."""

    def __init__(self):
        self.entries, self.pool, self.futures = None, None, []
        self.dictionary, self.directory_urls = "", True
        if SEGMENT_CACHE is None:
            # A fresh interpreter, not a fork: a forked worker would carry the
            # whole build's memory (1.4 GB at 1000 reports) for a job that
            # needs jieba and the entries only.
            self.pool = Workers(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                initializer=exit_with_parent, initargs=(os.getpid(),))
            self.pool.submit(reset_jieba)  # the first job starts the worker

    def give(self, entries: list[tuple[str, str, str]], dictionary: str, directory_urls: bool,
             plain_texts: list[str] = ()) -> "SegmentingAhead":
        """The work: `entries` to segment with jieba and the user
        `dictionary` (its text); `directory_urls`: the URLs the entries'
        locations were made for (MkDocs' setting, off in the offline
        bundle); `plain_texts`: texts to cut by the plain dictionary first
        (segmenter.py)."""
        self.dictionary, self.directory_urls = dictionary, directory_urls
        if self.pool is None:
            self.entries = entries
            return self
        self.pool.submit(_use_dictionary, dictionary)
        if plain_texts:
            texts = list(plain_texts)
            cut = self.pool.submit(cut_all, texts)
            expect(lambda: dict(zip(texts, cut.result())))
        # Each chunk is let go once it is segmented.
        self.futures = [self.pool.submit(segmented_json, entries[i:i + CHUNK]) for i in range(0, len(entries), CHUNK)]
        return self

    def result(self, material: list[dict] = ()) -> tuple[str, list[dict]]:
        """The report entries segmented, as the index's JSON (`segmented_json`),
        and the `material` entries (Material's search plugin's, unsegmented)
        segmented as that plugin would (see `segmented_as_material`): in the
        worker, after the report entries, or here with the user dictionary
        loaded first (the preview)."""
        if self.pool is None:
            _use_dictionary(self.dictionary)
            return segmented_json(self.entries), segmented_as_material(list(material))
        try:
            others = self.pool.submit(segmented_as_material, list(material))
            return ",".join(filter(None, (future.result() for future in self.futures))), others.result()
        finally:
            self.close()

    def close(self) -> None:
        """Stop the worker: its work is done, or no longer wanted (a build
        that fails before it needs the entries)."""
        if self.pool is not None:
            expect(None)
            self.pool.stop()


#: jieba's plain word frequencies and total, once loaded (see `reset_jieba`).
_PLAIN_JIEBA: Optional[tuple[dict, int]] = None


def reset_jieba() -> None:
    """jieba keeps one dictionary per process and user words accumulate in
    it; start each build from the plain dictionary so that a build's search
    index depends on its own corpus only (two builds, same bytes). The plain
    dictionary is read from disk once per process and restored from a copy
    afterwards (reading it is most of a second: the preview rebuilds often);
    the same copy is the recurrences' plain jieba (segmenter.keep_plain)."""
    global _PLAIN_JIEBA
    _title_words.cache_clear()
    try:
        import jieba
    except ImportError:
        return
    logging.getLogger("jieba").setLevel(logging.WARNING)  # its dictionary-loading chatter
    if _PLAIN_JIEBA is None:
        jieba.dt.__init__(jieba.dt.dictionary)
        jieba.dt.check_initialized()
        _PLAIN_JIEBA = (dict(jieba.dt.FREQ), jieba.dt.total)
        keep_plain(jieba.dt, _PLAIN_JIEBA[0])
    else:
        jieba.dt.FREQ, jieba.dt.total = dict(_PLAIN_JIEBA[0]), _PLAIN_JIEBA[1]
        jieba.dt.user_word_tag_tab = {}
