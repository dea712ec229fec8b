"""generator/engine/minify.py: the built pages' text whitespace collapsed,
everything else as written."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from generator.engine.minify import minify

PAGE = """<!doctype html>
<html lang="zh">
  <head>
    <title>&lt;script&gt;alert(0)&lt;/script&gt;</title>
    <script type="application/ld+json">{"name": "a  b\\n  c"}</script>
    <style>p  >  a { color: red }</style>
  </head>
  <body>
    <div class="para" id="para_{n}" data-cite="two  spaces
and a line" title='a > b'>
      <p><span class="para-num">{n}.</span>   第 {n} 段 &#42;文字&#42;   <a href="#para_{n}" title="x &amp; y">¶</a></p>
    </div>
    <!--  a   comment  -->
    <pre class="x">  kept
      as <b>is</b></pre>
    <textarea>  one
  two</textarea>
  </body>
</html>
"""


def test_text_whitespace_is_collapsed_to_one_space():
    out = minify(PAGE.replace("{n}", "3"))
    assert not re.search(r"\n\s", out.split("<pre")[0])
    assert "   第" not in out and " 第 3 段 &#42;文字&#42; " in out
    assert "<div" in out and "  <div" not in out


def test_what_a_browser_keeps_as_written_is_copied_as_it_is():
    out = minify(PAGE.replace("{n}", "3"))
    assert '<pre class="x">  kept\n      as <b>is</b></pre>' in out
    assert "<textarea>  one\n  two</textarea>" in out
    assert '{"name": "a  b\\n  c"}</script>' in out  # JSON-LD: whitespace inside a string is data
    assert "<style>p  >  a { color: red }</style>" in out
    assert "<!--  a   comment  -->" in out


def test_an_element_kept_as_written_ends_at_its_own_end_tag():
    html = '<script data-x="a > b">var s = "</pre>  x";\n  f()</script>  <pre>a  </script>  b</pre>'
    assert minify(html) == html.replace("</script>  <pre>", "</script> <pre>")


def test_attributes_and_references_are_never_rewritten():
    out = minify(PAGE.replace("{n}", "3"))
    assert "<title>&lt;script&gt;alert(0)&lt;/script&gt;</title>" in out  # never a literal <script>
    assert 'data-cite="two  spaces\nand a line"' in out  # a value is data, whatever its whitespace
    assert "title='a > b'>" in out  # a quoted > does not end the tag
    assert 'title="x &amp; y"' in out and 'class="para-num"' in out


def test_the_document_is_the_same_to_a_browser():
    page = PAGE.replace("{n}", "3")
    before, after = (BeautifulSoup(html, "html.parser") for html in (page, minify(page)))
    assert [(t.name, t.attrs) for t in before.find_all(True)] == [(t.name, t.attrs) for t in after.find_all(True)]
    assert " ".join(before.get_text().split()) == " ".join(after.get_text().split())


def test_minify_keeps_an_empty_attribute_the_theme_selects():
    """Material writes tabindex="" on a section's label and its JavaScript
    finds the labels by ``label[tabindex]`` (it keeps the section's
    aria-expanded in step); minify-html, once tried, dropped it as redundant."""
    html = '<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">Reports</label>'
    assert BeautifulSoup(minify(html), "html.parser").select("label[tabindex]")


def test_minify_never_joins_references_into_a_new_one():
    """A source's "&#60;" reaches the page as &#38;&#35;60; (render: `&`
    and `#` are written as references); tdewolff/minify, once tried,
    decoded both and wrote "&#60;", which a browser shows as "<"."""
    html = "<p>&#38;&#35;60; &#38;&#108;t; &#38;amp;</p>"
    assert BeautifulSoup(minify(html), "html.parser").get_text() == "&#60; &lt; &amp;"


def test_every_lang_is_kept():
    """htmlmin, the minifier before, dropped a lang it took for redundant
    after a link (``<a lang="x">`` then any later ``lang="x"``)."""
    html = '<p><a href="#a" lang="zh-Hans">1</a> <a href="#b" lang="zh-Hans">2</a></p>'
    assert len(BeautifulSoup(minify(html), "html.parser").select("[lang]")) == 2


def test_built_pages_are_minified(built):
    options, _ = built
    page = (options.site / "reports" / "2012-10-17" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"\n\s", page.split("<pre")[0])  # no indentation left from the templates
    assert page == minify(page)  # nothing more to take away
    assert BeautifulSoup(page, "html.parser").select("label.md-nav__link[tabindex]")  # see above
