"""Benchmark: our build of N synthetic reports against a plain MkDocs build.

    .venv/bin/python bench/run.py                 # N = 10, 100, 1000 (several minutes)
    .venv/bin/python bench/run.py -n 10 100       # quicker
    .venv/bin/python bench/run.py -n 100 --profile  # also where the time goes

For every N it makes a corpus from the seeds (bench/corpus.py) in a temporary
folder and measures, each in a fresh process (so that peak memory is that
build's own):

- ours: `generator.build.build_site` on the corpus, then again after one
  report changed (the incremental rebuild);
- baseline: the same reports as plain Markdown (one paragraph per line, no
  anchors, no cross-links), as many pages as our site publishes in both
  languages (each report in zh and under en/, plus as many plain list pages
  as we have home, index and quality pages), built by the same MkDocs +
  Material + search plugin with the same theme features, in one plain
  build. The synthetic corpus is Chinese only, so our en/ pages show the
  Chinese text with a notice, as the baseline's en/ pages repeat it.

It prints one table per N and, at the end, pass/fail for each goal of
issue 6. It is not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
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
GOAL_THROUGHPUT = 10.0  # MB/s of source text through read → parse → render
GOAL_RATIO = 1.3  # our build / baseline build at the largest N
GOAL_MEMORY = 2048  # MB at 1000 reports
GOAL_INDEX_KB = 300  # no index page heavier than this (HTML)


# -- what runs in the child processes -----------------------------------------
def _peak() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_main_mb": own, "rss_worker_mb": workers}


def child_ours(corpus: Path, out: Path) -> dict:
    from generator.build import BuildOptions, build_site

    # lock=None: the anchor lock describes the project's own seeds.
    options = BuildOptions(seeds=corpus, docs=out / "docs", site=out / "site", lock=None)
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


def run_child(*args: str) -> dict:
    env = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1700000000"))
    out = subprocess.run([sys.executable, __file__, "--child", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"child {args[0]} failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


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
    import yaml

    from generator.build import load_reports, source_files
    from generator.site import render_pages

    reports, _ = load_reports(source_files(corpus))
    ours = len(render_pages(reports))
    docs = out / "docs"
    pages = 0
    for prefix in ("", "en/"):  # both languages: see the module docstring
        (docs / prefix / "reports").mkdir(parents=True, exist_ok=True)
        for report in reports:
            (docs / prefix / "reports" / f"{report.slug}.md").write_text(plain_page(report), encoding="utf-8")
            pages += 1
    listing = "# Reports\n\n" + "".join(f"{r.meeting.start} {r.title}\n\n" for r in reports)
    for k in range(ours - pages):  # home, index and quality pages: plain lists
        (docs / f"list-{k}.md").write_text(listing, encoding="utf-8")
        pages += 1
    ours = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    config = {"site_name": "baseline", "site_url": "https://example.org/",
              "theme": {"name": "material", "language": "zh", "font": False,
                        "features": ours["theme"].get("features", [])},
              "plugins": ["search"]}
    (out / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return docs, out / "mkdocs.yml", pages


# -- measuring ------------------------------------------------------------------
def tree_mb(root: Path) -> float:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / MB


def page_sizes(site: Path) -> tuple[float, float, int]:
    """(largest index page KB, median report page KB, number of HTML pages)."""
    html = [p for p in site.rglob("*.html") if p.name != "404.html"]
    reports = [p.stat().st_size for p in html if p.parent.parent.name == "reports"]
    index = [p.stat().st_size for p in html if p.parent.parent.name != "reports"]
    return max(index) / 1024, statistics.median(reports) / 1024, len(html)


def measure(n: int, work: Path) -> dict:
    from corpus import change_one, make_corpus

    corpus = work / f"corpus-{n}"
    files = make_corpus(n, corpus, ROOT / "seeds")
    source_mb = sum(p.stat().st_size for p in files) / MB

    ours = run_child("ours", str(corpus), str(work / f"ours-{n}"))
    site = work / f"ours-{n}" / "site"
    index_kb, report_kb, html_pages = page_sizes(site)
    ours.update(site_mb=tree_mb(site), search_mb=(site / "search" / "search_index.json").stat().st_size / MB,
                index_kb=index_kb, report_kb=report_kb, html_pages=html_pages)

    change_one(files[n // 2])
    again = run_child("ours", str(corpus), str(work / f"ours-{n}"))

    docs, config, pages = write_baseline(corpus, work / f"base-{n}")
    base = run_child("baseline", str(docs), str(work / f"base-{n}" / "site"), str(config))
    base.update(site_mb=tree_mb(work / f"base-{n}" / "site"), pages=pages,
                search_mb=(work / f"base-{n}" / "site" / "search" / "search_index.json").stat().st_size / MB)
    for folder in (corpus, work / f"ours-{n}", work / f"base-{n}"):
        shutil.rmtree(folder, ignore_errors=True)
    return {"n": n, "source_mb": source_mb, "ours": ours, "rebuild": again, "base": base}


def table(m: dict) -> str:
    o, b, r = m["ours"], m["base"], m["rebuild"]
    t = o["timings"]
    stages = t["parse"] + t["render"]
    rows = [
        ("reports / paragraphs / warnings", f"{o['reports']} / {o['paragraphs']} / {o['warnings']}", "", ""),
        ("pages built (HTML)", f"{o['html_pages']}", f"{b['pages']}", "baseline: 2 languages"),
        ("source MB", f"{m['source_mb']:.2f}", "", ""),
        ("parse throughput MB/s", f"{m['source_mb'] / stages:.1f}",
         "", f"read+parse {t['parse']:.2f}s, render {t['render']:.2f}s"),
        ("Markdown writing s", f"{t['write'] + t['publish']:.2f}", "",
         f"staging {t['write']:.2f}s, docs/ sync {t['publish']:.2f}s"),
        ("mkdocs build s", f"{t['mkdocs']:.2f}", f"{b['wall']:.2f}", f"{t['mkdocs'] / b['wall']:.2f}x"),
        ("total wall s", f"{o['wall']:.2f}", f"{b['wall']:.2f}", f"{o['wall'] / b['wall']:.2f}x"),
        ("peak RSS MB main / worker", f"{o['rss_main_mb']:.0f} / {o['rss_worker_mb']:.0f}",
         f"{b['rss_main_mb']:.0f}", ""),
        ("site MB", f"{o['site_mb']:.1f}", f"{b['site_mb']:.1f}", f"{o['site_mb'] / b['site_mb']:.2f}x"),
        ("search index MB", f"{o['search_mb']:.2f}", f"{b['search_mb']:.2f}",
         f"{o['search_mb'] / b['search_mb']:.2f}x"),
        ("largest index page KB", f"{o['index_kb']:.0f}", "", ""),
        ("median report page KB", f"{o['report_kb']:.0f}", "", ""),
        ("rebuild, 1 report changed s", f"{r['wall']:.2f}", "",
         f"mkdocs {r['timings']['mkdocs']:.2f}s; docs/ {len(r['written'])} written "
         f"({', '.join(r['written'])}), {r['unchanged']} unchanged"),
    ]
    width = max(len(row[0]) for row in rows)
    lines = [f"N = {m['n']}", f"{'':{width}}  {'ours':>12}  {'baseline':>10}  ratio / notes"]
    lines += [f"{a:{width}}  {x:>12}  {y:>10}  {z}" for a, x, y, z in rows]
    return "\n".join(lines)


def goals(runs: list[dict]) -> list[tuple[bool, str]]:
    out = []
    big = runs[-1]
    t = big["ours"]["timings"]
    rate = big["source_mb"] / (t["parse"] + t["render"])
    out.append((rate >= GOAL_THROUGHPUT, f"generator stages >= {GOAL_THROUGHPUT:.0f} MB/s at N={big['n']}: "
                                          f"{rate:.1f} MB/s"))
    ratio = big["ours"]["wall"] / big["base"]["wall"]
    out.append((ratio <= GOAL_RATIO, f"whole build <= {GOAL_RATIO}x baseline at N={big['n']}: {ratio:.2f}x"))
    mem = big["ours"]["rss_main_mb"] + big["ours"]["rss_worker_mb"]
    out.append((mem < GOAL_MEMORY, f"peak memory (main + one worker) < {GOAL_MEMORY} MB at N={big['n']}: "
                                   f"{mem:.0f} MB"))
    if len(runs) >= 3:
        a, b, c = runs[-3:]
        slope1 = (b["ours"]["rss_main_mb"] - a["ours"]["rss_main_mb"]) / (b["n"] - a["n"])
        slope2 = (c["ours"]["rss_main_mb"] - b["ours"]["rss_main_mb"]) / (c["n"] - b["n"])
        linear = slope2 <= max(2 * slope1, 0.5)  # 0.5 MB a report: noise floor at small N
        out.append((linear, f"memory grows linearly: {slope1:.2f} MB/report ({a['n']}→{b['n']}), "
                            f"{slope2:.2f} MB/report ({b['n']}→{c['n']})"))
    index_kb = big["ours"]["index_kb"]
    out.append((index_kb <= GOAL_INDEX_KB, f"index pages usable at N={big['n']}: largest {index_kb:.0f} KB "
                                           f"(<= {GOAL_INDEX_KB} KB)"))
    written = big["rebuild"]["written"]
    # Its page in each language, and the home and year pages that list it.
    slugs = {w.split("/")[1].split(".")[0] for w in written if w.startswith("reports/")}
    only_its = len(slugs) == 1 and all(w.startswith(("reports/", "index.", "years/")) for w in written)
    out.append((only_its, f"rebuild after one change rewrites only its pages: {written}"))
    return out


def profile(n: int, work: Path) -> None:
    """Where the time goes: cProfile of read+parse+render, then of the MkDocs build."""
    import cProfile
    import pstats

    from corpus import make_corpus
    from generator.parallel import parse_one
    from generator.build import BuildOptions
    from generator.incremental import sync_tree
    from generator.site import mkdocs_build, render_pages, search_dictionary

    files = make_corpus(n, work / f"prof-{n}", ROOT / "seeds")
    prof = cProfile.Profile()
    prof.enable()
    reports = [parse_one(p) for p in files]
    pages = render_pages(reports)
    prof.disable()
    print(f"\n-- profile: read+parse+render of {n} reports, one process --")
    pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    sync_tree(pages, work / f"prof-{n}-docs")
    prof = cProfile.Profile()
    prof.enable()
    dictionary = work / f"prof-{n}-jieba.txt"
    dictionary.write_text(search_dictionary(reports), encoding="utf-8")
    mkdocs_build(BuildOptions(), work / f"prof-{n}-docs", work / f"prof-{n}-site", reports, dictionary)
    prof.disable()
    print(f"\n-- profile: mkdocs build of {n} reports --")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, *args = sys.argv[2:]
        result = child_ours(*map(Path, args)) if kind == "ours" else child_baseline(*map(Path, args))
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, nargs="+", default=[10, 100, 1000], help="corpus sizes")
    parser.add_argument("--profile", action="store_true", help="profile the largest N in one process")
    parser.add_argument("--json", type=Path, help="also write the measurements here")
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for n in sorted(args.n):
            runs.append(measure(n, Path(tmp)))
            print(table(runs[-1]) + "\n", flush=True)
        print("Goals:")
        for ok, text in goals(runs):
            print(f"  [{'PASS' if ok else 'FAIL'}] {text}")
        if args.json:
            args.json.write_text(json.dumps(runs, indent=1), encoding="utf-8")
        if args.profile:
            profile(max(args.n), Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
