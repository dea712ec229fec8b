"""Stage 4 — what a report names: decisions, document symbols, dates, participants.

`find_mentions(report)` reads the parsed model only (never the raw text) and
fills `Report.mentions`; every mention inside a text also becomes a
``Span(kind="mention", value="<kind>:<key>")`` so the renderer can link it.
It runs at the end of `parse`, after footnote marks have been taken out of the
texts (taking them out shifts offsets).

Rules, with the forms they meet in the seeds:

- decisions: ``第 2/6 号决定``, ``第2/6号决定``, ``第 2/6 和 3/4 号决定`` (two
  numbers, one span each), ``5/7 号决议`` without 第. The body is the nearest
  of 缔约方会议 / 大会 / 预防犯罪和刑事司法委员会 before the number in the same
  sentence, quoted titles skipped; none means the Conference of the Parties,
  whose working group writes these reports. ``题为“…”的`` just before, or
  ``，题为“…”`` just after, is the title.
- document symbols: ``CTOC/COP/WG.2/2012/1``, joint symbols joined by ``-``,
  and symbols wrapped at a line end (the cleaner joined the lines with a
  space: ``CTOC/COP/WG.2/ 2007/2``); the key has no spaces.
- dates: ``2006 年 10 月 9 日至 18 日``, ``2023 年 5 月 29 日和 30 日``,
  ``2008 年 2 月``, ``2007 年``; with the event of its clause where the clause
  says it (see `_event`). Year spans such as ``2008-2011 年`` are periods, not
  dates, and are skipped.
- participants: lists after a colon in sentences about attendance (出席) or
  speakers (发言), split on 、 and 和; other such sentences are scanned for the
  names in ``data/countries.json``. A listed name that is neither a country
  nor an organisation we know is a ``country-unknown`` warning.

Spans never overlap each other, never cover a footnote reference, and only
nest inside bold text.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Optional

from . import ids
from .languages import MONTHS_EN
from .model import Heading, Mention, Paragraph, Report, Span, Warning

DATA = Path(__file__).parent / "data"

DECISION = re.compile(
    r"(?:第\s*)?(?P<nums>\d{1,3}\s*/\s*\d{1,3}(?:\s*(?:和|、|及)\s*\d{1,3}\s*/\s*\d{1,3})*)"
    r"\s*号\s*(?P<kind>决定|决议)")
NUMBER = re.compile(r"(?P<s>\d{1,3})\s*/\s*(?P<n>\d{1,3})")
BODY_MARKERS = (("预防犯罪和刑事司法委员会", "ccpcj"), ("缔约方会议", "cop"), ("大会", "ga"))
TITLE_BEFORE = re.compile(r"(?:标?题为)\s*“(?P<t>[^“”]+)”\s*的\s*$")
TITLE_AFTER = re.compile(r"^\s*[，,]?\s*(?:标?题为)\s*“(?P<t>[^“”]+)”")
QUOTED = re.compile(r"“[^“”]*”")

_SEG = r"[A-Za-z0-9.]*[A-Za-z0-9]"
_ONE = rf"[A-Z][A-Za-z]*(?:\.\d+)?(?:/\s?{_SEG}){{2,}}"
SYMBOL = re.compile(rf"(?<![A-Za-z0-9/.]){_ONE}(?:-\s?{_ONE})?")

DATE = re.compile(
    r"(?<![\d\-–])(?P<y>\d{4})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?"
    r"(?:\s*(?:至|和|-|—|–)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日)?")
CJK_NUM = "一二三四五六七八九十"
COP_SESSION_AFTER = re.compile(
    rf"^\s*(?:在|于)?[^，。；]{{0,12}}?举行的?缔约方会议第(?P<n>[{CJK_NUM}]+)届会议")
COP_SESSION_SPLIT = re.compile(rf"^\s*第(?P<n>[{CJK_NUM}]+)届会议")
EVENT_NOUN = re.compile(r"联合讨论会|讨论会|专家组会议|专家会议|论坛|部长级会议|讲习班|圆桌会议|研讨会")
NTH_MEETING = re.compile(rf"第(?P<n>[{CJK_NUM}]+)次会议")

PARTICIPATION = re.compile(r"出席|发言")
PLACEHOLDER = re.compile(r"\[(?:……|…|\.\.\.)\]")


@dataclass
class _Element:
    """A text that can hold mentions, and where its spans go."""

    id: str
    line: int
    text: str
    spans: Optional[list]  # None: the text has no spans (annex cells)
    heading: str  # text of the heading it stands under
    field: str = "text"


@lru_cache(maxsize=None)
def names(language: str = "zh") -> dict[str, dict]:
    """Every country and organisation name (and variant) in `language` → its
    record. countries.json keeps the variants of the Chinese names under
    ``variants``, those of another language under ``variants_<code>``."""
    data = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    variants = "variants" if language == "zh" else f"variants_{language}"
    out: dict[str, dict] = {}
    for kind, records in (("country", data["countries"]), ("organisation", data["organisations"])):
        for record in records:
            for name in [record[language], *record.get(variants, [])]:
                out[name] = {**record, "kind": kind}
    return out


@lru_cache(maxsize=None)
def _name_pattern() -> re.Pattern:
    return re.compile("|".join(re.escape(n) for n in sorted(names(), key=len, reverse=True)))


def find_mentions(report: Report) -> list[Mention]:
    """Fill `report.mentions` (and mention spans) from the parsed model."""
    report.mentions = []
    rules = RULES.get(report.language, EN_RULES)
    for element in _elements(report):
        found = (list(rules.decisions(element)) + list(_documents(element))
                 + list(rules.dates(element, report)))
        if element.spans is not None and rules.is_participation(element):
            found += list(rules.participants(element, report))
        _add(report, element, found)
    return report.mentions


# -- where mentions can be ---------------------------------------------------
def _elements(report: Report) -> Iterator[_Element]:
    headings = {h.id: h.text for h in report.headings}
    for block in report.blocks:
        if isinstance(block, Heading):
            yield _Element(block.id, block.line, block.text, block.spans, block.text)
        elif isinstance(block, Paragraph):
            for sub in block.blocks():
                yield _Element(sub.id, sub.line, sub.text, sub.spans, headings.get(block.heading, ""))
        else:  # Annex
            for row in block.rows:
                yield _Element(row.id, row.line, row.symbol, None, block.title, "symbol")
                yield _Element(row.id, row.line, row.title, None, block.title, "title")
    for note in report.footnotes:
        yield _Element(note.id, note.line, note.text, note.spans, "")


def _add(report: Report, element: _Element, found: list[Mention]) -> None:
    """Keep mentions that overlap nothing kept before; add their spans."""
    taken: list[tuple[int, int]] = []
    spans = element.spans if element.spans is not None else []
    footnotes = [s.start for s in spans if s.kind == "footnote"]
    strong = [(s.start, s.end) for s in spans if s.kind == "strong"]
    for mention in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        a, b = mention.start, mention.end
        if any(a < e and s < b for s, e in taken) or any(a <= p < b for p in footnotes):
            continue
        if any(a < e and s < b and not (s <= a and b <= e) for s, e in strong):
            continue
        taken.append((a, b))
        mention.field = element.field
        report.mentions.append(mention)
        if element.spans is not None:
            spans.append(Span(a, b, "mention", f"{mention.kind}:{mention.key}"))
    if element.spans is not None:
        spans.sort(key=lambda s: (s.start, s.end))


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for each sentence or clause ended by 。 or ；."""
    for match in re.finditer(r"[^。；]+[。；]?", text):
        yield match.start(), match.group()


