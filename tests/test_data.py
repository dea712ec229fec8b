"""The corpus as data (issue 25, part 4), through real builds of the seeds and
the English fixture: every report's JSON beside its page, an Atom feed per
language linked from the home page, schema.org JSON-LD on every report page,
a sitemap per language with hreflang alternates; the same in the offline
bundle; two builds give the same bytes."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from generator.anchors import page_ids
from generator.build import BuildOptions, build_bundle, build_site
from generator.model import by_meeting, shown_in
from generator.parse import parse
from generator.read import read_source
from generator.engine import POLYFILL_SOURCE
from support import seeds_with

ENGLISH = Path(__file__).parent / "fixtures" / "en" / "wg-ta-2012-en.txt"
SITE_URL = "https://example.org/reports-site/"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LANGUAGES = ("zh", "en")
#: The ids a report gives its items (ids.py); the page's other ids are its controls'.
ITEM_ID = re.compile(r"^(para|chp|fn|annex|rec)_")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, ENGLISH)
    return seeds


@pytest.fixture(scope="module")
def reports(corpus):
    return [parse(read_source(p), p.name) for p in sorted(corpus.glob("*.txt"))]


@pytest.fixture(scope="module")
def site(corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    build_site(BuildOptions(seeds=corpus, docs=None, site=root / "site", site_url=SITE_URL, lock=None))
    return root / "site"


def html(site: Path, url: str) -> BeautifulSoup:
    path = site / url / "index.html" if url.endswith("/") or not url else site / url
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def json_ids(data: dict) -> list[str]:
    """Every item id a report's JSON holds, at every level."""
    def subs(items):
        for item in items:
            yield item["id"]
            yield from subs(item.get("subparagraphs", []))

    out = [h["id"] for h in data["headings"]]
    for p in data["paragraphs"]:
        out.append(p["id"])
        out.extend(subs(p["subparagraphs"]))
    for a in data["annexes"]:
        out.append(a["id"])
        out.extend(r["id"] for r in a["rows"])
    out.extend(f["id"] for f in data["footnotes"])
    return out


def test_every_report_json_holds_its_page_anchors_and_the_model_text(site, reports):
    for versions in by_meeting(reports).values():
        for language in LANGUAGES:
            report = shown_in(versions, language, LANGUAGES)
            prefix = "" if language == "zh" else "en/"
            page = html(site, f"{prefix}reports/{report.slug}/")
            link = page.select_one('head link[rel="alternate"][type="application/json"]')
            assert link is not None, (language, report.slug)
            target = (site / prefix / f"reports/{report.slug}/" / link["href"]).resolve()
            assert target == (site / f"data/{report.slug}.{report.language}.json").resolve()
            text = target.read_text(encoding="utf-8")
            data = json.loads(text)
            # Compact: one line (the same data, indented, is what `un-reports parse` prints).
            assert text == json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
            ids = json_ids(data)
            assert sorted(ids) == sorted(report.ids()) and len(ids) == len(set(ids))
            on_page = {i for i in page_ids(site, f"{prefix}reports/{report.slug}/") if ITEM_ID.match(i)}
            assert on_page == set(ids), (language, report.slug, on_page ^ set(ids))
            assert data["symbol"] == report.symbol and data["language"] == report.language
            assert data["pages"][language] == f"{SITE_URL}{prefix}reports/{report.slug}/"
            for para, entry in zip(report.paragraphs, data["paragraphs"]):
                assert entry["text"] == para.plain_text()
                blocks = list(para.blocks())[1:]
                flat = []

                def walk(items):
                    for item in items:
                        flat.append(item)
                        walk(item.get("subparagraphs", []))
                walk(entry["subparagraphs"])
                assert [(b.id, b.text) for b in blocks] == [(s["id"], s["text"]) for s in flat]
            assert [f["text"] for f in data["footnotes"]] == [f.text for f in report.footnotes]
            assert len(data["mentions"]) == len(report.mentions)


def test_nested_points_are_in_the_json(site):
    data = json.loads((site / "data/2023-05-29.zh.json").read_text(encoding="utf-8"))
    kinds = set()

    def walk(items):
        for item in items:
            kinds.add(item["kind"])
            walk(item.get("subparagraphs", []))
    for p in data["paragraphs"]:
        walk(p["subparagraphs"])
    assert "subpara" in kinds


