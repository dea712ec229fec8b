"""Stage 5 — the corpus-wide views: decisions, timeline, documents, participants.

Gather everything, then render: `build_corpus` reads the mentions of every
report once; pages and report links are rendered from the `Corpus` only, so a
link target is always something the corpus holds, never a URL guessed from a
string (render/links.py then proves every link the generator wrote resolves).
"""
from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Optional

from . import ids
from .mentions import DATA
from .names import name, names_of
from .patterns import symbol_order
from .model import Mention, Report
from .recommendations import Recommendation, all_recommendations
from .recurring import Recurrence, recurrences


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
        """Two statements whose dates cannot both be true (a month contains
        its days): two spans neither of which holds the other. None such
        when the spans, widest first from each start, each hold the next
        (holding is transitive): one pass, not every pair (a session of the
        Conference is dated by every report that names it)."""
        spans = sorted(((s.start, s.end) for s in self.statements), key=lambda se: (se[0], -se[1].toordinal()))
        return any(not (b[1] <= a[1]) for a, b in zip(spans, spans[1:]))


@dataclass
class Document:
    key: str
    anchor: str
    descriptions: list[tuple[str, str, Cite]] = field(default_factory=list)  # (title, agenda, where)
    cites: list[Cite] = field(default_factory=list)
    report: Optional[Report] = None  # the symbol is a report of the corpus


@dataclass
class Participant:
    key: str
    kind: str  # country | organisation
    names: dict[str, str]  # language → name (see names.name)
    region: str
    cells: dict[str, dict[str, Cite]] = field(default_factory=dict)  # slug → role → first cite


@dataclass
class ParagraphCites:
    """The reports whose paragraphs (or items inside them: `ids.in_paragraph`)
    cite one decision: slug → (the report, the ids citing it in cite order),
    in slug order, and the slugs as a sorted list."""
    places: dict[str, tuple[Report, list[str]]]
    slugs: list[str]

    def around(self, slug: str, count: int) -> tuple[list[str], list[str], int]:
        """The `count` slugs before `slug` and the `count` after it (`slug`
        itself left out, whether or not it cites), and how many others cite."""
        at = bisect_left(self.slugs, slug)
        own = int(at < len(self.slugs) and self.slugs[at] == slug)
        return self.slugs[max(0, at - count):at], self.slugs[at + own:at + own + count], len(self.slugs) - own


