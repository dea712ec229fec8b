"""Item 7: every internal link and every #fragment of the built site resolves."""
from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


def resolve(site, page_url: str, href: str):
    """(file, fragment) that `href` on the page at `page_url` points to."""
    parts = urlsplit(href)
    if not parts.path:
        target = page_url
    else:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page_url), unquote(parts.path)))
        if parts.path.endswith("/"):
            target += "/"
    path = site / target.lstrip("/")
    if target.endswith("/") or target == ".":
        path = path / "index.html"
    return path, unquote(parts.fragment)


def test_every_internal_link_and_fragment_resolves(built):
    options, _ = built
    site = options.site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 8
    ids_cache: dict = {}
    checked, broken = 0, []
    for page in pages:
        url = page.relative_to(site).as_posix()
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for a in soup.find_all("a", href=True):
            href = a["href"]
            scheme = urlsplit(href).scheme
            assert scheme != "javascript", f"{url}: {href}"
            if scheme or href.startswith("//"):
                continue
            target, fragment = resolve(site, url, href)
            checked += 1
            if not target.is_file():
                broken.append(f"{url}: {href} (no {target.relative_to(site)})")
                continue
            if fragment:
                if target not in ids_cache:
                    ids_cache[target] = {t["id"] for t in BeautifulSoup(
                        target.read_text(encoding="utf-8"), "html.parser").find_all(id=True)}
                if fragment not in ids_cache[target]:
                    broken.append(f"{url}: {href} (no id {fragment})")
    assert checked > 500
    assert broken == []


def test_the_walker_sees_a_broken_fragment(built, tmp_path):
    """The check above can fail: a page with a dead fragment is caught."""
    options, _ = built
    page = options.site / "reports" / "2012-10-17" / "index.html"
    target, fragment = resolve(options.site, "reports/2012-10-17/index.html", "../2016-10-17/#para_999")
    assert target.is_file() and fragment == "para_999"
    ids = {t["id"] for t in BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser").find_all(id=True)}
    assert "para_999" not in ids and "para_41" in ids
    assert page.is_file()
