"""Stage 5 — the corpus-wide views: decisions, timeline, documents, participants.

Gather everything, then render: `build_corpus` reads the mentions of every
report once; pages and report links are rendered from the `Corpus` only, so a
link target is always something the corpus holds, never a URL guessed from a
string. `check_links` then proves every link the generator wrote resolves.
"""
from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from . import ids
from .errors import LinkError
from .i18n import DEFAULT_LANGUAGE, languages
from .mentions import DATA, names
from .names import name
from .model import Mention, Report, Span, Warning

PAGES = {"decisions": "decisions.md", "timeline": "timeline.md",
         "documents": "documents.md", "participants": "participants.md"}


@lru_cache(maxsize=None)
def bodies() -> dict:
    return json.loads((DATA / "bodies.json").read_text(encoding="utf-8"))


@dataclass
class Cite:
    """One place a report names something."""

    report: Report
    mention: Mention


@dataclass
class Decision:
    key: str
    body: str
    kind: str  # dec | res
    session: int
    number: int
    titles: dict[str, list[Cite]] = field(default_factory=dict)
    cites: list[Cite] = field(default_factory=list)


@dataclass
class Statement:
    start: dt.date
    end: dt.date
    precision: str
    cite: Optional[Cite]  # None: the report's metadata or reference data
    source: str = ""  # for cite None: "title" | "reference"


@dataclass
class Event:
    key: str
    label: str  # as the report says it (a session of the Conference: written by the renderer)
    kind: str  # meeting | cop | event
    statements: list[Statement] = field(default_factory=list)
    report: Optional[Report] = None  # for meetings of the corpus
    decisions: list[Decision] = field(default_factory=list)
    language: str = ""  # the language of `label`

    @property
    def session(self) -> int:
        """A session of the Conference: its number."""
        return int(self.key.rsplit("-", 1)[1])

    @property
    def anchor(self) -> str:
        return ids.meeting(self.report.slug) if self.report else ids.event(self.key)

    @property
    def start(self) -> dt.date:
        return self.statements[0].start

    @property
    def end(self) -> dt.date:
        return self.statements[0].end

    @property
    def conflict(self) -> bool:
        """Two statements whose dates cannot both be true (a month contains its days)."""
        s = self.statements
        return any(not (a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end)
                   for i, a in enumerate(s) for b in s[i + 1:])


@dataclass
class Document:
    key: str
    anchor: str
    descriptions: list[tuple[str, str, Cite]] = field(default_factory=list)  # (title, agenda, where)
    cites: list[Cite] = field(default_factory=list)
    report: Optional[Report] = None  # the symbol is a report of the corpus

    def url(self, language: str) -> str:
        """Public UN document URL in `language` (its profile's undocs code);
        a joint symbol (``A/1-B/2``) by its first symbol."""
        from .languages import profile

        return f"https://undocs.org/{profile(language).undocs}/" + re.split(r"-(?=[A-Z])", self.key)[0]


@dataclass
class Participant:
    key: str
    kind: str  # country | organisation
    names: dict[str, str]  # language → name (see names.name)
    region: str
    cells: dict[str, dict[str, Cite]] = field(default_factory=dict)  # slug → role → first cite


@dataclass
class Corpus:
    reports: list[Report]
    decisions: dict[str, Decision]
    events: list[Event]
    documents: dict[str, Document]
    participants: dict[str, Participant]
    warnings: list[tuple[Report, Warning]]
    #: Index page name → the periods its long lists are split into (empty or
    #: absent: one page); decided by size, `paging.index_periods`.
    periods: dict = field(default_factory=dict)

    def split_of(self, name: str) -> bool:
        """Whether index page `name` keeps an overview and moves its lists to period pages."""
        return bool(self.periods.get(name))

    def period(self, name: str, year: int):
        """The period page of index page `name` that holds `year`."""
        return next(p for p in self.periods[name] if year in p)

    def event_of(self, mention: Mention) -> Optional[Event]:
        return next((e for e in self.events if any(s.cite and s.cite.mention is mention for s in e.statements)), None)

    def meeting(self, report: Report) -> Event:
        return next(e for e in self.events if e.report is report)


