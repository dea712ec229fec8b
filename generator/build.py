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
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from . import anchors, data, metadata
from .akn import export_all
from .context import BuildContext
from .errors import OutputError, SourceError
from .i18n import check_languages, configured_languages
from .incremental import SyncResult, sync_tree
from .model import Report
from .outputs import SiteVersions, check_outputs, clean_leftovers, mark, staging
from .parallel import parse_many
from .progress import as_progress
from .render import render_pages
from .search import SegmentingAhead
from .site import POLYFILL_PATH, POLYFILL_SOURCE, ROOT, build_date_epoch, mkdocs_build, start_segmenting
from .sources import list_sources
from .urls import xml_name, xml_path

BUNDLE_NAME = "wg-ta-reports"
PROJECT_SEEDS = ROOT / "seeds"
DIST = ROOT / "dist"
#: Where `export akn` writes by default.


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
    #: The languages to build (None: those the config file lists, see i18n.py).
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

    def site_languages(self) -> tuple:
        """The languages of this build: --languages, else the config file's list."""
        return check_languages(self.languages or configured_languages(Path(self.config_file).resolve()))


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
    result: BuildResult
    context: BuildContext
    pages: dict[str, str]
    redirects: dict[str, str]
    locked: list[str]
    #: Published as they are, by their path in the site: the reports' XML.
    files: dict[str, bytes]
    #: The report pages' search entries, being segmented (site.start_segmenting).
    segmenting: SegmentingAhead


def pause(stage: str) -> None:
    """Test-only hook: with GENERATOR_PAUSE_AT=<stage>, stop at that stage
    boundary (and say so on stderr) until killed, to prove that a kill there
    leaves a complete site."""
    if os.environ.get("GENERATOR_PAUSE_AT") == stage:
        print(f"paused at {stage}", file=sys.stderr, flush=True)
        while True:
            time.sleep(60)


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


class NoReportError(SourceError):
    """Not one report of the folder parsed (with --keep-going too): the
    message counts them; `skipped` holds each report's own error, which the
    command line lists before it."""

    def __init__(self, seeds: Path, skipped: list[SourceError]):
        self.skipped = skipped
        n = len(skipped)
        super().__init__(str(seeds), 0, "at least one report that parses",
                         f"none of its {n} report{'s' if n != 1 else ''}"
                         + (" (each listed above)" if skipped else ""))


def source_files(seeds: Path) -> list[Path]:
    """The report files of a sources folder (see `sources.list_sources`)."""
    return list_sources(seeds).files


