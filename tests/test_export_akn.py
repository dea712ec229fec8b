"""`python -m generator export akn` and the XML links of the site (issue 14):
the export writes one valid AKN file per report behind the output guard, and
every report page, online and offline, links the XML of the text it shows."""
from __future__ import annotations

import posixpath
import shutil
import zipfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from generator.akn import report_xml, schema
from generator.build import BuildOptions, build_bundle, build_site
from generator.cli import main
from generator.outputs import MARKER
from generator.parse import parse
from generator.read import read_source
from generator.engine import POLYFILL_SOURCE
from support import LANGUAGES, SEEDS, SEED_SLUGS, page, seeds_with

ENGLISH = Path(__file__).parent / "fixtures" / "en" / "wg-ta-2012-en.txt"
NAMES = sorted(f"{slug}.zh.xml" for slug in SEED_SLUGS.values())
LABELS = {"zh": "XML（Akoma Ntoso）", "en": "XML (Akoma Ntoso)"}


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != MARKER}


# -- the export command ----------------------------------------------------------
def test_export_writes_one_valid_file_per_report_the_same_bytes_twice(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", "akn", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 5 files into {out}"
    first = files_of(out)
    assert sorted(first) == NAMES
    for name, data in first.items():
        assert schema.errors(data) == [], name
    assert (out / MARKER).is_file()

    (out / "x.xml").write_bytes(b"<stale/>")
    (out / "notes.txt").write_text("kept")
    assert main(["export", "akn", "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    again = files_of(out)
    assert "x.xml" not in again and again.pop("notes.txt") == b"kept"
    assert again == first
    assert not [p for p in out.iterdir() if p.name.startswith(".part")]


def test_export_bytes_are_the_reports_xml(tmp_path, reports):
    out = tmp_path / "out"
    assert main(["export", "akn", "--out", str(out), "--quiet"]) == 0
    for slug, report in reports.items():
        assert (out / f"{slug}.zh.xml").read_bytes() == report_xml(report)


def test_export_refuses_a_folder_it_did_not_make(tmp_path, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.xml").write_text("mine")
    assert main(["export", "akn", "--out", str(out)]) == 2
    assert "refusing --out" in capsys.readouterr().err
    assert files_of(out) == {"thesis.xml": b"mine"}


def test_export_refuses_the_sources_folder(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    before = files_of(seeds)
    assert main(["export", "akn", "--seeds", str(seeds), "--out", str(seeds / "akn")]) == 2
    assert "sources folder" in capsys.readouterr().err
    assert files_of(seeds) == before
    assert main(["export", "akn", "--seeds", str(seeds), "--out", str(seeds)]) == 2
    assert files_of(seeds) == before


def test_export_refuses_a_file(tmp_path, capsys):
    out = tmp_path / "out.xml"
    out.write_text("a file")
    assert main(["export", "akn", "--out", str(out)]) == 2
    assert "is a file" in capsys.readouterr().err
    assert out.read_text() == "a file"


def test_export_writes_nothing_when_a_source_fails_and_keeps_going_if_asked(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(SEEDS / "000_9878c2901082bbba.txt", seeds)
    (seeds / "bad.txt").write_text("hello\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", "akn", "--seeds", str(seeds), "--out", str(out)]) == 2
    assert "bad.txt:1" in capsys.readouterr().err
    assert not out.exists()
    assert main(["export", "akn", "--seeds", str(seeds), "--out", str(out), "--keep-going"]) == 1
    captured = capsys.readouterr()
    assert f"skipped: {seeds / 'bad.txt'}:1" in captured.err and "wrote 1 file into" in captured.out
    assert sorted(files_of(out)) == ["2012-10-17.zh.xml"]


def test_export_marks_the_parent_it_creates(tmp_path):
    """dist/ made for dist/akn/ must not block `bundle --dist dist/` later."""
    dist = tmp_path / "dist"
    assert main(["export", "akn", "--out", str(dist / "akn"), "--quiet"]) == 0
    assert (dist / MARKER).is_file() and (dist / "akn" / MARKER).is_file()


def test_export_usage():
    with pytest.raises(SystemExit) as exit_:
        main(["export", "json"])
    assert exit_.value.code == 2


# -- the links of the site -------------------------------------------------------
def xml_link(html: BeautifulSoup, language: str):
    links = [a for a in html.select("a[href]") if a.get_text(strip=True) == LABELS[language]]
    assert len(links) == 1, links
    return links[0]["href"]


def resolve(page_path: str, href: str) -> str:
    """`href` of the page at site path `page_path` (``reports/x/index.html``),
    as a path from the site root."""
    assert not urlsplit(href).scheme and not href.startswith("/")
    return urlsplit(urljoin("http://site.invalid/" + page_path, href)).path.lstrip("/")


def test_every_report_page_links_its_xml(built, reports):
    options, _ = built
    site = options.site
    for slug, report in reports.items():
        for prefix, language in (("", "zh"), ("en/", "en")):
            path = f"{prefix}reports/{slug}/index.html"
            target = resolve(path, xml_link(page(site, f"{prefix}reports/{slug}/"), language))
            # the seeds are Chinese only: the English pages show (and link) the Chinese text
            assert target == f"akn/{slug}.zh.xml", (path, target)
            assert (site / target).read_bytes() == report_xml(report)
    assert sorted(p.name for p in (site / "akn").iterdir()) == NAMES
    assert not (site / "en" / "akn").exists()


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, ENGLISH)
    return seeds


def test_the_english_page_links_the_english_xml(bilingual, tmp_path):
    options = BuildOptions(seeds=bilingual, docs=None, site=tmp_path / "site", lock=None)
    build_site(options)
    site = options.site
    english = parse(read_source(ENGLISH), ENGLISH.name)
    for prefix, language, name in (("", "zh", "2012-10-17.zh.xml"), ("en/", "en", "2012-10-17.en.xml")):
        path = f"{prefix}reports/2012-10-17/index.html"
        assert resolve(path, xml_link(page(site, f"{prefix}reports/2012-10-17/"), language)) == f"akn/{name}"
    assert (site / "akn" / "2012-10-17.en.xml").read_bytes() == report_xml(english)
    assert schema.errors((site / "akn" / "2012-10-17.en.xml").read_bytes()) == []
    assert "2012-10-17.en.xml" in {p.name for p in (site / "akn").iterdir()}
    # a meeting without English: its English page links the Chinese text it shows
    assert resolve("en/reports/2016-10-17/index.html",
                   xml_link(page(site, "en/reports/2016-10-17/"), "en")) == "akn/2016-10-17.zh.xml"


def test_the_offline_bundle_holds_the_xml_and_its_links_resolve(bilingual, tmp_path):
    if not POLYFILL_SOURCE.exists():
        pytest.fail("run `make vendor` first (make test does)")
    archive = build_bundle(BuildOptions(seeds=bilingual, site_url="https://example.org/"), tmp_path / "dist").archive
    prefix = "wg-ta-reports-offline/"
    with zipfile.ZipFile(archive) as zf:
        names = set(zf.namelist())
        xml = sorted(n for n in names if n.startswith(prefix + "akn/"))
        assert xml == sorted([f"{prefix}akn/{n}" for n in NAMES] + [f"{prefix}akn/2012-10-17.en.xml"])
        for language, path, name in (("zh", "reports/2012-10-17.html", "2012-10-17.zh.xml"),
                                     ("en", "en/reports/2012-10-17.html", "2012-10-17.en.xml"),
                                     ("en", "en/reports/2016-10-17.html", "2016-10-17.zh.xml")):
            html = BeautifulSoup(zf.read(prefix + path).decode("utf-8"), "html.parser")
            href = xml_link(html, language)
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), href))
            assert target == f"akn/{name}" and prefix + target in names, (path, href)
            assert schema.errors(zf.read(prefix + target)) == []


def test_pages_link_only_the_files_they_are_given(reports):
    """render_pages links a report's XML only when the caller publishes it
    (the build does); without files the pages are as before, and the links
    it makes pass the generator's own link check."""
    from generator.context import BuildContext
    from generator.render import check_links, render_pages
    from generator.urls import xml_path

    shown = list(reports.values())
    plain = render_pages(BuildContext.of(shown, LANGUAGES))
    assert not any("akn/" in text or "akn-link" in text for text in plain.values())
    files = {xml_path(report): b"" for report in shown}
    linked = render_pages(BuildContext.of(shown, LANGUAGES), files=files)
    assert "](../akn/2012-10-17.zh.xml){: .akn-link" in linked["reports/2012-10-17.md"]
    assert "](../akn/2012-10-17.zh.xml){: .akn-link" in linked["reports/2012-10-17.en.md"]
    assert check_links({**linked, **{path: "" for path in files}}) > check_links(plain)
    assert {p for p, t in plain.items() if t != linked[p]} == {p for p in plain if p.startswith("reports/")}


def test_export_refuses_a_published_site(tmp_path, capsys):
    """The guard lets a site's own link through (a build replaces it); an
    export into it would write into the live site and delete its sitemap.xml."""
    from generator.outputs import SiteVersions

    built = tmp_path / "built"
    built.mkdir()
    (built / "sitemap.xml").write_text("<urlset/>")
    site = tmp_path / "site"
    versions = SiteVersions(site)
    versions.prepare()
    versions.publish(built)
    assert main(["export", "akn", "--out", str(site)]) == 2
    assert "refusing --out" in capsys.readouterr().err
    assert (site / "sitemap.xml").read_text() == "<urlset/>"
    assert sorted(p.name for p in site.iterdir()) == [MARKER, "sitemap.xml"]
