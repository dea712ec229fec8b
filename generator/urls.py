"""Where everything lives: the one module that formats a docs path, a URL or
a built file.

Two layers. The functions give the place of one thing (a report page, its
XML, an index page, a period page) in one language; they depend on nothing
but their arguments, so a report's URL never depends on what else is built
(principle 1: links are forever). A language's pages live at the site root
when it is the build's `root` language (the first of its settings'
languages), else under ``<lang>/``: every function that places a page in a
language is told the root. `Layout` is what one build decided about where
its pages go: the root language, and which index pages are split into which
periods (measured as the pages are rendered, render/measure.py, and read by
every renderer).

Paths are docs/ paths (``reports/2012-10-17.en.md``): pages link each other
with relative links between them (Markdown links, which MkDocs rewrites, or
the HTML blocks' links, which `engine.plugin.html_links` rewrites alike) for the online
site (``reports/2012-10-17/``) and the offline bundle
(``reports/2012-10-17.html``). URLs are site-relative
(``en/reports/2012-10-17/``).
"""
from __future__ import annotations

import datetime as dt
import posixpath
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Union

from .errors import UsageError
from .languages import profile

if TYPE_CHECKING:
    from .model import Report

#: docs/ stems of the pages every build has.
HOME = "index"
QUALITY = "quality"
#: The folder of the home page's period pages (a long list of reports).
YEARS = "years"
#: The folder of the reports' Akoma Ntoso XML in the built site.
AKN = "akn"
#: The folder of the reports' JSON (data.py).
DATA = "data"


@dataclass(frozen=True, order=True)
class Period:
    """Consecutive years that share one page: ``1950`` or ``1950-1959``; or,
    when one year alone is too long for a page, a run of that year's months
    (`months`, first and last; whole years hold 1 to 12): ``1969-01-1969-06``,
    ``1969-07``. A part is named by months, not by its meetings' dates: its
    name says which dates it holds (every event of those months, not only
    meetings), is as short as a year's, sorts after the year's other parts,
    and stays the same while the year's meetings do."""

    first: int
    last: int
    months: tuple[int, int] = (1, 12)
    #: The first day and the day after the last (a period is asked for its dates hundreds of thousands of times).
    start: dt.date = field(init=False, compare=False, repr=False)
    stop: dt.date = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        last_year, last_month = (self.last + 1, 1) if self.months[1] == 12 else (self.last, self.months[1] + 1)
        object.__setattr__(self, "start", dt.date(self.first, self.months[0], 1))
        object.__setattr__(self, "stop", dt.date(last_year, last_month, 1))

    def __contains__(self, when: object) -> bool:
        """Whether a date is in the period; a year (an int): whether the
        period holds any of it."""
        if isinstance(when, dt.date):
            return self.start <= when < self.stop
        return isinstance(when, int) and self.first <= when <= self.last

    def __str__(self) -> str:
        if self.whole:
            return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"
        first, last = (f"{self.first}-{m:02d}" for m in self.months)
        return first if first == last else f"{first}-{last}"

    @property
    def single(self) -> bool:
        """Within one year (a whole year or a part of one)."""
        return self.first == self.last

    @property
    def whole(self) -> bool:
        """Whole years (not a part of one)."""
        return self.months == (1, 12)


# -- one thing's place ----------------------------------------------------------
def page_path(stem: str, language: str, root: str) -> str:
    """docs/ path of page `stem` in `language`: the `root` language has no
    suffix, others ``<stem>.<lang>.md`` (the engine publishes each under its language),
    published under ``<lang>/``."""
    return f"{stem}.md" if language == root else f"{stem}.{language}.md"


def url_prefix(language: str, root: str) -> str:
    """Where a language's pages live in the built site (`root`: the language at the site root)."""
    return "" if language == root else f"{language}/"


@lru_cache(maxsize=1 << 16)
def relative(from_path: str, to_path: str) -> str:
    """Relative link between two pages of docs/ (cached: a page
    links to the same few pages thousands of times): `posixpath.relpath`
    from the first's folder, which for two plain paths (no ``.``, ``..``,
    empty parts or leading ``/``, as docs paths are) is the parts after
    their common folders, with a ``..`` for each of the first's others."""
    here, there = from_path.split("/")[:-1], to_path.split("/")
    if not all(part not in _NOT_PLAIN for part in (*here, *there)):
        return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")
    common = 0
    for a, b in zip(here, there):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:]) or "."


#: Path parts `relative` leaves to `posixpath.relpath`.
_NOT_PLAIN = frozenset({"", ".", ".."})


