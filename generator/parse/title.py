"""The report's title and the meeting it names (dates, city, bodies)."""
from __future__ import annotations

import datetime as dt

from ..clean import Cleaned
from ..errors import SourceError
from ..languages import PROFILES, LanguageProfile
from ..model import Line, Meeting, Finding
from ..names import city_key


def _dated(text: str) -> bool:
    return any(p.title_date.search(text) for p in PROFILES.values())


def find_title(c: Cleaned, p: LanguageProfile) -> tuple[str, int, int, list[Line]]:
    """The title: from the line naming where the meeting was held to the
    line that says it is a report (the text, its first line's index, the
    index after it, and the cover lines before it)."""
    lines = c.lines

    def complete(text: str) -> bool:
        return bool(p.title_end.search(text)) and _dated(text)

    for i, line in enumerate(lines[:40]):
        if p.title_start.search(line.text) and (_dated(line.text) or not p.title_start_needs_date):
            text, j = line.text, i
            while not complete(text) and j + 1 < len(lines) and j < i + 4:
                j += 1
                text = c.join_lines(text, lines[j - 1], lines[j])
            if complete(text):
                return text, i, j + 1, lines[:i]
    first = lines[0] if lines else Line(1, "")
    raise SourceError(c.source, first.number,
                      f"a report title naming the meeting's dates and city (e.g. {p.title_example})",
                      repr(first.text[:60]) if first.text else "no text")


def read_title(title: str, line: int, p: LanguageProfile, source: str) -> tuple[Meeting, list[Finding]]:
    """The meeting (dates, city, bodies) the title names, read with the
    patterns of the report's language first, then of the others (a title
    may be in another language than the text); warnings on its dates and
    on a draft marker."""
    warnings: list[Finding] = []
    profiles = [p] + [other for other in PROFILES.values() if other is not p]
    match, by = None, p
    for by in profiles:
        match = by.title_date.search(title)
        if match and (match.groupdict().get("m") or by.month_number(match["month"] or "")):
            break
        match = None
    if match is None:
        raise SourceError(source, line, "a meeting date in the title", repr(title[:80]))
    groups = match.groupdict()
    year = int(match["y"])
    month = int(groups["m"]) if groups.get("m") else by.month_number(match["month"])
    month2 = int(groups["m2"]) if groups.get("m2") else month
    d1 = int(match["d1"])
    d2 = int(match["d2"]) if match["d2"] else d1
    try:
        start, end = dt.date(year, month, d1), dt.date(year, month2, d2)
    except ValueError:
        raise SourceError(source, line, "a valid meeting date in the title", repr(match.group(0))) from None
    if end < start:
        warnings.append(Finding(line, f"title gives the meeting days in reverse order ('{match.group(0)}'); "
                                      f"read as {end.isoformat()} to {start.isoformat()}", "date-order"))
        start, end = end, start
    city = next((m["city"] for m in (q.title_city.search(title) for q in profiles) if m), "")
    bodies: list[str] = []
    for q in profiles:
        found = q.title_bodies.search(title)
        if found:
            bodies = [b.strip() for b in q.bodies_split.split(found["bodies"])]
            break
    if p.draft_title.search(title):
        warnings.append(Finding(line, "the title marks this report as a draft", "draft"))
    return Meeting(start, end, city_key(city), bodies), warnings
