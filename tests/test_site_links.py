"""A real build: every mention link lands on an existing id of an existing page."""
import re
from pathlib import Path
from urllib.parse import unquote, urljoin


from support import page
from generator.urls import report_url


def _ids(site: Path, url: str) -> set:
    return {tag["id"] for tag in page(site, url).find_all(id=True)}


def test_every_internal_link_of_generated_pages_resolves(built):
    options, result = built
    site = options.site
    pages = ["decisions/", "timeline/", "documents/", "participants/"] + [report_url(r.slug) for r in result.reports]
    checked = 0
    cache = {}
    for url in pages:
        for a in page(site, url).select("article a[href]"):
            href = a["href"]
            if href.startswith(("http", "mailto")) or "#" not in href:
                continue
            target, _, anchor = urljoin("/" + url, href).partition("#")
            target = target.lstrip("/")
            if target not in cache:
                cache[target] = _ids(site, target)
            assert unquote(anchor) in cache[target], (url, href)
            checked += 1
    assert checked > 500


def test_mentions_in_reports_link_to_their_entries(built):
    options, result = built
    soup = page(options.site, "reports/2012-10-17/")
    para2 = soup.find(id="para_2")
    assert para2.find("a", href="../../decisions/#cop-res-5-7").get_text() == "5/7 号决议"
    fn1 = soup.find(id="fn_1")
    assert fn1.find("a", href=re.compile(r"documents/#doc-ctoc-cop-2012-15$"))
    end = soup.find(id="in-this-report").find_next("ul")
    hrefs = [a["href"] for a in end.find_all("a")]
    assert "../../timeline/#meeting-2012-10-17" in hrefs and "../../decisions/#cop-dec-4-3" in hrefs


def test_index_pages_link_back_to_paragraphs(built):
    options, _ = built
    decisions = page(options.site, "decisions/")
    entry = decisions.find(id="cop-res-7-1")
    links = [a["href"] for a in entry.find_all_next("a", limit=20)]
    assert "../reports/2016-10-17/#para_2" in links and "../reports/2018-05-28/#para_4" in links
    documents = page(options.site, "documents/")
    external = documents.find("a", href="https://undocs.org/zh/UNODC/CCPCJ/EG.1/2012/4")
    assert external is not None and "external" in external.get("class", [])
    participants = page(options.site, "participants/")
    assert participants.find(id="australia") is not None
    assert participants.find("a", href="../reports/2012-10-17/#para_5")


def test_visual_timeline_marks_are_links(built):
    options, _ = built
    timeline = page(options.site, "timeline/")
    marks = timeline.select(".timeline a.tl-mark")
    assert len([m for m in marks if "tl-meeting" in m["class"]]) == 5
    assert all(m.get("href") for m in marks) and any("tl-decision" in m["class"] for m in marks)
    assert timeline.select(".timeline a.tl-conflict-mark")
    assert timeline.find(id="y2007") and timeline.find(id="meeting-2023-05-29")
