"""Item 3: nothing half-written. A failed or killed build leaves the
previous docs/ and site/ byte for byte, and the next build cleans up."""
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
from generator import site as site_module
from generator.site import BuildOptions, build_site

TEMP_PREFIXES = (".build-", ".docs.new-", ".site.new-", ".docs.old-", ".site.old-")


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(TEMP_PREFIXES))


@pytest.fixture
def previous(tmp_path):
    """A project folder with a finished build in it."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    options = BuildOptions(seeds=tmp_path / "seeds", docs=tmp_path / "docs", site=tmp_path / "site", lock=None)
    build_site(options)
    # Mark the previous build, so that "unchanged" cannot be a coincidence of equal output.
    (tmp_path / "site" / "previous.txt").write_text("the previous site")
    (tmp_path / "docs" / "previous.md").write_text("the previous docs")
    return options, snapshot(tmp_path / "site"), snapshot(tmp_path / "docs")


def test_killed_build_leaves_the_previous_site_and_the_next_build_cleans_up(previous):
    options, site_before, docs_before = previous
    root = options.site.parent
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "generator", "build", "--seeds", str(options.seeds),
                             "--docs", str(options.docs), "--site", str(options.site), "--no-lock"],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not any(n.startswith(f".build-{proc.pid}-") for n in os.listdir(root)):
            assert time.monotonic() < deadline and proc.poll() is None, "the build never started writing"
            time.sleep(0.005)
        time.sleep(0.5)  # well into the build: docs written, MkDocs running
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(options.site) == site_before
    assert snapshot(options.docs) == docs_before
    assert any(n.startswith(f".build-{proc.pid}-") for n in leftovers(root))  # it was killed midway

    messages: list[str] = []
    build_site(options, messages.append)
    assert leftovers(root) == []
    assert any("left by an interrupted build" in m for m in messages)
    assert not (options.site / "previous.txt").exists() and (options.site / "reports" / "2012-10-17").is_dir()
    assert "previous.md" not in os.listdir(options.docs) and (options.docs / "quality.md").is_file()


def test_failed_mkdocs_build_leaves_the_previous_site(previous, monkeypatch):
    options, site_before, docs_before = previous

    def broken(*args, **kwargs):
        raise RuntimeError("mkdocs failed halfway")

    monkeypatch.setattr(site_module, "mkdocs_build", broken)
    with pytest.raises(RuntimeError):
        build_site(options)
    assert snapshot(options.site) == site_before and snapshot(options.docs) == docs_before
    assert leftovers(options.site.parent) == []


def test_bad_source_stops_before_anything_is_written(previous):
    options, site_before, docs_before = previous
    (options.seeds / "zzz_bad.txt").write_text("not a report\n")
    with pytest.raises(Exception, match="zzz_bad.txt:1"):
        build_site(options)
    assert snapshot(options.site) == site_before and snapshot(options.docs) == docs_before
    assert leftovers(options.site.parent) == []


def test_a_running_build_keeps_its_temporary_folders(tmp_path):
    mine = tmp_path / f".build-{os.getpid()}-abc"
    dead = tmp_path / ".site.new-999999999-abc"
    mine.mkdir(), dead.mkdir()
    assert site_module.clean_stale(tmp_path) == [dead]
    assert mine.is_dir()
