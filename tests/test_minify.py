"""generator/minify.py: pages minified by htmlmin in a worker process while
MkDocs goes on; each page ends up minified on disk, as the plugin wrote it."""
from __future__ import annotations

import re

import pytest

from generator.minify import OPTIONS, Minifier, minify

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


@pytest.mark.parametrize("jobs", [0, 1])
def test_every_page_ends_up_minified_on_disk(tmp_path, jobs):
    """What MkDocs writes at once (the return value), and what is on disk
    after `finish`: the minified page, whether a worker made it or not."""
    minifier = Minifier(jobs)
    try:
        pages = [(PAGE.format(n=n), tmp_path / f"{n}.html") for n in range(40)]
        for html, dest in pages:
            written = minifier.page(html, dest)
            assert written == (html if jobs else minify(html))
            dest.write_text(written, encoding="utf-8")  # as MkDocs does, after the plugins
            assert len(minifier.pending) <= minifier.limit
        minifier.finish()
        assert not minifier.pending
        for html, dest in pages:
            assert dest.read_text(encoding="utf-8") == minify(html)
    finally:
        minifier.close()


def test_built_pages_are_minified(built):
    options, _ = built
    page = (options.site / "reports" / "2012-10-17" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"\n\s", page)  # no indentation left from the templates
    assert page == minify(page)  # nothing more to take away