@dataclass
class Corpus:
    reports: list[Report]
    decisions: dict[str, Decision]
    events: list[Event]
    documents: dict[str, Document]
    participants: dict[str, Participant]
    #: Every mention, as cites: kind → key → where (in report order). An
    #: index page of a new mention kind reads its entries here.
    cites: dict[str, dict[str, list[Cite]]] = field(default_factory=dict)
    #: id(report) → (the report, `decisions_by_paragraph` of it).
    _by_paragraph: dict[int, tuple[Report, dict[int, list[str]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def event_years(self) -> frozenset[int]:
        """The years that hold an event (the timeline has a heading for each)."""
        return frozenset(e.start.year for e in self.events)

    @cached_property
    def shared_years(self) -> frozenset[int]:
        """The years in which more than one meeting of the corpus started: a
        year alone does not name a meeting there (render/also_cited.py)."""
        seen: set[int] = set()
        shared: set[int] = set()
        for report in self.reports:
            year = report.meeting.start.year
            (shared if year in seen else seen).add(year)
        return frozenset(shared)

    @cached_property
    def recommendations(self) -> list[Recommendation]:
        """Every recommendation of the corpus's reports, by meeting
        (`recommendations.all_recommendations`)."""
        return all_recommendations(self.reports)

    @cached_property
    def recurring(self) -> dict[tuple[str, str], list[Recurrence]]:
        """(session, id) → the recommendations of other sessions each one
        recurs in (`recurring.recurrences`), found once for every page and
        download that shows them."""
        return recurrences(self.recommendations)

    @cached_property
    def paragraph_cites(self) -> dict[str, ParagraphCites]:
        """Decision key → the paragraphs citing it, by report (a decision
        cited in no paragraph is not here). Gathered once: the "also cited
        in" lines under every citing paragraph read it (render/also_cited.py),
        which otherwise walk every cite of the decision each time."""
        out: dict[str, ParagraphCites] = {}
        for key, decision in self.decisions.items():
            places: dict[str, tuple[Report, list[str]]] = {}
            for cite in decision.cites:
                eid = cite.mention.paragraph
                if ids.in_paragraph(eid):
                    found = places.setdefault(cite.report.slug, (cite.report, []))[1]
                    if eid not in found:
                        found.append(eid)
            if places:
                slugs = sorted(places)
                out[key] = ParagraphCites({slug: places[slug] for slug in slugs}, slugs)
        return out

    def decisions_by_paragraph(self, report: Report) -> dict[int, list[str]]:
        """id(paragraph) → the keys of the decisions each paragraph of
        `report` cites (in it or in an item inside it), in mention order,
        each once: read a report's mentions once, not once per paragraph
        (the "also cited in" lines under each)."""
        known = self._by_paragraph.get(id(report))
        if known is None or known[0] is not report:
            holding: dict[str, list[int]] = {}  # block id → the paragraphs holding it
            out: dict[int, list[str]] = {}
            for para in report.paragraphs:
                out[id(para)] = []
                for block in para.blocks():
                    holding.setdefault(block.id, []).append(id(para))
            for mention in report.mentions:
                if mention.kind == "decision":
                    for para in holding.get(mention.paragraph, ()):
                        if mention.key not in out[para]:
                            out[para].append(mention.key)
            known = self._by_paragraph[id(report)] = (report, out)
        return known[1]

    def meeting(self, report: Report) -> Event:
        return self._by_report[id(report)][0]

    def decisions_in(self, report: Report) -> list[Decision]:
        """The decisions `report` names, in index order."""
        return self._by_report[id(report)][1]

    def documents_in(self, report: Report) -> list[Document]:
        """The documents `report` names or is, in index order."""
        return self._by_report[id(report)][2]

    @cached_property
    def _by_report(self) -> dict[int, tuple[Event, list[Decision], list[Document]]]:
        """Each report's meeting, decisions and documents, found in one pass
        (a search per report made every report page cost the whole corpus)."""
        out: dict[int, tuple] = {}
        for event in self.events:
            if event.report is not None and id(event.report) not in out:
                out[id(event.report)] = (event, [], [])
        for decision in self.decisions.values():
            for key in dict.fromkeys(id(c.report) for c in decision.cites):
                out.setdefault(key, (None, [], []))[1].append(decision)
        for doc in self.documents.values():
            named = [doc.report] if doc.report is not None else []
            for key in dict.fromkeys(id(r) for r in named + [c.report for c in doc.cites]):
                out.setdefault(key, (None, [], []))[2].append(doc)
        return out


def build_corpus(reports: list[Report], languages: tuple[str, ...]) -> Corpus:
    """Every decision, dated event, document and participant of the corpus
    (participants named in each of `languages`)."""
    decisions: dict[str, Decision] = {}
    events: dict[str, Event] = {}
    documents: dict[str, Document] = {}
    participants: dict[str, Participant] = {}
    records = names_of("countries")
    for report in reports:
        m = report.meeting
        events[f"meeting-{report.slug}"] = Event(f"meeting-{report.slug}", report.title, "meeting",
                                                 [Statement(m.start, m.end, "day", None, "title")], report,
                                                 language=report.language)
        if report.symbol:
            documents.setdefault(report.symbol, Document(report.symbol, ids.document(report.symbol))).report = report
    cites: dict[str, dict[str, list[Cite]]] = {}
    for report in reports:
        for mention in report.mentions:
            cite = Cite(report, mention)
            cites.setdefault(mention.kind, {}).setdefault(mention.key, []).append(cite)
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
                    mention.key, mention.kind, {lang: name("countries", mention.key, lang) for lang in languages},
                    record.get("region", "ORG")))
                p.cells.setdefault(report.slug, {}).setdefault(mention.role, cite)
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
    return Corpus(reports, dict(sorted(decisions.items(), key=lambda kv: _decision_order(kv[1]))),
                  sorted(events.values(), key=lambda e: (e.start, e.end, e.key)),
                  dict(sorted(documents.items(), key=lambda kv: symbol_order(kv[0]))), participants, cites)


def _decision_order(d: Decision) -> tuple:
    return (bodies()["bodies"][d.body]["order"], d.session, d.kind, d.number)
