"""The pages of the whole site, their navigation, and the MkDocs run.

`render_pages` turns the reports into every page of docs/ in every
language; `mkdocs_build` runs MkDocs through its Python API with what the
generator decides (folders, navigation, site_url, the jieba dictionary,
the offline switch). The pipeline around them is `build.py`.
"""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

from . import quality
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, label
from .index import PAGES, build_corpus, check_links, linker_for
from .model import Report, by_meeting, shown_in
from .paging import by_period, home_periods, index_pages, index_periods, quality_periods
from .render import CorpusRenderer, PageRenderer, page_path, report_path
from .search import corpus_terms, split_index, user_dictionary

ROOT = Path(__file__).resolve().parent.parent
#: Where the offline build finds the iframe-worker polyfill (`make vendor`
#: fetches it from the npm registry), and where the pages load it from: the
#: path must contain "iframe-worker", or Material adds its unpkg.com copy.
POLYFILL_SOURCE = ROOT / "vendor" / "iframe-worker" / "shim.js"
POLYFILL_PATH = "assets/javascripts/iframe-worker/shim.js"


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
    # How each long page is split (by size, the same in every language):
    # measured on the default language's pages.
    main_shown, main = corpora[DEFAULT_LANGUAGE]
    periods = index_periods([corpus for _, corpus in corpora.values()], main)
    main_renderer = PageRenderer(DEFAULT_LANGUAGE, site_url)
    home = home_periods(main_shown, main_renderer)
    quality_split = quality_periods(main_shown, main_renderer, quality.entries(main_shown))
    for language, (shown, corpus) in corpora.items():
        corpus.periods = periods
        renderer = PageRenderer(language, site_url, linker_for=linker_for(corpus, language))
        pages.update(index_pages(shown, renderer, built, home))
        for versions, report in zip(meetings.values(), shown):
            notice = "" if language in versions else label(language, "no_source_notice")
            parallel = ""
            if all(lang in versions for lang in LANGUAGES):
                parallel = page_path(f"reports/{report.slug}/parallel", language)
                pages[parallel] = renderer.parallel(versions)
            pages[report_path(report, language)] = renderer.report(report, notice, parallel, corpus)
        pages.update(CorpusRenderer(language, corpus).pages())
        entries = quality.entries(shown)
        if not quality_split:
            pages[page_path("quality", language)] = renderer.quality(shown, entries)
        else:
            pages.update(renderer.quality_by_year([(p, g) for p, g in by_period(shown, quality_split) if g],
                                                  entries))
    check_links(pages)
    return pages


#: Up to this many entries the navigation lists them in one level; more are
#: grouped (reports by decade, a decade's by year, decades by century), so
#: that with Material's `navigation.prune` a page carries at most a few
#: dozen navigation links whatever the size of the corpus.
NAV_GROUP = 12



def navigation(reports: list[Report], language: str = DEFAULT_LANGUAGE) -> list:
    """The navigation with `language`'s labels; paths are the default
    language's (mkdocs-static-i18n maps them to each language's files).

    Index pages are single entries: their period pages (paging.py) are
    reached from the overview, not from the navigation."""
    meetings = by_meeting(reports)

    def entries(slugs) -> list:
        out: list = []
        for slug in slugs:
            out.append({slug: f"reports/{slug}.md"})
            if all(lang in meetings[slug] for lang in LANGUAGES):
                out.append({f"{slug} {label(language, 'parallel')}": f"reports/{slug}/parallel.md"})
        return out

    slugs = list(meetings)
    year = {slug: next(iter(v.values())).meeting.start.year for slug, v in meetings.items()}
    if len(slugs) <= NAV_GROUP:
        reports_nav = entries(slugs)
    else:
        def decade(d: int) -> dict:
            inside = [s for s in slugs if year[s] // 10 == d]
            if len(inside) <= NAV_GROUP:
                children = entries(inside)
            else:
                children = [{str(y): entries(s for s in inside if year[s] == y)}
                            for y in sorted({year[s] for s in inside})]
            return {f"{d * 10}–{d * 10 + 9}": children}

        decades = sorted({y // 10 for y in year.values()})
        reports_nav = [decade(d) for d in decades]
        if len(decades) > NAV_GROUP:
            reports_nav = [{f"{c * 100}–{c * 100 + 99}": [decade(d) for d in decades if d // 10 == c]}
                           for c in sorted({d // 10 for d in decades})]
    index_nav = [{label(language, f"{name}_title"): f"{name}.md"} for name in PAGES]
    return [{label(language, "home"): "index.md"}, {label(language, "reports"): reports_nav}, *index_nav,
            {label(language, "warnings"): "quality.md"}]


def nav_translations(reports: list[Report], language: str) -> dict[str, str]:
    """Default-language nav titles → `language`'s, for mkdocs-static-i18n."""
    def titles(nav: list) -> list[str]:
        out = []
        for entry in nav:
            if isinstance(entry, str):
                continue  # an entry without a title
            for title, value in entry.items():
                out.append(title)
                if isinstance(value, list):
                    out.extend(titles(value))
        return out

    return dict(zip(titles(navigation(reports)), titles(navigation(reports, language))))


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


def mkdocs_build(options, docs_dir: Path, site_dir: Path, reports: list[Report],
                 dictionary: Path, offline: bool = False, dirty: bool = False) -> None:
    """Run MkDocs through its Python API with what the generator decides:
    folders, navigation, site_url, the jieba dictionary, the offline switch.
    `dirty` rebuilds only the pages whose Markdown is newer than their HTML
    (the preview only, see serve.py); MkDocs warns about it, so not strict."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ["SOURCE_DATE_EPOCH"] = build_date_epoch()
    config = load_config(config_file=str(options.config_file), docs_dir=str(docs_dir),
                         site_dir=str(site_dir), strict=not dirty, nav=navigation(reports),
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
    build(config, dirty=dirty)
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
