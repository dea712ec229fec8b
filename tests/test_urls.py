"""urls.py: the one place that formats a path (issue 10)."""
import re
from pathlib import Path

import pytest

from generator import urls
from generator.urls import Layout, Period

GENERATOR = Path(urls.__file__).parent


def test_report_places(reports):
    report = reports["2012-10-17"]
    url = urls.report_url("2012-10-17")
    assert url == "reports/2012-10-17/"
    assert urls.report_path(report, "zh", "zh") == "reports/2012-10-17.md"
    assert urls.report_path(report, "en", "zh") == "reports/2012-10-17.en.md"
    assert urls.parallel_path(report, "fr", "zh") == "reports/2012-10-17/parallel.fr.md"
    assert urls.xml_path(report) == "akn/2012-10-17.zh.xml"
    assert urls.public_url("en", url, "zh") == "en/reports/2012-10-17/"
    assert urls.canonical("https://x.org/", "en", report, root="zh", eid="para_5") == \
        "https://x.org/en/reports/2012-10-17/#para_5"
    assert urls.search_location("zh", "2012-10-17", root="zh", directory_urls=False) == "reports/2012-10-17.html"


def test_the_root_language_at_the_root():
    """The root language is an argument, never a global: the same page moves
    to the root with the language that is there."""
    assert urls.page_path("timeline", "zh", "zh") == "timeline.md" and urls.url_prefix("zh", "zh") == ""
    assert urls.page_path("timeline", "fr", "zh") == "timeline.fr.md" and urls.url_prefix("fr", "zh") == "fr/"
    assert urls.page_path("timeline", "en", "en") == "timeline.md" and urls.url_prefix("en", "en") == ""
    assert urls.page_path("timeline", "zh", "en") == "timeline.zh.md" and urls.url_prefix("zh", "en") == "zh/"
    assert urls.language_of("zh/reports/x/", ("en", "zh")) == "zh"
    assert urls.language_of("reports/x/", ("en", "zh")) == "en"
    assert urls.language_of("en/reports/x/", ("zh", "en")) == "en"


def test_relative_links_between_docs_paths():
    assert urls.relative("reports/2012-10-17.md", "decisions.md") == "../decisions.md"
    assert urls.relative("timeline/2010-2019.en.md", "reports/a.en.md") == "../reports/a.en.md"
    assert urls.relative("index.md", "years/1950.md") == "years/1950.md"


def test_built_files_online_and_offline(tmp_path):
    assert urls.built_file(tmp_path, "reports/x/") == tmp_path / "reports/x/index.html"
    assert urls.built_file(tmp_path, "reports/x/", directory_urls=False) == tmp_path / "reports/x.html"
    assert urls.built_file(tmp_path, "", directory_urls=False) == tmp_path / "index.html"


def test_undocs_url_in_each_language_first_symbol_of_a_joint_one():
    assert urls.undocs_url("A/1-B/2", "en") == "https://undocs.org/en/A/1"
    assert urls.undocs_url("CTOC/COP/2008/7", "zh") == "https://undocs.org/zh/CTOC/COP/2008/7"


def test_layout_places_a_year_on_its_period_page():
    layout = Layout("zh", {"timeline": [Period(1950, 1959), Period(1960, 1961)]})
    assert layout.split("timeline") and not layout.split("decisions")
    assert layout.period("timeline", 1961) == Period(1960, 1961)
    assert layout.page_of("timeline", 1955, "en") == "timeline/1950-1959.en.md"
    assert layout.page_of("decisions", 1955, "en") == "decisions.en.md"
    assert layout.holding("timeline", Period(1960, 1961), "zh") == "timeline/1960-1961.md"
    assert str(Period(1950, 1950)) == "1950" and Period(1950, 1950).single


@pytest.mark.parametrize("path", sorted(p.relative_to(GENERATOR).as_posix() for p in GENERATOR.rglob("*.py")))
def test_no_other_module_formats_a_page_path(path):
    """A docs path (``….md``) or a report URL is written only in urls.py."""
    if path == "urls.py":
        return
    text = (GENERATOR / path).read_text(encoding="utf-8")
    formatted = re.findall(r"""f["'][^"'\n]*(?:\.md["'{]|reports/\{|\{[^}]*\}\.md)""", text)
    assert not formatted, f"{path} formats a path: {formatted}"
