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
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner

from . import anchors, quality  # noqa: E402
from .errors import SourceError  # noqa: E402
from .i18n import DEFAULT_LANGUAGE, label  # noqa: E402
from .model import Report  # noqa: E402
from .parse import parse  # noqa: E402
from .read import read_source  # noqa: E402
from .render import PageRenderer, report_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SUFFIXES = (".txt", ".md")

Progress = Callable[[str], None]


@dataclass
class BuildOptions:
    seeds: Path = ROOT / "seeds"
    docs: Path = ROOT / "docs"
    site: Path = ROOT / "site"
    config_file: Path = ROOT / "mkdocs.yml"
    site_url: Optional[str] = None
    keep_going: bool = False
    #: The anchor lock to honour (None: no check, for builds of other sources).
    lock: Optional[Path] = ROOT / "anchors.lock"
    redirects: Optional[Path] = ROOT / "redirects.yml"


@dataclass
class BuildResult:
    reports: list[Report]
    skipped: list[SourceError] = field(default_factory=list)
    #: Locked anchors that vanished; only ever non-empty with keep_going.
    missing_anchors: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def source_files(seeds: Path) -> list[Path]:
    if not seeds.is_dir():
        raise SourceError(str(seeds), 0, "a folder of report sources", "no such folder")
    files = sorted(p for p in seeds.iterdir() if p.is_file() and p.suffix in SOURCE_SUFFIXES)
    if not files:
        raise SourceError(str(seeds), 0, "report sources (*.txt)", "an empty folder")
    return files


def load_reports(files: list[Path], keep_going: bool = False,
                 progress: Progress = lambda _: None) -> tuple[list[Report], list[SourceError]]:
    """Read and parse every source; stop at the first error unless keep_going."""
    reports: list[Report] = []
    skipped: list[SourceError] = []
    for path in files:
        progress(f"parse {path.name}")
        try:
            reports.append(parse(read_source(path), path.name))
        except SourceError as error:
            if not keep_going:
                raise
            skipped.append(error)
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
    pages = {"index.md": renderer.home(reports),
             "quality.md": renderer.quality(reports, quality.entries(reports))}
    for report in reports:
        pages[report_path(report)] = renderer.report(report)
    return pages


def navigation(reports: list[Report]) -> list:
    language = DEFAULT_LANGUAGE
    return [
        {label(language, "home"): "index.md"},
        {label(language, "reports"): [
            {f"{r.meeting.start.isoformat()}": report_path(r)} for r in reports]},
        {label(language, "warnings"): "quality.md"},
    ]


def write_tree(pages: dict[str, str], target: Path) -> None:
    """Write `pages` as the whole content of `target`, swapped in at once."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-{os.getpid()}-", dir=target.parent))
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


#: Temporary folders of a build, with the id of the process that made them.
_TEMP = re.compile(r"^\.(?:build|[\w-]+\.new|[\w-]+\.old)-(?P<pid>\d+)(?:-|$)")


def clean_stale(parent: Path) -> list[Path]:
    """Remove what a killed build left next to docs/ and site/: temporary
    folders whose process no longer runs. A running build's are kept."""
    removed = []
    if not parent.is_dir():
        return removed
    for path in parent.iterdir():
        match = _TEMP.match(path.name)
        if match and path.is_dir() and not _alive(int(match["pid"])):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
    build(config)


def build_site(options: BuildOptions, progress: Progress = lambda _: None) -> BuildResult:
    """seeds → reports → docs/ → site/, all or nothing."""
    timings: dict[str, float] = {}
    for parent in {options.site.parent, options.docs.parent}:
        for path in clean_stale(parent):
            progress(f"removed {path.name}, left by an interrupted build")
    start = time.perf_counter()
    reports, skipped = load_reports(source_files(options.seeds), options.keep_going, progress)
    timings["parse"] = time.perf_counter() - start
    if not reports:
        raise SourceError(str(options.seeds), 0, "at least one report that parses", "none")

    # The lock, first on the model (fails fast), then on the built pages.
    redirects = anchors.read_redirects(options.redirects)
    locked = anchors.read_lock(options.lock) if options.lock else []
    missing = anchors.missing_in_model(locked, reports, redirects)
    if missing and not options.keep_going:
        raise anchors.lock_error(missing, options.lock)

    start = time.perf_counter()
    pages = render_pages(reports)
    timings["render"] = time.perf_counter() - start

    start = time.perf_counter()
    progress("mkdocs build")
    options.site.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".build-{os.getpid()}-", dir=options.site.parent))
    try:
        write_tree(pages, staging / "docs")
        mkdocs_build(options, staging / "docs", staging / "site", navigation(reports))
        anchors.write_redirects(staging / "site", redirects)
        timings["mkdocs"] = time.perf_counter() - start
        site_missing = anchors.missing_in_site(locked, staging / "site", redirects)
        if site_missing and not options.keep_going:
            raise anchors.lock_error(site_missing, options.lock)
        missing = sorted(set(missing) | set(site_missing))
        # Only now does anything visible change.
        write_tree(pages, options.docs)
        swap_in(staging / "site", options.site)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(reports, skipped, missing_anchors=missing, timings=timings)
