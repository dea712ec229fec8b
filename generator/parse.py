"""Stage 3 — body lines to a `Report`.

Like Python-Markdown's block processors: each kind of block is one small
method with a regular expression, tried in the order of `Parser.RULES`; the
first that matches consumes its lines and says where the next block starts.

The rule that decides between a paragraph and a numbered sub-heading is the
paragraph sequence: paragraph numbers run 1, 2, 3 … through a report while
heading numbers restart. In the 2007 report ``1. 收集关于…`` stands after
paragraph 1, so it is a heading, and ``2. 关于收集…`` is paragraph 2.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Optional

from . import ids
from .clean import LONE_SYMBOL, Cleaned, clean, join, wide_count, width
from .languages import PROFILES, ZH, LanguageProfile, detect, profile
from .profiles import CHAPTER_ZH
from .names import city_key
from .errors import SourceError
from .mentions import find_mentions
from .model import (Annex, AnnexRow, Footnote, Heading, Line, Meeting, Paragraph, Report,
                    Span, Subparagraph, Warning)

CHAPTER = CHAPTER_ZH
SECTION = re.compile(r"^(?P<marker>(?P<num>[A-Z])\s*[.．])\s*(?P<text>[^\s/].*)$")
#: "12. text" or "１２．text"; an ASCII dot followed by a digit is a decimal ("1.5").
NUMBERED = re.compile(r"^(?P<marker>(?P<num>[0-9０-９]{1,3})\s*(?:\.(?![0-9０-９])|．))\s*(?P<text>\S.*)$")
LETTERED = re.compile(r"^(?:-\s*)?(?:\((?P<a>[a-z]{1,4})\)\s+|（(?P<b>[a-zａ-ｚ]{1,4})）\s*)(?P<text>\S.*)$")
RECOMMENDATION = re.compile(r"^(?:建议|Recommendation)\s*(?P<num>[0-9０-９]{1,3})$")
ANNEX = re.compile(r"^(?P<text>附件|Annex)\s*(?P<num>[一二三四五六七八九十IVX]*)$")
ANNEX_COLUMNS = re.compile(r"^(文号|Symbol)\s+(议程项目|Agenda item)\s+(标题或说明|Title or description)$")
SYMBOL_ROW = re.compile(r"^(?P<symbol>[A-Z][A-Z0-9]*(?:/[A-Za-z0-9.]+)+-?)(?:\s+(?P<rest>.*))?$")
AGENDA_CELL = re.compile(r"^(?P<agenda>\d+(?:\([a-z]\))?(?:\s*(?:和|、|,|and)\s*\d+(?:\([a-z]\))?)*)\s+(?P<title>.*)$")

#: The Chinese title's opening (the parser reads `languages.ZH.title_start`; bench/ uses this name).
TITLE_START = re.compile(r"在\s*\S{1,12}?\s*举行的|\bheld (?:at|in)\b|^Report of")
#: The Chinese title's dates (bench/ uses this name; the parser reads the profiles' `title_date`).
TITLE_DATE = ZH.title_date

#: Where a footnote mark may be glued to the text: see `LanguageProfile.footnote_before`.
#: Chinese units after a number that make it a count, not a mark ("第44段", "2023年").
UNITS = "年月日号段条款次个份名届场"
#: Variant names of bodies (wrong → right). The Conference of the Parties to
#: the Convention is 缔约方会议 in the official Chinese texts; 缔约国会议 in
#: the 2007 and 2023 reports is a slip that a careful editor would correct.
TERM_VARIANTS = {"缔约国会议": "缔约方会议"}
PLACEHOLDER = re.compile(r"\[(?:……|…|\.\.\.|XX+|xx+)\]")
STRONG = re.compile(r"\*\*(?P<text>[^*\n]+?)\*\*")
#: What a footnote mark looks like once the footnotes are linked: a small
#: number glued to CJK text that is no count ("第1次", "5个", "2和3").
LOOSE_MARK = re.compile(rf"(?<=[\u4e00-\u9fff》」』”’）、，。；：])(?P<mark>\d{{1,2}})"
                        rf"(?![0-9０-９{UNITS}余多和至及或到/.%％-])(?=[\u4e00-\u9fff（《“]|\s*$)")
#: A full date in the body ("2017 年 5 月 28 日至 31 日"), for the title-vs-body check.
BODY_DATE = re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"(?:\s*(?:至|和|、|-|—)\s*(?P<d2>\d{1,2})\s*日)?")
#: The Markdown-like 2023 report links document symbols to nowhere: ``[A/1](#)``.
#: Only such empty links are unwrapped; any other ``[x](url)`` stays literal text.
MD_LINK = re.compile(r"\[(?P<text>[^\[\]\n]+)\]\(#?\)")


@dataclass
class _ListContext:
    """A paragraph (or item) whose text ends with a colon opens a list."""

    owner: object  # Paragraph or Subparagraph
    last_item: int = 0


class Parser:
    """One report's parse; state lives on the instance, nowhere else."""

    def __init__(self, cleaned: Cleaned, language: str):
        self.c = cleaned
        self.lines = cleaned.lines
        self.language = language
        self.p: LanguageProfile = profile(language)
        self.block_patterns = (*self.p.chapters, SECTION, NUMBERED, LETTERED, self.p.recommendation, ANNEX)
        self.blocks: list = []
        self.warnings: list[Warning] = []
        self.chapter = self.section = self.subsection = ""
        self.heading = ""  # deepest heading, for Paragraph.heading
        self.hcontainers: dict[str, int] = {}
        self.last_number = 0
        self.numbers_seen: dict[int, int] = {}
        self.unnumbered = 0
        self.paragraph: Optional[Paragraph] = None
        self.sub: Optional[Subparagraph] = None  # last subparagraph or item
        self.list: Optional[_ListContext] = None
        self.item_owner: Optional[Subparagraph] = None  # an item whose text ends with a colon
        self.annexes = 0
        self.RULES: list[Callable[[int], Optional[int]]] = [
            self.annex, self.chapter_heading, self.section_heading, self.recommendation,
            self.lettered, self.numbered, self.unmarked,
        ]

    # -- the title and meeting ------------------------------------------------
    def title(self) -> tuple[str, int, int, list[Line]]:
        """Find the title: from the line naming where the meeting was held to
        the line that says it is a report. Lines before it are the cover."""
        def dated(text: str) -> bool:
            return any(p.title_date.search(text) for p in PROFILES.values())

        def complete(text: str) -> bool:
            return bool(self.p.title_end.search(text)) and dated(text)

        for i, line in enumerate(self.lines[:40]):
            if self.p.title_start.search(line.text) and (dated(line.text) or not self.p.title_start_needs_date):
                text, j = line.text, i
                while not complete(text) and j + 1 < len(self.lines) and j < i + 4:
                    j += 1
                    text = self.c.join_lines(text, self.lines[j - 1], self.lines[j])
                if complete(text):
                    return text, i, j + 1, self.lines[:i]
        first = self.lines[0] if self.lines else Line(1, "")
        raise SourceError(self.c.source, first.number,
                          f"a report title naming the meeting's dates and city (e.g. {self.p.title_example})",
                          repr(first.text[:60]) if first.text else "no text")

    def meeting(self, title: str, line: int) -> Meeting:
        """Dates, city and bodies from the title, read with the patterns of
        the report's language first, then of the others (a title may be in
        another language than the text)."""
        profiles = [self.p] + [p for p in PROFILES.values() if p is not self.p]
        match, by = None, self.p
        for by in profiles:
            match = by.title_date.search(title)
            if match and (match.groupdict().get("m") or by.month_number(match["month"] or "")):
                break
            match = None
        if match is None:
            raise SourceError(self.c.source, line, "a meeting date in the title", repr(title[:80]))
        groups = match.groupdict()
        year = int(match["y"])
        month = int(groups["m"]) if groups.get("m") else by.month_number(match["month"])
        month2 = int(groups["m2"]) if groups.get("m2") else month
        d1 = int(match["d1"])
        d2 = int(match["d2"]) if match["d2"] else d1
        try:
            start, end = dt.date(year, month, d1), dt.date(year, month2, d2)
        except ValueError:
            raise SourceError(self.c.source, line, "a valid meeting date in the title",
                              repr(match.group(0))) from None
        if end < start:
            self.warn(line, f"title gives the meeting days in reverse order ('{match.group(0)}'); "
                            f"read as {end.isoformat()} to {start.isoformat()}", "date-order")
            start, end = end, start
        city = next((m["city"] for m in (p.title_city.search(title) for p in profiles) if m), "")
        bodies: list[str] = []
        for p in profiles:
            found = p.title_bodies.search(title)
            if found:
                bodies = [b.strip() for b in p.bodies_split.split(found["bodies"])]
                break
        return Meeting(start, end, city_key(city), bodies)

    # -- helpers ---------------------------------------------------------------
    def warn(self, line: int, message: str, code: str, target: str = "") -> None:
        self.warnings.append(Warning(line, message, code, target))

    def marked(self, line: Line) -> bool:
        """Does this line open a block of its own?"""
        text = line.text
        return any(p.match(text) for p in self.block_patterns)

    def opens_block(self, prev: Line, line: Line) -> bool:
        """Does `line`, after `prev` in a block, open a block of its own? A
        lettered ``(b) …`` at the start of a wrapped line is run-in text
        where the language says items follow only a line ending like ``;``."""
        if not self.marked(line):
            return False
        if self.p.item_opens_after is not None and LETTERED.match(line.text) and not any(
                p.match(line.text) for p in self.block_patterns if p is not LETTERED):
            return bool(self.p.item_opens_after.search(prev.text))
        return True

    def gather(self, i: int, text: str, heading: bool = False) -> tuple[str, int]:
        """Add to `text` the lines after line i that continue it."""
        prev = self.lines[i]
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            if self.opens_block(prev, line) or not self.continues(prev, heading) or self.stands_alone(prev, j):
                break
            text = self.c.join_lines(text, prev, line)
            prev = line
            j += 1
        return text, j

    def continues(self, prev: Line, heading: bool) -> bool:
        """Is the line after `prev` part of the same block?

        Wrapped files: only if `prev` ran to the right margin. Files with one
        paragraph per line: only if `prev` stopped mid-sentence (and is not a
        heading, which never ends with punctuation)."""
        if self.c.wrap_width:
            return self.c.is_full(prev) or (self.p.ragged and not self.p.ends_sentence(prev.text))
        return not heading and not self.p.ends_sentence(prev.text)

    def stands_alone(self, prev: Line, j: int) -> bool:
        """A short unpunctuated line after a finished sentence, with a block
        after it, is a heading even where the sentence before it looks wide
        (a line of Latin document symbols measures wider than it printed)."""
        line = self.lines[j]
        following = self.lines[j + 1] if j + 1 < len(self.lines) else None
        return (self.p.ends_sentence(prev.text) and not self.p.ends_sentence(line.text)
                and not self.c.is_full(line) and (following is None or self.marked(following)))

    def _next_numbered(self, i: int) -> Optional[int]:
        for line in self.lines[i + 1:i + 60]:
            if any(p.match(line.text) for p in self.p.chapters) or SECTION.match(line.text):
                return None
            match = NUMBERED.match(line.text)
            if match:
                return int(ids.clean_number(match["num"]))
        return None

    def parent(self) -> str:
        return self.subsection or self.section or self.chapter

    def end_paragraph(self) -> None:
        self.paragraph, self.sub, self.list, self.item_owner = None, None, None, None

    def add_heading(self, heading: Heading) -> None:
        self.end_paragraph()
        self.blocks.append(heading)
        self.heading = heading.id

    # -- block rules ---------------------------------------------------------
    def annex(self, i: int) -> Optional[int]:
        match = ANNEX.match(self.lines[i].text)
        if not match:
            return None
        self.end_paragraph()
        self.annexes += 1
        annex = Annex(ids.annex(self.annexes), self.lines[i].text, "", self.lines[i].number)
        self.blocks.append(annex)
        j = i + 1
        title_parts: list[str] = []
        row: Optional[AnnexRow] = None
        while j < len(self.lines) and not ANNEX.match(self.lines[j].text):
            text = self.lines[j].text
            columns = ANNEX_COLUMNS.match(text)
            symbol = SYMBOL_ROW.match(text)
            if columns and not annex.rows:
                annex.columns = list(columns.groups())
            elif symbol:
                if row and row.symbol.endswith("-") and not row.agenda and not row.title:
                    row.symbol += symbol["symbol"]  # a symbol wrapped at its hyphen
                    rest = symbol["rest"] or ""
                else:
                    row = AnnexRow(ids.annex_row(annex.id, len(annex.rows) + 1), symbol["symbol"],
                                   "", "", self.lines[j].number)
                    annex.rows.append(row)
                    rest = symbol["rest"] or ""
                self._annex_cells(row, rest)
            elif row is not None:
                self._annex_cells(row, text)
            else:
                title_parts.append(text)
            j += 1
        annex.title = self.p.annex_title_separator.join(title_parts)
        if not annex.rows:
            self.warn(annex.line, "annex has no table of documents", "annex-empty", annex.id)
        return j

    @staticmethod
    def _annex_cells(row: AnnexRow, text: str) -> None:
        if not text:
            return
        if not row.agenda and not row.title:
            cells = AGENDA_CELL.match(text)
            if cells:
                row.agenda, row.title = cells["agenda"], cells["title"]
                return
        row.title = join(row.title, text)

    def chapter_heading(self, i: int) -> Optional[int]:
        match = next((m for m in (p.match(self.lines[i].text) for p in self.p.chapters) if m), None)
        if not match:
            return None
        number = ids.clean_number(match["num"]) if match["num"][0] not in "IVX" else str(
            ids.roman_to_int(match["num"]))
        text, j = self.gather(i, match["text"], heading=True)
        self.chapter = ids.chapter(number)
        self.section = self.subsection = ""
        self.add_heading(Heading(self.chapter, 1, match["num"], text, self.lines[i].number, "chapter",
                                 marker=match["marker"]))
        return j

    def section_heading(self, i: int) -> Optional[int]:
        match = SECTION.match(self.lines[i].text)
        if not match:
            return None
        text, j = self.gather(i, match["text"], heading=True)
        self.section = ids.section(self.chapter, match["num"])
        self.subsection = ""
        self.add_heading(Heading(self.section, 2, match["num"], text, self.lines[i].number, "section",
                                 marker=match["marker"]))
        return j

    def recommendation(self, i: int) -> Optional[int]:
        match = self.p.recommendation.match(self.lines[i].text)
        if not match:
            return None
        if self.paragraph is None:
            raise SourceError(self.c.source, self.lines[i].number,
                              "a paragraph that introduces the recommendation", "none")
        text, j = "", i + 1
        if j < len(self.lines) and not self.marked(self.lines[j]):
            text, j = self.gather(j, self.lines[j].text)
        else:
            self.warn(self.lines[i].number, f"{self.lines[i].text} has no text", "empty-recommendation")
        rec = Subparagraph(ids.recommendation(match["num"]), "rec", self.lines[i].text, text,
                           self.lines[i].number)
        self.paragraph.children.append(rec)
        self.sub, self.list = rec, None
        return j

    def lettered(self, i: int) -> Optional[int]:
        match = LETTERED.match(self.lines[i].text)
        if not match:
            return None
        letter = ids.clean_number(match["a"] or match["b"])
        text, j = self.gather(i, match["text"])
        owner = self.item_owner or self.paragraph
        if owner is None:
            self.warn(self.lines[i].number, f"subparagraph ({letter}) outside any paragraph",
                      "orphan-subparagraph")
            return self.unnumbered_paragraph(i, self.lines[i].text, j)
        sub = Subparagraph(ids.subparagraph(owner.id, letter), "subpara", letter, text, self.lines[i].number)
        if any(c.id == sub.id for c in owner.children):
            raise SourceError(self.c.source, self.lines[i].number,
                              f"a new subparagraph letter in {owner.id}", f"({letter}) a second time")
        owner.children.append(sub)
        self.sub = sub
        return j

    def numbered(self, i: int) -> Optional[int]:
        match = NUMBERED.match(self.lines[i].text)
        if not match:
            return None
        number = int(ids.clean_number(match["num"]))
        line = self.lines[i]
        text, j = self.gather(i, match["text"])
        expected = self.last_number + 1
        if number == expected and not (self._next_numbered(j - 1) == number and not self.p.ends_sentence(text)):
            return self.new_paragraph(number, text, line, j)
        if self.list and number == self.list.last_item + 1:
            owner = self.list.owner
            item = Subparagraph(ids.item(owner.id, str(number)), "item", str(number), text, line.number)
            owner.children.append(item)
            self.list.last_item = number
            self.sub = item
            self.item_owner = item if text.rstrip().endswith(("：", ":")) else None
            return j
        if self.p.ends_sentence(text) and number not in self.numbers_seen:
            self.warn(line.number, f"paragraph {number} follows paragraph {self.last_number}: "
                                   f"numbers out of sequence", "para-sequence", ids.paragraph(number))
            return self.new_paragraph(number, text, line, j)
        if self.p.ends_sentence(text) and number in self.numbers_seen:
            raise SourceError(self.c.source, line.number,
                              f"paragraph {expected} (paragraph numbers must be unique)",
                              f"paragraph {number} again (first at line {self.numbers_seen[number]})")
        # A numbered sub-heading: its number restarts under every section.
        hid = ids.subsection(self.section or self.chapter, str(number))
        self.text_heading_id_check(hid, line)
        self.subsection = hid
        self.add_heading(Heading(hid, 3, ids.clean_number(match["num"]), text, line.number, "subsection",
                                 marker=match["marker"]))
        return j

    def text_heading_id_check(self, hid: str, line: Line) -> None:
        if any(isinstance(b, Heading) and b.id == hid for b in self.blocks):
            raise SourceError(self.c.source, line.number, "a new heading number in this section",
                              f"a second heading with id {hid}")

    def new_paragraph(self, number: int, text: str, line: Line, j: int) -> int:
        self.end_paragraph()
        para = Paragraph(ids.paragraph(number), number, text, line.number, heading=self.heading)
        self.blocks.append(para)
        self.paragraph = para
        self.last_number = max(self.last_number, number)
        self.numbers_seen[number] = line.number
        if text.rstrip().endswith(("：", ":")):
            self.list = _ListContext(para)
        return j

    def unnumbered_paragraph(self, i: int, text: str, j: int) -> int:
        self.end_paragraph()
        self.unnumbered += 1
        para = Paragraph(ids.unnumbered_paragraph(self.unnumbered), None, text, self.lines[i].number,
                         heading=self.heading)
        self.warn(para.line, f"paragraph without a number after paragraph {self.last_number} "
                             f"(given id {para.id})", "para-missing-number", para.id)
        self.blocks.append(para)
        self.paragraph = para
        return j

    def unmarked(self, i: int) -> int:
        """A line that opens no block by its form: a heading without a number,
        or a paragraph whose number is missing in the source."""
        line = self.lines[i]
        text, j = self.gather(i, line.text)
        if self.p.ends_sentence(text) or width(text) > 100:
            return self.unnumbered_paragraph(i, text, j)
        parent = self.parent()
        self.hcontainers[parent] = self.hcontainers.get(parent, 0) + 1
        hid = ids.unnumbered_heading(parent, self.hcontainers[parent])
        level = 3 if self.subsection else 2 if self.section else 1 if not self.chapter else 2
        if self.section and not self.subsection:
            level = 3
        if self.subsection:
            level = 4
        self.add_heading(Heading(hid, level, None, text, line.number, "heading"))
        return j

    # -- the whole report ------------------------------------------------------
    def run(self) -> Report:
        if not self.lines:
            raise SourceError(self.c.source, 0, "a report", "no text")
        title, start, body_start, front = self.title()
        meeting = self.meeting(title, self.lines[start].number)
        if title.rstrip().endswith(("草稿", "草案")) or "DRAFT" in title.upper():
            self.warn(self.lines[start].number, "the title marks this report as a draft", "draft")
        i = body_start
        while i < len(self.lines):
            for rule in self.RULES:
                j = rule(i)
                if j is not None:
                    i = j
                    break
        self.check_unique_ids()
        self.inline_markup()
        footnotes = self.link_footnotes()
        self.check_headings()
        self.check_placeholders()
        self.check_heading_punctuation()
        self.check_terms()
        self.check_body_dates(meeting)
        self.check_loose_marks()
        self.check_announced_lists()
        self.check_truncated()
        self.check_hyphens()
        # The symbol: from the cover where the text shows one, else the running head.
        symbol = next((line.text for line in front if LONE_SYMBOL.match(line.text)), None) or next(
            (f.text for f in self.c.furniture if re.fullmatch(r"[A-Z].*/.*", f.text)), None)
        slug = meeting.start.isoformat()
        report = Report(source=self.c.source, language=self.language, slug=slug, title=title,
                        meeting=meeting, symbol=symbol, front_matter=front, blocks=self.blocks,
                        footnotes=footnotes, warnings=self.warnings,
                        title_line=self.lines[start].number)
        find_mentions(report)  # last: footnote marks are out of the texts by now
        report.warnings = sorted(report.warnings, key=lambda w: w.line)
        return report

    def check_hyphens(self) -> None:
        """A hyphen at a line end that was dropped without evidence (no such
        word, no such compound elsewhere in the text): an editor should look."""
        for number in sorted(self.c.hyphens_joined):
            found = self.c.hyphen_breaks[number]
            if found.reason == "guess":
                self.warn(number, f"hyphen at the line end of '{found.head}-' / '{found.tail}' read as "
                                  f"layout ('{found.word}'): no other evidence in the text", "hyphen-guess")

    def check_unique_ids(self) -> None:
        """Two elements with one id would make one link ambiguous: refuse
        the file, naming both lines (e.g. chapter 一 twice)."""
        seen: dict[str, int] = {}
        for block in self.blocks:
            items = list(block.blocks()) if isinstance(block, Paragraph) else (
                [block, *block.rows] if isinstance(block, Annex) else [block])
            for item in items:
                if item.id in seen:
                    raise SourceError(self.c.source, item.line, "a number used once in its place",
                                      f"a second element with id {item.id} (first at line {seen[item.id]})")
                seen[item.id] = item.line

    def text_blocks(self) -> list:
        """Every element with words, in document order."""
        out: list = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.extend(block.blocks())
            elif isinstance(block, Heading):
                out.append(block)
        return out

    def inline_markup(self) -> None:
        """The Markdown-like report writes ``**bold**`` and ``[symbol](#)``:
        keep the words, turn bold into a span, drop the empty link."""
        for block in self.text_blocks():
            text = MD_LINK.sub(lambda m: m["text"], block.text)
            spans: list[Span] = []
            out, pos, length = [], 0, 0  # length: of "".join(out), kept linear
            for match in STRONG.finditer(text):
                out.append(text[pos:match.start()])
                start = length + match.start() - pos
                out.append(match["text"])
                length = start + len(match["text"])
                spans.append(Span(start, start + len(match["text"]), "strong"))
                pos = match.end()
            out.append(text[pos:])
            block.text = "".join(out)
            block.spans = spans + block.spans

    def link_footnotes(self) -> list[Footnote]:
        """Find each footnote's mark in the text before it; make both links."""
        footnotes: list[Footnote] = []
        stars = 0
        blocks = self.text_blocks()
        cursor = (0, 0)  # (block index, offset) after the previous reference
        for note in self.c.footnotes:
            before = self.p.footnote_before
            if note.mark.startswith("*"):
                stars += 1
                pattern = re.compile(rf"(?<=[{before}]){re.escape(note.mark)}")
            else:
                pattern = re.compile(rf"(?<=[{before}]){note.mark}{self.p.footnote_after}")
            footnote = Footnote(ids.footnote(note.mark, stars), note.mark, note.text, note.line)
            footnotes.append(footnote)
            found = None
            for k in range(cursor[0], len(blocks)):
                block = blocks[k]
                if block.line > note.line:
                    break
                for match in pattern.finditer(block.text, cursor[1] if k == cursor[0] else 0):
                    found = (k, match)
                    break
                if found:
                    break
            if not found:
                self.warn(note.line, f"footnote {note.mark} is never referenced in the text",
                          "footnote-unreferenced", footnote.id)
                continue
            k, match = found
            block = blocks[k]
            block.text = block.text[:match.start()] + block.text[match.end():]
            for span in block.spans:
                if span.start >= match.end():
                    span.start -= len(note.mark)
                    span.end -= len(note.mark)
            block.spans.append(Span(match.start(), match.start(), "footnote", footnote.id))
            block.spans.sort(key=lambda s: (s.start, s.end))
            footnote.referenced_from = block.id
            cursor = (k, match.start())
        return footnotes

    def check_headings(self) -> None:
        """A heading directly followed by a heading of the same or a higher
        rank has nothing under it: usually a draft's gap."""
        for block, after in zip(self.blocks, self.blocks[1:] + [None]):
            if isinstance(block, Heading) and (after is None or (
                    isinstance(after, (Heading, Annex)) and getattr(after, "level", 0) <= block.level)):
                self.warn(block.line, f"heading '{block.text[:30]}' has no content under it",
                          "empty-heading", block.id)

    def check_placeholders(self) -> None:
        for block in self.text_blocks():
            if PLACEHOLDER.search(block.text):
                self.warn(block.line, f"placeholder {PLACEHOLDER.search(block.text).group()} "
                                      f"left in the text", "placeholder", block.id)

    def check_heading_punctuation(self) -> None:
        """A heading that ends like a sentence was probably joined with, or
        typed as, body text (2012: ``A. 落实……通过的建议。``)."""
        for block in self.blocks:
            if isinstance(block, Heading) and block.text.rstrip().endswith(("。", "；")):
                self.warn(block.line, f"heading '{block.text[:30]}' ends with a full stop", "heading-punctuation",
                          block.id)

    def check_terms(self) -> None:
        """Names of bodies written in a form the official Chinese text does
        not use for that body; reported, never changed."""
        for block in self.text_blocks():
            for wrong, right in TERM_VARIANTS.items():
                if wrong in block.text:
                    self.warn(block.line, f"'{wrong}' where the Convention's bodies are named '{right}'",
                              "term-variant", block.id)

    def check_body_dates(self, meeting: Meeting) -> None:
        """The meeting's own days with another year ("2017 年 5 月 28 日至 31 日"
        in the 2018 report) contradict the title: one of them is a typo.
        Dates of other meetings (other days) are left alone."""
        days = {(meeting.start.month, meeting.start.day, meeting.end.day)}
        if meeting.start.month == meeting.end.month:
            days.add((meeting.start.month, meeting.start.day, None))
        for block in self.text_blocks():
            for match in BODY_DATE.finditer(block.text):
                d2 = int(match["d2"]) if match["d2"] else None
                if (int(match["m"]), int(match["d1"]), d2) in days and int(match["y"]) != meeting.start.year:
                    self.warn(block.line, f"the text gives the meeting's days as '{match.group(0)}', "
                                          f"but the title dates the meeting {meeting.start.isoformat()}",
                              "date-contradiction", block.id)

    def check_loose_marks(self) -> None:
        """A mark left in the text after linking has no footnote (or the
        footnote block was lost in extraction)."""
        for block in self.text_blocks():
            for match in LOOSE_MARK.finditer(block.text):
                self.warn(block.line, f"footnote mark {match['mark']} "
                                      f"('…{block.text[max(0, match.start() - 6):match.end() + 4]}…') "
                                      f"has no footnote", "footnote-missing", block.id)

    def check_announced_lists(self) -> None:
        """A paragraph that ends with a colon announces a list; if a heading
        (or the end) follows instead, the list is missing (2018, paragraph 9)."""
        for block, after in zip(self.blocks, self.blocks[1:] + [None]):
            if (isinstance(block, Paragraph) and not block.children
                    and block.text.rstrip().endswith(("：", ":"))
                    and not isinstance(after, Paragraph)):
                self.warn(block.line, "the paragraph announces a list (it ends with a colon) "
                                      "but nothing follows it", "list-missing", block.id)

    def check_truncated(self) -> None:
        """A report whose last paragraph stops mid-sentence was cut short."""
        if not self.blocks or not isinstance(self.blocks[-1], Paragraph):
            return
        last = list(self.blocks[-1].blocks())[-1]
        if last.text and not self.p.ends_sentence(last.text):
            self.warn(last.line, f"the text ends mid-sentence ('…{last.text[-20:]}'): "
                                 f"the file may be truncated", "truncated", last.id)



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
    cleaned = clean(text, source, profile(language))
    return Parser(cleaned, language).run()
