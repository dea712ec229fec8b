"""Page weight independent of the corpus (issue 12): two real builds, one
meeting a year, N = 25 and N = 100 (bench/corpus.py), once per session."""
import re
import statistics
import sys
from pathlib import Path

import pytest

from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_corpus  # noqa: E402

NAV = re.compile(r"<nav\b.*?</nav>", re.S)
HREF = re.compile(r"""\shref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
PERIOD_DIR = re.compile(r"^(?:en/)?(decisions|timeline|documents|participants|quality|years)/(\d{4})(?:-(\d{4}))?/index\.html$")


def build(n: int, root: Path):
    from generator.build import BuildOptions, build_site

    files = make_corpus(n, root / "corpus", ROOT / "seeds", per_year=1)
    result = build_site(BuildOptions(seeds=root / "corpus", docs=root / "docs", site=root / "site", lock=None))
    return files, result, root / "site"


@pytest.fixture(scope="session")
def site25(tmp_path_factory):
    return build(25, tmp_path_factory.mktemp("n25"))


@pytest.fixture(scope="session")
def site100(tmp_path_factory):
    return build(100, tmp_path_factory.mktemp("n100"))


def nav_links(page: Path) -> int:
    return sum(block.count("<a ") for block in NAV.findall(page.read_text(encoding="utf-8")))


def report_pages(site: Path) -> list[Path]:
    return sorted(site.glob("reports/*/index.html")) + sorted(site.glob("en/reports/*/index.html"))


def test_navigation_links_do_not_grow_with_the_corpus(site25, site100):
    """The same report (the first, made from the same seed) carries the same
    navigation within a small bound; so does the median report page."""
    for slug in ("reports/1950-01-03", "en/reports/1950-01-03"):
        a, b = (nav_links(s / slug / "index.html") for _, _, s in (site25, site100))
        assert abs(a - b) <= 10, (slug, a, b)
    m25 = statistics.median(nav_links(p) for p in report_pages(site25[2]))
    m100 = statistics.median(nav_links(p) for p in report_pages(site100[2]))
    assert m100 <= m25 + 10, (m25, m100)


def test_report_page_weight_does_not_grow_with_the_corpus(site25, site100):
    a = statistics.median(p.stat().st_size for p in report_pages(site25[2]))
    b = statistics.median(p.stat().st_size for p in report_pages(site100[2]))
    assert b <= a * 1.1, (a, b)


def test_no_page_holds_a_single_meeting_s_period(site100):
    files, result, site = site100
    years = [r.meeting.start.year for r in result.reports]
    found = 0
    for page in site.rglob("index.html"):
        m = PERIOD_DIR.match(page.relative_to(site).as_posix())
        if not m or m[1] == "timeline":
            continue
        first, last = int(m[2]), int(m[3] or m[2])
        assert sum(1 for y in years if first <= y <= last) > 1, page
        found += 1
    assert found  # one a year for a century: participants and quality are split, by runs of decades


def test_every_page_under_300_kb_and_minified(site100):
    _, _, site = site100
    for page in site.rglob("*.html"):
        assert page.stat().st_size <= 300 * 1024, page
    text = (site / "reports" / "1950-01-03" / "index.html").read_text(encoding="utf-8")
    assert "\n    " not in text  # the templates' indentation is gone


def test_every_local_link_resolves(site100):
    """The generator's check_links and MkDocs strict ran in the build; this
    checks the HTML as published, pages and assets alike."""
    _, _, site = site100
    checked = 0
    for page in site.rglob("*.html"):
        for m in HREF.finditer(page.read_text(encoding="utf-8")):
            href = next(g for g in m.groups() if g is not None)
            if re.match(r"^[a-z]+:|^//|^#|^$", href):
                continue
            path = href.split("#")[0].split("?")[0]
            target = (site / path[1:] if path.startswith("/") else page.parent / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(site)}: {href}"
            checked += 1
    assert checked > 1000
