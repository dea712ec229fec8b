"""Issue 24, part 4, in Chromium online and from the offline bundle: a
reference typed in the search box and Enter open its target: a paragraph
("第 23 段" on a report page, "2012 para 5", "para. 23"), a document entry
(its symbol) or a decision entry ("6/4", "第 6/4 号决议", "decision 2/6")."""
from __future__ import annotations

import pytest

from helpers import search


def page_path(where, path):
    kind, _, make = where
    if kind == "file" and path == "en/":
        return "en/index.html"
    return make(path)


@pytest.mark.parametrize("start, query, lands", [
    ("reports/2016-10-17/", "第 23 段", ("reports/2016-10-17", "#para_23")),
    ("", "2012 第 5 段", ("reports/2012-10-17", "#para_5")),
    ("", "CTOC/COP/WG.2/2012/1", ("documents", "#doc-ctoc-cop-wg-2-2012-1")),
    ("", "第 6/4 号决议", ("decisions", "#cop-res-6-4")),
    ("", "6/4", ("decisions", "#cop-res-6-4")),
    ("en/", "para. 23", ("en/reports/2012-10-17", "#para_23")),
    ("en/", "2016 para 5", ("en/reports/2016-10-17", "#para_5")),
    ("en/", "decision 2/6", ("en/decisions", "#cop-dec-2-6")),
])
def test_enter_opens_the_referenced_item(context, where, start, query, lands):
    kind, base, _ = where
    page = context.new_page()
    page.goto(base + page_path(where, start))
    search(page, query)
    page.locator("input.md-search__input").press("Enter")
    page.wait_for_function(f"location.hash === {lands[1]!r}", timeout=10000)
    path = page.evaluate("decodeURIComponent(location.pathname)")
    assert lands[0] in path and page.evaluate("location.search") == "", path
    assert page.evaluate(f"!!document.getElementById({lands[1][1:]!r})")