def test_the_feed_parses_as_atom_and_every_entry_resolves(site, reports):
    meetings = by_meeting(reports)
    for language in LANGUAGES:
        prefix = "" if language == "zh" else "en/"
        home = html(site, prefix)
        link = home.select_one('head link[rel="alternate"][type="application/atom+xml"]')
        feed_file = (site / prefix / link["href"]).resolve()
        assert feed_file == (site / f"feeds/reports.{language}.atom").resolve()
        feed = etree.parse(str(feed_file)).getroot()
        assert feed.tag == f"{ATOM}feed"
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == ("zh-Hans" if language == "zh" else "en")
        for required in ("id", "title", "updated", "author"):
            assert feed.find(f"{ATOM}{required}") is not None
        entries = feed.findall(f"{ATOM}entry")
        assert len(entries) == len(meetings)
        slugs = []
        for entry in entries:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", entry.findtext(f"{ATOM}updated"))
            assert entry.findtext(f"{ATOM}title")
            for alt in entry.findall(f"{ATOM}link"):
                href = alt.get("href")
                assert href.startswith(SITE_URL)
                local = site / href[len(SITE_URL):]
                assert (local / "index.html" if href.endswith("/") else local).is_file(), href
            page = entry.find(f"{ATOM}link[@type='text/html']").get("href")
            assert entry.findtext(f"{ATOM}id") == page
            slugs.append(page.rstrip("/").rsplit("/", 1)[1])
        assert slugs == sorted(meetings, reverse=True)  # newest first
        # The feed's date is its newest entry's, never the build's.
        assert feed.findtext(f"{ATOM}updated") == entries[0].findtext(f"{ATOM}updated")


def test_every_report_page_carries_json_ld_that_parses(site, reports):
    for versions in by_meeting(reports).values():
        for language in LANGUAGES:
            report = shown_in(versions, language, LANGUAGES)
            prefix = "" if language == "zh" else "en/"
            page = html(site, f"{prefix}reports/{report.slug}/")
            scripts = page.select('script[type="application/ld+json"]')
            assert len(scripts) == 1
            data = json.loads(scripts[0].string)
            assert data["@context"] == "https://schema.org" and data["@type"] == "Report"
            assert set(data) == {"@context", "@type", "name", "inLanguage", "datePublished", "temporalCoverage",
                                 "identifier", "url"}
            assert data["url"] == f"{SITE_URL}{prefix}reports/{report.slug}/"
            assert data["identifier"] == (report.symbol or report.slug)
            if report.language == language:
                assert data["name"] == report.title
            assert data["inLanguage"] == ("en" if report.language == "en" else "zh-Hans")
            # the cover's date of issue (2023: "13 June 2023"), else the meeting's last day
            assert data["datePublished"] == ("2023-06-13" if report.slug == "2023-05-29" else report.meeting.end.isoformat())


def test_json_ld_cannot_end_its_script(tmp_path):
    from generator.render.head import json_ld
    report = parse(read_source(ENGLISH), ENGLISH.name)
    text = json_ld(report, "en", "zh", "</script><!-- <b>&", SITE_URL)
    assert "<" not in text and ">" not in text
    assert json.loads(text)["name"] == "</script><!-- <b>&"


def test_a_sitemap_per_language_with_hreflang_alternates(site):
    for language in LANGUAGES:
        root = etree.parse(str(site / f"sitemap.{language}.xml")).getroot()
        urls = root.findall(f"{SITEMAP}url")
        locs = [u.findtext(f"{SITEMAP}loc") for u in urls]
        assert f"{SITE_URL}{'' if language == 'zh' else 'en/'}reports/2012-10-17/" in locs
        for url in urls:
            loc = url.findtext(f"{SITEMAP}loc")
            assert (site / loc[len(SITE_URL):] / "index.html").is_file(), loc
            alternates = {a.get("hreflang"): a.get("href") for a in url.findall(f"{XHTML}link")}
            assert set(alternates) == {"zh-Hans", "en", "x-default"}
            assert loc in alternates.values()
            for href in alternates.values():
                assert (site / href[len(SITE_URL):] / "index.html").is_file(), href
    # MkDocs' own sitemap (Material reads it) is left as it is.
    assert (site / "sitemap.xml").is_file()


def test_the_bundle_carries_the_data_and_two_builds_give_the_same_bytes(corpus, site, tmp_path):
    if not POLYFILL_SOURCE.is_file():
        pytest.fail("the iframe-worker polyfill is missing: run `make vendor` (make test does)")
    result = build_bundle(BuildOptions(seeds=corpus, site_url=SITE_URL, lock=None), dist=tmp_path / "dist")
    with zipfile.ZipFile(result.archive) as zf:
        names = set(zf.namelist())
        prefix = "wg-ta-reports-offline/"
        for path in ["feeds/reports.zh.atom", "feeds/reports.en.atom", "data/2012-10-17.en.json",
                     "sitemap.en.xml"]:
            assert prefix + path in names
            assert zf.read(prefix + path) == (site / path).read_bytes()  # absolute online links in both
        page = BeautifulSoup(zf.read(prefix + "en/reports/2016-10-17.html").decode(), "html.parser")
        assert page.select_one('link[type="application/json"]')["href"] == "../../data/2016-10-17.zh.json"
        home = BeautifulSoup(zf.read(prefix + "index.html").decode(), "html.parser")
        assert home.select_one('link[type="application/atom+xml"]')["href"] == "feeds/reports.zh.atom"
        assert json.loads(page.select_one('script[type="application/ld+json"]').string)["url"] == (
            f"{SITE_URL}en/reports/2016-10-17/")
    again = tmp_path / "again"
    build_site(BuildOptions(seeds=corpus, docs=None, site=again / "site", site_url=SITE_URL, lock=None))
    for path in ["feeds/reports.zh.atom", "data/2023-05-29.zh.json", "sitemap.zh.xml"]:
        assert (again / "site" / path).read_bytes() == (site / path).read_bytes()
