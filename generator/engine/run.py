"""The MkDocs run: the rendered pages built into a site with what the
generator decides (folders, navigation, site_url, the jieba dictionary, the
offline switch), one language per build, side by side."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable, Optional

from ..context import BuildContext
from ..languages import profile
from ..recurring import texts_to_cut
from ..search import SegmentingAhead, corpus_terms, report_entries, user_dictionary
from ..pools import workers
from ..settings import Settings
from .config import POLYFILL_PATH, build_date_epoch, configured_plugins
from .languages import build_language, language_jobs
from .merge import material_entries, move_parts, part_folder, write_sitemap
from .navigation import navigation, not_in_nav
from .processes import LanguageProcesses, build_side_by_side
from .search_index import split_index


#: Below this many report pages (meetings × languages), the languages are
#: built in this process, one after the other: starting their processes
#: would cost more than building side by side saves (measured before the
#: processes started with the render: 25 reports in two languages, 79
#: pages, built faster here; 100 reports, 336 pages, in two processes).
SIDE_BY_SIDE_MIN = 60


def start_language_processes(context: BuildContext) -> Optional[LanguageProcesses]:
    """The language processes of this build's MkDocs stage, started now so
    that they load MkDocs and Material while the build renders; None
    when the languages are built in the build's own process (a small site,
    see SIDE_BY_SIDE_MIN)."""
    if len(context.meetings) * len(context.languages) < SIDE_BY_SIDE_MIN:
        return None
    return LanguageProcesses(min(len(context.languages), workers()))


def mkdocs_build(settings: Settings, docs_dir: Path, site_dir: Path, context: BuildContext,
                 dictionary: Path, offline: bool = False, files_dir: Optional[Path] = None,
                 dirty: bool = False, segmenting: Optional[SegmentingAhead] = None,
                 page_done: Callable[[int], None] = lambda steps: None,
                 processes: Optional[LanguageProcesses] = None) -> None:
    """Build the pages of `docs_dir` into `site_dir` with what the generator
    decides: folders, navigation, site_url, the jieba dictionary, the
    offline switch; one MkDocs build per language (languages.py), side by
    side in processes of their own (processes.py), then merged (merge.py).

    The files under `files_dir` (the reports' XML) are published as they
    are, at the same path (`generator_plugin`). `dirty` rebuilds only the
    pages whose Markdown is newer than their HTML (the preview only, see
    serve.py): every language in this process, into the site itself;
    MkDocs warns about it, so not strict. `segmenting`: the report pages'
    search entries, if already started (`start_segmenting`); started here
    otherwise. `page_done(n)` is called as pages are built, in every language.
    `processes`: the language processes, if already started
    (`start_language_processes`); started here otherwise (none for
    `dirty`: the preview builds every language in its own process); they
    end with this call.
    `settings`: the command's, with the configuration file as read once."""
    epoch = build_date_epoch()
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    # MkDocs reads a relative folder from the configuration file's folder,
    # not from where the command runs.
    docs_dir, site_dir = Path(os.path.abspath(docs_dir)), Path(os.path.abspath(site_dir))
    files_dir = Path(os.path.abspath(files_dir)) if files_dir else None
    # The offline plugin turns directory URLs off when the build starts (its
    # on_config): the entries' locations follow it from here already.
    directory_urls = settings.use_directory_urls and not offline
    if segmenting is None:
        segmenting = SegmentingAhead().give(report_entries(context, directory_urls),
                                            dictionary.read_text(encoding="utf-8"), directory_urls)
    jobs = []
    try:
        if processes is None and not dirty:
            processes = start_language_processes(context)
        if segmenting.directory_urls != directory_urls:
            raise RuntimeError("search entries made for other URLs than the build's")
        languages = context.languages
        pages = sorted(path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md"))
        here = dirty or processes is None
        # Everything the generator decides goes in before MkDocs validates the
        # configuration; each language's build then sets its own (languages.py).
        extra = {**(settings.config.get("extra") or {}),
                 # The HTML lang of each language's text, for the hreflang alternates (overrides/main.html).
                 "hreflang": {code: profile(code).html_lang for code in languages},
                 **({"polyfills": [POLYFILL_PATH]} if offline else {})}
        common = {"config_file": str(settings.config_file), "static_dir": str(files_dir) if files_dir else None,
                  "offline": offline, "dirty": dirty, "epoch": epoch,
                  "settings": {"docs_dir": str(docs_dir), "strict": not dirty, "not_in_nav": not_in_nav(context.root),
                               "extra": extra, "plugins": configured_plugins(settings.config, languages, offline),
                               **({"site_url": settings.site_url} if settings.site_url else {})}}
        jobs = language_jobs(pages, languages, common)
        for job in jobs:
            apart = not dirty and not job.root
            job.settings["site_dir"] = str(part_folder(site_dir, job.language) if apart else site_dir)
            job.settings["nav"] = navigation(context.meetings, job.language, languages)
            if apart:
                shutil.rmtree(job.settings["site_dir"], ignore_errors=True)
        if here:
            outcomes = [build_language(job, page_done) for job in jobs]
        else:
            outcomes = build_side_by_side(jobs, processes, page_done)
        if not dirty:
            move_parts(site_dir, jobs)
        write_sitemap(site_dir, outcomes, int(epoch))
        # Material's entries come unsegmented (languages.py): the
        # segmenting worker, which holds jieba and this build's dictionary,
        # segments them after the report pages' entries.
        reports, material = segmenting.result(material_entries(outcomes))
        split_index(site_dir, reports, languages, material)
    finally:
        segmenting.close()
        if processes is not None:
            processes.close()
        for job in jobs:
            if not dirty and not job.root:  # a build that stopped before the merge
                shutil.rmtree(part_folder(site_dir, job.language), ignore_errors=True)


def start_segmenting(context: BuildContext, settings: Settings, offline: bool = False,
                     started: Optional[SegmentingAhead] = None) -> SegmentingAhead:
    """The report pages' search entries, segmented in a worker from now on
    (the build starts it before rendering: the worker's start and jieba's
    work then overlap the render, which runs in one process). `started`:
    the worker, if the build started it before parsing (see SegmentingAhead)."""
    directory_urls = settings.use_directory_urls and not offline
    texts = texts_to_cut([rec for corpus in context.corpora.values() for rec in corpus.recommendations])
    return (started or SegmentingAhead()).give(report_entries(context, directory_urls), search_dictionary(context),
                                               directory_urls, plain_texts=texts)


def search_dictionary(context: BuildContext) -> str:
    """The jieba user dictionary for this corpus (see search.user_dictionary)."""
    return user_dictionary(context.reports, corpus_terms(context.whole))
