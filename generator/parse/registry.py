"""The table of block rules, in the order they are tried.

A new kind of block is a `Rule` subclass and one line here. Its patterns
then also end the block before it (`Context.opens_block` reads this table),
so nothing else needs to know about it.
"""
from __future__ import annotations

from .annex import AnnexRule
from .core import Rule
from .headings import ChapterRule, SectionRule, UnmarkedRule
from .paragraphs import LetteredRule, NumberedRule, NumeralItemRule, PointRule, RecommendationRule

#: Highest priority first; `UnmarkedRule` (no pattern) takes any line left.
RULES: tuple[Rule, ...] = tuple(sorted((
    AnnexRule(),            # 70  附件 / Annex / Annexe: the rest of the report is its table
    ChapterRule(),          # 60  一. / IV.
    SectionRule(),          # 50  A.
    RecommendationRule(),   # 40  建议 4
    PointRule(),            # 35  (i) / ㈠ / a. / i. below a subparagraph, where the list's context places it
    LetteredRule(),         # 30  (a) / （a） / a)
    NumeralItemRule(),      # 25  （二）
    NumberedRule(),         # 20  12. (paragraph, list item or numbered sub-heading)
    UnmarkedRule(),         # 0   anything else
), key=lambda rule: -rule.priority))
