"""Part of the engine (generator/engine/): hands the generator's HTML blocks
to Python-Markdown as stored HTML, without tokenizing them.

Report texts, tables and lists are written as whole HTML blocks (no
``markdown`` attribute). Python-Markdown would store them unchanged, but
its raw-HTML preprocessor (md_in_html's) finds where each ends by running
every tag through Python's html.parser, and MkDocs runs the whole page
through html.parser once more to collect its ids (for its check of links
to anchors): half of the MkDocs build. Each such block is a run of lines
that opens one element on its first line and closes it on its last (or
several such elements, one after the other), with no blank line inside;
this preprocessor stores it in the HTML stash itself, which is what
md_in_html would have done, so the page is the same
(tests/test_html_blocks.py builds pages both ways).

It runs before both. The ids of the blocks it stored (`HtmlBlocks.ids`,
the page's last conversion) are added to the page's
``present_anchor_ids`` by the generator's plugin (plugin.py), so that MkDocs
checks links to them as before.
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.util import HTML_PLACEHOLDER_RE, AtomicString

#: A tag: closing or not, its name, its attributes.
TAG = re.compile(r"<(/?)([a-z][a-z0-9]*)\b([^>]*)>")
#: md_in_html's switch: Markdown inside this element.
MARKDOWN = re.compile(r"\smarkdown=")
#: Elements without content (no end tag).
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
#: Before MkDocs' id collection over the raw HTML (21) and md_in_html's
#: preprocessor (20); after the one that normalizes whitespace (30).
PRIORITY = 25
#: An id as html.parser reads it (MkDocs' collection): the generator quotes
#: every attribute value, and a value never holds a quote (escaped).
ID = re.compile(r'<[a-z][^>]*?\sid="([^"]*)"')


class HtmlBlockStore(Preprocessor):
    """Store each generator-written HTML block (see the module docstring)."""

    def __init__(self, md, ids: set[str]):
        super().__init__(md)
        self.ids = ids

    def run(self, lines: list[str]) -> list[str]:
        self.ids.clear()
        out: list[str] = []
        # The block elements open around here, outermost first: (tag, Markdown inside).
        open_elements: list[tuple[str, bool]] = []
        start, n = 0, len(lines)
        while start < n:
            end = start
            while end < n and lines[end].strip():
                end += 1
            text = "\n".join(lines[start:end])
            # Inside raw HTML everything is raw already: only at the top
            # level or in Markdown elements is a block stored.
            if text and all(md for _, md in open_elements) and self.is_whole_element(text):
                self.ids.update(html.unescape(value) for value in ID.findall(text))
                # md_in_html keeps the line end after a block at the top level only.
                out.append(self.md.htmlStash.store(text + ("" if open_elements else "\n")))
            else:
                out.extend(lines[start:end])
                self.follow(text, open_elements)
            if end < n:
                out.append(lines[end])
            start = end + 1
        return out

    def is_whole_element(self, text: str) -> bool:
        """Block elements one after the other, each opened at the start of
        a line of the block (the first: `run` splits at blank lines, so the
        block follows one or starts the page) and closed at the end of a
        line, the last at the block's end, with no Markdown inside: a run of
        "also cited" lines, or a banner and its list, is one block."""
        if MARKDOWN.search(text):
            return False
        start = 0
        while True:
            opening = TAG.match(text, start)
            if not opening or opening[1] or not self.md.is_block_level(opening[2]):
                return False
            tag, depth = opening[2], 0
            for match in TAG.finditer(text, start):
                if match[2] == tag:
                    depth += -1 if match[1] else 1
                    if depth == 0:
                        break
            else:
                return False
            if match.end() == len(text):
                return True
            if text[match.end()] != "\n":
                return False
            start = match.end() + 1

    def follow(self, text: str, open_elements: list[tuple[str, bool]]) -> None:
        """Keep `open_elements` up to date with the block elements that a
        block left to Markdown (its `text`) opens or closes."""
        for closing, tag, attributes in TAG.findall(text):
            if not self.md.is_block_level(tag) or tag in VOID or attributes.endswith("/"):
                continue
            if not closing:
                open_elements.append((tag, bool(MARKDOWN.search(attributes))))
            elif any(name == tag for name, _ in open_elements):
                while open_elements.pop()[0] != tag:
                    pass


class StoredBlockParagraph(BlockProcessor):
    """A block that is one stored block's placeholder: the paragraph that
    Python-Markdown makes of it (and replaces with the block at the end),
    its text atomic so that no inline pattern is tried on it (a tenth of
    the conversion of a report page: one paragraph per report paragraph)."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return HTML_PLACEHOLDER_RE.fullmatch(block) is not None and not self.parser.state.isstate("list")

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        etree.SubElement(parent, "p").text = AtomicString(blocks.pop(0))


class HtmlBlocks(Extension):
    """Python-Markdown extension: see the module docstring. `ids`: the ids
    in the blocks stored by the last conversion (MkDocs converts one page
    at a time)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ids: set[str] = set()

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(HtmlBlockStore(md, self.ids), "generator_html_blocks", PRIORITY)
        # After md_in_html's (105: its stored elements) and the empty
        # block's (100); before the ones for indented text (90) down to the
        # paragraph (10), which would make the same paragraph.
        md.parser.blockprocessors.register(StoredBlockParagraph(md.parser), "generator_stored_block", 95)
