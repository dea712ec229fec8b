"""Issue 23, part 1: each language is built by a MkDocs build of its own and
the engine merges them: one site whose sitemap, search index, language
switch and 404 page hold every language, as one build of all wrote them."""
from __future__ import annotations

import gzip
import json
import re

from bs4 import BeautifulSoup

from support import LANGUAGES

SITE_URL = "https://ctoc-reports.example.org/"
ROOT, OTHER = LANGUAGES[0], LANGUAGES[1]


def test_the_sitemap_lists_every_page_of_every_language_with_its_versions(built):
    options, _ = built
    site = options.site
    text = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()).decode("utf-8") == text
    rows = re.findall(r"<url>(.*?)</url>", text, re.S)
    locs = [re.search(r"<loc>(.*?)</loc>", row)[1] for row in rows]
    pages = sorted(SITE_URL + p.relative_to(site).parent.as_posix().replace(".", "") + "/"
                   for p in site.rglob("index.html"))
    assert sorted(loc if loc != SITE_URL else SITE_URL + "/" for loc in locs) == pages  # each once
    for row, loc in zip(rows, locs):
        links = re.findall(r'hreflang="([^"]+)" href="([^"]+)"', row)
        assert [code for code, _ in links][0] == (OTHER if loc.startswith(SITE_URL + f"{OTHER}/") else ROOT)
        assert sorted(code for code, _ in links) == sorted(LANGUAGES) and links[0][1] == loc


def test_the_search_index_holds_every_languages_pages(built):
    options, _ = built
    index = json.loads((options.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    # Material's entries of both builds (index pages), then the report entries
    # (the seeds are Chinese: the other language's report pages show them, not indexed again).
    assert "timeline/" in locations and f"{OTHER}/timeline/" in locations
    assert locations.index("timeline/") < locations.index(f"{OTHER}/timeline/") \
        < locations.index("reports/2012-10-17/?p=para_23")


def test_each_page_switches_to_its_own_version_in_every_language(built):
    options, _ = built
    for url, here, there in (("reports/2012-10-17/", "./", f"../../{OTHER}/reports/2012-10-17/"),
                             (f"{OTHER}/timeline/", "./", "../../timeline/")):
        soup = BeautifulSoup((options.site / url / "index.html").read_text(encoding="utf-8"), "html.parser")
        switch = {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link")}
        mine = OTHER if url.startswith(f"{OTHER}/") else ROOT
        assert switch[mine] == here and switch[OTHER if mine == ROOT else ROOT] == there
        assert soup.html["lang"].startswith(mine)


def test_the_404_page_is_the_site_roots_with_the_language_roots(built):
    options, _ = built
    soup = BeautifulSoup((options.site / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.html["lang"] == ROOT
    assert {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link")} == {ROOT: "/.", OTHER: f"/{OTHER}/"}
    assert not (options.site / OTHER / "404.html").exists()
