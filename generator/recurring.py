"""Recurring recommendations: for each recommendation, the closest
recommendations of other sessions, each with the reason it is shown.

Two recommendations recur when they cite the same decision, resolution or
article of the Convention (a strong signal, whatever their languages: the
key is the same in all), or when their words are alike. Words are compared
within one language only (the recommendations of the reports in that
language): Chinese cut into words by jieba (its plain dictionary), other
languages split at non-letters and cut to a crude stem (the first `STEM`
letters, so that "collect", "collected" and "collection" meet). The words
every recommendation uses are dropped: the language's common words and its
genre words (its profile's `genre_words`: 工作组, 建议, 应当, 缔约国 …,
"Working Group", "recommended", "States parties" …), and the rest are
weighted by how rare they are among the language's recommendations
(1 + log of the count, times the inverse document frequency), so that 夏洛克
or "focal point" weigh more than 收集. The likeness of two is the cosine of
their weighted word vectors; a recommendation of fewer than `MIN_WORDS`
words left (a chapter's introduction) is judged by its citations only.

A pair is shown when it shares a citation, or when its likeness reaches
`THRESHOLD` (0.09): chosen on the hand-labelled pairs of
tests/fixtures/recurring_labels.json, where it gives precision 0.92 and
recall 0.88 (0.08: 0.88 and 0.92; 0.10: 0.91 and 0.84; 0.12: recall falls
to 0.56); tests/test_recurring.py holds the floors. The genre words were
chosen on the same pairs: the figures are those of the set tuned on. Each recommendation shows its `TOP` closest, the strongest first
(a shared citation before any likeness of words); the reason names the
shared citations, else the `REASON_WORDS` words that weigh most in the
likeness. Never within one session: a report's recommendations are one
text, whose likenesses are its structure, not recurrence.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import ids
from .languages import profile
from .model import Paragraph
from .recommendations import Recommendation
from .segmenter import plain_words

#: The least likeness (cosine, 0–1) that makes two recommendations recurring.
THRESHOLD = 0.09
#: Recurrences shown for each recommendation (the tracker's page weight).
TOP = 3
#: Letters a word of a non-Chinese language is cut to before comparing.
STEM = 7
#: The fewest counting words a recommendation's wording is judged by: fewer
#: is an introduction ("国际合作工作组拟定了下列建议："), linked by its citations only.
MIN_WORDS = 4
#: Words shown as a recurrence's reason.
REASON_WORDS = 3
#: What a shared citation adds to the likeness (ranking it before wording alone).
CITATION_WEIGHT = 1.0


@dataclass(frozen=True)
class Recurrence:
    """A recommendation of another session (`other`) on the same subject:
    `score` their likeness (plus `CITATION_WEIGHT` when they share a
    citation), `citations` the decision and resolution keys and
    ``article-N`` both cite, `words` those weighing most in their likeness
    (as the first's text prints them)."""
    other: Recommendation
    score: float
    citations: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


def _key(rec: Recommendation) -> tuple[str, str]:
    return rec.report.slug, rec.id


_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=16384)
def terms(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """(term, the form the text prints) of each word of `text` that counts:
    not a common or genre word of `language`, not a single character."""
    lang = profile(language)
    stop = lang.common_words | lang.genre_words | {m.lower() for m in lang.months}
    out = []
    if lang.wide_script:
        for word in plain_words(text):
            if len(word) > 1 and _HAN.search(word) and word not in stop:
                out.append((word, word))
        return tuple(out)
    for word in _LETTERS.findall(text):
        low = word.lower()
        if len(low) > 2 and low not in stop:
            out.append((low[:STEM], low))
    return tuple(out)


def texts_to_cut(recs: list[Recommendation]) -> list[str]:
    """The texts `terms` cuts into words with jieba (recommendations in a
    language written without spaces), each once."""
    return list(dict.fromkeys(r.text for r in recs if profile(r.report.language).wide_script))


def _vectors(recs: list[Recommendation]) -> list[dict[str, float]]:
    """Each recommendation's words weighted by 1 + log(count) × their
    inverse document frequency among `recs`, normalised to length 1; none
    for a recommendation of fewer than `MIN_WORDS` words."""
    counts = [Counter(t for t, _ in terms(r.text, r.report.language)) for r in recs]
    df = Counter(t for c in counts for t in c)
    n = len(recs)
    vectors = []
    for c in counts:
        v = {t: (1 + math.log(k)) * math.log(n / df[t]) for t, k in c.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        v = {t: w / norm for t, w in v.items() if w > 0}
        vectors.append(v if len(v) >= MIN_WORDS else {})
    return vectors


def citations(rec: Recommendation) -> tuple[str, ...]:
    """The decisions and resolutions `rec` cites, then its articles (``article-32``)."""
    ids_ = {b.id for b in (rec.item.blocks() if isinstance(rec.item, Paragraph) else [rec.item])}
    articles = dict.fromkeys(ids.article(m.key) for m in rec.report.mentions
                             if m.kind == "article" and m.paragraph in ids_)
    return (*rec.decisions, *articles)


def recurrences(recs: list[Recommendation]) -> dict[tuple[str, str], list[Recurrence]]:
    """(session, id) → its recurrences among `recs` (at most `TOP`, the
    strongest first, then in meeting and document order). Words are
    compared within one language (each word is keyed by its language),
    citations across languages too.

    Recommendations of the same words and citations are judged once (a
    corpus may repeat a whole recommendation), through an index of which
    recommendations have which word or citation, so that only the pairs
    sharing something are compared."""
    vectors: list[dict[tuple[str, str], float]] = [{} for _ in recs]
    by_language: dict[str, list[int]] = {}
    for i, rec in enumerate(recs):
        by_language.setdefault(rec.report.language, []).append(i)
    for language, group in by_language.items():
        for i, vector in zip(group, _vectors([recs[i] for i in group])):
            vectors[i] = {(language, t): w for t, w in vector.items()}
    cites = [citations(r) for r in recs]
    kinds: dict[tuple, int] = {}  # (words, citations) → its number
    kind_of = [kinds.setdefault((tuple(sorted(v.items())), c), len(kinds)) for v, c in zip(vectors, cites)]
    members: list[list[int]] = [[] for _ in kinds]
    for i in sorted(range(len(recs)), key=lambda i: (recs[i].report.meeting.start, recs[i].report.slug, i)):
        members[kind_of[i]].append(i)
    postings: dict[tuple[str, str], list[tuple[int, float]]] = {}
    cited_by: dict[str, list[int]] = {}
    for k, first in enumerate(m[0] for m in members):
        for t, w in vectors[first].items():
            postings.setdefault(t, []).append((k, w))
        for c in cites[first]:
            cited_by.setdefault(c, []).append(k)
    out: dict[tuple[str, str], list[Recurrence]] = {}
    ranked_for: dict[int, list[tuple[float, int]]] = {}
    for i, rec in enumerate(recs):
        k = kind_of[i]
        if k not in ranked_for:
            ranked_for[k] = _ranked(vectors[i], cites[i], postings, cited_by)
        found = []
        for score, other_kind in ranked_for[k]:
            for j in members[other_kind]:
                if len(found) == TOP:
                    break
                if recs[j].report.slug != rec.report.slug:
                    found.append(_reason(recs[j], score, vectors[i], vectors[j], cites[i], cites[j], rec))
        out[_key(rec)] = found
    return out


def _ranked(vector: dict, cites: tuple[str, ...], postings: dict, cited_by: dict) -> list[tuple[float, int]]:
    """(score, kind) of the kinds alike enough to one of `vector` and
    `cites`, the strongest first."""
    dot: dict[int, float] = {}
    for t, w in vector.items():
        for other, wo in postings[t]:
            dot[other] = dot.get(other, 0.0) + w * wo
    shared = {other for c in cites for other in cited_by[c]}
    scores = {other: round(dot.get(other, 0.0) + CITATION_WEIGHT * (other in shared), 6)
              for other in shared | {o for o, d in dot.items() if d >= THRESHOLD}}
    return sorted(((s, o) for o, s in scores.items()), key=lambda so: (-so[0], so[1]))


def _reason(other: Recommendation, score: float, mine: dict, theirs: dict,
            my_cites: tuple[str, ...], their_cites: tuple[str, ...], rec: Recommendation) -> Recurrence:
    """The recurrence of `other` for `rec`: the citations they share, and
    `rec`'s words (as its text prints them) that weigh most in their likeness."""
    shared = tuple(c for c in my_cites if c in their_cites)
    common = {t: mine[t] * theirs[t] for t in mine.keys() & theirs.keys()}
    forms = dict(reversed(terms(rec.text, rec.report.language)))
    words = tuple(forms[t] for _, t in sorted(common, key=lambda lt: (-common[lt], lt))[:REASON_WORDS])
    return Recurrence(other, score, shared, words)
