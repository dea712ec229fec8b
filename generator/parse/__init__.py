"""Stage 3 — body lines to a `Report`.

Built like Python-Markdown's block processors: each kind of block is one
small `Rule` class (the form of its first line as a pattern, `test`, `run`
and a priority), and `registry.RULES` is the one table of them, highest
priority first. For each line the first rule whose `test` matches runs: it
consumes its lines, changes the parse's `State` and says where the next
block starts. Whether a line ends the block before it is read from the same
table (`Context.opens_block`), so a new rule is one class and one line in
the table. Patterns that depend on the language are fields of its
`LanguageProfile`; a new language is data, not parser code.

The modules: `core` (Rule, Context), `state`, `registry` and the rules
(`headings`, `paragraphs`, `annex`), `title` (the title and meeting),
`inline` (bold, empty links, footnote marks), `lists` (where a list marker
belongs), `checks` (warnings, pure), `ledger` (nothing lost: checked on
every parse).
"""
from __future__ import annotations

import re
from typing import Optional

from ..clean import LONE_SYMBOL, Cleaned, clean, wide_count
from ..errors import SourceError
from ..languages import default_profile, detect, profile
from ..mentions import find_mentions
from ..model import Report
from . import ledger
from .checks import check_unique_ids, run_checks, text_blocks
from .core import Context
from .inline import inline_markup, link_footnotes
from .registry import RULES
from .title import find_title, read_title

__all__ = ["parse", "parse_cleaned", "detect_language", "TITLE_DATE", "TITLE_START", "RULES"]

#: The default language's title opening and dates (bench/corpus.py moves a
#: seed's meeting with them; the seeds are in the default language, Chinese).
TITLE_START = default_profile().title_start
TITLE_DATE = default_profile().title_date


def detect_language(text: str) -> str:
    """The language of a report's text (see `languages.detect`): by the
    share of CJK characters among its letters, else by its common words.

    Counted per line (of the first 400 lines with letters), so that one huge
    line of Latin text in a Chinese report does not outweigh the report."""
    lines = []
    for line in text.split("\n"):
        letters = "".join(filter(str.isalpha, line[:2000]))
        if letters:
            lines.append((wide_count(letters) / len(letters), line[:2000]))
            if len(lines) == 400:
                break
    return detect(lines)


def parse(text: str, source: str, language: Optional[str] = None) -> Report:
    """Parse the text of one report (already decoded by `read`)."""
    language = language or detect_language(text)
    return parse_cleaned(clean(text, source, profile(language)), language)


def parse_cleaned(c: Cleaned, language: str) -> Report:
    """The title, then every body line through the rules, then what stands
    inside the texts, then the checks. Nothing lost is proved on the way
    (`ledger`): a line whose text would be lost or doubled stops the parse."""
    p = profile(language)
    if not c.lines:
        raise SourceError(c.source, 0, "a report", "no text")
    ledger.check_lines(c)
    title, start, body_start, front = find_title(c, p)
    meeting, warnings = read_title(title, c.lines[start].number, p, c.source)
    ctx = Context(c, p, RULES)
    s = ctx.state
    s.warnings.extend(warnings)
    runs: list[ledger.Run] = []
    i = body_start
    while i < len(c.lines):
        rule, match = ctx.rule_for(c.lines[i])
        made = len(s.made)
        j = rule.run(ctx, i, match)
        runs.append(ledger.Run(i, j, s.made[made:]))
        i = j
    ledger.check_runs(c, runs, title, start, body_start)
    ledger.check_footnotes(c)
    check_unique_ids(s.blocks, c.source)
    texts = text_blocks(s.blocks)
    before = [block.text for block in texts]
    inline_markup(texts)
    footnotes, warnings = link_footnotes(texts, c.footnotes, p)
    ledger.check_inline(c.source, texts, before, footnotes)
    s.warnings.extend(warnings)
    s.warnings.extend(run_checks(s.blocks, meeting, p, c))
    # The symbol: from the cover where the text shows one, else the running head.
    symbol = next((line.text for line in front if LONE_SYMBOL.match(line.text)), None) or next(
        (f.text for f in c.furniture if re.fullmatch(r"[A-Z].*/.*", f.text)), None)
    report = Report(source=c.source, language=language, slug=meeting.start.isoformat(), title=title,
                    meeting=meeting, symbol=symbol, front_matter=front, blocks=s.blocks,
                    footnotes=footnotes, warnings=s.warnings, title_line=c.lines[start].number)
    find_mentions(report)  # last: footnote marks are out of the texts by now
    report.warnings = sorted(report.warnings, key=lambda w: w.line)
    return report
