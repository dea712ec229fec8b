"""The languages' parts made one site: each other language's folder moved
into the root language's site, one search index, one sitemap.

The site is what one MkDocs build of every language wrote before (with
mkdocs-static-i18n): the same files at the same places, Material's search
entries of every language in one index (the search layer keeps a reader's
hits in the page's language and counts the others'), and MkDocs' sitemap
listing every page of every language with its versions as alternates.
"""
from __future__ import annotations

import gzip
from datetime import datetime
import os
import shutil
from pathlib import Path

from .languages import LanguageJob, LanguageOutcome

SITEMAP = "sitemap.xml"
SITEMAP_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n')


def part_folder(site: Path, language: str) -> Path:
    """Where a language's build writes when it runs beside the root's: a
    folder beside the site (the same file system: its pages are moved)."""
    return site.with_name(f".{site.name}.{language}")


def move_parts(site: Path, jobs: list[LanguageJob]) -> None:
    """Move each other language's pages (its folder ``<code>/`` in its part)
    into the site; its part, which holds nothing else it wrote, goes."""
    for job in jobs:
        if job.root:
            continue
        part = part_folder(site, job.language)
        os.replace(part / job.language, site / job.language)
        shutil.rmtree(part)


def material_entries(outcomes: list[LanguageOutcome]) -> list[dict]:
    """Material's search entries of every language, in the languages' order."""
    return [entry for outcome in outcomes for entry in outcome.search]


def write_sitemap(site: Path, outcomes: list[LanguageOutcome], epoch: int) -> None:
    """``sitemap.xml`` of every page of every language, and its gzip copy,
    dated as MkDocs dates it: the start of the pages' latest day (else the
    build's `epoch`)."""
    updated = max((outcome.updated for outcome in outcomes), default="")
    if updated:
        epoch = int(datetime.fromisoformat(updated).timestamp())
    text = SITEMAP_HEAD + "".join(row for outcome in outcomes for row in outcome.sitemap) + "</urlset>"
    path = site / SITEMAP
    path.write_bytes(text.encode("utf-8"))
    with open(f"{path}.gz", "wb") as stream:
        with gzip.GzipFile(fileobj=stream, filename=f"{path}.gz", mode="wb", mtime=epoch) as packed:
            packed.write(text.encode("utf-8"))
