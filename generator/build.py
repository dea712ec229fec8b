"""Stage 7 — one pipeline for the site and the offline bundle.

Gather everything, then write (as MkDocs' `build` and Pelican do):

1. guard — every output path is checked (`outputs.check_outputs`) before
   anything is touched;
2. prepare — every source is read and parsed, the anchor lock is checked
   against the model, every page is rendered and its links checked;
3. make — the pages are written into a marked staging folder and MkDocs
   builds them there; redirect pages are added and the lock is checked
   again against the built pages;
4. publish — the site: one atomic switch of ``site`` to the new version
   (`outputs.SiteVersions`), then docs/ is synced; the bundle: one zip,
   renamed into place.

`build_site` and `build_bundle` differ only in step 4 and in MkDocs'
offline switch: the bundle passes the same lock and link checks and
carries the same redirect pages. Both publish every report's Akoma Ntoso
XML at ``akn/<slug>.<lang>.xml``, linked from its pages.

`export_akn` writes those XML files alone into a folder, behind the same
guard: parse, export and validate everything, then write.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from . import anchors, formats, metadata
from .akn import export_all
from .archive import zip_tree
from .context import BuildContext
from .errors import NoReportError, OutputError, SourceError
from .incremental import SyncResult, sync_tree
from .model import Report
from .outputs import SiteVersions, check_outputs, clean_leftovers, mark, pause, staging
from .ownership import DIST, PROJECT_SEEDS, ROOT, Claimed, refuse_project_outputs, required_output
from .workers import parse_many
from .progress import as_progress
from .render import render_pages
from .search import SegmentingAhead
from .settings import Settings, resolve
from .engine import (POLYFILL_PATH, POLYFILL_SOURCE, LanguageProcesses, build_date_epoch, check_config,
                     mkdocs_build, start_language_processes, start_segmenting)
from .sources import list_sources, source_files  # noqa: F401 (source_files: the callers' entry)
from .urls import placeholder_warning

BUNDLE_NAME = "wg-ta-reports"


class _Auto:
    """The default of an option that depends on which sources are built."""

    def __repr__(self) -> str:
        return "AUTO"


#: docs/, the lock and the redirects default to the project's own only when
#: the project's own sources (seeds/) are built; other sources get none of
#: them unless asked for (their Markdown then lives in staging only).
AUTO: Union[_Auto, None] = _Auto()


@dataclass
class BuildOptions:
    seeds: Path = PROJECT_SEEDS
    docs: Union[Path, _Auto, None] = AUTO
    site: Union[Path, _Auto, None] = AUTO
    config_file: Path = ROOT / "mkdocs.yml"
    site_url: Optional[str] = None
    keep_going: bool = False
    #: The anchor lock to honour (None: no check).
    lock: Union[Path, _Auto, None] = AUTO
    redirects: Union[Path, _Auto, None] = AUTO
    #: The languages to build (None: those the config file lists, see settings.py).
    languages: Optional[tuple] = None

    def own_sources(self) -> bool:
        return Path(os.path.abspath(self.seeds)).resolve() == PROJECT_SEEDS.resolve()

    def resolved(self) -> "BuildOptions":
        """The options with AUTO decided: the project's docs/, site/, lock and
        redirects for the project's sources; none for other sources."""
        own = self.own_sources()
        project = {"docs": ROOT / "docs", "site": ROOT / "site", "lock": ROOT / "anchors.lock",
                   "redirects": ROOT / "redirects.yml"}
        values = {name: (project[name] if own else None) if isinstance(getattr(self, name), _Auto)
                  else getattr(self, name) for name in project}
        return BuildOptions(self.seeds, values["docs"], values["site"], self.config_file, self.site_url,
                            self.keep_going, values["lock"], values["redirects"], self.languages)

    def settings(self) -> Settings:
        """The command's settings, resolved once where it starts: the config
        file read (refused when missing or not a MkDocs configuration), the
        site URL (--site-url, else the file's; refused when not an absolute
        http(s) URL or when it needs escaping) and the languages
        (--languages, else the file's list): exit 2, one line naming what
        to fix."""
        config_file = Path(self.config_file)
        return resolve(config_file, check_config(config_file), self.site_url, self.languages)

    def check(self) -> Settings:
        """Refuse, before any work, options that name nothing usable: those
        of `settings`, and a lock or redirects file that does not exist or
        cannot be read (exit 2, one line naming the path and what to do).
        Returns the settings."""
        settings = self.settings()
        if self.lock is not None and not isinstance(self.lock, _Auto):
            anchors.read_lock(Path(self.lock))
        if self.redirects is not None and not isinstance(self.redirects, _Auto):
            anchors.read_redirects(Path(self.redirects), settings.languages)
        return settings