def build_corpus(reports: list[Report]) -> Corpus:
    """Every decision, dated event, document and participant of the corpus."""
    decisions: dict[str, Decision] = {}
    events: dict[str, Event] = {}
    documents: dict[str, Document] = {}
    participants: dict[str, Participant] = {}
    warnings: list[tuple[Report, Warning]] = []
    records = {r["key"]: r for r in names().values()}
    for report in reports:
        m = report.meeting
        events[f"meeting-{report.slug}"] = Event(f"meeting-{report.slug}", report.title, "meeting",
                                                 [Statement(m.start, m.end, "day", None, "title")], report,
                                                 language=report.language)
        if report.symbol:
            documents.setdefault(report.symbol, Document(report.symbol, ids.document(report.symbol))).report = report
    for report in reports:
        for mention in report.mentions:
            cite = Cite(report, mention)
            if mention.kind == "decision":
                body, kind, session, number = mention.key.split("-")
                entry = decisions.setdefault(mention.key, Decision(mention.key, body, kind, int(session), int(number)))
                entry.cites.append(cite)
                if mention.title:
                    entry.titles.setdefault(mention.title, []).append(cite)
            elif mention.kind == "document":
                doc = documents.setdefault(mention.key, Document(mention.key, ids.document(mention.key)))
                doc.cites.append(cite)
                if mention.field == "symbol":
                    row = next(r for a in report.annexes for r in a.rows if r.id == mention.paragraph)
                    doc.descriptions.append((row.title, row.agenda, cite))
                elif mention.title:
                    doc.descriptions.append((mention.title, "", cite))
            elif mention.kind == "date" and mention.event_key:
                start = dt.date.fromisoformat(mention.key)
                end = dt.date.fromisoformat(mention.date_end) if mention.date_end else start
                kind = "cop" if mention.event_key.startswith("cop-session-") else "event"
                event = events.setdefault(mention.event_key, Event(mention.event_key, mention.event, kind,
                                                                   language=report.language))
                event.statements.append(Statement(start, end, mention.precision, cite))
            elif mention.kind in ("country", "organisation"):
                record = records[mention.key]
                p = participants.setdefault(mention.key, Participant(
                    mention.key, mention.kind, {lang: name("countries", mention.key, lang) for lang in languages()},
                    record.get("region", "ORG")))
                p.cells.setdefault(report.slug, {}).setdefault(mention.role, cite)
        warnings.extend((report, w) for w in report.warnings)
    # Decisions of the Conference sit at the session that adopted them.
    sessions = bodies()["cop_sessions"]
    for decision in decisions.values():
        if decision.body != "cop":
            continue
        key = f"cop-session-{decision.session}"
        if key not in events and str(decision.session) in sessions:
            a, b = (dt.date.fromisoformat(d) for d in sessions[str(decision.session)])
            events[key] = Event(key, key, "cop", [Statement(a, b, "day", None, "reference")])
        if key in events:
            events[key].decisions.append(decision)
    for event in events.values():
        # The most precise statement leads; a report's own title leads for its meeting.
        event.statements.sort(key=lambda s: (s.source != "title", (s.end - s.start).days, s.start))
        if event.conflict:
            for s in event.statements:
                if s.cite:
                    warnings.append((s.cite.report, Warning(
                        s.cite.mention.line, f"{event.label}: dates disagree "
                        f"({', '.join(_range(x) for x in event.statements)})", "date-conflict",
                        s.cite.mention.paragraph)))
    return Corpus(reports, dict(sorted(decisions.items(), key=lambda kv: _decision_order(kv[1]))),
                  sorted(events.values(), key=lambda e: (e.start, e.end, e.key)),
                  dict(sorted(documents.items())), participants, warnings)


def _decision_order(d: Decision) -> tuple:
    return (bodies()["bodies"][d.body]["order"], d.session, d.kind, d.number)


def _range(s: Statement) -> str:
    if s.precision == "year":
        return str(s.start.year)
    if s.precision == "month":
        return s.start.isoformat()[:7]
    return s.start.isoformat() if s.start == s.end else f"{s.start.isoformat()}/{s.end.isoformat()}"


def date_label(s: Statement, language: str) -> str:
    """A statement's date at its precision, as readers of `language` write
    it ("9 to 18 October 2006", "2006 年 10 月")."""
    from .languages import profile

    return profile(language).date(s.start, s.end, s.precision)


# -- links ---------------------------------------------------------------------
def linker_for(corpus: Corpus, language: str = DEFAULT_LANGUAGE) -> Callable[[Report], Callable[[Span], Optional[str]]]:
    """Report → a linker that sends mention spans to their index entries
    (the pages of `language`)."""
    from .render import page_path, relative, report_path

    def target(name: str) -> str:
        return page_path(name, language)

    event_years = {e.start.year for e in corpus.events}

    def make(report: Report):
        here = report_path(report, language)

        def link(span: Span) -> Optional[str]:
            kind, _, key = span.value.partition(":")
            if kind == "decision" and key in corpus.decisions:
                return relative(here, target("decisions")) + "#" + key
            if kind in ("document", "doc") and key in corpus.documents:
                return relative(here, target("documents")) + "#" + corpus.documents[key].anchor
            if kind in ("country", "organisation") and key in corpus.participants:
                if corpus.split_of("participants"):  # the period's table has this report's column
                    period = corpus.period("participants", report.meeting.start.year)
                    return relative(here, target(f"participants/{period}")) + "#" + key
                return relative(here, target("participants")) + "#" + key
            if kind == "date":
                year = int(key[:4])
                if corpus.split_of("timeline") and year in event_years:
                    period = corpus.period("timeline", year)
                    return relative(here, target(f"timeline/{period}")) + "#" + ids.year(year)
                return relative(here, target("timeline")) + "#" + ids.year(year)
            return None
        return link
    return make


LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
ID = re.compile(r"""\bid="(?P<a>[^"]+)"|\{:[^}]*#(?P<b>[\w-]+)""")


def check_links(pages: dict[str, str]) -> int:
    """Every Markdown link between generated pages points at an existing page
    and an id that page defines. Returns the number of links checked."""
    page_ids = {path: {m["a"] or m["b"] for m in ID.finditer(text)} for path, text in pages.items()}
    checked = 0
    for path, text in pages.items():
        for match in LINK.finditer(text):
            target = match["target"]
            if re.match(r"^[a-z]+:", target):
                continue
            file, _, anchor = target.partition("#")
            dest = posixpath.normpath(posixpath.join(posixpath.dirname(path), file)) if file else path
            if dest not in pages:
                raise LinkError(f"{path}: link to {target}: no page {dest}")
            if anchor and anchor not in page_ids[dest]:
                raise LinkError(f"{path}: link to {target}: no id {anchor!r} in {dest}")
            checked += 1
    return checked
