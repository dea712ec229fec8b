"""Where the parse of one report stands: the blocks made so far, the
headings they stand under, the paragraph that is open and its list.

The rules read and change this state and nothing else, so that a rule can
be run on its own (tests) and the parse holds no hidden globals.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

from .. import ids
from ..model import Heading, Paragraph, Subparagraph, Finding
from .lists import OpenItem


def opens_list(text: str) -> bool:
    """A paragraph or item whose text ends with a colon announces a list."""
    return text.rstrip().endswith(("：", ":"))


@dataclass
class ListContext:
    """The paragraph (or item) whose numbered items follow."""

    owner: Union[Paragraph, Subparagraph]
    last_item: int = 0


@dataclass
class State:
    blocks: list = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    chapter: str = ""
    section: str = ""
    subsection: str = ""
    #: Id of the deepest heading so far, for `Paragraph.heading`.
    heading: str = ""
    #: Unnumbered headings counted per parent heading (their ids count them).
    hcontainers: dict[str, int] = field(default_factory=dict)
    #: The highest paragraph number so far, and the line of every number seen.
    last_number: int = 0
    numbers_seen: dict[int, int] = field(default_factory=dict)
    unnumbered: int = 0
    annexes: int = 0
    #: The lettered items and points open below `container()`, outermost first
    #: (`parse.lists`); every element made so far, in the order made (`ledger`).
    #: (Before the field named `list`, which hides the built-in below it.)
    outline: list[OpenItem] = field(default_factory=list)
    made: list = field(default_factory=list)
    #: The open paragraph, its announced list, and an item that announces one.
    paragraph: Optional[Paragraph] = None
    list: Optional[ListContext] = None
    item_owner: Optional[Subparagraph] = None

    def warn(self, line: int, message: str, code: str, target: str = "") -> None:
        self.warnings.append(Finding(line, message, code, target))

    def container(self) -> Optional[Union[Paragraph, Subparagraph]]:
        """What a level-1 list item goes under: an item that announced a list, else the paragraph."""
        return self.item_owner or self.paragraph

    def add_child(self, owner: Union[Paragraph, Subparagraph], child: Subparagraph) -> None:
        owner.children.append(child)
        self.made.append(child)

    def parent(self) -> str:
        """The deepest heading id that can hold a heading."""
        return self.subsection or self.section or self.chapter

    def end_paragraph(self) -> None:
        self.paragraph, self.list, self.item_owner = None, None, None
        self.outline = []

    def add_block(self, block) -> None:
        self.blocks.append(block)
        self.made.append(block)

    def add_heading(self, heading: Heading) -> None:
        self.end_paragraph()
        self.add_block(heading)
        self.heading = heading.id

    def new_paragraph(self, number: int, text: str, line: int, marker: str = "") -> Paragraph:
        self.end_paragraph()
        para = Paragraph(ids.paragraph(number), number, text, line, heading=self.heading, marker=marker)
        self.add_block(para)
        self.paragraph = para
        self.last_number = max(self.last_number, number)
        self.numbers_seen[number] = line
        if opens_list(text):
            self.list = ListContext(para)
        return para

    def unnumbered_paragraph(self, text: str, line: int) -> Paragraph:
        """A paragraph whose number is missing in the source (warned: its id counts)."""
        self.end_paragraph()
        self.unnumbered += 1
        para = Paragraph(ids.unnumbered_paragraph(self.unnumbered), None, text, line, heading=self.heading)
        self.warn(para.line, f"paragraph without a number after paragraph {self.last_number} "
                             f"(given id {para.id})", "para-missing-number", para.id)
        self.add_block(para)
        self.paragraph = para
        return para
