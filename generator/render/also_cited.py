""""Also cited in": under a paragraph that cites a decision or resolution,
the other sessions' paragraphs that cite the same one ("第 2/6 号决定 另见：
2007 ¶1 · 2016 ¶1 · 2023 ¶1"), from the corpus of the page's language.

It is a line of its own after the paragraph's block, so that it is neither
the paragraph's text (its copy button, its citation) nor in the search
index (search.py indexes the model's text, never the page). A line never
grows with the corpus: the nearest sessions before and after the report
are shown, and a link to the decision's entry on the decisions page, which
lists them all, says how many there are.

A link names its session by its year ("2016 ¶1"), or by its first day
where the corpus has more than one meeting that year ("2016-10-17 ¶1"):
the text alone tells the sessions apart, for every reader (a title
attribute would repeat the dates on every link of every page, and reaches
neither touch screens nor most screen readers).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .. import citation
from ..markup import html_link, markdown_text as escape
from ..model import Paragraph, Report
from ..urls import relative, report_path

if TYPE_CHECKING:
    from ..corpus import Corpus
    from .base import Renderer

#: Sessions shown on each side of the report's own (the rest: the decisions page).
NEAREST = 3


def pin(eid: str, language: str, report: Report) -> str:
    """"¶1" for a paragraph, the item's readable name for anything below it."""
    if eid.startswith("para_") and "__" not in eid and eid[5:].isdigit():
        return f"¶{eid[5:]}"
    return citation.item_label(eid, language, report)


def session_label(report: Report, corpus: Corpus) -> str:
    """A session's name in a short link ("2016 ¶1"): its year, or its first
    day where the corpus has more than one meeting that year."""
    start = report.meeting.start
    return start.isoformat() if start.year in corpus.shared_years else str(start.year)


def also_cited(renderer: Renderer, para: Paragraph, report: Report, corpus: Corpus, own: str = "") -> str:
    """The lines under `para` (HTML, one ``<p>`` per decision it cites that
    another session cites too), or ""; `own` is the page language's
    ``lang`` attribute when the text around is in another language."""
    keys = corpus.decisions_by_paragraph(report).get(id(para))
    if keys is None:  # a paragraph the report does not hold
        ids = {b.id for b in para.blocks()}
        keys = list(dict.fromkeys(m.key for m in report.mentions if m.kind == "decision" and m.paragraph in ids))
    here = report_path(report, renderer.language, renderer.root)
    lines = []
    for key in keys:
        citing = corpus.paragraph_cites.get(key)
        if citing is None:
            continue
        before, after, others = citing.around(report.slug, NEAREST)
        if not others:
            continue
        decision = corpus.decisions[key]
        links = []
        for slug in before + after:
            other, eids = citing.places[slug]
            target = relative(here, report_path(other, renderer.language, renderer.root))
            session = session_label(other, corpus)
            for eid in eids:
                links.append(html_link(f"{target}#{eid}", escape(f"{session} {pin(eid, renderer.language, other)}")))
        decisions = relative(here, renderer.path("decisions"))
        name = renderer.decision_name(decision)
        more = ""
        if others > len(before) + len(after):
            more = " · " + html_link(f"{decisions}#{key}", escape(renderer.t("also_cited_all", n=others)))
        lead = renderer.t("also_cited")  # "also cited in", "另见于："
        lines.append(f'<p class="also-cited"{own}>{html_link(f"{decisions}#{key}", escape(name))} '
                     f'{escape(lead)}{"" if lead.endswith("：") else " "}' + " · ".join(links) + more + "</p>")
    return "\n".join(lines) + "\n" if lines else ""
