"""One build's decisions about its reports, computed once and read by every
later stage: the meetings and their language versions, the report each
language's pages show for a meeting, and the corpus each language's index
pages are drawn from. Nothing here renders a page: how long pages are split
is measured where they are rendered (render/measure.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .corpus import Corpus, build_corpus
from .model import Report, by_meeting, shown_in


@dataclass
class BuildContext:
    reports: list[Report]
    #: The site's languages, the first at the root (settings.Settings.languages).
    languages: tuple[str, ...]
    site_url: str = ""
    #: slug → {language: report}, in meeting order.
    meetings: dict[str, dict[str, Report]] = field(default_factory=dict)
    #: language → the report shown for each meeting (a meeting without a
    #: version in a language shows another's, with a notice).
    shown: dict[str, list[Report]] = field(default_factory=dict)
    #: language → the corpus gathered from the reports its pages show (one
    #: object for languages whose pages show the same reports).
    corpora: dict[str, Corpus] = field(default_factory=dict)

    @classmethod
    def of(cls, reports: list[Report], languages: tuple[str, ...], *, site_url: str = "") -> BuildContext:
        """The decisions for `reports` in `languages` (the first at the root)."""
        if isinstance(languages, str):
            raise TypeError(f"languages: a sequence of language codes, not the string {languages!r}")
        meetings = by_meeting(reports)
        codes = tuple(languages)
        shown = {lang: [shown_in(versions, lang, codes) for versions in meetings.values()] for lang in codes}
        corpora: dict[str, Corpus] = {}
        for lang in codes:
            same = next((c for c in corpora.values() if _same_reports(c.reports, shown[lang])), None)
            corpora[lang] = same or build_corpus(shown[lang], codes)
        return cls(reports, codes, site_url, meetings, shown, corpora)

    @property
    def root(self) -> str:
        """The language at the site root."""
        return self.languages[0]

    @cached_property
    def whole(self) -> Corpus:
        """The corpus of every report in every language (the search
        dictionary's names: a name any version gives is a search term);
        a language's own when its pages show every report."""
        same = next((c for c in self.corpora.values() if _same_reports(c.reports, self.reports)), None)
        return same or build_corpus(self.reports, self.languages)


def _same_reports(a: list[Report], b: list[Report]) -> bool:
    """Whether two lists hold the same report objects in the same order: their
    corpora are then one (a corpus depends on its reports and the site's
    languages only), gathered once and read by both languages' pages, its
    recurrences and page sizes computed once."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))
