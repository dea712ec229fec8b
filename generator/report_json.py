"""A report as JSON: the `parse` command's output and the core of the
published data (data.py). A stable, documented shape; the report's URL in
it comes from `urls` (the model itself knows no place on the site)."""
from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from typing import Any

from .model import Report, Subparagraph
from .urls import report_url


def as_json(report: Report) -> dict[str, Any]:
    """The report's ids, texts, footnotes, annexes, mentions and warnings."""
    def refs(block) -> list[str]:
        return [s.value for s in block.spans if s.kind == "footnote"]

    def sub(block: Subparagraph) -> dict[str, Any]:
        out = {"id": block.id, "kind": block.kind, "letter": block.label,
               "text": block.text, "line": block.line, "footnotes": refs(block)}
        if block.children:
            out["subparagraphs"] = [sub(c) for c in block.children]
        return out

    return {
        "source": report.source,
        "slug": report.slug,
        "url": report_url(report.slug),
        "language": report.language,
        "title": report.title,
        "meeting": {
            "start": report.meeting.start.isoformat(),
            "end": report.meeting.end.isoformat(),
            "city": report.meeting.city,
            "bodies": list(report.meeting.bodies),
        },
        "symbol": report.symbol,
        "headings": [
            {"id": h.id, "level": h.level, "number": h.number, "text": h.text,
             "line": h.line, "footnotes": refs(h)}
            for h in report.headings
        ],
        "paragraphs": [
            {"id": p.id, "number": p.number, "text": p.plain_text(), "line": p.line,
             "heading": p.heading,
             "subparagraphs": [sub(c) for c in p.children],
             "footnotes": [s.value for b in p.blocks() for s in b.spans
                           if s.kind == "footnote"]}
            for p in report.paragraphs
        ],
        "footnotes": [
            {"id": f.id, "mark": f.mark, "text": f.text, "line": f.line,
             "referenced_from": f.referenced_from}
            for f in report.footnotes
        ],
        "annexes": [
            {"id": a.id, "title": a.title, "columns": a.columns,
             "rows": [_flat(r) for r in a.rows]}
            for a in report.annexes
        ],
        "mentions": [
            {k: v for k, v in _flat(m).items() if v != "" or k in ("kind", "key", "text", "paragraph")}
            for m in report.mentions
        ],
        "warnings": [_flat(w) for w in report.warnings],
    }


def _flat(record) -> dict[str, Any]:
    """A dataclass of plain values (a mention, an annex row, a warning) as a
    dict, field by field: `dataclasses.asdict` without its deep copy of
    every value (half the JSON's time, for strings and numbers)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))
