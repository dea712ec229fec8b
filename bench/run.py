"""Benchmark: our build of N synthetic reports against a plain MkDocs build.

    .venv/bin/python bench/run.py                      # 25 and 100 at one a year, 1000 at fifty a year
    .venv/bin/python bench/run.py --run 25:1 100:1     # N:meetings-a-year, quicker
    .venv/bin/python bench/run.py --run 100:1 --profile   # also where the time goes

For every run it makes a corpus from the seeds (bench/corpus.py, with the
given number of meetings a year) in a temporary folder and measures, each in
a fresh process (so that peak memory is that build's own):

- ours: `generator.build.build_site` on the corpus;
- baseline: a plain MkDocs + Material + search build of the same report
  texts: one page per report per language (the synthetic corpus is Chinese
  only; our en/ pages show the Chinese text with a notice, the baseline's
  en/ pages repeat it) and a home page, nothing else, with Material's
  default features;
- the editor's preview (`generator.serve`), at N = 100 only: a
  one-paragraph edit of one report until its page is served with the edit.
- the HTML minifier, at N = 25 only: every page of a build before and
  after it (raw and gzip bytes; it stays if it saves 5 % of the gzip bytes).

The search index's gzip size is reported per language (the entries under
each language's folder) and, where a size measured before issue 24 is
known (`SEARCH_GZIP_BEFORE`), checked against its budget.

It prints one table per run and, at the end, pass/fail for each goal of
issues 12 and 23; it exits 1 when a goal fails (0 with --no-fail, which only
prints). It is not part of the test suite.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

MB = 1024 * 1024
RUNS = ["25:1", "100:1", "1000:50"]
GOAL_THROUGHPUT = 10.0  # MB/s of source text through read → parse → render, on all cores
GOAL_RATIO = 1.0  # our build / baseline build at N=100 (one a year) and N=1000 (fifty a year)
GOAL_SITE = 1.5  # our site's bytes / the baseline's
GOAL_GROWTH = 1.25  # median report page at N=1000 / at N=25
GOAL_MEMORY = 2048  # MB, all the build's processes at once (see `run_child`)
GOAL_PAGE_KB = 300  # no HTML page heavier than this
GOAL_PREVIEW = 2.0  # s from a saved edit to its page served, N=100
GOAL_REPORT_GZIP = 1.0  # our median report page's gzip bytes / the baseline's
#: The languages of the six-language runs (issue 26): the synthetic corpus is
#: Chinese, the other languages' pages show it with the fallback notice.
LANGUAGE_RUNS = ("zh,en", "zh,en,fr,es", "zh,en,fr,es,ru,ar")
#: gzip level of the page weights: zlib's default, what the zip of the
#: offline bundle stores and what a static host typically sends.
GZIP_LEVEL = 6
GOAL_MINIFY = 0.05  # the HTML minifier stays if it saves this share of a page's gzip bytes (median)
GOAL_SEARCH_GZIP = 1.2  # the search index's gzip size per language / before issue 24 (SEARCH_GZIP_BEFORE)
#: KB of the search index gzipped, per language, measured at the commit before
#: issue 24 (dc762d6) with this script's `search_gzip_kb`: (N, a year) → {language: KB}.
SEARCH_GZIP_BEFORE = {(25, 1): {"zh": 177.6, "en": 10.6}, (100, 1): {"zh": 676.7, "en": 12.0}}


# -- what runs in the child processes -----------------------------------------
def _peak() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_main_mb": own, "rss_worker_mb": workers}


def child_ours(corpus: Path, out: Path, languages: str = "") -> dict:
    from generator.build import BuildOptions, build_site

    # lock=None: the anchor lock describes the project's own seeds.
    options = BuildOptions(seeds=corpus, docs=out / "docs", site=out / "site", lock=None,
                           languages=tuple(str(languages).split(",")) if str(languages) else None)
    start = time.perf_counter()
    result = build_site(options)
    wall = time.perf_counter() - start
    return {"wall": wall, "timings": result.timings, "reports": len(result.reports),
            "paragraphs": sum(len(r.paragraphs) for r in result.reports),
            "warnings": sum(len(r.warnings) for r in result.reports),
            "written": result.docs.written, "deleted": len(result.docs.deleted),
            "unchanged": result.docs.unchanged, **_peak()}


def child_baseline(docs: Path, site: Path, config: Path) -> dict:
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    start = time.perf_counter()
    cfg = load_config(config_file=str(config), docs_dir=str(docs), site_dir=str(site))
    logging.getLogger("jieba").setLevel(logging.WARNING)
    build(cfg)
    return {"wall": time.perf_counter() - start, **_peak()}


def tree_pss_mb(root: int) -> float:
    """The memory of process `root` and all its descendants now: the sum of
    their proportional set sizes (a page shared by n processes counts 1/n in
    each: a forked worker's pages that are its parent's count once)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, grown = {root}, True
    while grown:
        more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        tree |= more
        grown = bool(more)
    total = 0
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        total += sum(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
    return total / 1024


def run_child(*args: str) -> dict:
    """Run one measurement in a fresh process; its peak memory is sampled
    here every 0.2 s over the process and its workers together (PSS).

    The processes' own ru_maxrss overstates a worker: Linux carries the
    parent's RSS at the fork into the child's ru_maxrss, also across the
    exec of a spawned worker (a 15 MB worker of a 500 MB parent reports
    514 MB), so "main + largest worker" counted the main process twice."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1700000000"))
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen([sys.executable, __file__, "--child", *args], cwd=ROOT, env=env,
                                 stdout=out, stderr=err, text=True)
        peak = 0.0
        while child.poll() is None:
            peak = max(peak, tree_pss_mb(child.pid))
            time.sleep(0.2)
        out.seek(0), err.seek(0)
        if child.returncode != 0:
            sys.exit(f"child {args[0]} failed:\n{err.read()[-4000:]}")
        result = json.loads(out.read().strip().splitlines()[-1])
    # A peak between two samples: the main process's own is a floor.
    result["peak_mb"] = max(peak, result.get("rss_main_mb", 0.0))
    return result


# -- the baseline's pages ------------------------------------------------------
def plain_page(report) -> str:
    """A report as plain Markdown: title, then one paragraph per line."""
    from generator.model import Heading, Paragraph

    lines = [f"# {report.title}", ""]
    for block in report.blocks:
        if isinstance(block, Heading):
            lines += [f"## {block.text}", ""]
        elif isinstance(block, Paragraph):
            text = block.plain_text().replace("\n", " ")
            lines += [f"{block.number or ''} {text}".strip(), ""]
    lines += [f.text for f in report.footnotes]
    return "\n".join(lines) + "\n"


def write_baseline(corpus: Path, out: Path) -> tuple[Path, Path, int]:
    """One page per report per language and a home page, nothing else."""
    import yaml

    from generator.build import load_reports, source_files

    reports, _ = load_reports(source_files(corpus))
    docs = out / "docs"
    pages = 0
    for prefix in ("", "en/"):  # both languages: see the module docstring
        (docs / prefix / "reports").mkdir(parents=True, exist_ok=True)
        for report in reports:
            (docs / prefix / "reports" / f"{report.slug}.md").write_text(plain_page(report), encoding="utf-8")
            pages += 1
    (docs / "index.md").write_text("# Reports\n", encoding="utf-8")
    pages += 1
    config = {"site_name": "baseline", "site_url": "https://example.org/",
              "theme": {"name": "material", "language": "zh", "font": False},
              "plugins": ["search"]}
    (out / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return docs, out / "mkdocs.yml", pages


# -- measuring ------------------------------------------------------------------
NAV = re.compile(r"<nav\b.*?</nav>", re.S)


def tree_mb(root: Path) -> float:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / MB


def is_report(site: Path, page: Path) -> bool:
    """reports/<slug>/index.html in any language (not the parallel pages)."""
    parts = page.relative_to(site).parts
    parts = parts[1:] if parts[0] == "en" else parts
    return len(parts) == 3 and parts[0] == "reports" and parts[2] == "index.html"


def nav_links(page: Path) -> int:
    """Links inside the page's <nav> elements (navigation, table of contents, footer)."""
    text = page.read_text(encoding="utf-8")
    return sum(block.count("<a ") for block in NAV.findall(text))


def search_gzip_kb(index_file: Path) -> dict:
    """The search index's gzip size (level 9, as a server would send it) per
    language: the entries whose location is under that language's folder
    (the first language's at the root), each with the index's config."""
    if not index_file.exists():
        return {}
    data = json.loads(index_file.read_text(encoding="utf-8"))
    langs = list(data.get("config", {}).get("lang") or [""])
    docs: dict = {}
    for doc in data["docs"]:
        first = doc["location"].split("/")[0]
        docs.setdefault(first if first in langs[1:] else langs[0], []).append(doc)
    out = {}
    for lang, entries in sorted(docs.items()):
        payload = json.dumps({"config": data["config"], "docs": entries}, ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        out[lang] = len(gzip.compress(payload, 9, mtime=0)) / 1024
    out["all"] = len(gzip.compress(index_file.read_bytes(), 9, mtime=0)) / 1024
    return out


def gzip_bytes(page: Path) -> int:
    return gzip_size(page.read_bytes())


def site_stats(site: Path) -> dict:
    html = [p for p in site.rglob("*.html") if p.name != "404.html"]
    sizes = {p: p.stat().st_size for p in html}
    packed = {p: gzip_bytes(p) for p in html}
    reports = sorted(p for p in html if is_report(site, p))
    sample = reports[:: max(1, len(reports) // 60)]  # every page would take long at N=1000
    links = [nav_links(p) for p in sample]
    largest = max(sizes, key=sizes.get)
    search = site / "search" / "search_index.json"
    return {"site_mb": tree_mb(site), "html_pages": len(html),
            "report_kb": statistics.median(sizes[p] for p in reports) / 1024,
            "report_gzip_kb": statistics.median(packed[p] for p in reports) / 1024,
            "page_kb": statistics.median(sizes.values()) / 1024,
            "page_gzip_kb": statistics.median(packed.values()) / 1024,
            "html_gzip_mb": sum(packed.values()) / MB,
            "largest_kb": sizes[largest] / 1024, "largest": largest.relative_to(site).as_posix(),
            "nav_links": statistics.median(links), "nav_links_max": max(links),
            "search_mb": search.stat().st_size / MB if search.exists() else 0.0,
            "search_gzip_kb": search_gzip_kb(search)}


def child_minify(corpus: Path, out: Path) -> dict:
    """What the HTML minifier saves: every page of a build (all languages
    in this process, where its calls are watched) before and after it, raw
    and gzip bytes."""
    import generator.engine.plugin as plugin
    import generator.engine.run as engine_run
    from generator.build import BuildOptions, build_site

    engine_run.SIDE_BY_SIDE_MIN = 10 ** 9
    real, saved = plugin.minify, []

    def watched(html: str) -> str:
        small = real(html)
        before, after = html.encode("utf-8"), small.encode("utf-8")
        saved.append((1 - len(after) / len(before), 1 - gzip_size(after) / gzip_size(before)))
        return small

    plugin.minify = watched
    build_site(BuildOptions(seeds=corpus, docs=out / "docs", site=out / "site", lock=None))
    raw, packed = ([row[k] for row in saved] for k in (0, 1))
    return {"pages": len(saved), "raw_saved": statistics.median(raw), "gzip_saved": statistics.median(packed),
            "gzip_saved_min": min(packed), "gzip_saved_max": max(packed)}


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, GZIP_LEVEL, mtime=0))


def child_preview(corpus: Path, out: Path) -> dict:
    """Start the preview on the corpus, edit one paragraph of one report,
    and time until the preview serves its page with the edit."""
    import urllib.request

    from generator.serve import Preview

    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    preview = Preview(corpus, port=0, folder=out)
    start = time.perf_counter()
    preview.start(watch=True)
    first = time.perf_counter() - start
    try:
        source = files[len(files) // 2]
        report = next(r for r in preview.reports if r.source == source.name)
        text = source.read_text(encoding="utf-8")
        para = next(p for p in report.paragraphs if p.number and len(p.plain_text()) > 20)
        old = para.plain_text()[:8]
        word = "预览编辑检查"
        assert old in text, old
        url = f"http://127.0.0.1:{preview.port}/reports/{report.slug}/"
        start = time.perf_counter()
        source.write_text(text.replace(old, word + old, 1), encoding="utf-8")
        while word not in urllib.request.urlopen(url, timeout=5).read().decode("utf-8"):
            if time.perf_counter() - start > 60:
                raise TimeoutError("the edit was not served within 60 s")
            time.sleep(0.05)
        latency = time.perf_counter() - start
        return {"first_build": first, "edit_served": latency, "rewritten": preview.last_rewritten,
                **_peak()}
    finally:
        preview.stop()


def measure(n: int, per_year: int, work: Path, preview: bool = False, languages: bool = False) -> dict:
    from corpus import make_corpus

    corpus = work / f"corpus-{n}"
    files = make_corpus(n, corpus, ROOT / "seeds", per_year=per_year)
    source_mb = sum(p.stat().st_size for p in files) / MB

    ours = run_child("ours", str(corpus), str(work / f"ours-{n}"))
    ours.update(site_stats(work / f"ours-{n}" / "site"))
    shutil.rmtree(work / f"ours-{n}", ignore_errors=True)

    docs, config, pages = write_baseline(corpus, work / f"base-{n}")
    base = run_child("baseline", str(docs), str(work / f"base-{n}" / "site"), str(config))
    base.update(site_stats(work / f"base-{n}" / "site"))
    shutil.rmtree(work / f"base-{n}", ignore_errors=True)
    out = {"n": n, "per_year": per_year, "source_mb": source_mb, "ours": ours, "base": base}
    if preview:
        out["preview"] = run_child("preview", str(corpus), str(work / f"preview-{n}"))
    if n == 25:
        out["minify"] = run_child("minify", str(corpus), str(work / f"minify-{n}"))
        shutil.rmtree(work / f"minify-{n}", ignore_errors=True)
    if languages:
        out["languages"] = {}
        for codes in LANGUAGE_RUNS:
            run = run_child("ours", str(corpus), str(work / f"langs-{n}"), codes)
            run["html_pages"] = sum(1 for _ in (work / f"langs-{n}" / "site").rglob("*.html"))
            out["languages"][codes] = run
            shutil.rmtree(work / f"langs-{n}", ignore_errors=True)
    shutil.rmtree(corpus, ignore_errors=True)
    return out


def gzipped(stats: dict) -> str:
    return " / ".join(f"{lang} {kb:.0f}" for lang, kb in stats.get("search_gzip_kb", {}).items())


def table(m: dict) -> str:
    o, b = m["ours"], m["base"]
    t = o["timings"]
    stages = t["parse"] + t["render"]

    def ratio(key: str) -> str:
        return f"{o[key] / b[key]:.2f}x" if b.get(key) else ""

    rows = [
        ("reports / paragraphs / warnings", f"{o['reports']} / {o['paragraphs']} / {o['warnings']}", "", ""),
        ("source MB", f"{m['source_mb']:.2f}", "", ""),
        ("site MB", f"{o['site_mb']:.1f}", f"{b['site_mb']:.1f}", ratio("site_mb")),
        ("HTML pages", f"{o['html_pages']}", f"{b['html_pages']}", ratio("html_pages")),
        ("median report page KB", f"{o['report_kb']:.0f}", f"{b['report_kb']:.0f}", ratio("report_kb")),
        ("median report page gzip KB", f"{o['report_gzip_kb']:.1f}", f"{b['report_gzip_kb']:.1f}",
         ratio("report_gzip_kb")),
        ("median HTML page KB / gzip KB", f"{o['page_kb']:.0f} / {o['page_gzip_kb']:.1f}",
         f"{b['page_kb']:.0f} / {b['page_gzip_kb']:.1f}", ratio("page_gzip_kb") + " (gzip)"),
        ("all HTML pages gzip MB", f"{o['html_gzip_mb']:.1f}", f"{b['html_gzip_mb']:.1f}", ratio("html_gzip_mb")),
        ("largest page KB", f"{o['largest_kb']:.0f}", f"{b['largest_kb']:.0f}", o["largest"]),
        ("nav links per report page (median / max)", f"{o['nav_links']:.0f} / {o['nav_links_max']}",
         f"{b['nav_links']:.0f} / {b['nav_links_max']}", ""),
        ("search index MB", f"{o['search_mb']:.2f}", f"{b['search_mb']:.2f}", ratio("search_mb")),
        ("search index gzip KB per language", gzipped(o), f"all {b['search_gzip_kb'].get('all', 0):.0f}", ""),
        ("wall s", f"{o['wall']:.1f}", f"{b['wall']:.1f}", ratio("wall")),
        ("  of which parse / render / write / mkdocs / publish s",
         " / ".join(f"{t[k]:.1f}" for k in ("parse", "render", "write", "mkdocs", "publish")), "", ""),
        ("peak memory MB, all processes (PSS)", f"{o['peak_mb']:.0f}", f"{b['peak_mb']:.0f}", ""),
        ("peak RSS MB main / workers' ru_maxrss", f"{o['rss_main_mb']:.0f} / {o['rss_worker_mb']:.0f}",
         f"{b['rss_main_mb']:.0f}", "a worker's includes its parent's"),
        ("generator MB/s (read → render, all cores)", f"{m['source_mb'] / stages:.1f}", "", ""),
    ]
    for codes, run in m.get("languages", {}).items():
        rows.append((f"  {len(codes.split(','))} languages ({codes}): wall / mkdocs s",
                     f"{run['wall']:.1f} / {run['timings']['mkdocs']:.1f}", "",
                     f"{run['html_pages']} pages, {run['peak_mb']:.0f} MB peak"))
    if "minify" in m:
        z = m["minify"]
        rows.append(("HTML minifier saves per page (median), raw / gzip", f"{z['raw_saved']:.1%} / "
                     f"{z['gzip_saved']:.1%}", "", f"gzip {z['gzip_saved_min']:.1%}–{z['gzip_saved_max']:.1%}, "
                     f"{z['pages']} pages"))
    if "preview" in m:
        p = m["preview"]
        rows.append(("preview: first build / edit served s", f"{p['first_build']:.1f} / {p['edit_served']:.2f}",
                     "", f"rewrote {len(p['rewritten'])} pages"))
    width = max(len(row[0]) for row in rows)
    lines = [f"N = {m['n']}, {m['per_year']} a year",
             f"{'':{width}}  {'ours':>12}  {'baseline':>10}  ratio / notes"]
    lines += [f"{a:{width}}  {x:>12}  {y:>10}  {z}" for a, x, y, z in rows]
    return "\n".join(lines)


def goals(runs: list[dict]) -> list[tuple[bool, str]]:
    out = []
    find = {(m["n"], m["per_year"]): m for m in runs}
    for key in ((100, 1), (1000, 50)):
        if key in find:
            m = find[key]
            r = m["ours"]["wall"] / m["base"]["wall"]
            out.append((r <= GOAL_RATIO, f"build <= {GOAL_RATIO}x baseline at N={key[0]} ({key[1]} a year): {r:.2f}x "
                                         f"({m['ours']['wall']:.1f} s / {m['base']['wall']:.1f} s)"))
    for m in runs:
        r = m["ours"]["site_mb"] / m["base"]["site_mb"]
        out.append((r <= GOAL_SITE, f"site bytes <= {GOAL_SITE}x baseline at N={m['n']}: {r:.2f}x "
                                    f"({m['ours']['site_mb']:.1f} MB / {m['base']['site_mb']:.1f} MB)"))
    small = next((m for m in runs if m["n"] == 25), None)
    large = next((m for m in runs if m["n"] == 1000), None)
    if small and large:
        g = large["ours"]["report_kb"] / small["ours"]["report_kb"]
        out.append((g <= GOAL_GROWTH, f"median report page at N=1000 <= {GOAL_GROWTH}x N=25: {g:.2f}x "
                                      f"({large['ours']['report_kb']:.0f} KB / {small['ours']['report_kb']:.0f} KB)"))
    for m in runs:
        o, b = m["ours"].get("report_gzip_kb"), m["base"].get("report_gzip_kb")
        if o and b:
            out.append((o <= GOAL_REPORT_GZIP * b, f"median report page gzip <= baseline's at N={m['n']}: "
                                                   f"{o / b:.2f}x ({o:.1f} KB / {b:.1f} KB)"))
    for m in runs:
        kb = m["ours"]["largest_kb"]
        out.append((kb <= GOAL_PAGE_KB, f"largest page <= {GOAL_PAGE_KB} KB at N={m['n']}: {kb:.0f} KB "
                                        f"({m['ours']['largest']})"))
    for m in runs:
        mem = m["ours"]["peak_mb"]
        out.append((mem < GOAL_MEMORY, f"peak memory < {GOAL_MEMORY} MB at N={m['n']}: {mem:.0f} MB"))
    for m in runs:
        t = m["ours"]["timings"]
        rate = m["source_mb"] / (t["parse"] + t["render"])
        out.append((rate >= GOAL_THROUGHPUT, f"generator stages >= {GOAL_THROUGHPUT:.0f} MB/s at N={m['n']}: "
                                              f"{rate:.1f} MB/s"))
    for m in runs:
        before = SEARCH_GZIP_BEFORE.get((m["n"], m["per_year"]))
        now = m["ours"].get("search_gzip_kb", {})
        for lang in sorted(before or {}):
            if lang in now:
                r = now[lang] / before[lang]
                out.append((r <= GOAL_SEARCH_GZIP, f"search index gzip ({lang}) <= {GOAL_SEARCH_GZIP}x before issue 24 "
                                                   f"at N={m['n']}: {r:.2f}x ({now[lang]:.0f} KB / {before[lang]:.0f} KB)"))
    for m in runs:
        languages = m.get("languages", {})
        if len(languages) > 1:
            walls = {len(codes.split(",")): run["wall"] for codes, run in languages.items()}
            fewest, most = min(walls), max(walls)
            scale = walls[most] / walls[fewest]
            # Scaling with cores: more languages cost at most in proportion (side by side, never worse).
            out.append((scale <= most / fewest, f"{most} languages <= {most / fewest:.0f}x the time of {fewest} at "
                                                f"N={m['n']}: {scale:.2f}x ("
                        + ", ".join(f"{k}: {v:.1f} s" for k, v in sorted(walls.items())) + ")"))
    for m in runs:
        if "minify" in m:
            z = m["minify"]["gzip_saved"]
            out.append((z >= GOAL_MINIFY, f"HTML minifier saves >= {GOAL_MINIFY:.0%} of a page's gzip bytes (median) "
                                          f"at N={m['n']}: {z:.1%}"))
        if "preview" in m:
            s = m["preview"]["edit_served"]
            out.append((s < GOAL_PREVIEW, f"preview: edit served < {GOAL_PREVIEW:.0f} s at N={m['n']}: {s:.2f} s"))
    return out


def profile(n: int, per_year: int, work: Path) -> None:
    """Where the time goes: cProfile of read+parse+render, then of the MkDocs build."""
    import cProfile
    import pstats

    from corpus import make_corpus
    from generator.build import BuildOptions
    from generator.incremental import sync_tree
    from generator.workers import parse_one
    from generator.context import BuildContext
    from generator.render import render_pages
    from generator.engine import mkdocs_build, search_dictionary

    files = make_corpus(n, work / f"prof-{n}", ROOT / "seeds", per_year=per_year)
    prof = cProfile.Profile()
    prof.enable()
    settings = BuildOptions().settings()
    reports = [parse_one(p) for p in files]
    context = BuildContext.of(reports, settings.languages)
    pages = render_pages(context)
    prof.disable()
    print(f"\n-- profile: read+parse+render of {n} reports, one process --")
    pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    sync_tree(pages, work / f"prof-{n}-docs")
    prof = cProfile.Profile()
    prof.enable()
    dictionary = work / f"prof-{n}-jieba.txt"
    dictionary.write_text(search_dictionary(context), encoding="utf-8")
    mkdocs_build(settings, work / f"prof-{n}-docs", work / f"prof-{n}-site", context, dictionary)
    prof.disable()
    print(f"\n-- profile: mkdocs build of {n} reports --")
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, *args = sys.argv[2:]
        run = {"ours": child_ours, "baseline": child_baseline, "preview": child_preview,
               "minify": child_minify}[kind]
        print(json.dumps(run(*map(Path, args))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--run", nargs="+", default=RUNS, metavar="N:PER_YEAR",
                        help=f"corpus sizes and meetings a year (default {' '.join(RUNS)})")
    parser.add_argument("--no-preview", action="store_true", help="skip the preview's edit-to-served timing")
    parser.add_argument("--no-languages", action="store_true",
                        help=f"skip the builds in 2, 4 and 6 languages at N=100 ({' / '.join(LANGUAGE_RUNS)})")
    parser.add_argument("--profile", action="store_true", help="profile the last run in one process")
    parser.add_argument("--json", type=Path, help="also write the measurements here")
    parser.add_argument("--goals", type=Path, metavar="FILE",
                        help="judge the goals of measurements saved with --json (no build)")
    parser.add_argument("--no-fail", action="store_true",
                        help="exit 0 even when a goal fails (only print the pass/fail lines)")
    args = parser.parse_args()
    if args.goals:
        results = goals(json.loads(args.goals.read_text(encoding="utf-8")))
        print_goals(results)
        return verdict(results, args.no_fail)
    runs = []
    plan = [tuple(int(x) for x in r.split(":")) for r in args.run]
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for n, per_year in plan:
            runs.append(measure(n, per_year, Path(tmp), preview=n == 100 and not args.no_preview,
                                languages=n == 100 and not args.no_languages))
            print(table(runs[-1]) + "\n", flush=True)
            if args.json:
                args.json.write_text(json.dumps(runs, indent=1), encoding="utf-8")
        results = goals(runs)
        print_goals(results)
        if args.profile:
            profile(*plan[-1], Path(tmp))
    return verdict(results, args.no_fail)


def print_goals(results: list[tuple[bool, str]]) -> None:
    print("Goals:")
    for ok, text in results:
        print(f"  [{'PASS' if ok else 'FAIL'}] {text}", flush=True)


def verdict(results: list[tuple[bool, str]], no_fail: bool) -> int:
    """1 when a goal failed (so that `make bench` fails), unless only printing."""
    failed = sum(not ok for ok, _ in results)
    if failed:
        print(f"{failed} goal{'s' if failed != 1 else ''} failed" + (" (--no-fail: exit 0)" if no_fail else ""),
              file=sys.stderr)
    return 1 if failed and not no_fail else 0


if __name__ == "__main__":
    sys.exit(main())