def report_url(slug: str) -> str:
    """Site-relative URL of a report page: a public contract."""
    return f"reports/{slug}/"


def report_path(report: Report, language: str, root: str) -> str:
    """docs/ path of the report page (its URL is `report_url`)."""
    return page_path(f"reports/{report.slug}", language, root)


def parallel_path(report: Report, language: str, root: str) -> str:
    """docs/ path of a meeting's language versions side by side."""
    return page_path(f"reports/{report.slug}/parallel", language, root)


def xml_name(report: Report) -> str:
    """``2012-10-17.zh.xml``: the meeting's first day and the report's language."""
    return f"{report.slug}.{report.language}.xml"


def xml_path(report: Report) -> str:
    """Where the report's Akoma Ntoso XML is published: ``akn/<slug>.<lang>.xml``
    at the site root (one file per report, the same in every language's part
    of the site; see `engine.run.mkdocs_build`). Links use it as a docs/ path."""
    return f"{AKN}/{xml_name(report)}"


def data_path(report: Report) -> str:
    """Where the report's JSON is published: ``data/<slug>.<lang>.json`` at
    the site root (one file per report, like its XML; see data.py)."""
    return f"{DATA}/{report.slug}.{report.language}.json"


def feed_path(language: str) -> str:
    """The Atom feed of `language`'s report pages: ``feeds/reports.<lang>.atom``."""
    return f"feeds/reports.{language}.atom"


def labels_path(language: str) -> str:
    """The words of the site's scripts in `language`
    (``assets/js/labels.<lang>.js``, render/labels.py), a file of docs/."""
    return f"assets/js/labels.{language}.js"


def sitemap_path(language: str) -> str:
    """The sitemap of `language`'s pages, with hreflang alternates:
    ``sitemap.<lang>.xml`` at the site root (a sitemap may list only URLs
    below its own folder; MkDocs' own ``sitemap.xml`` stays as it is)."""
    return f"sitemap.{language}.xml"


def recommendations_path(language: str, ext: str) -> str:
    """The recommendations of `language`'s pages as data (``csv`` or ``json``):
    ``data/recommendations.<lang>.<ext>``."""
    return f"{DATA}/recommendations.{language}.{ext}"


def index_path(name: str, language: str, root: str) -> str:
    """docs/ path of an index page (``decisions.md``) or of the home or quality page."""
    return page_path(name, language, root)


def period_path(name: str, period: Period, language: str, root: str) -> str:
    """docs/ path of a period page of a split page: ``timeline/2010-2019.md``,
    ``quality/1950.md``, ``years/1950-1959.md`` (the home page's)."""
    return page_path(f"{name}/{period}", language, root)


def public_url(language: str, url: str, root: str) -> str:
    """A page's site-relative URL in `language`'s part of the site."""
    return f"{url_prefix(language, root)}{url}"


def language_of(url: str, languages: tuple[str, ...]) -> str:
    """The language whose part of the site holds a site-relative URL
    (``en/reports/x/`` → ``en``; no prefix: the root language, the first
    of `languages`)."""
    root = languages[0]
    return next((lang for lang in languages
                 if url_prefix(lang, root) and url.startswith(url_prefix(lang, root))), root)


def canonical(site_url: str, language: str, report: Report, *, root: str, eid: str = "") -> str:
    """The absolute URL of a report page (and an item) to send by email:
    site_url, page, fragment. The same in the online site and the bundle."""
    return f"{site_url}{public_url(language, report_url(report.slug), root)}" + (f"#{eid}" if eid else "")


def search_location(language: str, slug: str, *, root: str, directory_urls: bool = True) -> str:
    """A report page's location in the search index (as Material writes
    locations: ``reports/x/`` online, ``reports/x.html`` offline)."""
    return f"{url_prefix(language, root)}reports/{slug}" + ("/" if directory_urls else ".html")


def undocs_url(symbol: str, language: str) -> str:
    """Public UN document URL in `language` (its profile's undocs code); a
    joint symbol (``A/1-B/2``) by its first symbol."""
    return f"https://undocs.org/{profile(language).undocs}/" + re.split(r"-(?=[A-Z])", symbol)[0]


def built_file(site: Path, url: str, directory_urls: bool = True) -> Path:
    """The HTML file of a site-relative URL (``reports/x/``): ``reports/x/index.html``
    online, ``reports/x.html`` in the offline build (no directory URLs)."""
    if directory_urls or not url.strip("/"):
        return site / url / "index.html"
    return site / (url.rstrip("/") + ".html")


