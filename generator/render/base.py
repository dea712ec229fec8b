"""What every page of one language needs: its labels, its profile, the
build's layout, and the names of the things the corpus holds (a report's
title, a decision, a date, an event) as this language writes them."""
from __future__ import annotations

from ..i18n import label
from ..corpus import Statement
from ..languages import profile
from ..markup import in_language, markdown_text as escape
from ..model import Report
from ..names import name as name_of
from ..urls import Layout, canonical, index_path


class Renderer:
    """The pages of one language, placed by the build's `layout` (its root
    language and split pages; `site_url`: the canonical URLs' base)."""

    def __init__(self, language: str, layout: Layout, site_url: str = ""):
        self.language = language
        self.site_url = site_url if not site_url or site_url.endswith("/") else site_url + "/"
        self.layout = layout
        #: The language at the site root (its pages' paths have no suffix).
        self.root = layout.root
        self.profile = profile(language)
        self.sep = self.profile.list_separator
        #: (start, end) → the meeting's days as written (`dates`): a report's
        #: are written wherever it is linked, hundreds of times a build.
        self._dates: dict = {}

    def t(self, key: str, **values) -> str:
        return label(self.language, key, **values)

    def path(self, name: str) -> str:
        """docs/ path of an index page (or home, quality) in this language."""
        return index_path(name, self.language, self.root)

    # -- a report --------------------------------------------------------------
    def title(self, report: Report) -> str:
        """The report's title in this page's language: its own, or (a report
        shown in another language) one made from the catalog."""
        if report.language == self.language:
            return report.title
        if report.titles.get(self.language):  # the editor's (metadata.yml)
            return report.titles[self.language]
        return self.t("report_title", city=name_of("cities", report.meeting.city, self.language),
                      dates=self.dates(report))

    def dates(self, report: Report) -> str:
        """The meeting's days as this page's readers write them."""
        days = (report.meeting.start, report.meeting.end)
        if days not in self._dates:
            self._dates[days] = self.profile.date(*days)
        return self._dates[days]

    def period_name(self, period) -> str:
        """A page's period (a `urls.Period`, or a year) as this page's readers
        name it in a title or a link ("1969 年 1 月至 2 月", "1950–1959")."""
        if isinstance(period, int):
            return self.profile.period(period, period)
        return self.profile.period(period.first, period.last, period.months)

    def canonical(self, report: Report, eid: str = "") -> str:
        """The absolute URL to send by email (see `urls.canonical`)."""
        return canonical(self.site_url, self.language, report, root=self.root, eid=eid)

    # -- what the corpus holds ---------------------------------------------------
    def date(self, statement: Statement) -> str:
        """A statement's date at its precision ("9 to 18 October 2006", "2006 年 10 月")."""
        return self.profile.date(statement.start, statement.end, statement.precision)

    def body(self, body: str) -> str:
        return name_of("bodies", body, self.language)

    def decision_name(self, d) -> str:
        kind = self.t("decision" if d.kind == "dec" else "resolution")
        return self.t("decision_name", body=self.body(d.body), number=f"{d.session}/{d.number}", kind=kind)

    def cop_session(self, n: int) -> str:
        return self.t("cop_session", n=n, nth=self.profile.ordinal(n))

    def event_label(self, e) -> str:
        """An event's name on this page (escaped): a session of the Conference
        from the catalog, a meeting of the corpus by its report's title, any
        other as the report says it (marked with its language)."""
        if e.kind == "cop" and e.key.startswith("cop-session-"):
            return escape(self.t("cop_session_event", n=e.session, nth=self.profile.ordinal(e.session)))
        if e.report is not None:
            return escape(self.title(e.report))
        return in_language(e.label, e.language or self.language, self.language)

    def plain_event_label(self, e) -> str:
        """`event_label` as plain text (a link's tooltip cannot carry a lang)."""
        if e.kind == "cop" and e.key.startswith("cop-session-"):
            return self.t("cop_session_event", n=e.session, nth=self.profile.ordinal(e.session))
        if e.report is not None:
            return self.title(e.report)
        return e.label

    def event_path(self, e) -> str:
        """The page holding an event's entry: the timeline, or its period page when split."""
        return self.layout.page_of("timeline", e.start, self.language)
