"""Stage 4 — what a report names: decisions, document symbols, dates,
participants, articles of the Convention.

`find_mentions(report)` reads the parsed model only (never the raw text) and
fills `Report.mentions`; every mention inside a text also becomes a
``Span(kind="mention", value="<kind>:<key>")`` so the renderer can link it.
It runs at the end of `parse`, after footnote marks have been taken out of the
texts (taking them out shifts offsets).

The keys are the same in every language (``第 2/6 号决定``, "decision 2/6" and
« décision 2/6 » are all ``cop-dec-2-6``), so that one index entry is
cited by every language version of a report. What the languages share is in
`base`; each language's rules are a `MentionRules` made by `rules` from the
``mentions:`` section of its file (``profiles/<code>.yml``): the same rules
read each language's words, and where languages cut their text differently
(the event a date names, how a list of names is cut) the file names a hook
(`events.EVENTS`, `lists.LIST_STYLES`). Document symbols are found the same
way in every language.

Spans never overlap each other, never cover a footnote reference, and only
nest inside bold text.
"""
from __future__ import annotations

from .. import language_files
from ..model import Mention, Report
from .base import DATA, MentionRules, add, documents, elements, names
from .rules import rules

__all__ = ["DATA", "RULES", "MentionRules", "find_mentions", "names"]

#: Language code → its rules. A language without rules of its own gets the
#: mentions no language writes differently: document symbols.
RULES: dict[str, MentionRules] = {code: found for code, found in language_files.build(rules).items() if found}


def find_mentions(report: Report) -> list[Mention]:
    """Fill `report.mentions` (and mention spans) from the parsed model."""
    report.mentions = []
    rules = RULES.get(report.language)
    for element in elements(report):
        found = list(documents(element))
        if rules is not None:
            found += (list(rules.decisions(element)) + list(rules.dates(element, report))
                      + list(rules.articles(element)))
        if rules is not None and element.spans is not None and rules.is_participation(element):
            found += list(rules.participants(element, report))
        add(report, element, found)
    return report.mentions
