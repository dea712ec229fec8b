"""The two things every block rule deals in: `Rule`, the form of a block's
first line and what the block makes, and `Context`, the lines of one report,
the table of rules that reads them, and the state of the parse.

Whether a line opens a block is asked of the table itself
(`Context.marked`, `Context.opens_block`): a rule registered in the table is
a rule that ends the block before it, with nothing to keep in step elsewhere.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..clean import Cleaned
from ..errors import SourceError
from ..languages import LanguageProfile
from ..model import Line
from .state import State


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

    def marked(self, line: Line) -> bool:
        """Does this line have the form of a block's first line (any rule's pattern)?"""
        return any(pattern.match(line.text) for _, pattern in self.openers)

    def opens_block(self, prev: Line, line: Line) -> bool:
        """Does `line`, after `prev` in a block, open a block of its own? A
        line that only a run-in rule matches (``(b) …`` at the start of a
        wrapped line) is run-in text where the language says items follow
        only a line ending like ``;``."""
        run_in = False
        for rule, pattern in self.openers:
            if pattern.match(line.text):
                if not rule.run_in:
                    return True
                run_in = True
        if run_in and self.p.item_opens_after is not None:
            return bool(self.p.item_opens_after.search(prev.text))
        return run_in

    def gather(self, i: int, text: str, heading: bool = False) -> tuple[str, int]:
        """Add to `text` the lines after line i that continue it; the text
        and the index of the first line after it."""
        prev = self.lines[i]
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            if self.opens_block(prev, line) or not self.continues(prev, heading) or self.stands_alone(prev, j):
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
