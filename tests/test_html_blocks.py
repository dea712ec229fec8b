"""html_blocks: the generator's HTML blocks go to Python-Markdown's stash
without being tokenized, and every page comes out exactly as without it."""
from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
from mkdocs.utils.meta import get_data

from generator.engine.html_blocks import HtmlBlocks, HtmlBlockStore
from generator.engine import config_file_settings
from generator.ownership import ROOT


def extensions() -> tuple[list, dict]:
    """The Markdown extensions of mkdocs.yml, as MkDocs passes them."""
    names, configs = [], {}
    for entry in config_file_settings(ROOT / "mkdocs.yml")["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if options:
            configs[name] = options
    return names, configs


def convert(text: str, stored: bool) -> tuple[str, markdown.Markdown]:
    names, configs = extensions()
    md = markdown.Markdown(extensions=names + ([HtmlBlocks()] if stored else []), extension_configs=configs)
    return md.convert(text), md


def test_every_generated_page_is_the_same_with_and_without_it(built):
    options, result = built
    pages = sorted(options.docs.rglob("*.md"))
    assert len(pages) > 20
    stored_on_reports = 0
    for path in pages:
        text, _ = get_data(path.read_text(encoding="utf-8"))
        plain, _ = convert(text, stored=False)
        fast, md = convert(text, stored=True)
        assert fast == plain, path
        if path.parent.name == "reports":
            stored_on_reports += md.htmlStash.html_counter
    # Each paragraph is one block (with its subparagraphs): all of them were stored.
    paragraphs = sum(len(r.paragraphs) for r in result.reports)
    assert stored_on_reports >= 2 * paragraphs  # two languages


class Ids(HTMLParser):
    """The ids MkDocs collects from a page's raw HTML (an id, or an a's name)."""

    def __init__(self, text: str):
        super().__init__()
        self.ids: set[str] = set()
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.ids.update(v for k, v in attrs if k == "id" or k == "name" and tag == "a")


def test_the_ids_of_stored_blocks_are_those_mkdocs_would_have_collected(built):
    """MkDocs' own collection now sees the page without the stored blocks;
    their ids come from the extension (engine/plugin.py adds them to the page)."""
    options, _ = built
    for path in sorted(options.docs.rglob("*.md")):
        text, _ = get_data(path.read_text(encoding="utf-8"))
        extension = HtmlBlocks()
        md = markdown.Markdown(extensions=["md_in_html", extension])
        rest = md.preprocessors["generator_html_blocks"].run(text.split("\n"))
        assert Ids(text).ids == Ids("\n".join(rest)).ids | extension.ids, path
        if path.parent.name == "reports":
            assert "para_1" in extension.ids


@pytest.mark.parametrize("block", [
    '<div class="x" markdown="1">\n*a*\n</div>',  # Markdown inside: md_in_html's
    '<div class="x">\n<div>a</div>',  # not closed on its last line
    '<p>a</p> <p>b</p>',  # two elements on one line
    '<p>a</p>\ntext',  # an element, then text
    '<p>a</p>\n<span>b</span>',  # an element, then an inline one
    '<p>a</p>\n<div>b',  # the second not closed
    'text <div>a</div>',  # a paragraph of text
    '    <div>a</div>',  # indented code
    '<span>a</span>',  # inline
])
def test_what_is_not_one_whole_block_element_is_left_to_markdown(block):
    md = markdown.Markdown(extensions=["md_in_html"])
    assert HtmlBlockStore(md, set()).run(["", *block.split("\n"), ""]) == ["", *block.split("\n"), ""]
    assert md.htmlStash.html_counter == 0


def stored(lines: list[str]) -> tuple[list[str], list[str]]:
    md = markdown.Markdown(extensions=["md_in_html"])
    out = HtmlBlockStore(md, set()).run(lines)
    return out, md.htmlStash.rawHtmlBlocks


BLOCK = '<div class="para" id="para_1">\n<p>1. 文字 &lt;/div&gt; <a href="#para_1">¶</a></p>\n</div>'


def test_a_whole_element_is_stored_once_with_the_blank_lines_kept():
    out, stash = stored(["# 标题", "", *BLOCK.split("\n"), "", "text"])
    assert stash == [BLOCK + "\n"]  # at the top level md_in_html keeps the line end
    assert out == ["# 标题", "", markdown.util.HTML_PLACEHOLDER % 0, "", "text"]


def test_elements_one_after_the_other_are_one_stored_block():
    """A run of "also cited" lines, or a banner and its list (render/report.py)."""
    lines = ['<p class="also-cited">a</p>', '<p class="also-cited">b</p>', BLOCK]
    out, stash = stored(["", *"\n".join(lines).split("\n"), "", "text"])
    assert stash == ["\n".join(lines) + "\n"]
    assert out == ["", markdown.util.HTML_PLACEHOLDER % 0, "", "text"]


def test_inside_a_markdown_element_it_is_stored_without_the_line_end():
    out, stash = stored(['<div class="report-text" markdown="1">', "", "## 一", "", *BLOCK.split("\n"), "", "</div>",
                         "", *BLOCK.split("\n")])
    assert stash == [BLOCK, BLOCK + "\n"]


def test_inside_raw_html_nothing_is_stored():
    """A raw element with blank lines inside: md_in_html keeps it whole."""
    lines = ['<div class="raw">', "", *BLOCK.split("\n"), "", "</div>"]
    assert stored(lines) == (lines, [])
    # and after it closes, blocks are stored again
    assert stored([*lines, "", *BLOCK.split("\n")])[1] == [BLOCK + "\n"]
