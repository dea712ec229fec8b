"""The HTML minifier (htmlmin, see generator/engine/minify.py) never leaves a
<a> on its stack of open tags, so after an <a lang="x"> it drops every later
lang="x" as "redundant". Our markup therefore never puts lang on a link; this
proves the built pages keep every lang the Markdown gave them."""
from __future__ import annotations

import htmlmin
from bs4 import BeautifulSoup


def test_the_minifier_bug_we_work_around_is_real():
    html = '<p><a href="#a" lang="zh-Hans">1</a> <a href="#b" lang="zh-Hans">2</a></p>'
    assert 'href="#b" lang' not in htmlmin.minify(html, convert_charrefs=False)


def test_no_built_page_has_lang_on_a_link(built):
    options, _ = built
    pages = sorted(options.site.rglob("*.html"))
    assert pages
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert not soup.select("a[lang]"), (page, soup.select("a[lang]")[:2])
