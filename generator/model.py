"""The report model: plain dataclasses that every stage after `parse` reads.

Texts are plain strings without markup. What sits inside a text (a footnote
reference, bold type, later a mention of a decision) is a `Span` over it, so
that the renderer can escape the text once and add the markup around it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import groupby
from typing import Iterator, Optional, Union

from .codes import check as check_code


@dataclass(frozen=True)
class Line:
    """A line of a source, with its 1-based line number in the file."""

    number: int
    text: str


@dataclass
class Span:
    """Something inside a text: ``text[start:end]``.

    kind ``footnote`` is a zero-width reference at `start` (value: the
    footnote id); ``strong`` is bold type in the source; ``mention`` is a
    decision, document, date or country found by `mentions` (value: its key).
    """

    start: int
    end: int
    kind: str
    value: str = ""


@dataclass
class Finding:
    """A warning about a source: something a careful editor must look at;
    never fatal by itself. (Not named Warning: that is Python's built-in.)"""

    line: int
    message: str
    code: str  # one of codes.CODES
    target: str = ""  # id of the element it concerns

    def __post_init__(self):
        check_code(self.code)


@dataclass
class Heading:
    id: str
    level: int
    number: Optional[str]
    text: str
    line: int
    kind: str  # chapter | section | subsection | heading | annex
    spans: list[Span] = field(default_factory=list)
    marker: str = ""  # the number as printed, with its dot: "四．", "A."


@dataclass
class Subparagraph:
    """A lettered subparagraph, a point of a list below it (levels 2 to 4:
    ``(i)``, ``a.``, ``i.``), an agenda item or a recommendation."""

    id: str
    kind: str  # subpara | point | item | rec
    label: str  # "a", "ii", "1", "建议 1": the label the id is made of (a Chinese ㈡ is "ii")
    text: str
    line: int
    spans: list[Span] = field(default_factory=list)
    children: list["Subparagraph"] = field(default_factory=list)
    marker: str = ""  # as printed: "(a)", "（ａ）", "㈡", "b.", "2.", "建议 1"


@dataclass
class Paragraph:
    id: str
    number: Optional[int]
    text: str  # the paragraph's own words, before its subparagraphs
    line: int
    spans: list[Span] = field(default_factory=list)
    children: list[Subparagraph] = field(default_factory=list)
    heading: str = ""  # id of the heading it stands under
    marker: str = ""  # the number as printed, with its dot: "12.", "１２．" ("" when missing)

    def blocks(self) -> Iterator[Union["Paragraph", Subparagraph]]:
        """The paragraph itself, then every subparagraph, depth first."""
        yield self
        stack = list(reversed(self.children))
        while stack:
            child = stack.pop()
            yield child
            stack.extend(reversed(child.children))

    def plain_text(self) -> str:
        """Plain text of the paragraph including its subparagraphs."""
        parts = [self.text]
        for block in list(self.blocks())[1:]:
            label = f"({block.label})" if block.kind == "subpara" else (
                f"{block.label}." if block.kind == "item" else
                block.marker if block.kind == "point" else block.label)
            parts.append(f"{label} {block.text}")
        return "\n".join(p for p in parts if p)


@dataclass
class Footnote:
    id: str
    mark: str
    text: str
    line: int
    referenced_from: str = ""  # id of the element that carries the reference
    spans: list[Span] = field(default_factory=list)  # mentions in the footnote text


@dataclass
class AnnexRow:
    id: str
    symbol: str
    agenda: str
    title: str
    line: int


@dataclass
class Annex:
    """An annex; its documents list becomes a table."""

    id: str
    heading: str  # "附件"
    title: str
    line: int
    columns: list[str] = field(default_factory=list)
    rows: list[AnnexRow] = field(default_factory=list)


@dataclass
class Meeting:
    start: dt.date
    end: dt.date
    city: str
    bodies: list[str]


Block = Union[Heading, Paragraph, Annex]


@dataclass
class Mention:
    """A decision, document symbol, date or participant named in a report.

    kind: decision | document | date | country | organisation | article
    (of the Convention; no index links it yet). key: the public key of what
    is named (``cop-dec-2-6``, ``CTOC/COP/2012/15``, ``2006-10-09``,
    ``australia``, ``31``). paragraph: id of the paragraph, heading,
    footnote or annex row holding it; start/end: offsets in that element's
    text (annex rows: in the symbol or title cell, see `field`).
    """

    kind: str
    key: str
    text: str
    paragraph: str
    line: int
    start: int = 0
    end: int = 0
    field: str = "text"  # text | symbol | title (annex rows)
    title: str = ""  # decision: its title in quotes; document: what the report says it is
    agenda: str = ""  # document: agenda item(s) from an annex table
    date_end: str = ""  # date: ISO end of a range ("" for one day)
    precision: str = ""  # date: day | month | year
    event: str = ""  # date: the event the sentence ties it to
    event_key: str = ""  # date: key grouping statements of one event
    role: str = ""  # country/organisation: attended | spoke


@dataclass
class Report:
    source: str  # file name
    language: str  # a code of languages.PROFILES: zh, en …
    slug: str  # "2012-10-17"
    title: str
    meeting: Meeting
    symbol: Optional[str]
    front_matter: list[Line]
    blocks: list[Block]
    footnotes: list[Footnote]
    warnings: list[Finding] = field(default_factory=list)
    title_line: int = 1
    mentions: list[Mention] = field(default_factory=list)
    #: From the editor's metadata (metadata.py): the date it was issued, and
    #: its title on the pages of languages it has no source in.
    issued: Optional[dt.date] = None
    titles: dict[str, str] = field(default_factory=dict)

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def annexes(self) -> list[Annex]:
        return [b for b in self.blocks if isinstance(b, Annex)]

    def ids(self) -> list[str]:
        """Every public id of the report page, in document order."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.extend(b.id for b in block.blocks())
            elif isinstance(block, Annex):
                out.append(block.id)
                out.extend(row.id for row in block.rows)
            else:
                out.append(block.id)
        out.extend(f.id for f in self.footnotes)
        return out



def by_meeting(reports: list[Report]) -> dict[str, dict[str, Report]]:
    """slug → {language: report}: the language versions of each meeting."""
    versions: dict[str, dict[str, Report]] = {}
    for report in reports:
        versions.setdefault(report.slug, {})[report.language] = report
    return dict(sorted(versions.items()))


def by_year(reports: list[Report]) -> list[tuple[int, list[Report]]]:
    """(year, its reports in meeting order), years in order."""
    ordered = sorted(reports, key=lambda r: (r.meeting.start, r.source))
    return [(year, list(group)) for year, group in groupby(ordered, key=lambda r: r.meeting.start.year)]


def by_period(reports: list[Report], periods) -> list[tuple[object, list[Report]]]:
    """(period, its reports in meeting order) for each of `periods` (`urls.Period`:
    a run of years, or of one year's months)."""
    ordered = sorted(reports, key=lambda r: (r.meeting.start, r.source))
    return [(p, [r for r in ordered if r.meeting.start in p]) for p in periods]


def shown_in(versions: dict[str, Report], language: str, languages: tuple[str, ...]) -> Report:
    """The version a page in `language` shows: its own, else another one
    (the same one for every page of that meeting): the first of the site's
    languages that has one, else the first by code."""
    if language in versions:
        return versions[language]
    return next((versions[lang] for lang in languages if lang in versions), None) or versions[sorted(versions)[0]]


def side_by_side(versions: dict[str, Report], languages: tuple[str, ...]) -> dict[str, Report]:
    """The versions of a meeting that its side-by-side page shows: those in
    the languages of the site, in the site's order (a page exists when
    there are two or more)."""
    return {lang: versions[lang] for lang in languages if lang in versions}
