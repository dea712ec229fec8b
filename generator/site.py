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
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, label  # noqa: E402
from .incremental import SyncResult, sync_tree  # noqa: E402
from .index import PAGES, build_corpus, check_links, linker_for  # noqa: E402
from .model import Report, by_meeting, shown_in  # noqa: E402
from .paging import SPLIT_AT, by_year, index_pages, index_years, year_path  # noqa: E402
from .parallel import parse_many  # noqa: E402
from .progress import as_progress  # noqa: E402
from .render import CorpusRenderer, PageRenderer, page_path, report_path  # noqa: E402
from .search import corpus_terms, split_index, user_dictionary  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: Where the offline build finds the iframe-worker polyfill (`make vendor`
#: fetches it from the npm registry), and where the pages load it from: the
#: path must contain "iframe-worker", or Material adds its unpkg.com copy.
POLYFILL_SOURCE = ROOT / "vendor" / "iframe-worker" / "shim.js"
POLYFILL_PATH = "assets/javascripts/iframe-worker/shim.js"
BUNDLE_NAME = "wg-ta-reports"
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


def shown_corpora(meetings: dict[str, dict[str, Report]]) -> dict:
    """language → (the report shown for each meeting, the corpus gathered from
    them): a meeting without a version in a language shows another's."""
    out = {}
    for language in LANGUAGES:
        shown = [shown_in(versions, language) for versions in meetings.values()]
        # The corpus (decisions, timeline, documents, participants) is
        # gathered from the reports as this language's pages show them.
        out[language] = (shown, build_corpus(shown))
    return out


def render_pages(reports: list[Report], site_url: str = "", built: str = "") -> dict[str, str]:
    """Every generated page of docs/, in every language: path → Markdown.

    A report without a version in some language is shown in that language's
    part of the site in the language it has, with a notice, at the same path
    and with the same ids."""
    pages: dict[str, str] = {}
    meetings = by_meeting(reports)
    corpora = shown_corpora(meetings)
    years = index_years([corpus for _, corpus in corpora.values()])
    for language, (shown, corpus) in corpora.items():
        renderer = PageRenderer(language, site_url, linker_for=linker_for(corpus, language))
        pages.update(index_pages(shown, renderer, built))
        for versions, report in zip(meetings.values(), shown):
            notice = "" if language in versions else label(language, "no_source_notice")
            parallel = ""
            if all(lang in versions for lang in LANGUAGES):
                parallel = page_path(f"reports/{report.slug}/parallel", language)
                pages[parallel] = renderer.parallel(versions)
            pages[report_path(report, language)] = renderer.report(report, notice, parallel, corpus)
        pages.update(CorpusRenderer(language, corpus, years).pages())
        entries = quality.entries(shown)
        if len(shown) <= SPLIT_AT:
            pages[page_path("quality", language)] = renderer.quality(shown, entries)
        else:
            pages.update(renderer.quality_by_year(by_year(shown), entries))
    check_links(pages)
    return pages


def navigation(reports: list[Report], language: str = DEFAULT_LANGUAGE) -> list:
    """The navigation with `language`'s labels; paths are the default
    language's (mkdocs-static-i18n maps them to each language's files)."""
    meetings = by_meeting(reports)

    def entries(slugs) -> list:
        out: list = []
        for slug in slugs:
            out.append({slug: f"reports/{slug}.md"})
            if all(lang in meetings[slug] for lang in LANGUAGES):
                out.append({f"{slug} {label(language, 'parallel')}": f"reports/{slug}/parallel.md"})
        return out

    if len(meetings) <= SPLIT_AT:
        reports_nav = entries(meetings)
    else:  # grouped by year: with navigation.prune a page carries only its year
        shown = [next(iter(v.values())) for v in meetings.values()]
        reports_nav = [{str(year): [year_path(year)] + entries(r.slug for r in group)}
                       for year, group in by_year(shown)]
    if len(meetings) <= SPLIT_AT:
        index_nav = [{label(language, f"{name}_title"): f"{name}.md"} for name in PAGES]
    else:  # each index page a section: its overview, then its year pages
        years = index_years([corpus for _, corpus in shown_corpora(meetings).values()])
        index_nav = [{label(language, f"{name}_title"): [f"{name}.md"] + [{str(y): f"{name}/{y}.md"} for y in years[name]]}
                     for name in PAGES]
    quality_nav: object = "quality.md"
    if len(meetings) > SPLIT_AT:
        shown = [next(iter(v.values())) for v in meetings.values()]
        quality_nav = ["quality.md"] + [{str(year): f"quality/{year}.md"} for year, _ in by_year(shown)]
    return [{label(language, "home"): "index.md"}, {label(language, "reports"): reports_nav}, *index_nav,
            {label(language, "warnings"): quality_nav}]


def nav_translations(reports: list[Report], language: str) -> dict[str, str]:
    """Default-language nav titles → `language`'s, for mkdocs-static-i18n."""
    def titles(nav: list) -> list[str]:
        out = []
        for entry in nav:
            if isinstance(entry, str):
                continue  # a section's own page (years/1950.md): no title
            for title, value in entry.items():
                out.append(title)
                if isinstance(value, list):
                    out.extend(titles(value))
        return out

    return dict(zip(titles(navigation(reports)), titles(navigation(reports, language))))


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


def mkdocs_build(options: BuildOptions, docs_dir: Path, site_dir: Path, reports: list[Report],
                 dictionary: Path, offline: bool = False) -> None:
    """Run MkDocs through its Python API with what the generator decides:
    folders, navigation, site_url, the jieba dictionary, the offline switch."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ["SOURCE_DATE_EPOCH"] = build_date_epoch()
    config = load_config(config_file=str(options.config_file), docs_dir=str(docs_dir),
                         site_dir=str(site_dir), strict=True, nav=navigation(reports),
                         **({"site_url": options.site_url} if options.site_url else {}))
    config.plugins["material/search"].config["jieba_dict_user"] = str(dictionary)
    _reset_jieba()
    for language in config.plugins["i18n"].config["languages"]:
        if language["locale"] != DEFAULT_LANGUAGE:
            language["nav_translations"] = nav_translations(reports, language["locale"])
    if offline:
        config.plugins["material/offline"].config["enabled"] = True
        config.extra["polyfills"] = [POLYFILL_PATH]
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)  # its dictionary-loading chatter
    build(config)
    split_index(site_dir, reports, directory_urls=config.use_directory_urls)


def search_dictionary(reports: list[Report]) -> str:
    """The jieba user dictionary for this corpus (see search.user_dictionary)."""
    return user_dictionary(reports, corpus_terms(build_corpus(reports)))


def _reset_jieba() -> None:
    """jieba keeps one dictionary per process and user words accumulate in
    it; start each build from the plain dictionary so that a build's search
    index depends on its own corpus only (two builds, same bytes)."""
    try:
        import jieba
    except ImportError:
        return
    jieba.dt.__init__(jieba.dt.dictionary)


def sync_docs(pages: dict[str, str], docs: Path) -> SyncResult:
    """Make docs/ hold exactly `pages`, rewriting only the files that changed."""
    return sync_tree(pages, docs, write_tree)


def build_site(options: BuildOptions, progress=None) -> BuildResult:
    """seeds → reports → docs/ → site/, all or nothing.

    `progress` is a `progress.Progress` (or an old-style message callable)."""
    progress = as_progress(progress)
    timings: dict[str, float] = {}
    try:
        for parent in {options.site.parent, options.docs.parent}:
            for path in clean_stale(parent):
                progress.note(f"removed {path.name}, left by an interrupted build")
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
        progress.stage("render")
        pages = render_pages(reports, site_url_of(options))
        timings["render"] = time.perf_counter() - start

        options.site.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".build-{os.getpid()}-", dir=options.site.parent))
        try:
            start = time.perf_counter()
            progress.stage("write")
            write_tree(pages, staging / "docs")
            dictionary = staging / "jieba_user.txt"
            dictionary.write_text(search_dictionary(reports), encoding="utf-8")
            timings["write"] = time.perf_counter() - start

            start = time.perf_counter()
            progress.stage("mkdocs")
            mkdocs_build(options, staging / "docs", staging / "site", reports, dictionary)
            anchors.write_redirects(staging / "site", redirects)
            timings["mkdocs"] = time.perf_counter() - start
            site_missing = anchors.missing_in_site(locked, staging / "site", redirects)
            if site_missing and not options.keep_going:
                raise anchors.lock_error(site_missing, options.lock)
            missing = sorted(set(missing) | set(site_missing))

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
    return BuildResult(reports, skipped, missing_anchors=missing, timings=timings, docs=synced)


def build_bundle(options: BuildOptions, dist: Path, progress=None) -> Path:
    """The offline edition: one zip that works from file:// with no network.

    Built like the site, with Material's offline plugin on (no directory
    URLs, search index inlined as a script), the iframe-worker polyfill
    served locally, and a front page saying what it holds and when it was
    built. Copied paragraph links stay canonical online URLs."""
    import datetime as dt

    if not POLYFILL_SOURCE.is_file():
        raise SourceError(str(POLYFILL_SOURCE), 0, "the iframe-worker polyfill (run `make vendor`)",
                          "no such file")
    progress = as_progress(progress)
    try:
        reports, skipped = load_reports(source_files(options.seeds), options.keep_going, progress)
        if not reports:
            raise SourceError(str(options.seeds), 0, "at least one report that parses", "none")
        epoch = int(build_date_epoch())
        built = dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date().isoformat()
        progress.stage("render")
        pages = render_pages(reports, site_url_of(options), built=built)
        dist.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".build-{os.getpid()}-", dir=dist))
        try:
            write_tree(pages, staging / "docs")
            polyfill = staging / "docs" / POLYFILL_PATH
            polyfill.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(POLYFILL_SOURCE, polyfill)
            license_file = POLYFILL_SOURCE.parent / "LICENSE"
            if license_file.exists():
                shutil.copy2(license_file, polyfill.parent / "LICENSE")
            dictionary = staging / "jieba_user.txt"
            dictionary.write_text(search_dictionary(reports), encoding="utf-8")
            progress.stage("mkdocs (offline)")
            mkdocs_build(options, staging / "docs", staging / "site", reports, dictionary, offline=True)
            archive = dist / f"{BUNDLE_NAME}-offline.zip"
            progress.stage("zip")
            _zip_tree(staging / "site", archive.with_suffix(".zip.part"), f"{BUNDLE_NAME}-offline", epoch)
            os.replace(archive.with_suffix(".zip.part"), archive)
            return archive
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        progress.close()


def _zip_tree(root: Path, archive: Path, prefix: str, epoch: int) -> None:
    """A deterministic zip: sorted entries, fixed times, fixed permissions."""
    import datetime as dt
    import zipfile

    stamp = dt.datetime.fromtimestamp(max(epoch, 315532800), dt.timezone.utc).timetuple()[:6]
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{prefix}/{path.relative_to(root).as_posix()}", date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