@dataclass
class BuildResult:
    reports: list[Report]
    skipped: list[SourceError] = field(default_factory=list)
    #: Locked anchors that vanished; only ever non-empty with keep_going.
    missing_anchors: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    docs: SyncResult = field(default_factory=SyncResult)
    #: Entries of the sources folder that were not read, and why.
    warnings: list[str] = field(default_factory=list)
    #: What was cleaned up: leftovers of killed builds.
    cleaned: list[Path] = field(default_factory=list)
    #: The bundle's archive, for `build_bundle`.
    archive: Optional[Path] = None
    #: The files an export wrote (`export_akn`), sorted.
    files: list[Path] = field(default_factory=list)
    #: The stale files an export deleted from its folder.
    deleted: list[Path] = field(default_factory=list)


@dataclass
class Prepared:
    """What step 2 gathered: everything the writing steps need."""

    options: BuildOptions
    settings: Settings
    result: BuildResult
    context: BuildContext
    pages: dict[str, str]
    redirects: dict[str, str]
    locked: list[str]
    #: Published as they are, by their path in the site: the reports' XML.
    files: dict[str, bytes]
    #: The report pages' search entries, being segmented (engine.start_segmenting).
    segmenting: SegmentingAhead
    #: The MkDocs stage's language processes, starting (engine.start_language_processes), if any.
    processes: Optional[LanguageProcesses] = None

    def close(self) -> None:
        """End what was started ahead, for a build that stopped before MkDocs."""
        for started in filter(None, (self.segmenting, self.processes)):
            started.close()


def load_reports(files: list[Path], keep_going: bool = False,
                 progress=None, metadata_file: Optional[Path] = None) -> tuple[list[Report], list[SourceError]]:
    """Read and parse every source (on all cores when there are many); stop
    at the first error unless keep_going; apply the editor's `metadata_file`."""
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
    metadata.apply_metadata(reports, metadata_file, partial=bool(skipped))
    return sorted(reports, key=lambda r: (r.meeting.start, r.source)), skipped


def parse_and_export(options: BuildOptions, progress) -> tuple[BuildResult, dict[str, bytes]]:
    """Read and parse every source, then export every report that parsed as
    Akoma Ntoso (the site links the XML; `export akn` writes it): the result
    so far (reports, skipped, folder warnings, timings of parse and akn) and
    the XML by export name. The build and the export share this step."""
    timings: dict[str, float] = {}
    start = time.perf_counter()
    found = list_sources(options.seeds)
    reports, skipped = load_reports(found.files, options.keep_going, progress, options.seeds / metadata.METADATA_NAME)
    timings["parse"] = time.perf_counter() - start
    start = time.perf_counter()
    reports, xml, unexported = export_all(reports, options.keep_going, progress)
    timings["akn"] = time.perf_counter() - start
    if not reports:
        raise NoReportError(options.seeds, skipped + unexported)
    return BuildResult(reports, skipped + unexported, timings=timings, warnings=found.skipped), xml


def prepare(options: BuildOptions, settings: Settings, progress, built: str = "", offline: bool = False) -> Prepared:
    """Step 2: start the search worker (it loads jieba while the sources are
    parsed), parse and export (AKN) every report, check the lock on the
    model, give the worker its work (it cuts the recurrences' texts first),
    render every page."""
    segmenting, prepared = SegmentingAhead(), None
    try:
        result, xml = parse_and_export(options, progress)
        reports, timings = result.reports, result.timings
        exported = timings.pop("akn")
        pause("parsed")
        languages = settings.languages
        redirects = anchors.read_redirects(options.redirects, languages)
        locked = anchors.read_lock(options.lock) if options.lock else []
        result.missing_anchors = anchors.missing_in_model(locked, reports, redirects, languages)
        if result.missing_anchors and not options.keep_going:
            raise anchors.lock_error(result.missing_anchors, options.lock)
        start = time.perf_counter()
        progress.stage("render")
        result.warnings.extend(placeholder_warning(settings.site_url))
        context = BuildContext.of(reports, languages, site_url=settings.site_url)
        made = formats.Built(context, xml)  # its tables need the search worker's cuts (segmenter.py)
        prepared = Prepared(options, settings, result, context, {}, redirects, locked, made.files,
                            start_segmenting(context, settings, offline, segmenting))
        prepared.processes = start_language_processes(context)
        formats.make(made, after_pages=False)
        prepared.pages = made.pages = render_pages(context, built=built, files=made.files)
        formats.make(made, after_pages=True)
        timings["render"] = time.perf_counter() - start + exported  # pages and XML
        pause("rendered")
    except BaseException:
        (prepared or segmenting).close()
        raise
    return prepared


