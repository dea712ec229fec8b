"""The parts of an AKN report around its text: ``meta`` (FRBR identification,
draft lifecycle and workflow, references, unplaced footnotes), the cover page
and the preface."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from lxml import etree

from . import uris
from .body import Context, inline
from .tree import q, sub
from ..i18n import label
from ..names import name as name_of

GENERATOR = ("generator", "UN meeting reports site generator")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_EN_DATE = re.compile(r"^(\d{1,2}) ([A-Za-z]+) (\d{4})$")
_ZH_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_DRAFT = re.compile(r"草稿|草案|draft", re.IGNORECASE)


def issue_date(ctx: Context) -> tuple[Optional[dt.date], int]:
    """The date of issue printed on the cover (``13 June 2023``), and its line."""
    for line in ctx.report.front_matter:
        text = line.text.strip()
        en, zh = _EN_DATE.match(text), _ZH_DATE.match(text)
        try:
            if en and en[2].lower() in MONTHS:
                return dt.date(int(en[3]), MONTHS.index(en[2].lower()) + 1, int(en[1])), line.number
            if zh:
                return dt.date(int(zh[1]), int(zh[2]), int(zh[3])), line.number
        except ValueError:
            continue
    return None, 0


def is_draft(ctx: Context) -> bool:
    return any(w.code == "draft" for w in ctx.report.warnings)


def authors(ctx: Context) -> list[tuple[str, str]]:
    """(eId, name) of each issuing body."""
    return [(uris.body_code(b), b) for b in ctx.report.meeting.bodies] or [GENERATOR]


# -- meta ----------------------------------------------------------------------
def meta(ctx: Context, work: str) -> etree._Element:
    report = ctx.report
    element = etree.Element(q("meta"))
    identification(element, ctx, work, "main")
    expression = uris.expression(work, report.language)
    date = expression_date(ctx)
    if is_draft(ctx):
        lifecycle = sub(element, "lifecycle", source="#generator")
        sub(lifecycle, "eventRef", eId="evt_draft", date=date.isoformat(), source="#original",
            type="generation", refersTo="#draft")
        workflow = sub(element, "workflow", source="#generator")
        sub(workflow, "step", date=date.isoformat(), by=f"#{authors(ctx)[0][0]}",
            refersTo="#draft", outcome="#draft")
    references = sub(element, "references", source="#generator")
    sub(references, "original", eId="original", href=expression, showAs=report.title)
    for eid, name in [*authors(ctx), GENERATOR]:
        sub(references, "TLCOrganization", eId=eid, href=uris.ontology("organization", eid), showAs=name)
    for eid, (kind, key) in sorted(ctx.named.items()):
        if kind == "organization" and uris.is_decision_body(key):
            show = uris.body_name(key, report.language)
        else:
            show = name_of("countries", key, report.language)
        tag = "TLCLocation" if kind == "location" else "TLCOrganization"
        sub(references, tag, eId=eid, href=uris.ontology(kind, key), showAs=show)
    if is_draft(ctx):
        sub(references, "TLCConcept", eId="draft", href=uris.ontology("concept", "draft"),
            showAs=label(report.language, "draft_concept"))
    unplaced = [f for f in report.footnotes if f.id not in ctx.placed]
    if unplaced:  # a footnote no marker in the text points to: kept, with its id
        notes = sub(element, "notes", source="#generator")
        for note in unplaced:
            inline(sub(sub(notes, "note", eId=note.id, marker=note.mark), "p"), note.text, note.spans, ctx)
    return element


def expression_date(ctx: Context) -> dt.date:
    issued, _ = issue_date(ctx)
    return ctx.report.issued or issued or ctx.report.meeting.start


def identification(parent, ctx: Context, work: str, component: str) -> None:
    """FRBR Work / Expression / Manifestation of the report (component
    ``main``) or of one of its annexes (component ``annex_1``)."""
    report = ctx.report
    expression = uris.expression(work, report.language)
    issued = report.issued or issue_date(ctx)[0]  # the editor's (metadata.yml), else the cover's
    element = sub(parent, "identification", source="#generator")
    levels = (("FRBRWork", work, work), ("FRBRExpression", f"{expression}/!{component}", expression),
              ("FRBRManifestation", f"{expression}/!{component}.xml", f"{expression}.akn"))
    for tag, this, uri in levels:
        level = sub(element, tag)
        sub(level, "FRBRthis", value=f"{work}/!{component}" if tag == "FRBRWork" else this)
        sub(level, "FRBRuri", value=uri)
        if tag == "FRBRWork" and report.symbol:
            sub(level, "FRBRalias", value=report.symbol, name="symbol")
        if tag == "FRBRWork" or not issued:
            sub(level, "FRBRdate", date=report.meeting.start.isoformat(), name="meeting")
        else:
            sub(level, "FRBRdate", date=issued.isoformat(), name="issued")
        for eid, _ in (authors(ctx) if tag != "FRBRManifestation" else [GENERATOR]):
            sub(level, "FRBRauthor", href=f"#{eid}")
        if tag == "FRBRWork":
            sub(level, "FRBRcountry", value="un")
            sub(level, "FRBRname", value="report" if component == "main" else "annex")
        elif tag == "FRBRExpression":
            sub(level, "FRBRlanguage", language=uris.language(report.language))
        else:
            sub(level, "FRBRformat", value="application/akn+xml")


# -- cover page and preface ------------------------------------------------------
def cover_page(doc, ctx: Context) -> None:
    """The lines above the title, as printed; the date of issue as ``docDate``."""
    if not ctx.report.front_matter:
        return
    issued, issued_line = issue_date(ctx)
    cover = sub(doc, "coverPage")
    for line in ctx.report.front_matter:
        p = sub(cover, "p")
        if issued and line.number == issued_line:
            sub(p, "docDate", line.text, date=issued.isoformat())
        else:
            p.text = line.text


def preface(doc, ctx: Context) -> None:
    """The title (its draft mark as ``docStatus``) and the document symbol."""
    report = ctx.report
    element = sub(doc, "preface")
    title = sub(sub(sub(element, "longTitle"), "p"), "docTitle")
    marks = list(_DRAFT.finditer(report.title)) if is_draft(ctx) else []
    if marks:
        mark = marks[-1]
        title.text = report.title[:mark.start()]
        status = sub(title, "docStatus", mark.group(), refersTo="#draft")
        status.tail = report.title[mark.end():]
    else:
        title.text = report.title
    if report.symbol:
        sub(sub(element, "p"), "docNumber", report.symbol)
