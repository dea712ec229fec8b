"""Helpers shared by the tests (imported as `support`; conftest.py holds the fixtures)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from generator.parse import parse
from generator.read import read_source
from generator.urls import Layout

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: The project's languages as mkdocs.yml lists them (test_languages checks
#: it), the first at the site root; tests hand them to the stages.
LANGUAGES = ("zh", "en")
ROOT_LANGUAGE = LANGUAGES[0]
#: Where an unsplit build puts its pages (the root language's at the root).
LAYOUT = Layout(ROOT_LANGUAGE)

#: Seed file → meeting start date (the report's slug), from reading them.
SEED_SLUGS = {
    "000_9878c2901082bbba.txt": "2012-10-17",
    "001_daa1a7a192d79f16.txt": "2007-10-03",
    "002_a34d6a30f97ba0d0.txt": "2018-05-28",
    "003_ad63e9abc5f799f5.txt": "2016-10-17",
    "004_1128377bf6bc7323.txt": "2023-05-29",
}

#: A report's title in each language: what a test puts before a body of its own.
TITLES = {
    "zh": "2012 年 10 月 17 日和 18 日在维也纳举行的技术援助问题政府专家工作组会议报告",
    "en": "Report on the meeting of the Working Group of Government Experts on "
          "Technical Assistance held in Vienna on 17 and 18 October 2012",
    "fr": "Rapport sur la réunion du Groupe de travail d’experts gouvernementaux sur "
          "l’assistance technique tenue à Vienne les 17 et 18 octobre 2012",
}


def seeds_with(folder: Path, *extra: Path) -> Path:
    """`folder` (made by the caller) holding the seeds and the `extra`
    sources: a corpus of its own, for a build beside the project's."""
    for source in (*SEEDS.iterdir(), *extra):
        shutil.copy2(source, folder)
    return folder


def load(name: str):
    return parse(read_source(SEEDS / name), name)


def page(site: Path, url: str) -> BeautifulSoup:
    """The built HTML of a site-relative URL such as ``reports/2012-10-17/``."""
    path = site / url / "index.html" if url.endswith("/") or not url else site / url
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def table_rows(text: str) -> list[list[str]]:
    """The rows of the HTML tables in a page's Markdown (markup.table), each
    the list of its cells' contents (header cells too)."""
    return [re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row) for row in re.findall(r"<tr>\n(.*?)</tr>", text, re.S)]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def yearly_copies(name: str, count: int) -> list:
    """Seed `name` as the report of `count` meetings, one a year from 1950
    (17 October): each cites the same decisions in the same paragraphs."""
    report = load(name)
    out = []
    for k in range(count):
        start = dt.date(1950 + k, 10, 17)
        out.append(dataclasses.replace(report, slug=start.isoformat(),
                                       meeting=dataclasses.replace(report.meeting, start=start, end=start)))
    return out
