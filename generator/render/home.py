"""The home page: every report while the list fits; else the list's periods,
each a page of its own (``years/1950-1959.md``; see render/measure.py)."""
from __future__ import annotations

from .head import head_meta
from ..markup import NOT_IN_SEARCH, front_matter, html_link, markdown_text as escape, table
from ..model import Report, by_period
from ..urls import HOME, QUALITY, YEARS, period_path, relative, report_path
from .base import Renderer


class HomePage(Renderer):

    def home(self, reports: list[Report], built: str = "", feed: bool = False) -> str:
        """The front page listing `reports`; `built` (a date) marks the offline
        edition; `feed`: the language's Atom feed is published (its head links it)."""
        home = self.path(HOME)
        rows = [(escape(self.dates(r)), html_link(relative(home, report_path(r, self.language, self.root)), escape(self.title(r))),
                 str(sum(1 for p in r.paragraphs)))
                for r in sorted(reports, key=lambda r: r.meeting.start)]
        listing = table([self.t("dates"), self.t("report"), self.t("paragraphs")], "llr", rows)
        return (f"{self.home_front(feed)}\n"
                f"# {escape(self.t('site_name'))}\n\n{self.edition(reports, built)}{escape(self.t('home_intro'))}\n\n"
                f"## {escape(self.t('reports_list'))} {{: #reports }}\n\n{listing}\n{self.editors()}")

    def editors(self) -> str:
        """The editors' corner at the end of the home page: the quality report,
        which is out of the readers' navigation."""
        home = self.path(HOME)
        return (f"\n## {escape(self.t('editors'))} {{: #editors }}\n\n"
                f"[{escape(self.t('warnings'))}]({relative(home, self.path(QUALITY))}): "
                f"{escape(self.t('editors_quality'))}\n")

    def edition(self, reports: list[Report], built: str) -> str:
        """The offline edition's box: what it holds and when it was built (`built`: a date)."""
        if not built:
            return ""
        starts = sorted(r.meeting.start.isoformat() for r in reports)
        intro = self.t("offline_intro", count=len(reports), first=starts[0], last=starts[-1],
                       built=built, site_url=self.site_url)
        return (f'<div class="admonition info offline-edition"><p class="admonition-title">'
                f'{escape(self.t("offline_edition"))}</p><p>{escape(intro)}</p></div>\n\n')

    def home_front(self, feed: bool) -> str:
        return front_matter({"title": self.t("home")}, head_meta(self.language, self.root) if feed else "")

    def pages(self, reports: list[Report], built: str = "", feed: bool = False) -> dict[str, str]:
        """The home page, and its period pages when the list is split: path → Markdown."""
        home = self.path(HOME)
        periods = self.layout.periods.get(YEARS)
        if not periods:
            return {home: self.home(reports, built, feed)}
        groups = [(p, g) for p, g in by_period(reports, periods) if g]
        rows = [(html_link(relative(home, period_path(YEARS, p, self.language, self.root)), escape(str(p))), str(len(group)),
                 str(sum(len(r.paragraphs) for r in group))) for p, group in groups]
        listing = table([self.t("year"), self.t("reports"), self.t("paragraphs")], "lrr", rows)
        pages = {home: (f"{self.home_front(feed)}\n"
                        f"# {escape(self.t('site_name'))}\n\n{self.edition(reports, built)}"
                        f"{escape(self.t('home_intro'))}\n\n"
                        f"## {escape(self.t('reports_by_year'))} {{: #years }}\n\n{listing}\n{self.editors()}")}
        for period, group in groups:
            path = period_path(YEARS, period, self.language, self.root)
            rows = [(r.meeting.start.isoformat(), html_link(relative(path, report_path(r, self.language, self.root)), escape(self.title(r))),
                     str(len(r.paragraphs))) for r in group]
            listing = table([self.t("dates"), self.t("report"), self.t("paragraphs")], "llr", rows)
            title = self.t("year_title", year=self.period_name(period))
            # Out of the search index: the reports' titles are their own entries.
            pages[path] = f"{front_matter({'title': title}, NOT_IN_SEARCH)}\n# {escape(title)} {{: #top }}\n\n{listing}\n"
        return pages
