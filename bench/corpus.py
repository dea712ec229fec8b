"""A synthetic corpus of N reports made from the seeds.

Report k is seed ``k % 5`` with its meeting moved to a date of its own (the
title line's date, and every other spelling of that same date in the file,
get new numbers in the same layout), so every report has its own slug and
the text keeps the shapes of the real reports: page furniture, footnotes,
wrapped lines, annex tables, the defects the parser warns about.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from generator.parse import TITLE_DATE, TITLE_START
from generator.read import read_source
from generator.build import source_files

#: Four meetings a month: start days that leave room for a meeting of up to four days.
DAYS = (3, 10, 17, 24)
#: Five a month, for rhythms of more than 48 meetings a year.
DAYS5 = (1, 7, 13, 19, 25)


def meeting_date(k: int, per_year: int = 48) -> dt.date:
    """The k-th distinct start date, `per_year` meetings a year from 1950 on,
    spread over the year (one a year: every 3 January; 48: four a month)."""
    days = DAYS if per_year <= 48 else DAYS5
    if per_year > 12 * len(days):
        raise ValueError(f"at most {12 * len(days)} meetings a year")
    slot = (k % per_year) * 12 * len(days) // per_year
    return dt.date(1950 + k // per_year, slot // len(days) + 1, days[slot % len(days)])


def shift(text: str, start: dt.date) -> str:
    """`text` with its title's meeting date moved to `start` (same layout, same span)."""
    for line in text.split("\n")[:80]:
        match = TITLE_DATE.search(line)
        if match and TITLE_START.search(line):
            break
    else:
        raise ValueError("no title line with a date")
    old = match.group(0)
    d1, d2 = int(match["d1"]), int(match["d2"] or match["d1"])
    length = abs(d2 - d1)
    new1, new2 = (start.day, start.day + length) if d1 <= d2 else (start.day + length, start.day)
    values = {"y": start.year, "m": start.month, "m2": start.month, "d1": new1, "d2": new2}
    out, pos = [], 0
    for name in ("y", "m", "d1", "m2", "d2"):  # the order of the groups in TITLE_DATE
        if match[name] is None:
            continue
        s, e = match.span(name)
        out.append(old[pos:s - match.start()])
        out.append(str(values[name]))
        pos = e - match.start()
    out.append(old[pos:])
    return text.replace(old, "".join(out))


def make_corpus(n: int, out: Path, seeds: Path, per_year: int = 48) -> list[Path]:
    """Write n reports into `out` (a fresh folder), `per_year` meetings a
    year from 1950 on; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    sources = [(path.name, read_source(path)) for path in source_files(seeds)]
    paths = []
    for k in range(n):
        name, text = sources[k % len(sources)]
        path = out / f"{k:04d}_{name}"
        path.write_text(shift(text, meeting_date(k, per_year)), encoding="utf-8")
        paths.append(path)
    return paths


def change_one(path: Path) -> None:
    """Change one report the way an editor would: one more paragraph at the end
    of its body (before an annex if there is one)."""
    text = path.read_text(encoding="utf-8")
    numbers = [int(m) for m in re.findall(r"(?m)^\s*(\d{1,3})\s*[.．]", text)]
    para = f"{max(numbers) + 1}. 工作组通过了本报告。\n"
    annex = re.search(r"(?m)^\s*附件\s*$", text)
    at = annex.start() if annex else len(text)
    path.write_text(text[:at] + "\n" + para + text[at:], encoding="utf-8")
