"""Warning codes, declared once.

Every warning the cleaner, the parser, the mentions or the corpus raises
carries one of these codes; `model.Finding` (a warning) refuses any other (a typo is a
generator bug, caught by the first test that raises it). The catalogs
(`locales/<lang>.json`, ``quality_codes``) give each code its label, and a
test checks that both sides list the same codes.
"""
from __future__ import annotations

#: code → what it means (for maintainers; readers see the catalog's label).
CODES: dict[str, str] = {
    "draft": "the report marks itself as a draft",
    "placeholder": "a placeholder such as [……] stands for text still to come",
    "empty-heading": "a heading with nothing under it",
    "para-missing-number": "a paragraph printed without its number (it gets para_nn_K)",
    "para-sequence": "paragraph numbers missing, repeated or out of order",
    "footnote-unreferenced": "a footnote whose mark is nowhere in the text",
    "footnote-missing": "a footnote mark with no footnote",
    "date-order": "a title's dates in reverse order (5月30日和29日)",
    "date-contradiction": "a paragraph's meeting dates contradict the title's",
    "list-missing": "a paragraph announces a list that does not follow",
    "truncated": "text that seems cut off",
    "annex-empty": "an annex without documents",
    "empty-recommendation": "a recommendation without text",
    "orphan-subparagraph": "a subparagraph outside any paragraph",
    "country-unknown": "a name in a list of States that is no known country",
    "organisation-unknown": "a name in a list of organisations that is no known organisation",
    "heading-punctuation": "a heading ending with a full stop",
    "hyphen-guess": "a line-end hyphen kept or dropped by guess",
    "term-variant": "a variant name of a body (缔约国会议 for 缔约方会议)",
    "error": "a source that cannot be parsed at all (check lists it)",
}


def check(code: str) -> str:
    """`code` if it is declared; a ValueError (a generator bug) if not."""
    if code not in CODES:
        raise ValueError(f"undeclared warning code {code!r}: add it to generator/codes.py and the catalogs")
    return code
