"""timeline.md: every dated event the reports name (meetings of the corpus,
sessions of the Conference, other events), year by year, each with the
statements of its date and where they are; a picture of them on an axis.

The picture is HTML and CSS rather than inline SVG: its marks are Markdown
links with an attr_list position (``[…](reports/x.md#para_3){: .tl-mark
style="left: 42.0%" }``), which MkDocs checks and rewrites for each build;
raw SVG ``<a href>`` it would leave alone."""
from __future__ import annotations

import datetime as dt
import unicodedata

from .. import citation, ids
from ..languages import profile
from ..markup import html_link, markdown_text as escape
from ..urls import Period, relative, report_path
from .index_page import IndexPage

#: The signs of the picture's lanes (its marks' text).
SIGNS = {"meeting": "●", "cop": "◆", "event": "•"}

# Where the labels of a lane go is decided here, at render time (no script):
# each label gets a row, by greedy interval packing on the picture's least
# width. Labels keep their size when the picture is wider and their places
# move apart, so a layout that holds at the least width holds at any width.
# The numbers come from overrides/assets/css/reports.css and Material 9.8:
#: `.timeline { min-width: 640px }`: the picture's least width (it scrolls in its own box on a phone).
PICTURE_MIN_PX = 640
#: `.timeline { border: 1px solid }`, both sides.
PICTURE_BORDER_PX = 2
#: `.timeline { padding: .5em 1em 1em 7em }`: left and right, in the picture's em.
PICTURE_PADDING_EM = 7 + 1
#: The picture's font: Material's `.md-typeset { font-size: .8rem }` on its `html { font-size: 125% }`
#: (viewports under 100em; wider ones have a wider content column than the picture's least width).
FONT_PX = 16
#: The lanes' least width, in the lane's em: (640 − 2) / 16 − 8 = 31.875.
LANE_EM = (PICTURE_MIN_PX - PICTURE_BORDER_PX) / FONT_PX - PICTURE_PADDING_EM
#: Each lane's label size in the lane's em: `.tl-axis a.tl-year`, `.tl-lane span.tl-year { font-size: .7em }`,
#: `a.tl-meeting { font-size: 1.1em }`, `a.tl-decision { font-size: .65em }`; sessions and events 1em.
LABEL_FONT = {"axis": .7, "meeting": 1.1, "cop": 1.0, "event": 1.0, "decision": .65}
#: An estimate of a character's width in its own em, on the generous side: digits and Latin letters
#: (0.64em in DejaVu Sans, 0.56em in Arial: Material's `font: false` takes the system's sans-serif),
#: thin ones ("/": 0.34em in DejaVu Sans), and wide ones (CJK, and the signs ● ◆ •, which a CJK
#: font draws a full em wide).
NARROW_EM, THIN_EM, WIDE_EM = 0.65, 0.4, 1.0
THIN = frozenset("/.,:;' |!iIjlrt()-")
#: The least space between two labels of a row, in the lane's em (a margin for the estimate, too).
LABEL_GAP_EM = 0.3
#: `.tl-lane a.tl-mark, .tl-axis a.tl-year { min-width: 24px; min-height: 24px }`: every mark is a
#: tap target of 24 × 24 px at least (WCAG 2.2, 2.5.8), however short its text.
TARGET_PX = 24


def label_em(text: str) -> float:
    """The estimated width of a label's text, in its own em."""
    return sum(WIDE_EM if unicodedata.east_asian_width(c) in "WFA" else THIN_EM if c in THIN else NARROW_EM
               for c in text)


def stack(spans: list[tuple[float, float]], gap: float = LABEL_GAP_EM) -> list[int]:
    """The row of each span (left, right), in the order given: from left to
    right, each on the first row whose last span ends at least ``gap`` before it,
    else on a new row (rows are not bounded: a lane of many events on one date
    grows tall rather than piling them up). Spans that start together keep
    their given order (the result depends on nothing else)."""
    ends: list[float] = []  # where each row's last span ends
    out = [0] * len(spans)
    for i in sorted(range(len(spans)), key=lambda i: (spans[i][0], i)):
        left, right = spans[i]
        row = next((r for r, end in enumerate(ends) if end + gap <= left), len(ends))
        if row == len(ends):
            ends.append(right)
        ends[row] = right
        out[i] = row
    return out