def make_site(prepared: Prepared, folder: Path, progress, offline: bool = False) -> Path:
    """Step 3: write the pages into `folder` (a staging folder), build them
    with MkDocs into ``folder/site``, add the redirect pages and check the
    lock against the built pages. Returns the built site."""
    options, timings = prepared.options, prepared.result.timings
    start = time.perf_counter()
    progress.stage("write")
    static = folder / "static"  # outside docs/: see engine.plugin.generator_plugin
    for root, items in ((folder / "docs", prepared.pages), (static, prepared.files)):
        for path, data in sorted(items.items()):
            out = root / path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    if offline:
        polyfill = folder / "docs" / POLYFILL_PATH
        polyfill.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(POLYFILL_SOURCE, polyfill)
        if (POLYFILL_SOURCE.parent / "LICENSE").exists():
            shutil.copy2(POLYFILL_SOURCE.parent / "LICENSE", polyfill.parent / "LICENSE")
    dictionary = folder / "jieba_user.txt"
    # The search plugin's copy of what the segmenting worker was given.
    dictionary.write_text(prepared.segmenting.dictionary, encoding="utf-8")
    timings["write"] = time.perf_counter() - start
    pause("staged")

    start = time.perf_counter()
    # One HTML page per Markdown page (each in its language's build).
    progress.stage("mkdocs (offline)" if offline else "mkdocs",
                   sum(1 for path in prepared.pages if path.endswith(".md")), unit="page")
    site = folder / "site"
    mkdocs_build(prepared.settings, folder / "docs", site, prepared.context, dictionary, offline=offline,
                 files_dir=static, segmenting=prepared.segmenting, page_done=progress.advance,
                 processes=prepared.processes)
    anchors.write_redirects(site, prepared.redirects, prepared.context.languages, directory_urls=not offline)
    timings["mkdocs"] = time.perf_counter() - start
    site_missing = anchors.missing_in_site(prepared.locked, site, prepared.redirects, directory_urls=not offline)
    if site_missing and not options.keep_going:
        raise anchors.lock_error(site_missing, options.lock)
    prepared.result.missing_anchors = sorted(set(prepared.result.missing_anchors) | set(site_missing))
    pause("built")
    return site


def build_site(options: BuildOptions, progress=None) -> BuildResult:
    """seeds → reports → docs/ → site/, all or nothing, in the languages of
    its settings (`BuildOptions.settings`).

    `progress` is a `progress.Progress` (or an old-style message callable)."""
    options = options.resolved()
    settings = options.check()
    if options.site is None:
        raise OutputError(f"building sources other than {PROJECT_SEEDS}: say where the site goes with --site")
    outputs = {"--site": options.site, "--docs": options.docs}
    check_outputs(outputs, options.seeds, options.config_file)
    refuse_project_outputs(options, outputs)
    progress = as_progress(progress)
    prepared = None
    versions = SiteVersions(options.site)
    outputs = Claimed()
    try:
        # The output folders are made (and marked) first: one that cannot be
        # written stops the build here, before the parse, and a failed first
        # build removes them again (`Claimed`).
        cleaned = outputs.claim(versions.store, versions.prepare)
        if options.docs is not None:
            outputs.claim(options.docs, lambda: mark(options.docs))
        prepared = prepare(options, settings, progress)
        result = prepared.result
        result.cleaned = cleaned
        folder = versions.staging()
        try:
            site = make_site(prepared, folder, progress)
            start = time.perf_counter()
            progress.stage("publish")
            versions.publish(site, pause)  # the one moment a reader's site changes
            if options.docs is not None:
                result.docs = sync_tree(prepared.pages, options.docs)
            pause("docs-synced")
            result.timings["publish"] = time.perf_counter() - start
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    except BaseException:
        outputs.release()
        raise
    finally:
        if prepared is not None:
            prepared.close()  # a build that stopped before MkDocs
        progress.close()
    return result


def build_bundle(options: BuildOptions, dist: Optional[Path] = None, progress=None) -> BuildResult:
    """The offline edition: one zip that works from file:// with no network.

    The same pipeline as the site, with Material's offline plugin on (no
    directory URLs, search index inlined as a script), the iframe-worker
    polyfill served locally, and a front page saying what it holds and when
    it was built. Copied paragraph links stay canonical online URLs."""
    options = options.resolved()
    settings = options.check()
    if not POLYFILL_SOURCE.is_file():
        raise SourceError(str(POLYFILL_SOURCE), 0, "the iframe-worker polyfill (run `make vendor`)",
                          "no such file")
    dist = required_output(options, dist, "--dist", DIST)
    check_outputs({"--dist": dist}, options.seeds, options.config_file)
    refuse_project_outputs(options, {"--dist": dist})
    progress = as_progress(progress)
    prepared = None
    outputs = Claimed()
    try:
        outputs.claim(dist, lambda: mark(dist))  # before the parse, as in build_site
        cleaned = clean_leftovers(dist)
        epoch = int(build_date_epoch())
        built = dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date().isoformat()
        prepared = prepare(options, settings, progress, built=built, offline=True)
        result = prepared.result
        result.cleaned = cleaned
        folder = staging(dist)
        try:
            site = make_site(prepared, folder, progress, offline=True)
            progress.stage("zip")
            archive = dist / f"{BUNDLE_NAME}-offline.zip"
            part = folder / archive.name
            zip_tree(site, part, f"{BUNDLE_NAME}-offline", epoch)
            os.replace(part, archive)
            result.archive = archive
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    except BaseException:
        outputs.release()
        raise
    finally:
        if prepared is not None:
            prepared.close()  # a build that stopped before MkDocs
        progress.close()
    return result
