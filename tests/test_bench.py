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
    assert proc.returncode == 0, proc.stderr[-3000:]
    (measured,) = json.loads(out.read_text(encoding="utf-8"))
    ours, base = measured["ours"], measured["base"]
    assert (measured["n"], measured["per_year"], ours["reports"]) == (N, 1, N)
    # Two languages (zh at the root, en/), the 404 page not counted.
    assert base["html_pages"] == 2 * N + 1
    assert ours["html_pages"] > base["html_pages"]  # the index pages are ours to pay for
    for key in ("site_mb", "wall", "search_mb", "peak_mb", "report_kb", "largest_kb", "nav_links"):
        assert ours[key] > 0 and base[key] > 0, key
    assert set(ours["timings"]) >= {"parse", "render", "write", "mkdocs", "publish"}
    assert f"N = {N}, 1 a year" in proc.stdout and "wall s" in proc.stdout
    assert re.search(rf"\[(PASS|FAIL)\] site bytes <= 1\.5x baseline at N={N}: ", proc.stdout)
    assert re.search(rf"\[(PASS|FAIL)\] generator stages >= 10 MB/s at N={N}: ", proc.stdout)
    # Issue 24: the search index's gzip size per language.
    assert set(ours["search_gzip_kb"]) == {"zh", "en", "all"} and all(v > 0 for v in ours["search_gzip_kb"].values())
    assert re.search(r"search index gzip KB per language +en \d+ / zh \d+ / all \d+", proc.stdout)