def lane_rows(lane: str, marks: list[tuple[str, float]]) -> list[int]:
    """The row of each label (text, place from 0 to 1 along the lane) of a lane."""
    font = LABEL_FONT[lane]
    spans = []
    for text, place in marks:
        middle, half = place * LANE_EM, max(label_em(text) * font, TARGET_PX / FONT_PX) / 2
        spans.append((middle - half, middle + half))  # a label is centred on its place (translateX(-50%))
    return stack(spans)


class TimelinePage(IndexPage):
    name = "timeline"
    kinds = ("date",)

    @classmethod
    def years(cls, corpus) -> set[int]:
        """Events may lie outside the meetings' years."""
        return set(corpus.event_years)

    @classmethod
    def entry_dates(cls, corpus) -> list[dt.date]:
        return [e.start for e in corpus.events]

    @classmethod
    def target(cls, corpus, layout, language, kind, key, report):
        """A date links its year on the timeline (the part holding it, when
        the year is split); a year without an event has no heading there,
        and the date stays unlinked."""
        year = int(key[:4])
        if year not in corpus.event_years:
            return None
        return layout.page_of(cls.name, dt.date.fromisoformat(key), language), ids.year(year)

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
        parts = self.layout.parts(self.name, year)
        there = relative(page, self.holding(parts[0]))
        events = [e for e in self.corpus.events if e.start.year == year]
        lines = [" · ".join(f"[{escape(self.t('year_page', year=self.period_name(year if len(parts) == 1 else part)))}]"
                            f"({relative(page, self.holding(part))})" for part in parts) + "\n"]
        for lane, chosen in (("meeting", [e for e in events if e.report]),
                             ("cop", [e for e in events if not e.report and e.kind == "cop"])):
            if chosen:
                lines.append(f"- {escape(self.t('lane_' + lane))}: " + " · ".join(
                    f"[{escape(self.date(e.statements[0])) if e.report else self.event_label(e)}]"
                    f"({relative(page, self.holding(e.start))}#{e.anchor}){{: #{e.anchor} }}"
                    for e in chosen))
        others = sum(1 for e in events if not e.report and e.kind != "cop")
        if others:
            lines.append(f"- {escape(self.t('lane_event'))}: [{others}]({there})")
        return "\n".join(lines) + "\n"

    def period(self, period: Period) -> str:
        page = self.holding(period)
        events, current = [], None
        for e in self.corpus.events:
            if e.start not in period:
                continue
            if not period.single and e.start.year != current:
                current = e.start.year
                events.append(f"## {current} {{: #{ids.year(current)} }}\n")
            events.append(self.event(page, e))
        return "\n".join([self.period_front(period), *(events or [self.nothing()])])

    def event(self, page: str, e) -> str:
        flag = f' <span class="tl-conflict">⚠ {escape(self.t("date_conflict"))}</span>' if e.conflict else ""
        if e.report:
            head = html_link(relative(page, report_path(e.report, self.language, self.root)), self.event_label(e))
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
                html_link(f"{relative(page, self.path('decisions'))}#{d.key}", f"{d.session}/{d.number}")
                for d in e.decisions)
        # One HTML block (see markup.table), as md_in_html made it of Markdown.
        return (f'<div class="tl-event tl-{e.kind}" id="{e.anchor}">\n'
                f"<p><strong>{escape(self.date(e.statements[0]))}</strong> {head}{flag}<br>"
                + "<br>".join(dates) + decisions + "</p>\n</div>\n")

    def picture(self, page: str) -> str:
        """Years on an axis; meetings, events and COP decisions as linked marks.
        A split corpus gets one mark per year and lane, linking the year's page.
        Labels that would overlap at the picture's least width go to rows below
        (``lane_rows``), and their lane grows to hold them (``--tl-rows``)."""
        first = min(e.start for e in self.corpus.events).year
        last = max(e.start for e in self.corpus.events).year + 1
        span = (dt.date(last, 1, 1) - dt.date(first, 1, 1)).days

        def place(d) -> float:
            return (d - dt.date(first, 1, 1)).days / span

        def left(d) -> str:
            return f"{100 * place(d):.2f}%"

        def classes(cls: str) -> str:
            return " ".join("." + c for c in cls.split())

        def at(d, row: int) -> str:
            """The style of a label: its place, and its row below the first (reports.css, --tl-row)."""
            return f"left: {left(d)}" + (f"; --tl-row: {row}" if row else "")

        def mark(text, target, title, cls, d, lang, row) -> str:
            # The title is also the mark's accessible name (its text is a sign: ●, ◆, •).
            link = (f'[{escape(text)}]({target} "{escape(title)}")'
                    f'{{: .tl-mark {classes(cls)} style="{at(d, row)}" aria-label="{escape(title)}" }}')
            # A name in another language: its lang on a span around the link.
            return f'<span lang="{profile(lang).html_lang}">{link}</span>' if lang and lang != self.language else link

        def lane_div(lane: str, rows: list[int], inside: str) -> str:
            kind = "tl-axis" if lane == "axis" else f"tl-lane-{lane}"
            grow = f' style="--tl-rows: {max(rows) + 1}"' if rows and max(rows) else ""
            return f'<div class="tl-lane {kind}"{grow} markdown="1">\n{inside}\n</div>'

        has_events = self.corpus.event_years
        shown = [y for y in range(first, last) if y in has_events or y % 5 == 0]
        year_rows = lane_rows("axis", [(str(y), place(dt.date(y, 1, 1))) for y in shown])
        years = " ".join(
            f'[{y}](#{ids.year(y)}){{: .tl-year style="{at(dt.date(y, 1, 1), row)}" }}' if y in has_events
            else f'<span class="tl-year" style="{at(dt.date(y, 1, 1), row)}">{y}</span>'
            for y, row in zip(shown, year_rows))
        # Each mark as (text, target, title, classes, date, lang) until its row is known.
        lanes: dict[str, list[tuple]] = {"meeting": [], "cop": [], "event": [], "decision": []}
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
                # One mark per year and lane; a year in parts, one per part.
                period = self.layout.period(self.name, e.start)
                per_year.setdefault((lane, e.start.year, None if period.whole else period), []).append(e)
            elif e.report:
                lanes["meeting"].append((SIGNS["meeting"], relative(page, report_path(e.report, self.language, self.root)),
                                         label_, f"tl-meeting {cls}".strip(), e.start, ""))
            else:
                # Like marks lead to like places: every session and event to its
                # entry below (which links the paragraphs that state its date).
                lanes[lane].append((SIGNS[lane], f"#{e.anchor}", label_, f"tl-{e.kind} {cls}".strip(),
                                    e.start, lang))
            for d in e.decisions:
                lanes["decision"].append((f"{d.session}/{d.number}", f"{self.path('decisions')}#{d.key}",
                                          self.decision_name(d), "tl-decision", e.start, ""))
        for (lane, year, part), events in per_year.items():
            middle = dt.date(year, 7, 1) if part is None else dt.date(year, sum(part.months) // 2, 15)
            lanes[lane].append((SIGNS[lane], relative(page, self.holding(part or year)),
                                self.t("timeline_mark_year", year=self.period_name(part or year), n=len(events)),
                                f"tl-{events[0].kind}", middle, ""))
        out = [lane_div("axis", year_rows, years)]
        for lane, marks in lanes.items():
            if marks:
                rows = lane_rows(lane, [(m[0], place(m[4])) for m in marks])
                out.append(lane_div(lane, rows, f'<span class="tl-lane-label">{escape(self.t("lane_" + lane))}</span> '
                                    + " ".join(mark(*m, row) for m, row in zip(marks, rows))))
        # A picture of a fixed least width that scrolls in its own box on a phone.
        return ('<div class="timeline-scroll" markdown="1">\n<div class="timeline" markdown="1">\n'
                + "\n".join(out) + "\n</div>\n</div>\n" + self.legend(lanes))

    def legend(self, lanes: dict) -> str:
        """What each sign and colour of the picture means, each shown as it
        is drawn there; the red, ringed mark of a date two sources disagree
        on only when there is one."""
        conflict = any("tl-conflict-mark" in m[3] for marks in lanes.values() for m in marks)
        entries = [(f"tl-{lane}", SIGNS.get(lane, "2/6"), "legend_" + lane)
                   for lane in ("meeting", "cop", "event", "decision") if lanes[lane]]
        if conflict:
            entries.append(("tl-meeting tl-conflict-mark", SIGNS["meeting"], "legend_conflict"))
        items = "".join(f'<li><span class="tl-sample {cls}" aria-hidden="true">{escape(sign)}</span> '
                        f"{escape(self.t(key))}</li>\n" for cls, sign, key in entries)
        return (f'<div class="tl-legend">\n<p class="tl-legend-title">{escape(self.t("legend_title"))}</p>\n'
                f"<ul>\n{items}</ul>\n</div>\n")