# -- what one build decided ----------------------------------------------------------
@dataclass
class Layout:
    """Where one build puts its pages: the `root` language's at the site
    root (every other's under ``<lang>/``), and the split pages, the same in
    every language: index page name (``timeline``, ``quality``, ``years``
    for the home page's list) → the periods its long lists are split into;
    absent or empty: one page."""

    root: str
    periods: dict[str, list[Period]] = field(default_factory=dict)
    #: name → (its periods, where each starts): `period`'s index.
    _starts: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def split(self, name: str) -> bool:
        """Whether page `name` keeps an overview and moves its lists to period pages."""
        return bool(self.periods.get(name))

    def period(self, name: str, when: Union[int, dt.date]) -> Period:
        """The period page of `name` that holds the date `when` (a year: the
        first that holds any of it). Found by bisection (a page of a large
        corpus has hundreds of periods, and every mention link asks)."""
        periods = self.periods[name]
        cached = self._starts.get(name)
        if cached is None or cached[0] is not periods or len(cached[1]) != len(periods):
            cached = self._starts[name] = (periods, [(p.first, p.months[0]) for p in periods])
        at = bisect_right(cached[1], (when.year, when.month) if isinstance(when, dt.date) else (when, 1)) - 1
        if at >= 0 and when in periods[at]:
            return periods[at]
        return next(p for p in periods if when in p)  # periods out of order (or none holds it: StopIteration)

    def parts(self, name: str, year: int) -> list[Period]:
        """The period pages of split page `name` that hold some of `year`: one,
        or the parts of a year too long for one page."""
        return [p for p in self.periods[name] if year in p]

    def holding(self, name: str, when: Union[int, dt.date, Period], language: str) -> str:
        """docs/ path of the period page of `name` holding `when` (or of the period `when`)."""
        period = when if isinstance(when, Period) else self.period(name, when)
        return period_path(name, period, language, self.root)

    def page_of(self, name: str, when: Union[int, dt.date], language: str) -> str:
        """Where the entries of `when` (a date, or a year) on page `name` are:
        its period page when split, else the page itself."""
        return self.holding(name, when, language) if self.split(name) else index_path(name, language, self.root)


#: What a site URL may hold: a scheme, a host (letters, digits, dots,
#: hyphens), a port and a path of characters that need no escaping anywhere
#: the URL lands (HTML text and attributes, JSON, JS, XML, YAML, sitemaps).
_SITE_URL = re.compile(r"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?"
                       r"(?:/(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*)*")


def check_site_url(url: str, where: str = "--site-url") -> str:
    """`url` if it is an absolute http(s) URL with nothing that needs escaping;
    else a `UsageError` naming `where` (an option or a file) and the value."""
    if not _SITE_URL.fullmatch(url):
        raise UsageError(f"{where} {url!r}: expected an absolute http(s) URL with no character that needs "
                         f"escaping (no quotes, spaces, <, >, &, ?, #), e.g. https://example.org/reports/")
    return url


def online_url(dest_uri: str) -> str:
    """The URL online (directory URLs) of the page built at `dest_uri`
    without them: ``en/reports/x.html`` → ``en/reports/x/``, ``index.html`` → ``""``."""
    if dest_uri == "index.html" or dest_uri.endswith("/index.html"):
        return dest_uri[:-len("index.html")]
    if dest_uri.endswith(".html") and posixpath.basename(dest_uri) != "404.html":
        return dest_uri[:-len(".html")] + "/"
    return dest_uri


#: mkdocs.yml's site_url as the repository ships it: a build for it warns
#: (every copied link and citation would point at a site that does not exist).
PLACEHOLDER_SITE_URL = "https://ctoc-reports.example.org/"


def placeholder_warning(site_url: str) -> list[str]:
    """One line when `site_url` is the placeholder; none otherwise."""
    if site_url.rstrip("/") != PLACEHOLDER_SITE_URL.rstrip("/"):
        return []
    return [f"site_url is the placeholder {PLACEHOLDER_SITE_URL}, which every copied link and citation will "
            f"point to: set site_url in mkdocs.yml (or pass --site-url) before publishing"]


def page_url(docs_path: str, languages: tuple[str, ...]) -> tuple[str, str]:
    """(language, site-relative URL) of a page of docs/ (``reports/x.en.md``
    → ``en``, ``en/reports/x/``), as MkDocs publishes it with directory URLs
    (the first of `languages` at the root)."""
    stem = docs_path[:-3]
    root = language = languages[0]
    for lang in languages:
        if lang != root and stem.endswith(f".{lang}"):
            language, stem = lang, stem[: -len(lang) - 1]
    url = "" if stem == HOME else (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"
    return language, public_url(language, url, root)