def _sentence_at(text: str, index: int) -> tuple[int, str]:
    for start, sentence in _sentences(text):
        if start <= index < start + len(sentence):
            return start, sentence
    return 0, text


# -- decisions ---------------------------------------------------------------
def _decisions(element: _Element) -> Iterator[Mention]:
    for match in DECISION.finditer(element.text):
        start, sentence = _sentence_at(element.text, match.start())
        before = element.text[start:match.start()]
        body = _body(before)
        title_match = TITLE_BEFORE.search(before) or TITLE_AFTER.search(element.text[match.end():])
        title = title_match["t"] if title_match else ""
        numbers = list(NUMBER.finditer(match.group(), match.start("nums") - match.start()))
        for k, number in enumerate(numbers):
            key = ids.decision(body, match["kind"], int(number["s"]), int(number["n"]))
            if len(numbers) == 1:
                a, b = match.start(), match.end()
            else:
                a, b = match.start() + number.start(), match.start() + number.end()
            yield Mention("decision", key, element.text[a:b], element.id, element.line, a, b,
                          title=title if len(numbers) == 1 else "")


def _body(before: str) -> str:
    """The body named nearest before the number; quoted titles do not count."""
    plain = QUOTED.sub(lambda m: "\0" * len(m.group()), before)
    best, where = "cop", -1
    for marker, body in BODY_MARKERS:
        k = plain.rfind(marker)
        if k > where:
            best, where = body, k
    return best


