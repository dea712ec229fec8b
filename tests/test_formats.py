"""The outputs beside the pages as one table (issue 25, part 6): every
format's files, made from the seeds' model without MkDocs; a new format is
one class and one line in `formats.FORMATS`, and the pages may link it."""
from __future__ import annotations

import json
from typing import Iterator

import pytest

from generator import formats
from generator.akn import export_all
from generator.context import BuildContext
from generator.render import render_pages


@pytest.fixture(scope="module")
def made(reports):
    reports, xml, _ = export_all(list(reports.values()))
    built = formats.Built(BuildContext.of(reports, ("zh", "en"), site_url="https://example.org/"), xml)
    before = formats.make(built, after_pages=False)
    built.pages = render_pages(built.context, files=built.files)
    after = formats.make(built, after_pages=True)
    return built, before, after


def test_every_format_has_a_name_a_type_and_files(made):
    built, _, _ = made
    names = [output.name for output in formats.FORMATS]
    assert names == ["akn", "json", "atom", "recommendations", "sitemaps"] and len(set(names)) == len(names)
    for output in formats.FORMATS:
        assert "/" in output.media_type
        assert list(output.files(built)), output.name


def test_the_files_before_the_pages_and_after(made):
    built, before, after = made
    assert sorted(p for p in before if p.startswith("akn/")) == [
        f"akn/{slug}.zh.xml" for slug in ("2007-10-03", "2012-10-17", "2016-10-17", "2018-05-28", "2023-05-29")]
    assert json.loads(before["data/2012-10-17.zh.json"])["slug"] == "2012-10-17"
    assert {"feeds/reports.zh.atom", "feeds/reports.en.atom", "data/recommendations.zh.csv"} <= set(before)
    assert set(after) == {"sitemap.zh.xml", "sitemap.en.xml"}  # made from the rendered pages
    assert built.files == {**before, **after}


def test_a_new_format_is_one_class_and_one_line(monkeypatch, reports):
    """An EPUB-like format added to the table reaches the site's files, and
    the pages are rendered knowing it (they may link its files)."""
    class Plain(formats.Format):
        name, media_type = "plain", "text/plain"

        def files(self, built: formats.Built) -> Iterator[tuple[str, bytes]]:
            for report in built.context.reports:
                yield f"plain/{report.slug}.{report.language}.txt", report.title.encode()

    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, Plain()))
    reports, xml, _ = export_all(list(reports.values()))
    built = formats.Built(BuildContext.of(reports, ("zh",)), xml)
    formats.make(built, after_pages=False)
    assert built.files["plain/2012-10-17.zh.txt"].decode().startswith("2012 年")


def test_two_formats_writing_one_path_is_a_defect(monkeypatch, reports):
    class Again(formats.Format):
        name = "again"

        def files(self, built: formats.Built) -> Iterator[tuple[str, bytes]]:
            yield "feeds/reports.zh.atom", b""

    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, Again()))
    reports, xml, _ = export_all(list(reports.values()))
    with pytest.raises(RuntimeError, match="two outputs write feeds/reports.zh.atom"):
        formats.make(formats.Built(BuildContext.of(reports, ("zh",)), xml), after_pages=False)
