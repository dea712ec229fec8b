"""Every recommendation of every session, from the model: what the
recommendations tracker (render/recommendations.py) lists and what its CSV
and JSON downloads hold.

A recommendation is what a report's recommendations chapter holds (the
chapter whose heading is the language profile's `recommendations_chapter`,
"建议", "Recommendations"): each of its paragraphs, with its sections and
sub-headings (a joint session's "国际合作工作组" among them), except that a
paragraph holding numbered recommendations (``建议 1``, ids ``rec_N``) is
listed as those recommendations. No wording is interpreted: a paragraph that
only introduces the chapter ("通过了下述各项建议") is listed as the report
prints it, so that nothing of the chapter is missing.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Union

from .languages import profile
from .model import Heading, Paragraph, Report, Subparagraph


@dataclass
class Recommendation:
    report: Report
    #: The anchored item: a paragraph or a ``rec_N`` item.
    item: Union[Paragraph, Subparagraph]
    #: The report's own heading it stands under (a section, a sub-heading,
    #: or the chapter itself).
    section: Heading
    #: Keys of the decisions and resolutions it cites (``cop-dec-2-6``), in text order.
    decisions: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def text(self) -> str:
        """Its words: a paragraph's with its subparagraphs, an item's own."""
        return self.item.plain_text() if isinstance(self.item, Paragraph) else self.item.text


def _chapter_of(report: Report) -> dict[str, Heading]:
    """Heading id → the heading, for every heading inside the report's
    recommendations chapter (the chapter included)."""
    pattern = profile(report.language).recommendations_chapter
    inside: dict[str, Heading] = {}
    chapter = None
    for heading in report.headings:
        if heading.kind == "chapter":
            chapter = heading if pattern.match(heading.text.strip()) else None
        elif heading.kind == "annex":
            chapter = None
        if chapter is not None and (heading is chapter or heading.id.startswith(chapter.id + "__")):
            inside[heading.id] = heading
    return inside


def recommendations(report: Report) -> list[Recommendation]:
    """The report's recommendations, in document order."""
    headings = _chapter_of(report)
    cited: dict[str, list[str]] = {}
    for mention in report.mentions:
        if mention.kind == "decision":
            cited.setdefault(mention.paragraph, []).append(mention.key)
    out = []
    for para in report.paragraphs:
        if para.heading not in headings:
            continue
        recs = [b for b in para.blocks() if isinstance(b, Subparagraph) and b.kind == "rec"]
        for item in recs or [para]:
            ids = [b.id for b in (item.blocks() if isinstance(item, Paragraph) else [item, *_below(item)])]
            keys = list(dict.fromkeys(k for i in ids for k in cited.get(i, ())))
            out.append(Recommendation(report, item, headings[para.heading], keys))
    return out


def _below(item: Subparagraph):
    stack = list(reversed(item.children))
    while stack:
        child = stack.pop()
        yield child
        stack.extend(reversed(child.children))


def all_recommendations(reports: list[Report]) -> list[Recommendation]:
    """Every recommendation of `reports` (one language's shown reports), by meeting."""
    return [rec for report in sorted(reports, key=lambda r: (r.meeting.start, r.source))
            for rec in recommendations(report)]


# -- the downloads ----------------------------------------------------------------
COLUMNS = ("session", "symbol", "section", "id", "label", "url", "decisions", "recurs_in", "language", "text")


def rows(recs: list[Recommendation], language: str, page_url, label_of, recurring=None) -> list[dict]:
    """One row per recommendation, as the CSV and the JSON hold it:
    `page_url(report, id)` its link, `label_of(rec)` its readable name;
    `recurring`: (session, id) → its `recurring.Recurrence` list, each
    listed in ``recurs_in`` with its link and reason."""
    def recurs_in(rec: Recommendation) -> list[dict]:
        return [{"session": r.other.report.slug, "id": r.other.id, "url": page_url(r.other.report, r.other.id),
                 "score": r.score, "citations": list(r.citations), "words": list(r.words)}
                for r in (recurring or {}).get((rec.report.slug, rec.id), ())]

    return [{"session": rec.report.slug, "symbol": rec.report.symbol or "",
             "section": rec.section.text, "id": rec.id, "label": label_of(rec),
             "url": page_url(rec.report, rec.id), "decisions": " ".join(rec.decisions),
             "recurs_in": recurs_in(rec), "language": rec.report.language, "text": rec.text} for rec in recs]


def recurs_in_cell(value) -> str:
    """The CSV's ``recurs_in``: ``2023-05-29#rec_8 (数据 收集 分析); …``, each
    with the citations the two share or else their words most alike."""
    if isinstance(value, str):
        return value
    return "; ".join(f"{r['session']}#{r['id']} ({' '.join(r['citations'] or r['words'])})" for r in value)


#: What a spreadsheet reads as the start of a formula (OWASP's CSV injection list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula
    gets a leading apostrophe (which spreadsheets read as "text follows")."""
    return "'" + value if value.startswith(FORMULA_START) else value


def to_csv(table: list[dict]) -> bytes:
    """RFC 4180 CSV in UTF-8 with a byte-order mark (so that a spreadsheet
    opening it by double-click reads Chinese as Chinese, not as mojibake),
    every cell safe from being read as a formula (`spreadsheet_cell`)."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: spreadsheet_cell(recurs_in_cell(v) if k == "recurs_in" else v) for k, v in row.items()}
                     for row in table)
    return b"\xef\xbb\xbf" + out.getvalue().encode()


def to_json(table: list[dict]) -> bytes:
    data = [{**row, "decisions": row["decisions"].split()} for row in table]
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode()  # compact, as data/