# -- documents ---------------------------------------------------------------
def _documents(element: _Element) -> Iterator[Mention]:
    for match in SYMBOL.finditer(element.text):
        raw = match.group().rstrip(".")
        key = re.sub(r"\s+", "", raw)
        described = ""
        if element.text[match.start() - 1:match.start()] in "（(" and match.start():
            head = element.text[:match.start() - 1]
            described = re.split(r"[，。；：]", head)[-1].strip()
        yield Mention("document", key, raw, element.id, element.line, match.start(),
                      match.start() + len(raw), title=described[-80:])


# -- dates -------------------------------------------------------------------
def _dates(element: _Element, report: Report) -> Iterator[Mention]:
    for k, match in enumerate(DATE.finditer(element.text)):
        parsed = _parse_date(match)
        if parsed is None:
            continue
        start, end, precision = parsed
        event, event_key = _event(element, report, match, start, end)
        yield Mention("date", start.isoformat(), match.group(), element.id, element.line,
                      match.start(), match.end(), date_end=end.isoformat() if end != start else "",
                      precision=precision, event=event, event_key=event_key)


def _parse_date(match: re.Match) -> Optional[tuple[dt.date, dt.date, str]]:
    """First and last day a date names, and its precision."""
    y = int(match["y"])
    try:
        if not match["m"]:
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        m = int(match["m"])
        if not match["d"]:
            last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return dt.date(y, m, 1), last, "month"
        start = dt.date(y, m, int(match["d"]))
        end = dt.date(y, int(match["m2"] or m), int(match["d2"])) if match["d2"] else start
        return start, max(start, end), "day"
    except ValueError:
        return None


def _event(element: _Element, report: Report, match: re.Match,
           start: dt.date, end: dt.date) -> tuple[str, str]:
    """The event the clause ties a date to, and a key that groups statements
    of one event across reports (so that disagreeing dates can be flagged).

    In order: a session of the Conference (``…举行的缔约方会议第三届会议``,
    ``缔约方会议 2008 年第四届会议``); a named kind of event after the date
    (论坛, 讲习班, 专家组会议 …); the report's own meeting (the dates overlap
    it, or the paragraph stands under the 会期 heading, and the clause says
    a meeting was held); a numbered meeting of a working group (第十次会议);
    any other meeting held (举行…会议). Otherwise no event."""
    text = element.text
    c_start, clause = _clause_at(text, match.start())
    after = text[match.end():c_start + len(clause)]
    before = text[c_start:match.start()]
    label = re.sub(r"\s+", " ", clause).strip("，。；： ")[:60]
    cop = COP_SESSION_AFTER.match(after)
    if not cop and before.rstrip().endswith("缔约方会议"):
        cop = COP_SESSION_SPLIT.match(after)
    if cop:
        n = ids.clean_number(cop["n"])
        return f"缔约方会议第{cop['n']}届会议", f"cop-session-{n}"
    noun = EVENT_NOUN.search(after)
    if noun:
        label = re.sub(r"\s+", " ", before + match.group() + after[:noun.end()]).strip()[-60:]
        return label, f"{report.slug}-{element.id}-{match.start()}"
    held = "举行" in clause and "会议" in clause
    m = report.meeting
    overlaps = start <= m.end and m.start <= end
    if held and "工作组" in clause and (overlaps or "会期" in element.heading):
        return report.title, f"meeting-{report.slug}"
    nth = NTH_MEETING.search(after)
    if held and nth:
        group = "国际合作工作组" if "国际合作" in element.heading + before else "技术援助问题政府专家工作组"
        return f"{group}第{nth['n']}次会议", f"{group}-{ids.clean_number(nth['n'])}"
    if held and "举行" in after:
        return label, f"{report.slug}-{element.id}-{match.start()}"
    return "", ""


