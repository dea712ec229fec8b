"""Helpers for the English PDF-layout fixtures (imported as `en_support`)."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from generator.clean import clean
from generator.languages import profile
from generator.model import Annex, Heading, Paragraph, Report
from generator.parse import parse
from generator.read import read_source

EN = profile("en")

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "en"


def load_en(name: str) -> tuple[Report, str]:
    text = read_source(FIXTURES / name)
    return parse(text, name), text


def model_characters(report: Report) -> Counter:
    """Every character the model holds, with the numbers and labels as printed."""
    parts = [line.text for line in report.front_matter] + [report.title]
    for block in report.blocks:
        if isinstance(block, Heading):
            parts += [block.marker, block.text]
        elif isinstance(block, Paragraph):
            for sub in block.blocks():
                if sub is block:
                    parts += [f"{block.number}." if block.number is not None else "", block.text]
                elif sub.kind == "subpara":
                    parts += [f"({sub.label})", sub.text]
                elif sub.kind == "item":
                    parts += [f"{sub.label}.", sub.text]
                elif sub.kind == "point":
                    parts += [sub.marker, sub.text]
                else:
                    parts += [sub.label, sub.text]
        elif isinstance(block, Annex):
            parts += [block.heading, block.title, *block.columns]
            for row in block.rows:
                parts += [row.symbol, row.agenda, row.title]
    for note in report.footnotes:
        parts += [note.mark, note.text]
        if note.referenced_from:
            parts.append(note.mark)  # the mark taken out of the text it was glued to
    return Counter(re.sub(r"\s+", "", "".join(parts)))


def assert_nothing_lost(report: Report, text: str, name: str) -> None:
    """Every character of the source that is not page furniture is in the
    model exactly once; a hyphen dropped at a line end counts as layout (it
    is recorded in `Cleaned.hyphen_breaks`, and nowhere else)."""
    cleaned = clean(text, name, EN)
    furniture = {line.number for line in cleaned.furniture}
    body = "".join(line for n, line in enumerate(text.split("\n"), start=1) if n not in furniture)
    source = Counter(re.sub(r"\s+", "", body))
    dropped = sum(1 for h in cleaned.hyphen_breaks.values() if not h.kept)
    shown = model_characters(report) + Counter({"-": dropped})
    missing, extra = source - shown, shown - source
    assert not missing and not extra, f"missing {dict(missing)!r} extra {dict(extra)!r}"
