"""generator/engine/minify.py: pages minified by htmlmin in a worker process while
MkDocs goes on; each page ends up minified on disk, as the plugin wrote it."""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from generator.engine.minify import OPTIONS, Minifier, minify

PAGE = """<!doctype html>
<html lang="zh">
  <head>
    <title>&lt;script&gt;alert(0)&lt;/script&gt;</title>
  </head>
  <body>
    <div class="para" id="para_{n}">
      <p><span class="para-num">{n}.</span>   第 {n} 段 &#42;文字&#42;   <a href="#para_{n}" title="x &amp; y">¶</a></p>
    </div>
    <pre>  kept
      as is</pre>
  </body>
</html>
"""


def test_minify_collapses_whitespace_and_keeps_references_and_quotes():
    out = minify(PAGE.format(n=3))
    assert "\n    " not in out.split("<pre>")[0]
    assert "   第" not in out and " 第 3 段 &#42;文字&#42; " in out
    assert "<title>&lt;script&gt;alert(0)&lt;/script&gt;</title>" in out  # never a literal <script>
    assert 'title="x &amp; y"' in out and 'class="para-num"' in out
    assert "<pre>  kept\n      as is</pre>" in out
    assert OPTIONS["convert_charrefs"] is False and OPTIONS["remove_optional_attribute_quotes"] is False


@pytest.mark.parametrize("jobs, ahead", [(0, None), (1, None), (1, 0)])
def test_every_page_ends_up_minified_on_disk(tmp_path, jobs, ahead):
    """What MkDocs writes at once (the return value: the page as built when
    a worker has it, minified when this process did it), and what is on
    disk after `finish`: the minified page, whoever made it. `ahead` 0:
    the workers are always behind, every page is minified here."""
    minifier = Minifier(jobs)
    if ahead is not None:
        minifier.limit = ahead
    try:
        pages = [(PAGE.format(n=n), tmp_path / f"{n}.html") for n in range(40)]
        handed_out = 0
        for html, dest in pages:
            written = minifier.page(html, dest)
            assert written in (html, minify(html)) and (written == minify(html) or jobs and ahead is None)
            handed_out += written == html
            dest.write_text(written, encoding="utf-8")  # as MkDocs does, after the plugins
            assert len(minifier.pending) <= minifier.limit
        assert (handed_out > 0) == (jobs > 0 and ahead is None)
        minifier.finish()
        assert not minifier.pending
        for html, dest in pages:
            assert dest.read_text(encoding="utf-8") == minify(html)
    finally:
        minifier.close()


def test_minify_keeps_an_empty_attribute_the_theme_selects():
    """Material writes tabindex="" on a section's label and its JavaScript
    finds the labels by ``label[tabindex]`` (it keeps the section's
    aria-expanded in step). minify-html, tried as a faster minifier, drops
    an empty tabindex as redundant."""
    html = '<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">Reports</label>'
    assert BeautifulSoup(minify(html), "html.parser").select("label[tabindex]")


def test_minify_never_joins_references_into_a_new_one():
    """A source's "&#60;" reaches the page as &#38;&#35;60; (render: `&`
    and `#` are written as references); tdewolff/minify, tried as a faster
    minifier, decodes both and writes "&#60;", which a browser shows as "<"."""
    html = "<p>&#38;&#35;60; &#38;&#108;t; &#38;amp;</p>"
    assert BeautifulSoup(minify(html), "html.parser").get_text() == "&#60; &lt; &amp;"


def test_built_pages_are_minified(built):
    options, _ = built
    page = (options.site / "reports" / "2012-10-17" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"\n\s", page)  # no indentation left from the templates
    assert page == minify(page)  # nothing more to take away
    assert BeautifulSoup(page, "html.parser").select("label.md-nav__link[tabindex]")  # see above