def _clause_at(text: str, index: int) -> tuple[int, str]:
    """The clause (between ，。；) holding `index`."""
    for match in re.finditer(r"[^，。；]+[，。；]?", text):
        if match.start() <= index < match.end():
            return match.start(), match.group()
    return 0, text


# -- participants ------------------------------------------------------------
def _is_participation(element: _Element) -> bool:
    return bool(PARTICIPATION.search(element.text)) and (
        "出席情况" in element.heading or "发言情况" in element.heading or "下列" in element.text)


def _participants(element: _Element, report: Report) -> Iterator[Mention]:
    known = names()
    for s_start, sentence in _sentences(element.text):
        if not PARTICIPATION.search(sentence):
            continue
        role = "spoke" if "发言" in sentence else "attended"
        colon = sentence.find("：")
        if colon >= 0 and "下列" in sentence[:colon]:
            organisations = "组织" in sentence[:colon] or "机构" in sentence[:colon]
            for a, name in _list_items(sentence, colon + 1):
                a += s_start
                record = known.get(name)
                if record is None and len(name) > 1:
                    code = "organisation-unknown" if organisations else "country-unknown"
                    report.warnings.append(Warning(
                        element.line, f"'{name}' in the list of {element.id} is not a recognisable "
                                      f"{'organisation' if organisations else 'country'} name", code, element.id))
                    continue
                if record:
                    yield Mention(record["kind"], record["key"], name, element.id, element.line,
                                  a, a + len(name), role=role)
        else:
            for found in _name_pattern().finditer(sentence):
                record = known[found.group()]
                a = s_start + found.start()
                yield Mention(record["kind"], record["key"], found.group(), element.id, element.line,
                              a, a + len(found.group()), role=role)


def _known(text: str) -> Optional[dict]:
    return names().get(PLACEHOLDER.sub("", text).strip())


def _list_items(sentence: str, offset: int) -> Iterator[tuple[int, str]]:
    """(offset, name) of each item of ``A、B、C和D。``; a known name with 和
    in it (特立尼达和多巴哥) stays whole."""
    body = sentence[offset:]
    end = len(body.rstrip("。；").rstrip())
    for piece in re.finditer(r"[^、]+", body[:end]):
        text, start = piece.group(), offset + piece.start()
        parts = [(start, text)]
        if "和" in text and _known(text) is None:
            cuts = [k for k, c in enumerate(text) if c == "和"]
            good = [k for k in cuts if _known(text[:k]) and _known(text[k + 1:])] or \
                [k for k in cuts if _known(text[:k])] or cuts[-1:]
            k = good[0]
            parts = [(start, text[:k]), (start + k + 1, text[k + 1:])]
        for a, part in parts:
            clean = PLACEHOLDER.sub("", part)
            stripped = clean.strip()
            if stripped:
                yield a + (len(clean) - len(clean.lstrip())), stripped


# -- English -------------------------------------------------------------------
# The same kinds of mention as in Chinese, with the same keys: "decision 2/6"
# and "第 2/6 号决定" are both ``cop-dec-2-6``; "Iran (Islamic Republic of)"
# and "伊朗伊斯兰共和国" are both ``iran-islamic-republic-of``.
_N = r"\d{1,3}\s*/\s*\d{1,3}"
EN_DECISION = re.compile(
    rf"\b(?P<kind>[Dd]ecisions?|[Rr]esolutions?)\s+(?P<nums>{_N}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_N})*)")
EN_KINDS = {"decision": "dec", "decisions": "dec", "resolution": "res", "resolutions": "res"}
#: Bodies named before a number ("General Assembly resolution 55/25", "the
#: Commission …, in its resolution 26/3"); the nearest one in the sentence wins.
EN_BODY_MARKERS = (("Commission on Crime Prevention and Criminal Justice", "ccpcj"),
                   ("Conference", "cop"), ("General Assembly", "ga"))
