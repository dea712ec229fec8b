"""The two things every block rule deals in: `Rule`, the form of a block's
first line and what the block makes, and `Context`, the lines of one report,
the table of rules that reads them, and the state of the parse.

Whether a line opens a block is asked of the table itself
(`Context.marked`, `Context.opens_block`): a rule registered in the table is
a rule that ends the block before it, with nothing to keep in step elsewhere.
A line of a rule's form opens its block only where the rule `takes` it: a
list marker only where the list's context places it (`parse.lists`), run-in
text never.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from ..clean import Cleaned
from ..errors import SourceError
from ..languages import LanguageProfile
from ..model import Line
from .state import State, opens_list


@dataclass(frozen=True)
class Pending:
    """The block being gathered when a rule is asked whether a line opens a
    block of its own: the line before, the block's text so far, and whether
    the block is the deepest open list item (else a new paragraph, heading …
    whose list, if any, is still to come)."""

    prev: Line
    text: str
    listing: bool = False


class Rule:
    """One kind of block. `patterns` are the forms of its first line (in a
    language); `test` says whether a line has one; `run` consumes the block
    and returns the index of the line after it. The table in `registry`
    tries rules by `priority`, highest first; the first whose `test` matches
    runs. A rule without patterns is the fallback and opens no block."""

    #: Higher is tried first; unique in the table.
    priority: int = 0
    #: A language-independent form (rules whose form depends on the language
    #: override `patterns` instead).
    pattern: Optional[re.Pattern] = None
    #: A line of this form may be run-in text inside a sentence: it opens a
    #: block only after a line ending as `LanguageProfile.item_opens_after` says.
    run_in: bool = False

    def patterns(self, p: LanguageProfile) -> tuple[re.Pattern, ...]:
        return (self.pattern,) if self.pattern is not None else ()

    def test(self, p: LanguageProfile, text: str) -> Optional[re.Match]:
        for pattern in self.patterns(p):
            match = pattern.match(text)
            if match:
                return match
        return None

    def takes(self, ctx: Context, line: Line, match: re.Match, pending: Optional[Pending]) -> bool:
        """Does this line of the rule's form open the rule's block here?
        `pending`: the block the line would otherwise continue (None in the
        main loop, where a block ended before the line). A run-in rule's line
        after a line that goes on (`LanguageProfile.item_opens_after`) is text."""
        if self.run_in and pending is not None and ctx.p.item_opens_after is not None:
            return bool(ctx.p.item_opens_after.search(pending.prev.text))
        return True

    def goes_on(self, ctx: Context, line: Line, match: re.Match, pending: Pending) -> bool:
        """Does this line of the rule's form go on with the block being
        gathered, wherever the line before it stopped? (An inline
        enumeration's next marker does, see `paragraphs.ListItemRule`.)"""
        return False

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        raise NotImplementedError


class Context:
    """What a rule is handed: the report's lines (`c`: the cleaned text),
    its language profile `p`, the rules table, and the parse's `state`."""

    def __init__(self, cleaned: Cleaned, profile: LanguageProfile, rules: Sequence[Rule],
                 state: Optional[State] = None):
        self.cleaned = cleaned
        self.lines = cleaned.lines
        self.p = profile
        self.rules = tuple(rules)
        self.state = state or State()
        #: Every (rule, pattern) of the table in this language: the forms of a block's first line.
        self.openers: tuple[tuple[Rule, re.Pattern], ...] = tuple(
            (rule, pattern) for rule in self.rules for pattern in rule.patterns(profile))

    def error(self, line: int, expected: str, found: str) -> SourceError:
        return SourceError(self.cleaned.source, line, expected, found)

    def warn(self, line: int, message: str, code: str, target: str = "") -> None:
        self.state.warn(line, message, code, target)

    def opener(self, line: Line, pending: Optional[Pending] = None) -> Optional[tuple[Rule, re.Match]]:
        """The rule whose block this line opens (the first in the table that
        `takes` it), and its match; None for a line of no block's form."""
        for rule, pattern in self.openers:
            match = pattern.match(line.text)
            if match and rule.takes(self, line, match, pending):
                return rule, match
        return None

    def rule_for(self, line: Line) -> tuple[Rule, re.Match]:
        """The rule that reads the block `line` starts (after a block that
        ended): the first that `takes` it; the fallback takes any line."""
        for rule in self.rules:
            match = rule.test(self.p, line.text)
            if match and rule.takes(self, line, match, None):
                return rule, match
        raise AssertionError("the table has no fallback rule")

    def goes_on(self, line: Line, pending: Pending) -> bool:
        """Does `line` go on with the block being gathered by its form,
        whatever the layout (`Rule.goes_on`)?"""
        return any(rule.goes_on(self, line, match, pending) for rule, pattern in self.openers
                   for match in (pattern.match(line.text),) if match)

    def marked(self, line: Line) -> bool:
        """Does this line open a block where it stands (after a block that ended)?"""
        return self.opener(line) is not None

    def opens_block(self, prev: Line, line: Line, text: Optional[str] = None, listing: bool = False) -> bool:
        """Does `line`, after `prev` in a block whose text so far is `text`,
        open a block of its own? (``(b) …`` at the start of a wrapped line
        may be run-in text: the rules decide, see `Rule.takes`.)"""
        return self.opener(line, Pending(prev, prev.text if text is None else text, listing)) is not None

    def open_item(self, pending: Pending):
        """The list item being gathered (`lists.OpenItem`), if the block is one."""
        return self.state.outline[-1] if pending.listing and self.state.outline else None

    def announcing(self, pending: Optional[Pending]) -> tuple[list, bool]:
        """The open list items a list marker is placed among, and whether the
        deepest of them (or the paragraph, when none is) announces a list.
        While a block is gathered its text so far decides: a list item being
        gathered is the deepest open one; any other block starts afresh."""
        s = self.state
        if pending is not None and not pending.listing:
            return [], opens_list(pending.text)
        if pending is not None:
            return s.outline, opens_list(pending.text)
        deepest = s.outline[-1].item if s.outline else s.container()
        return s.outline, deepest is not None and opens_list(deepest.text)

    def gather(self, i: int, text: str, heading: bool = False, listing: bool = False) -> tuple[str, int]:
        """Add to `text` the lines after line i that continue it; the text
        and the index of the first line after it. `listing`: the block is the
        deepest open list item (see `announcing`)."""
        prev = self.lines[i]
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            pending = Pending(prev, text, listing)
            if not self.goes_on(line, pending) and (self.opener(line, pending) is not None
                                                    or not self.continues(prev, heading)
                                                    or self.stands_alone(prev, j)):
                break
            text = self.cleaned.join_lines(text, prev, line)
            prev = line
            j += 1
        return text, j

    def continues(self, prev: Line, heading: bool) -> bool:
        """Is the line after `prev` part of the same block?

        Wrapped files: only if `prev` ran to the right margin. Files with one
        paragraph per line: only if `prev` stopped mid-sentence (and is not a
        heading, which never ends with punctuation)."""
        if self.cleaned.wrap_width:
            return self.cleaned.is_full(prev) or (self.p.ragged and not self.p.ends_sentence(prev.text))
        return not heading and not self.p.ends_sentence(prev.text)

    def stands_alone(self, prev: Line, j: int) -> bool:
        """A short unpunctuated line after a finished sentence, with a block
        after it, is a heading even where the sentence before it looks wide
        (a line of Latin document symbols measures wider than it printed)."""
        line = self.lines[j]
        following = self.lines[j + 1] if j + 1 < len(self.lines) else None
        return (self.p.ends_sentence(prev.text) and not self.p.ends_sentence(line.text)
                and not self.cleaned.is_full(line) and (following is None or self.marked(following)))
