"""What an editor must look at once a report is parsed: pure functions of
the blocks (and the meeting, the language profile or the cleaned text) that
return warnings and change nothing. `check_unique_ids` refuses the file
instead: an ambiguous link cannot be published."""
from __future__ import annotations

from ..clean import Cleaned
from ..errors import SourceError
from ..languages import LanguageProfile
from ..model import Annex, Heading, Meeting, Paragraph, Finding
from .state import opens_list


def text_blocks(blocks: list) -> list:
    """Every element with words, in document order."""
    out: list = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.extend(block.blocks())
        elif isinstance(block, Heading):
            out.append(block)
    return out


def check_unique_ids(blocks: list, source: str) -> None:
    """Two elements with one id would make one link ambiguous: refuse the
    file, naming both lines (e.g. chapter 一 twice)."""
    seen: dict[str, int] = {}
    for block in blocks:
        items = list(block.blocks()) if isinstance(block, Paragraph) else (
            [block, *block.rows] if isinstance(block, Annex) else [block])
        for item in items:
            if item.id in seen:
                raise SourceError(source, item.line, "a number used once in its place",
                                  f"a second element with id {item.id} (first at line {seen[item.id]})")
            seen[item.id] = item.line


def check_headings(blocks: list) -> list[Finding]:
    """A heading directly followed by a heading of the same or a higher
    rank has nothing under it: usually a draft's gap."""
    return [Finding(block.line, f"heading '{block.text[:30]}' has no content under it", "empty-heading", block.id)
            for block, after in zip(blocks, blocks[1:] + [None])
            if isinstance(block, Heading) and (after is None or (
                isinstance(after, (Heading, Annex)) and getattr(after, "level", 0) <= block.level))]


def check_placeholders(texts: list, p: LanguageProfile) -> list[Finding]:
    out = []
    for block in texts:
        found = p.placeholder.search(block.text)
        if found:
            out.append(Finding(block.line, f"placeholder {found.group()} left in the text", "placeholder", block.id))
    return out


def check_heading_punctuation(blocks: list) -> list[Finding]:
    """A heading that ends like a sentence was probably joined with, or
    typed as, body text (2012: ``A. 落实……通过的建议。``)."""
    return [Finding(block.line, f"heading '{block.text[:30]}' ends with a full stop", "heading-punctuation", block.id)
            for block in blocks if isinstance(block, Heading) and block.text.rstrip().endswith(("。", "；"))]


def check_terms(texts: list, p: LanguageProfile) -> list[Finding]:
    """Names of bodies in a form the official text of the language does not
    use for that body; reported, never changed."""
    return [Finding(block.line, f"'{wrong}' where the Convention's bodies are named '{right}'",
                    "term-variant", block.id)
            for block in texts for wrong, right in p.term_variants if wrong in block.text]


def check_body_dates(texts: list, meeting: Meeting, p: LanguageProfile) -> list[Finding]:
    """The meeting's own days with another year ("2017 年 5 月 28 日至 31 日"
    in the 2018 report) contradict the title: one of them is a typo.
    Dates of other meetings (other days) are left alone."""
    days = {(meeting.start.month, meeting.start.day, meeting.end.day)}
    if meeting.start.month == meeting.end.month:
        days.add((meeting.start.month, meeting.start.day, None))
    out = []
    for block in texts:
        for match in p.body_date.finditer(block.text):
            d2 = int(match["d2"]) if match["d2"] else None
            if (int(match["m"]), int(match["d1"]), d2) in days and int(match["y"]) != meeting.start.year:
                out.append(Finding(block.line, f"the text gives the meeting's days as '{match.group(0)}', "
                                               f"but the title dates the meeting {meeting.start.isoformat()}",
                                   "date-contradiction", block.id))
    return out


def check_loose_marks(texts: list, p: LanguageProfile) -> list[Finding]:
    """A mark left in the text after linking has no footnote (or the
    footnote block was lost in extraction)."""
    return [Finding(block.line, f"footnote mark {match['mark']} "
                                f"('…{block.text[max(0, match.start() - 6):match.end() + 4]}…') "
                                f"has no footnote", "footnote-missing", block.id)
            for block in texts for match in p.loose_mark.finditer(block.text)]


def check_announced_lists(blocks: list) -> list[Finding]:
    """A paragraph that ends with a colon announces a list; if a heading
    (or the end) follows instead, the list is missing (2018, paragraph 9)."""
    return [Finding(block.line, "the paragraph announces a list (it ends with a colon) "
                                "but nothing follows it", "list-missing", block.id)
            for block, after in zip(blocks, blocks[1:] + [None])
            if isinstance(block, Paragraph) and not block.children and opens_list(block.text)
            and not isinstance(after, Paragraph)]


def check_truncated(blocks: list, p: LanguageProfile) -> list[Finding]:
    """A report whose last paragraph stops mid-sentence was cut short."""
    if not blocks or not isinstance(blocks[-1], Paragraph):
        return []
    last = list(blocks[-1].blocks())[-1]
    if last.text and not p.ends_sentence(last.text):
        return [Finding(last.line, f"the text ends mid-sentence ('…{last.text[-20:]}'): "
                                   f"the file may be truncated", "truncated", last.id)]
    return []


def check_hyphens(c: Cleaned) -> list[Finding]:
    """A hyphen at a line end that was dropped without evidence (no such
    word, no such compound elsewhere in the text): an editor should look."""
    return [Finding(number, f"hyphen at the line end of '{found.head}-' / '{found.tail}' read as "
                            f"layout ('{found.word}'): no other evidence in the text", "hyphen-guess")
            for number, found in ((n, c.hyphen_breaks[n]) for n in sorted(c.hyphens_joined))
            if found.reason == "guess"]


def run_checks(blocks: list, meeting: Meeting, p: LanguageProfile, c: Cleaned) -> list[Finding]:
    """Every check's warnings, in a fixed order (warnings on one line keep it)."""
    texts = text_blocks(blocks)
    return [*check_headings(blocks), *check_placeholders(texts, p), *check_heading_punctuation(blocks),
            *check_terms(texts, p), *check_body_dates(texts, meeting, p), *check_loose_marks(texts, p),
            *check_announced_lists(blocks), *check_truncated(blocks, p), *check_hyphens(c)]