EN_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
EN_TITLE_AFTER = re.compile(r"^\s*,?\s*entitled\s*[“\"](?P<t>[^“”\"]+)[”\"]")
EN_TITLE_BEFORE = re.compile(r"entitled\s*[“\"](?P<t>[^“”\"]+)[”\"]\s*,?\s*$")
#: A sentence: up to a full stop before a capital (or the end), or a semicolon.
EN_SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s+[A-Z“\"(]|\s*$)|;|$)", re.S)
_MONTH = "|".join(MONTHS_EN)
#: "17 and 18 October 2012", "28 to 31 May 2018", "30 May to 2 June 2023",
#: "18 October 2012", "October 2012". A year alone is no date here: in
#: English texts it stands mostly inside document symbols.
EN_DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<d>\d{{1,2}})(?:\s+(?P<m1>{_MONTH}))?"
    rf"(?:\s*(?:to|and|-|–)\s*(?P<d2>\d{{1,2}}))?\s+)?(?P<m>{_MONTH})\s+(?P<y>\d{{4}})(?![\d/])")
EN_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}
EN_COP_SESSION = re.compile(rf"\b(?P<n>{'|'.join(EN_ORDINALS)}) session of the Conference")
EN_PARTICIPATION = re.compile(
    r"\b(?:attended|participated|represented|[Ss]tatements? (?:was|were) made|made (?:a )?statements?)\b")


