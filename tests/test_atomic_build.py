"""Issue 9, item 4: publish in one atomic step. A build killed at any stage
boundary leaves a complete site (the old one, or the new one), and the next
build repairs docs/ and cleans what the killed one left, saying so."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import ROOT, SEEDS
from generator import build as build_module
from generator.build import BuildOptions, build_site
from generator.incremental import MANIFEST
from generator.outputs import SiteVersions

STAGES = ["parsed", "rendered", "staged", "built", "version-in-store", "switched", "docs-synced"]
SEED_2012 = "000_9878c2901082bbba.txt"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def previous(tmp_path):
    """A project folder with a finished build in it; its sources then change
    (one paragraph), so that old and new sites differ."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    options = BuildOptions(seeds=tmp_path / "seeds", docs=tmp_path / "docs", site=tmp_path / "site", lock=None)
    build_site(options)
    old_site, old_docs = snapshot(options.site), snapshot(options.docs)
    source = options.seeds / SEED_2012
    source.write_text(source.read_text(encoding="utf-8").replace("工作组通过了若干建议", "工作组通过了许多建议"),
                      encoding="utf-8")
    return options, old_site, old_docs


def run_until(options: BuildOptions, stage: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GENERATOR_PAUSE_AT": stage}
    proc = subprocess.Popen([sys.executable, "-m", "generator", "build", "--seeds", str(options.seeds),
                             "--docs", str(options.docs), "--site", str(options.site), "--no-lock"],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    line = ""
    while f"paused at {stage}" not in line:
        line = proc.stderr.readline()
        if not line and proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the build never reached {stage}: exit {proc.returncode}")
    return proc


@pytest.mark.parametrize("stage", STAGES)
def test_a_kill_at_any_stage_leaves_a_complete_site_and_the_next_build_repairs(previous, stage):
    options, old_site, old_docs = previous
    proc = run_until(options, stage)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    site_now = snapshot(options.site)
    new_text = "工作组通过了许多建议" in (options.site / "reports/2012-10-17/index.html").read_text(encoding="utf-8")
    if STAGES.index(stage) < STAGES.index("switched"):
        assert site_now == old_site and not new_text  # the old site, whole
    else:
        assert new_text and len(site_now) == len(old_site)  # the new site, whole
    if STAGES.index(stage) < STAGES.index("docs-synced") and stage != "switched":
        assert snapshot(options.docs) == old_docs

    messages: list[str] = []
    result = build_site(options, messages.append)
    store = SiteVersions(options.site).store
    if stage in ("staged", "built"):
        assert [p.name for p in result.cleaned][0].startswith("staging-")  # the killed build's, said
    if stage == "version-in-store":
        assert any(p.name.startswith("v") for p in result.cleaned)  # a version never switched to
    assert not [p for p in store.iterdir() if p.name.startswith("staging-")]
    assert "工作组通过了许多建议" in (options.docs / "reports/2012-10-17.md").read_text(encoding="utf-8")
    assert "工作组通过了许多建议" in (options.site / "reports/2012-10-17/index.html").read_text(encoding="utf-8")
    assert (options.docs / MANIFEST).is_file()


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return out


def running(pids: list[int]) -> list[int]:
    """Those of `pids` still running (a zombie has ended)."""
    out = []
    for pid in pids:
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
                out.append(pid)
        except OSError:
            continue
    return out


def test_a_killed_builds_workers_end_with_it(previous):
    """The search entries' worker runs from the render on: killed with its
    build, it ends too (it would otherwise wait on its queue for ever)."""
    options, _, _ = previous
    proc = run_until(options, "rendered")
    workers = children(proc.pid)
    assert any("spawn_main" in Path(f"/proc/{pid}/cmdline").read_text() for pid in running(workers))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    deadline = time.monotonic() + 10
    while running(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not running(workers)


def test_the_cli_says_what_it_cleaned(previous):
    options, _, _ = previous
    proc = run_until(options, "staged")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    out = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(options.seeds),
                          "--docs", str(options.docs), "--site", str(options.site), "--no-lock"],
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "left by an interrupted build" in out.stderr and "staging-" in out.stderr


def test_failed_mkdocs_build_leaves_the_previous_site(previous, monkeypatch):
    options, old_site, old_docs = previous

    def broken(*args, **kwargs):
        raise RuntimeError("mkdocs failed halfway")

    monkeypatch.setattr(build_module, "mkdocs_build", broken)
    with pytest.raises(RuntimeError):
        build_site(options)
    assert snapshot(options.site) == old_site and snapshot(options.docs) == old_docs
    assert not [p for p in SiteVersions(options.site).store.iterdir() if p.name.startswith("staging-")]


def test_a_failed_build_never_deletes_the_only_copy(previous):
    """A bad source stops the build before anything is touched: the site,
    and the version before it, are still there."""
    options, old_site, old_docs = previous
    versions = SiteVersions(options.site)
    build_site(options)  # now two versions: the first and the changed one
    kept = [v.name for v in versions.versions()]
    before = snapshot(options.site)
    (options.seeds / "zzz_bad.txt").write_text("not a report\n", encoding="utf-8")
    with pytest.raises(Exception, match="zzz_bad.txt:1"):
        build_site(options)
    assert snapshot(options.site) == before and [v.name for v in versions.versions()] == kept
