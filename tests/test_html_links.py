"""site.html_links: a link the generator wrote in an HTML block gets the URL
MkDocs gives a Markdown link, online (directory URLs) and offline, from
MkDocs' own Files (no mock: the objects a build passes to the plugin)."""
from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator.engine.plugin import html_links

PAGES = ("index.md", "decisions.md", "reports/2012-10-17.md", "reports/2016-10-17.md", "participants/1950-1959.md")


def files(tmp_path, directory_urls: bool) -> Files:
    return Files([File(path, str(tmp_path / "docs"), str(tmp_path / "site"), directory_urls) for path in PAGES])


@pytest.mark.parametrize("directory_urls, decisions, report, home", [
    (True, "../../decisions/#cop-dec-2-6", "../2016-10-17/#para_3", "../../"),
    (False, "../decisions.html#cop-dec-2-6", "2016-10-17.html#para_3", "../index.html"),
])
def test_links_in_html_get_the_urls_mkdocs_gives(tmp_path, directory_urls, decisions, report, home):
    docs = files(tmp_path, directory_urls)
    page = docs.get_file_from_path("reports/2012-10-17.md")
    html = ('<div class="para" id="para_1">\n<p><a href="../decisions.md#cop-dec-2-6">第 2/6 号决定</a> '
            '<a href="2016-10-17.md#para_3" title="见第 3 段">3</a> <a href="../index.md">首页</a> '
            '<a class="para-link" href="#para_1">¶</a> <a href="https://example.org/x.md">x</a></p>\n</div>')
    assert html_links(html, page, docs) == (
        f'<div class="para" id="para_1">\n<p><a href="{decisions}">第 2/6 号决定</a> '
        f'<a href="{report}" title="见第 3 段">3</a> <a href="{home}">首页</a> '
        '<a class="para-link" href="#para_1">¶</a> <a href="https://example.org/x.md">x</a></p>\n</div>')


def test_source_text_that_looks_like_a_link_is_left_alone(tmp_path):
    """A source's quotes reach the page as character references
    (markup.markdown_text), so its text never forms an href."""
    docs = files(tmp_path, True)
    page = docs.get_file_from_path("decisions.md")
    text = "<p>href=&#34;index.md&#34; and href=&#34;missing.md&#34;</p>"
    assert html_links(text, page, docs) == text


def test_a_link_to_a_missing_page_stops_the_build_naming_page_and_link(tmp_path):
    docs = files(tmp_path, False)
    page = docs.get_file_from_path("participants/1950-1959.md")
    with pytest.raises(PluginError, match=r"participants/1950-1959\.md: a link to \.\./reports/2099-01-01\.md"):
        html_links('<td><a href="../reports/2099-01-01.md#para_1">●</a></td>', page, docs)


def test_targets_found_once_per_build_serve_every_page(tmp_path):
    """The build's plugin keeps the docs path → File lookups for all its
    pages: two pages in different folders get each their own relative URL."""
    docs = files(tmp_path, True)
    targets: dict = {}
    link = '<a href="{}#cop-dec-2-6">x</a>'
    assert html_links(link.format("../decisions.md"), docs.get_file_from_path("reports/2012-10-17.md"), docs,
                      targets) == link.format("../../decisions/")
    assert html_links(link.format("decisions.md"), docs.get_file_from_path("index.md"), docs,
                      targets) == link.format("decisions/")
    assert targets == {"decisions.md": docs.get_file_from_path("decisions.md")}
