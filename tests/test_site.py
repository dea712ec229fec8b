"""Real MkDocs builds: every paragraph reachable, nothing lost, same bytes twice."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest

from support import SEED_SLUGS, SEEDS, page, squash
from generator.build import BuildOptions, build_site
from generator.outputs import MARKER
from generator.urls import report_url

#: Page furniture as a reader of the PDFs would define it, independently of
#: the cleaner: lone page numbers, the running symbol beside them, rules.
PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
RULE = re.compile(r"^\s*_{5,}\s*$")
LONE_SYMBOL = re.compile(r"^\s*[A-Z]+(?:/[A-Za-z0-9.]+)+\s*$")
#: Markdown syntax of the Markdown-like 2023 file (not body text).
MARKDOWN = [(re.compile(r"\*\*"), ""), (re.compile(r"\]\(#\)"), ""), (re.compile(r"\["), ""),
            (re.compile(r"^\s*-\s+(?=\()", re.M), "")]
MARKDOWN_LIKE = {"004_1128377bf6bc7323.txt"}


def source_body(name: str) -> str:
    """The body text of a source: all of it but the page furniture."""
    lines = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    keep = []
    for k, line in enumerate(lines):
        if PAGE_NUMBER.match(line) or RULE.match(line):
            continue
        if LONE_SYMBOL.match(line):
            near = [x for x in lines[max(0, k - 4):k + 5] if x.strip()]
            if any(PAGE_NUMBER.match(x) for x in near):
                continue
        keep.append(line)
    text = "\n".join(keep)
    if name in MARKDOWN_LIKE:
        for pattern, repl in MARKDOWN:
            text = pattern.sub(repl, text)
    return squash(text)


def page_text(site: Path, slug: str) -> tuple[str, str]:
    """(all source-derived text of a report page, the footnotes part)."""
    soup = page(site, f"reports/{slug}/")
    article = soup.select_one("article.md-content__inner")
    for generated in article.select(".para-link, .para-cite, .sub-link, .fn-back, .report-facts, .para-nn, .parallel-link, "
                                    "#footnotes, .headerlink, .in-this-report, .lang-notice, .also-cited"):
        generated.decompose()
    footnotes = article.select_one(".footnote-list")
    notes = squash(footnotes.get_text()) if footnotes else ""
    return squash(article.get_text()), notes


@pytest.mark.parametrize("name", sorted(SEED_SLUGS))
def test_every_paragraph_is_reachable(built, reports, name):
    options, _ = built
    report = reports[SEED_SLUGS[name]]
    soup = page(options.site, report_url(report.slug))
    for eid in report.ids():
        assert len(soup.select(f'[id="{eid}"]')) == 1, f"{report_url(report.slug)}#{eid}"
    numbered = [p for p in report.paragraphs if p.number is not None]
    for para in numbered:
        element = soup.select_one(f"#para_{para.number}")
        link = element.select_one("a.para-num")  # the number is the paragraph's link
        assert link.get_text() == f"{para.number}." and link["href"] == f"#para_{para.number}"


def test_expected_paragraph_counts_in_the_built_pages(built):
    options, _ = built
    counts = {slug: len(page(options.site, f"reports/{slug}/").select("div.para[id^=para_]"))
              for slug in SEED_SLUGS.values()}
    assert counts == {"2012-10-17": 24, "2007-10-03": 82, "2016-10-17": 41, "2023-05-29": 46,
                      "2018-05-28": 25}


@pytest.mark.parametrize("name", sorted(SEED_SLUGS))
def test_nothing_lost(built, name):
    """Every character of body text appears on the page exactly once, in order."""
    options, _ = built
    source = source_body(name)
    shown, notes = page_text(options.site, SEED_SLUGS[name])
    assert Counter(shown) == Counter(source), _diff(Counter(source), Counter(shown))
    # In order: the page is the source with the footnote texts moved to the end.
    body = shown[:len(shown) - len(notes)] if notes else shown
    assert _is_subsequence(body, source)
    assert _is_subsequence(notes, source)


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(char in it for char in small)


def _diff(want: Counter, got: Counter) -> str:
    missing = want - got
    extra = got - want
    return f"missing {dict(missing)!r} extra {dict(extra)!r}"


def test_titles_and_urls_are_ascii_and_short(built, reports):
    for report in reports.values():
        url = report_url(report.slug)
        assert url.isascii() and re.fullmatch(r"reports/\d{4}-\d{2}-\d{2}/", url)
        for eid in report.ids():
            assert eid.isascii() and len(eid) < 40


def test_the_theme_seam_record_is_not_published(built):
    """Material publishes every file of overrides/ that is not a template:
    the record of the Material copies we change lives in the engine."""
    options, _ = built
    assert (options.site / "index.html").is_file()
    assert not [p for p in options.site.rglob("*.json") if p.name == "based-on.json"]


def test_no_page_carries_the_content_tabs_script(built):
    """Material's script that opens the content tab a #fragment names: the
    site has no tabs (overrides/partials/javascripts/content.html), its
    other scripts after the content stay."""
    options, _ = built
    for page in [options.site / "index.html", *options.site.glob("reports/*/index.html")]:
        text = page.read_text(encoding="utf-8")
        assert "__tabbed_" not in text and 'id="__config"' in text, page


def test_two_builds_give_identical_bytes(built, tmp_path):
    options, _ = built
    again = BuildOptions(seeds=SEEDS, docs=tmp_path / "docs", site=tmp_path / "site")
    build_site(again)
    assert _digest(options.site) == _digest(again.site)
    assert _digest(options.docs) == _digest(again.docs)


def _digest(root: Path) -> dict[str, str]:
    """Every file's hash, but the marker's: it names its own folder (outputs.mark)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != MARKER}


def test_footnotes_link_both_ways(built):
    options, _ = built
    soup = page(options.site, "reports/2012-10-17/")
    ref = soup.select_one("#para_4 sup#fnref_2 a")
    assert ref["href"] == "#fn_2"
    assert soup.select_one("#fn_2 a.fn-back")["href"] == "#fnref_2"
