"""Stage 7 — gather every report, write docs/, build the site with MkDocs.

Gather everything, then write (as MkDocs' `build` and Pelican do): all
reports are parsed before a single file is written, so that a bad source
stops the build before it touches the previous site. docs/ and site/ are
written into temporary folders next to them and swapped in only when the
whole build has succeeded: an interrupted build leaves the old site intact.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner

from .errors import SourceError  # noqa: E402
from .i18n import DEFAULT_LANGUAGE  # noqa: E402
from .incremental import SyncResult, sync_tree  # noqa: E402
from .model import Report  # noqa: E402
from .paging import index_pages, navigation as paged_navigation  # noqa: E402
from .parallel import parse_many  # noqa: E402
from .progress import as_progress  # noqa: E402
from .render import PageRenderer, report_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SUFFIXES = (".txt", ".md")

Progress = Callable[[str], None]  # the older message callback; see progress.Progress


@dataclass
class BuildOptions:
    seeds: Path = ROOT / "seeds"
    docs: Path = ROOT / "docs"
    site: Path = ROOT / "site"
    config_file: Path = ROOT / "mkdocs.yml"
    site_url: Optional[str] = None
    keep_going: bool = False


@dataclass
class BuildResult:
    reports: list[Report]
    skipped: list[SourceError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    docs: SyncResult = field(default_factory=SyncResult)


def source_files(seeds: Path) -> list[Path]:
    if not seeds.is_dir():
        raise SourceError(str(seeds), 0, "a folder of report sources", "no such folder")
    files = sorted(p for p in seeds.iterdir() if p.is_file() and p.suffix in SOURCE_SUFFIXES)
    if not files:
        raise SourceError(str(seeds), 0, "report sources (*.txt)", "an empty folder")
    return files


def load_reports(files: list[Path], keep_going: bool = False,
                 progress=None) -> tuple[list[Report], list[SourceError]]:
    """Read and parse every source (on all cores when there are many);
    stop at the first error unless keep_going."""
    progress = as_progress(progress)
    progress.stage("parse", len(files))
    reports: list[Report] = []
    skipped: list[SourceError] = []
    for outcome in parse_many(files, done=progress.advance):
        if isinstance(outcome, SourceError):
            if not keep_going:
                raise outcome
            skipped.append(outcome)
        else:
            reports.append(outcome)
    seen: dict[str, Report] = {}
    for report in reports:
        other = seen.get(report.slug)
        if other and other.language == report.language:
            raise SourceError(report.source, report.title_line,
                              "one report per meeting and language",
                              f"a second report of the meeting of {report.slug} (first: {other.source})")
        seen[report.slug] = report
    return sorted(reports, key=lambda r: (r.meeting.start, r.source)), skipped


def render_pages(reports: list[Report]) -> dict[str, str]:
    """Every generated page of docs/: path → Markdown."""
    renderer = PageRenderer(DEFAULT_LANGUAGE)
    pages = index_pages(reports, renderer)
    for report in reports:
        pages[report_path(report)] = renderer.report(report)
    return pages


def navigation(reports: list[Report]) -> list:
    return paged_navigation(reports, PageRenderer(DEFAULT_LANGUAGE))


def write_tree(pages: dict[str, str], target: Path) -> None:
    """Write `pages` as the whole content of `target`, swapped in at once."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for path, text in sorted(pages.items()):
            out = fresh / path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
        _keep_gitignore(target, fresh)
        swap_in(fresh, target)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise


def _keep_gitignore(old: Path, new: Path) -> None:
    marker = old / ".gitignore"
    if marker.exists():
        shutil.copy2(marker, new / ".gitignore")


def swap_in(fresh: Path, target: Path) -> None:
    """Replace `target` by `fresh` with two renames; the old tree goes last."""
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.old-{os.getpid()}"
        os.replace(target, old)
    os.replace(fresh, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build_date_epoch(root: Path = ROOT) -> str:
    """A fixed build date so that two builds of one checkout give equal bytes."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, timeout=10)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return "0"


def mkdocs_build(options: BuildOptions, docs_dir: Path, site_dir: Path, nav: list,
                 **overrides) -> None:
    """Run MkDocs through its Python API with what the generator decides."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ["SOURCE_DATE_EPOCH"] = build_date_epoch()
    config = load_config(config_file=str(options.config_file), docs_dir=str(docs_dir),
                         site_dir=str(site_dir), strict=True, nav=nav,
                         **({"site_url": options.site_url} if options.site_url else {}), **overrides)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)  # its dictionary-loading chatter
    build(config)


def sync_docs(pages: dict[str, str], docs: Path) -> SyncResult:
    """Make docs/ hold exactly `pages`, rewriting only the files that changed."""
    return sync_tree(pages, docs, write_tree)


def build_site(options: BuildOptions, progress=None) -> BuildResult:
    """seeds → reports → docs/ → site/, all or nothing.

    `progress` is a `progress.Progress` (or an old-style message callable)."""
    progress = as_progress(progress)
    timings: dict[str, float] = {}
    try:
        start = time.perf_counter()
        reports, skipped = load_reports(source_files(options.seeds), options.keep_going, progress)
        timings["parse"] = time.perf_counter() - start
        if not reports:
            raise SourceError(str(options.seeds), 0, "at least one report that parses", "none")

        start = time.perf_counter()
        progress.stage("render")
        pages = render_pages(reports)
        timings["render"] = time.perf_counter() - start

        options.site.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".build-", dir=options.site.parent))
        try:
            start = time.perf_counter()
            progress.stage("write")
            write_tree(pages, staging / "docs")
            timings["write"] = time.perf_counter() - start

            start = time.perf_counter()
            progress.stage("mkdocs")
            mkdocs_build(options, staging / "docs", staging / "site", navigation(reports))
            timings["mkdocs"] = time.perf_counter() - start

            # Only now does anything visible change.
            start = time.perf_counter()
            progress.stage("publish")
            synced = sync_docs(pages, options.docs)
            swap_in(staging / "site", options.site)
            timings["publish"] = time.perf_counter() - start
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        progress.close()
    return BuildResult(reports, skipped, timings, synced)