@lru_cache(maxsize=None)
def _name_pattern_en() -> re.Pattern:
    alternatives = "|".join(re.escape(n) for n in sorted(names("en"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _sentences_en(text: str) -> Iterator[tuple[int, str]]:
    for match in EN_SENTENCE.finditer(text):
        yield match.start(), match.group()


def _sentence_at_en(text: str, index: int) -> tuple[int, str]:
    for start, sentence in _sentences_en(text):
        if start <= index < start + len(sentence):
            return start, sentence
    return 0, text


def _decisions_en(element: _Element) -> Iterator[Mention]:
    for match in EN_DECISION.finditer(element.text):
        start, _ = _sentence_at_en(element.text, match.start())
        before = element.text[start:match.start()]
        plain = EN_QUOTED.sub(lambda m: "\0" * len(m.group()), before)
        body, where = "cop", -1
        for marker, key in EN_BODY_MARKERS:
            k = plain.rfind(marker)
            if k > where:
                body, where = key, k
        title_match = EN_TITLE_AFTER.search(element.text[match.end():]) or EN_TITLE_BEFORE.search(before)
        numbers = list(NUMBER.finditer(match.group(), match.start("nums") - match.start()))
        kind = EN_KINDS[match["kind"].lower()]
        for number in numbers:
            key = ids.decision(body, kind, int(number["s"]), int(number["n"]))
            if len(numbers) == 1:
                a, b = match.start(), match.end()
            else:
                a, b = match.start() + number.start(), match.start() + number.end()
            yield Mention("decision", key, element.text[a:b], element.id, element.line, a, b,
                          title=title_match["t"] if title_match and len(numbers) == 1 else "")


def _dates_en(element: _Element, report: Report) -> Iterator[Mention]:
    months = {m: i for i, m in enumerate(MONTHS_EN, 1)}
    for match in EN_DATE.finditer(element.text):
        y, m = int(match["y"]), months[match["m"]]
        try:
            if not match["d"]:
                start = dt.date(y, m, 1)
                end = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
                precision = "month"
            elif match["d2"]:
                start = dt.date(y, months[match["m1"]] if match["m1"] else m, int(match["d"]))
                end, precision = dt.date(y, m, int(match["d2"])), "day"
            else:
                start = end = dt.date(y, m, int(match["d"]))
                precision = "day"
        except ValueError:
            continue
        end = max(start, end)
        event, event_key = _event_en(element, report, match, start, end)
        yield Mention("date", start.isoformat(), match.group(), element.id, element.line,
                      match.start(), match.end(), date_end=end.isoformat() if end != start else "",
                      precision=precision, event=event, event_key=event_key)


def _event_en(element: _Element, report: Report, match: re.Match,
              start: dt.date, end: dt.date) -> tuple[str, str]:
    """As `_event`, with fewer rules: a session of the Conference named in
    the sentence after the date; the report's own meeting (the clause says a
    meeting was held, and the dates overlap it or the paragraph stands under
    the opening-and-duration heading); any other meeting held. Else none."""
    s_start, sentence = _sentence_at_en(element.text, match.start())
    after = element.text[match.end():s_start + len(sentence)]
    clause_start = max(element.text.rfind(",", s_start, match.start()) + 1, s_start)
    comma = element.text.find(",", match.end(), s_start + len(sentence))
    clause = element.text[clause_start:comma if comma >= 0 else s_start + len(sentence)]
    cop = EN_COP_SESSION.search(after)
    if cop and "held" not in clause:
        n = EN_ORDINALS[cop["n"]]
        return f"{cop['n']} session of the Conference of the Parties", f"cop-session-{n}"
    held = "held" in clause and "meeting" in clause
    m = report.meeting
    overlaps = start <= m.end and m.start <= end
    if held and re.search(r"[Ww]orking [Gg]roup", clause) and (overlaps or "duration" in element.heading):
        return report.title, f"meeting-{report.slug}"
    if "held" in clause:
        label = re.sub(r"\s+", " ", clause).strip(",.; ")[:60]
        return label, f"{report.slug}-{element.id}-{match.start()}"
    return "", ""


def _is_participation_en(element: _Element) -> bool:
    return bool(EN_PARTICIPATION.search(element.text)) and (
        "ttendance" in element.heading or "following" in element.text)


def _participants_en(element: _Element, report: Report) -> Iterator[Mention]:
    known = names("en")
    for s_start, sentence in _sentences_en(element.text):
        if not EN_PARTICIPATION.search(sentence):
            continue
        role = "spoke" if re.search(r"[Ss]tatements?|spoke", sentence) else "attended"
        colon = sentence.find(":")
        if colon >= 0 and "following" in sentence[:colon]:
            organisations = "organization" in sentence[:colon] or "organisation" in sentence[:colon]
            for a, name in _list_items_en(sentence, colon + 1):
                a += s_start
                record = known.get(name)
                if record is None:
                    code = "organisation-unknown" if organisations else "country-unknown"
                    report.warnings.append(Warning(
                        element.line, f"'{name}' in the list of {element.id} is not a recognisable "
                                      f"{'organisation' if organisations else 'country'} name", code, element.id))
                    continue
                yield Mention(record["kind"], record["key"], name, element.id, element.line,
                              a, a + len(name), role=role)
        else:
            for found in _name_pattern_en().finditer(sentence):
                record = known[found.group()]
                a = s_start + found.start()
                yield Mention(record["kind"], record["key"], found.group(), element.id, element.line,
                              a, a + len(found.group()), role=role)


def _list_items_en(sentence: str, offset: int) -> Iterator[tuple[int, str]]:
    """(offset, name) of each item of ``A, B, C and D.``; a known name with
    "and" in it (Trinidad and Tobago) stays whole."""
    known = names("en")
    body = sentence[offset:]
    end = len(body.rstrip().rstrip(".;").rstrip())
    for piece in re.finditer(r"[^,]+", body[:end]):
        text, start = piece.group(), offset + piece.start()
        lead = re.match(r"\s*(?:and\s+)?", text).end()
        text, start = text[lead:].rstrip(), start + lead
        parts = [(start, text)]
        if " and " in text and text not in known:
            cuts = [m.start() for m in re.finditer(r" and ", text)]
            good = [k for k in cuts if text[:k] in known and text[k + 5:] in known] or \
                [k for k in cuts if text[:k] in known] or cuts[-1:]
            k = good[0]
            parts = [(start, text[:k]), (start + k + 5, text[k + 5:])]
        for a, part in parts:
            if part:
                yield a, part


@dataclass(frozen=True)
class MentionRules:
    """How one language writes what `find_mentions` looks for."""

    decisions: Callable[[_Element], Iterator[Mention]]
    dates: Callable[[_Element, Report], Iterator[Mention]]
    is_participation: Callable[[_Element], bool]
    participants: Callable[[_Element, Report], Iterator[Mention]]


ZH_RULES = MentionRules(_decisions, _dates, _is_participation, _participants)
EN_RULES = MentionRules(_decisions_en, _dates_en, _is_participation_en, _participants_en)
RULES = {"zh": ZH_RULES, "en": EN_RULES}