def site_url_of(options: BuildOptions) -> str:
    """The canonical site URL: --site-url, else site_url of mkdocs.yml."""
    if options.site_url:
        return options.site_url
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # !ENV, !!python…
    config = yaml.load(options.config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    return config.get("site_url") or ""


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


def prepare(options: BuildOptions, progress, built: str = "", offline: bool = False) -> Prepared:
    """Step 2: parse and export (AKN) every report, check the lock on the model,
    start segmenting the search entries, render every page."""
    result, xml = parse_and_export(options, progress)
    reports, timings = result.reports, result.timings
    exported = timings.pop("akn")
    files = {xml_path(report): xml[xml_name(report)] for report in reports}
    pause("parsed")

    languages = options.site_languages()
    redirects = anchors.read_redirects(options.redirects, languages)
    locked = anchors.read_lock(options.lock) if options.lock else []
    result.missing_anchors = anchors.missing_in_model(locked, reports, redirects, languages)
    if result.missing_anchors and not options.keep_going:
        raise anchors.lock_error(result.missing_anchors, options.lock)

    start = time.perf_counter()
    progress.stage("render")
    context = BuildContext.of(reports, site_url_of(options), languages)
    files.update(data.data_files(context))
    segmenting = start_segmenting(context, options.config_file, offline)
    try:
        pages = render_pages(context, built=built, files=files)
        files.update(data.sitemaps(pages, languages, context.site_url))
        timings["render"] = time.perf_counter() - start + exported  # pages and XML
        pause("rendered")
    except BaseException:
        segmenting.close()
        raise
    return Prepared(options, result, context, pages, redirects, locked, files, segmenting)


def make_site(prepared: Prepared, folder: Path, progress, offline: bool = False) -> Path:
    """Step 3: write the pages into `folder` (a staging folder), build them
    with MkDocs into ``folder/site``, add the redirect pages and check the
    lock against the built pages. Returns the built site."""
    options, timings = prepared.options, prepared.result.timings
    start = time.perf_counter()
    progress.stage("write")
    for path, text in sorted(prepared.pages.items()):
        out = folder / "docs" / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    static = folder / "static"  # outside docs/: see site.generator_plugin
    for path, data in sorted(prepared.files.items()):
        out = static / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
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
    progress.stage("mkdocs (offline)" if offline else "mkdocs")
    site = folder / "site"
    mkdocs_build(options, folder / "docs", site, prepared.context, dictionary, offline=offline,
                 files_dir=static, segmenting=prepared.segmenting)
    anchors.write_redirects(site, prepared.redirects, directory_urls=not offline, languages=prepared.context.languages)
    timings["mkdocs"] = time.perf_counter() - start
    site_missing = anchors.missing_in_site(prepared.locked, site, prepared.redirects, directory_urls=not offline)
    if site_missing and not options.keep_going:
        raise anchors.lock_error(site_missing, options.lock)
    prepared.result.missing_anchors = sorted(set(prepared.result.missing_anchors) | set(site_missing))
    pause("built")
    return site


def build_site(options: BuildOptions, progress=None) -> BuildResult:
    """seeds → reports → docs/ → site/, all or nothing, in the languages of
    `options.site_languages()`.

    `progress` is a `progress.Progress` (or an old-style message callable)."""
    options = options.resolved()
    if options.site is None:
        raise OutputError(f"building sources other than {PROJECT_SEEDS}: say where the site goes with --site")
    check_outputs({"--site": options.site, "--docs": options.docs}, options.seeds, options.config_file)
    progress = as_progress(progress)
    prepared = None
    try:
        prepared = prepare(options, progress)
        result = prepared.result
        versions = SiteVersions(options.site)
        result.cleaned = versions.prepare()
        folder = versions.staging()
        try:
            site = make_site(prepared, folder, progress)
            start = time.perf_counter()
            progress.stage("publish")
            versions.publish(site, pause)  # the one moment a reader's site changes
            if options.docs is not None:
                mark(options.docs)
                result.docs = sync_tree(prepared.pages, options.docs)
            pause("docs-synced")
            result.timings["publish"] = time.perf_counter() - start
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        if prepared is not None:
            prepared.segmenting.close()  # a build that stopped before MkDocs
        progress.close()
    return result


def build_bundle(options: BuildOptions, dist: Path = DIST, progress=None) -> BuildResult:
    """The offline edition: one zip that works from file:// with no network.

    The same pipeline as the site, with Material's offline plugin on (no
    directory URLs, search index inlined as a script), the iframe-worker
    polyfill served locally, and a front page saying what it holds and when
    it was built. Copied paragraph links stay canonical online URLs."""
    options = options.resolved()
    if not POLYFILL_SOURCE.is_file():
        raise SourceError(str(POLYFILL_SOURCE), 0, "the iframe-worker polyfill (run `make vendor`)",
                          "no such file")
    check_outputs({"--dist": dist}, options.seeds, options.config_file)
    progress = as_progress(progress)
    prepared = None
    try:
        epoch = int(build_date_epoch())
        built = dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date().isoformat()
        prepared = prepare(options, progress, built=built, offline=True)
        result = prepared.result
        mark(dist)
        result.cleaned = clean_leftovers(dist)
        folder = staging(dist)
        try:
            site = make_site(prepared, folder, progress, offline=True)
            progress.stage("zip")
            archive = dist / f"{BUNDLE_NAME}-offline.zip"
            part = folder / archive.name
            _zip_tree(site, part, f"{BUNDLE_NAME}-offline", epoch)
            os.replace(part, archive)
            result.archive = archive
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        if prepared is not None:
            prepared.segmenting.close()  # a build that stopped before MkDocs
        progress.close()
    return result


def _zip_tree(root: Path, archive: Path, prefix: str, epoch: int) -> None:
    """A deterministic zip: sorted entries, fixed times, fixed permissions."""
    stamp = dt.datetime.fromtimestamp(max(epoch, 315532800), dt.timezone.utc).timetuple()[:6]
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{prefix}/{path.relative_to(root).as_posix()}", date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
