"""Nothing lost: every body character of a source lands in exactly one
element of the model, in order. The parser checks it on every parse, in
three places, so that a violation names the line where it happened:

1. `check_lines`: every line with text is body, footnote or page furniture,
   exactly one of them (what `clean` decided);
2. `check_runs`: the lines each block rule consumed hold exactly the
   characters of the elements it made (marker and text, in order); the
   title and the cover lines likewise; the footnote lines exactly the
   footnotes' marks and texts;
3. `check_inline`: taking the footnote marks out of the texts (they become
   references) and the Markdown of the Markdown-like report (``**`` and
   empty links) changed nothing else.

Compared are the characters, not the spaces between them (joining wrapped
lines adds or drops spaces), in Unicode NFKC (``１２．`` is ``12.``); a
hyphen that `clean` found to be layout at a line end (``recom-`` /
``mendations``) is not a body character. An annex is compared as a whole,
its characters counted (its title may stand before or after its table's
header). A violation is a bug of the parser, never of the file: it is
raised as an error naming the file and line, so that nothing is published
silently merged or cut.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..clean import Cleaned
from ..errors import SourceError
from ..model import Annex, Footnote, Heading, Line, Paragraph, Subparagraph
from .inline import MD_LINK, STRONG

_SPACE = re.compile(r"\s+")


class LostTextError(SourceError):
    """The parser's own check failed: text of this line would be lost,
    doubled or moved. A bug in the generator; the message names the line."""

    def __init__(self, source: str, line: int, where: str, source_text: str, model_text: str):
        super().__init__(source, line, f"every character of the source in the model exactly once ({where})",
                         f"'{source_text}' in the source where the model has '{model_text}': the generator's "
                         f"parser lost or doubled text here; please report this file (a bug, not your error)")


def skeleton(text: str) -> str:
    """The characters that count: NFKC, no white space."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


@dataclass
class Run:
    """The lines [first, end) of `Cleaned.lines` that one rule consumed, and the elements it made."""

    first: int
    end: int
    made: list


def check_lines(c: Cleaned) -> None:
    """Every line with text went to exactly one of body, footnotes, furniture."""
    counted = len(c.lines) + len(c.footnote_lines) + len(c.furniture)
    if counted != c.text_lines:
        raise SourceError(c.source, 0, f"{c.text_lines} lines with text, each body, footnote or page furniture",
                          f"{counted} after cleaning: a bug in the generator (please report this file)")


def form(element) -> str:
    """An element as the source printed it: its marker, then its text."""
    if isinstance(element, Annex):
        rows = "".join(r.symbol + r.agenda + r.title for r in element.rows)
        return element.heading + element.title + "".join(element.columns) + rows
    if isinstance(element, (Heading, Paragraph, Subparagraph)):
        return element.marker + element.text
    raise TypeError(f"no source form for {type(element).__name__}")


def check_runs(c: Cleaned, runs: list[Run], title: str, start: int, body_start: int) -> None:
    """Each run's lines against the elements it made; the title's lines against the title."""
    _compare(c, c.lines[start:body_start], title, "the title")
    for run in runs:
        where = ", ".join(getattr(e, "id", "") for e in run.made[:3]) or "no element"
        lines = c.lines[run.first:run.end]
        made = "".join(form(e) for e in run.made)
        if any(isinstance(e, Annex) for e in run.made):
            if Counter(skeleton(_text(c, lines))) != Counter(skeleton(made)):
                _compare(c, lines, made, where)  # names where they part
        else:
            _compare(c, lines, made, where)


def check_footnotes(c: Cleaned) -> None:
    """The footnote lines against the footnotes (mark and text) read from them."""
    _compare(c, c.footnote_lines, "".join(f.mark + f.text for f in c.footnotes), "footnotes")


def before_inline(text: str) -> str:
    """A text as it stands once the Markdown-like report's syntax is read:
    empty links unwrapped, ``**`` of bold type gone (`inline.inline_markup`)."""
    return STRONG.sub(lambda m: m["text"], MD_LINK.sub(lambda m: m["text"], text))


def check_inline(source: str, blocks: list, before: list[str], footnotes: list[Footnote]) -> None:
    """Each text, its footnote marks put back, against its text before
    inline markup and footnote linking."""
    marks = {f.id: f.mark for f in footnotes}
    for block, text in zip(blocks, before):
        rebuilt, pos = [], 0
        for span in sorted((s for s in block.spans if s.kind == "footnote"), key=lambda s: s.start):
            rebuilt += [block.text[pos:span.start], marks.get(span.value, "")]
            pos = span.start
        rebuilt.append(block.text[pos:])
        expected = before_inline(text)
        if "".join(rebuilt) != expected:
            k = _parting("".join(rebuilt), expected)
            raise LostTextError(source, block.line, block.id, expected[k:k + 24], "".join(rebuilt)[k:k + 24])


def _text(c: Cleaned, lines: list[Line]) -> str:
    """The lines' characters, less the hyphens `clean` found to be layout at line ends."""
    out = []
    for k, line in enumerate(lines):
        found = c.hyphen_breaks.get(line.number)
        dropped = (k + 1 < len(lines) and found is not None and not found.kept
                   and line.number in c.hyphens_joined and line.text.endswith("-"))
        out.append(line.text[:-1] if dropped else line.text)
    return "".join(out)


def _compare(c: Cleaned, lines: list[Line], made: str, where: str) -> None:
    source, model = skeleton(_text(c, lines)), skeleton(made)
    if source == model:
        return
    k = _parting(source, model)
    line = lines[0].number if lines else 0
    seen = 0
    for candidate in lines:  # the line that holds the k-th character
        seen += len(skeleton(candidate.text))
        line = candidate.number
        if seen > k:
            break
    raise LostTextError(c.source, line, where, source[k:k + 24], model[k:k + 24])


def _parting(a: str, b: str) -> int:
    """The first index where `a` and `b` differ."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k
