"""bench/run.py (issue 12) runs as the README shows it, on a corpus small
enough for the suite: both builds, the table, the goal lines, the JSON; and
its baseline is what the issue names: one page per report per language plus
a home page, nothing else. (The full bench is minutes long and not a test.)"""
from __future__ import annotations

import json
import re
import subprocess
import sys

from support import ROOT

N = 4


def test_the_benchmark_runs_and_measures_a_plain_baseline(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run([sys.executable, "bench/run.py", "--run", f"{N}:1", "--no-preview", "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    failed = re.findall(r"\[FAIL\] ", proc.stdout)
    # A failed goal fails the run (make bench with it), and only then.
    assert proc.returncode == (1 if failed else 0), proc.stderr[-3000:]
    assert ("goal" in proc.stderr and "failed" in proc.stderr) == bool(failed)
    (measured,) = json.loads(out.read_text(encoding="utf-8"))
    ours, base = measured["ours"], measured["base"]
    assert (measured["n"], measured["per_year"], ours["reports"]) == (N, 1, N)
    # Two languages (zh at the root, en/), the 404 page not counted.
    assert base["html_pages"] == 2 * N + 1
    assert ours["html_pages"] > base["html_pages"]  # the index pages are ours to pay for
    for key in ("site_mb", "wall", "search_mb", "peak_mb", "report_kb", "largest_kb", "nav_links",
                "report_gzip_kb", "page_gzip_kb", "html_gzip_mb"):
        assert ours[key] > 0 and base[key] > 0, key
    # Issue 23: page weight as readers receive it, gzip beside raw bytes.
    assert ours["report_gzip_kb"] < ours["report_kb"] and base["report_gzip_kb"] < base["report_kb"]
    assert re.search(rf"\[(PASS|FAIL)\] median report page gzip <= baseline's at N={N}: ", proc.stdout)
    assert set(ours["timings"]) >= {"parse", "render", "write", "mkdocs", "publish"}
    assert f"N = {N}, 1 a year" in proc.stdout and "wall s" in proc.stdout
    assert re.search(rf"\[(PASS|FAIL)\] site bytes <= 1\.5x baseline at N={N}: ", proc.stdout)
    assert re.search(rf"\[(PASS|FAIL)\] generator stages >= 10 MB/s at N={N}: ", proc.stdout)
    # Issue 24: the search index's gzip size per language.
    assert set(ours["search_gzip_kb"]) == {"zh", "en", "all"} and all(v > 0 for v in ours["search_gzip_kb"].values())
    assert re.search(r"search index gzip KB per language +en \d+ / zh \d+ / all \d+", proc.stdout)


def test_the_exit_status_follows_the_goals(tmp_path):
    """Exit 1 when a goal fails, 0 when none does, 0 with --no-fail (the
    goals judged again from saved measurements, --goals FILE)."""
    measured = {"n": 100, "per_year": 1, "source_mb": 10.0,
                "ours": {"wall": 10.0, "site_mb": 10.0, "report_kb": 50, "largest_kb": 100, "largest": "x/",
                         "peak_mb": 500, "timings": {"parse": 0.2, "render": 0.3}},
                "base": {"wall": 10.0, "site_mb": 10.0}}
    saved = tmp_path / "m.json"

    def judge(*extra):
        saved.write_text(json.dumps([measured]), encoding="utf-8")
        return subprocess.run([sys.executable, "bench/run.py", "--goals", str(saved), *extra],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)

    ok = judge()
    assert ok.returncode == 0 and "[FAIL]" not in ok.stdout and ok.stdout.count("[PASS]") == 5, ok.stdout
    measured["ours"]["wall"] = 20.0  # 2x the baseline
    failed = judge()
    assert failed.returncode == 1, failed.stdout
    assert "[FAIL] build <= 1.0x baseline at N=100" in failed.stdout
    assert failed.stderr.strip() == "1 goal failed"
    printed = judge("--no-fail")
    assert printed.returncode == 0 and printed.stdout == failed.stdout


def test_the_minifier_is_judged_by_the_gzip_bytes_it_saves(tmp_path):
    """Issue 23: the HTML minifier stays only if it saves 5 % of a page's
    gzip bytes (median); the bench measures it at N=25 (child_minify)."""
    measured = {"n": 25, "per_year": 1, "source_mb": 1.0,
                "ours": {"wall": 1.0, "site_mb": 1.0, "report_kb": 50, "largest_kb": 100, "largest": "x/",
                         "peak_mb": 500, "timings": {"parse": 0.2, "render": 0.3}},
                "base": {"wall": 1.0, "site_mb": 1.0},
                "minify": {"pages": 9, "raw_saved": 0.12, "gzip_saved": 0.052,
                           "gzip_saved_min": 0.02, "gzip_saved_max": 0.1}}
    saved = tmp_path / "m.json"
    for share, verdict in ((0.052, "PASS"), (0.049, "FAIL")):
        measured["minify"]["gzip_saved"] = share
        saved.write_text(json.dumps([measured]), encoding="utf-8")
        proc = subprocess.run([sys.executable, "bench/run.py", "--goals", str(saved), "--no-fail"],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert f"[{verdict}] HTML minifier saves >= 5% of a page's gzip bytes (median) at N=25: " \
               f"{share:.1%}" in proc.stdout, proc.stdout
