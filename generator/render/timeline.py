"""timeline.md: every dated event the reports name (meetings of the corpus,
sessions of the Conference, other events), year by year, each with the
statements of its date and where they are; a picture of them on an axis.

The picture is HTML and CSS rather than inline SVG: its marks are Markdown
links with an attr_list position (``[…](reports/x.md#para_3){: .tl-mark
style="left: 42.0%" }``), which MkDocs checks and rewrites for each build;
raw SVG ``<a href>`` it would leave alone."""
from __future__ import annotations

import datetime as dt

from .. import citation, ids
from ..languages import profile
from ..markup import markdown_text as escape
from ..urls import Period, relative, report_path
from .index_page import IndexPage

#: The signs of the picture's lanes (its marks' text).
SIGNS = {"meeting": "●", "cop": "◆", "event": "•"}


class TimelinePage(IndexPage):
    name = "timeline"
    kinds = ("date",)

    @classmethod
    def years(cls, corpus) -> set[int]:
        """Events may lie outside the meetings' years."""
        return {e.start.year for e in corpus.events}

    @classmethod
    def weights(cls, corpus) -> dict[int, int]:
        out: dict[int, int] = {}
        for e in corpus.events:
            out[e.start.year] = out.get(e.start.year, 0) + 1
        return out

    @classmethod
    def target(cls, corpus, layout, language, kind, key, report):
        """A date links its year on the timeline; a year without an event
        has no heading there, and the date stays unlinked."""
        year = int(key[:4])
        if year not in corpus.event_years:
            return None
        return layout.page_of(cls.name, year, language), ids.year(year)

    def overview(self) -> str:
        page = self.path(self.name)
        out = [self.front(), escape(self.t("timeline_intro")) + "\n", self.picture(page)]
        year = None
        for e in self.corpus.events:
            if e.start.year != year:
                year = e.start.year
                out.append(f"## {year} {{: #{ids.year(year)} }}\n")
                if self.split:
                    out.append(self.year_summary(page, year))
            if not self.split:
                out.append(self.event(page, e))
        return "\n".join(out)

    def year_summary(self, page: str, year: int) -> str:
        """A split timeline's overview of a year: meetings and Conference
        sessions keep their ids here (links to them are older than the split),
        as links to their entries; other events are counted."""
        there = relative(page, self.holding(year))
        events = [e for e in self.corpus.events if e.start.year == year]
        lines = [f"[{escape(self.t('year_page', year=year))}]({there})\n"]
        for lane, chosen in (("meeting", [e for e in events if e.report]),
                             ("cop", [e for e in events if not e.report and e.kind == "cop"])):
            if chosen:
                lines.append(f"- {escape(self.t('lane_' + lane))}: " + " · ".join(
                    f"[{escape(self.date(e.statements[0])) if e.report else self.event_label(e)}]({there}#{e.anchor}){{: #{e.anchor} }}"
                    for e in chosen))
        others = sum(1 for e in events if not e.report and e.kind != "cop")
        if others:
            lines.append(f"- {escape(self.t('lane_event'))}: [{others}]({there})")
        return "\n".join(lines) + "\n"

    def period(self, period: Period) -> str:
        page = self.holding(period)
        events, current = [], None
        for e in self.corpus.events:
            if e.start.year not in period:
                continue
            if not period.single and e.start.year != current:
                current = e.start.year
                events.append(f"## {current} {{: #{ids.year(current)} }}\n")
            events.append(self.event(page, e))
        return "\n".join([self.period_front(period), *(events or [self.nothing()])])

    def event(self, page: str, e) -> str:
        flag = f' <span class="tl-conflict">⚠ {escape(self.t("date_conflict"))}</span>' if e.conflict else ""
        if e.report:
            head = f"[{self.event_label(e)}]({relative(page, report_path(e.report, self.language))})"
        else:
            head = self.event_label(e)
        dates = []
        for s in e.statements:
            where = (self.cite_link(page, s.cite) + f" ({escape(s.cite.report.slug)})") if s.cite else escape(
                self.t("source_" + s.source))
            dates.append(f"{escape(self.date(s))} — {where}")
        decisions = ""
        if e.decisions:
            decisions = "<br>" + escape(self.t("decisions_adopted")) + ": " + self.sep.join(
                f"[{d.session}/{d.number}]({relative(page, self.path('decisions'))}#{d.key})" for d in e.decisions)
        return (f'<div class="tl-event tl-{e.kind}" id="{e.anchor}" markdown="1">\n'
                f"**{escape(self.date(e.statements[0]))}** {head}{flag}<br>"
                + "<br>".join(dates) + decisions + "\n</div>\n")

    def picture(self, page: str) -> str:
        """Years on an axis; meetings, events and COP decisions as linked marks.
        A split corpus gets one mark per year and lane, linking the year's page."""
        first = min(e.start for e in self.corpus.events).year
        last = max(e.start for e in self.corpus.events).year + 1
        span = (dt.date(last, 1, 1) - dt.date(first, 1, 1)).days

        def left(d) -> str:
            return f"{100 * (d - dt.date(first, 1, 1)).days / span:.2f}%"

        def classes(cls: str) -> str:
            return " ".join("." + c for c in cls.split())

        def mark(text, target, title, cls, d, lang="") -> str:
            # The title is also the mark's accessible name (its text is a sign: ●, ◆, •).
            link = (f'[{escape(text)}]({target} "{escape(title)}")'
                    f'{{: .tl-mark {classes(cls)} style="left: {left(d)}" aria-label="{escape(title)}" }}')
            # A name in another language: its lang on a span around the link, never on the
            # <a> itself (the HTML minifier, htmlmin, then drops every later equal lang).
            return f'<span lang="{profile(lang).html_lang}">{link}</span>' if lang and lang != self.language else link

        has_events = {e.start.year for e in self.corpus.events}
        years = " ".join(
            f'[{y}](#{ids.year(y)}){{: .tl-year style="left: {left(dt.date(y, 1, 1))}" }}' if y in has_events
            else f'<span class="tl-year" style="left: {left(dt.date(y, 1, 1))}">{y}</span>'
            for y in range(first, last) if y in has_events or y % 5 == 0)
        lanes = {"meeting": [], "cop": [], "event": [], "decision": []}
        per_year: dict = {}
        for e in self.corpus.events:
            cls = "tl-conflict-mark" if e.conflict else ""
            foreign = e.kind != "cop" and e.report is None and e.language not in ("", self.language)
            # A tooltip has one language: a label in another language stands alone, marked with it.
            if e.report:
                label_ = citation.report_name(e.report, self.language)
            else:
                label_ = e.label if foreign else f"{self.date(e.statements[0])} {self.plain_event_label(e)}"
            lang = e.language if foreign else ""
            lane = "meeting" if e.report else "cop" if e.kind == "cop" else "event"
            if self.split:
                per_year.setdefault((lane, e.start.year), []).append(e)
            elif e.report:
                lanes["meeting"].append(mark(SIGNS["meeting"], relative(page, report_path(e.report, self.language)),
                                             label_, f"tl-meeting {cls}".strip(), e.start))
            else:
                # Like marks lead to like places: every session and event to its
                # entry below (which links the paragraphs that state its date).
                lanes[lane].append(mark(SIGNS[lane], f"#{e.anchor}", label_, f"tl-{e.kind} {cls}".strip(),
                                        e.start, lang))
            for d in e.decisions:
                lanes["decision"].append(mark(f"{d.session}/{d.number}", f"{self.path('decisions')}#{d.key}",
                                              self.decision_name(d), "tl-decision", e.start))
        for (lane, year), events in per_year.items():
            lanes[lane].append(mark(SIGNS[lane], relative(page, self.holding(year)),
                                    self.t("timeline_mark_year", year=year, n=len(events)),
                                    f"tl-{events[0].kind}", dt.date(year, 7, 1)))
        rows = [f'<div class="tl-lane tl-axis" markdown="1">\n{years}\n</div>']
        for lane, marks in lanes.items():
            if marks:
                rows.append(f'<div class="tl-lane" markdown="1">\n<span class="tl-lane-label">'
                            f'{escape(self.t("lane_" + lane))}</span> ' + " ".join(marks) + "\n</div>")
        # A picture of a fixed least width that scrolls in its own box on a
        # phone; paragraphs.js stacks the labels of a lane that would overlap.
        return ('<div class="timeline-scroll" markdown="1">\n<div class="timeline" markdown="1">\n'
                + "\n".join(rows) + "\n</div>\n</div>\n")
