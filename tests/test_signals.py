"""Issue 22, part 5: signals. Ctrl-C reaches the whole process group (the
build and every worker); it ends with one line and exit 130, no worker
traceback. SIGTERM and SIGHUP clean up the same way (exit 128 + signal);
the preview removes its temporary folder; a failed first build leaves
nothing. Real processes in their own session, signalled with os.killpg."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_corpus  # noqa: E402


def group(pgid: int) -> list[int]:
    """The live processes of process group `pgid`."""
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                members.append(int(entry))
    return members


def as_in_a_terminal():
    """The command as a terminal starts it, whatever started the tests: a
    shell ignores SIGINT in the commands it runs in the background (a test
    run started with `&`, or by a CI harness), and a program inherits that;
    a command typed at a terminal gets Ctrl-C's default."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(*args, cwd=ROOT, env=None):
    return subprocess.Popen([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=as_in_a_terminal)


def wait_for(condition, timeout=120):
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)


def gone(pgid: int) -> bool:
    end = time.monotonic() + 5  # a worker may take one look (0.5 s) to see its build gone
    while group(pgid) and time.monotonic() < end:
        time.sleep(0.1)
    return not group(pgid)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """40 reports: parsed by a pool of forked workers (20 or more), built by
    one MkDocs process per language (80 report pages, over engine.run's
    SIDE_BY_SIDE_MIN; the processes start with the render)."""
    folder = tmp_path_factory.mktemp("signals") / "corpus"
    make_corpus(40, folder, SEEDS, per_year=1)
    return folder


@pytest.mark.parametrize("signum, code, says", [
    (signal.SIGINT, 130, "interrupted: the previous site is unchanged"),
    (signal.SIGTERM, 143, "stopped by SIGTERM: the previous site is unchanged"),
    (signal.SIGHUP, 129, "stopped by SIGHUP: the previous site is unchanged"),
])
@pytest.mark.parametrize("moment", ["workers", "mkdocs"])
def test_a_signal_to_the_process_group_ends_a_first_build_with_one_line(tmp_path, corpus, signum, code, says,
                                                                        moment):
    """`workers`: as soon as the build has worker processes (parse pool,
    segmenting); `mkdocs`: once the languages' MkDocs processes run too
    (build, resource tracker, segmenting worker, one per language)."""
    out = tmp_path / "out"
    out.mkdir()
    build = start("build", "--seeds", corpus, "--site", out / "site")
    wanted = 3 if moment == "workers" else 5
    wait_for(lambda: len(group(build.pid)) >= wanted or build.poll() is not None)
    assert build.poll() is None, build.communicate()[1]
    os.killpg(build.pid, signum)
    stdout, stderr = build.communicate(timeout=120)
    assert build.returncode == code, stderr
    assert stderr.strip().splitlines() == [says], stderr
    assert stdout == ""
    assert gone(build.pid)  # no worker left behind
    assert list(out.iterdir()) == []  # a first build leaves nothing: no site, no versions folder


def test_ctrl_c_keeps_the_previous_site(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / "000_9878c2901082bbba.txt", seeds)
    first = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", seeds, "--site",
                            tmp_path / "site", "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    before = os.readlink(tmp_path / "site")
    build = start("build", "--seeds", seeds, "--site", tmp_path / "site",
                  env={**os.environ, "GENERATOR_PAUSE_AT": "staged"})
    assert build.stderr.readline() == "paused at staged\n"  # pages written, MkDocs next
    os.killpg(build.pid, signal.SIGINT)
    _, stderr = build.communicate(timeout=120)
    assert build.returncode == 130 and "Traceback" not in stderr, stderr
    assert os.readlink(tmp_path / "site") == before
    store = tmp_path / ".site.versions"
    assert sorted(p.name for p in store.iterdir() if not p.name.startswith(".")) == [Path(before).name]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_the_preview_removes_its_folder_on_every_stop_signal(tmp_path, signum):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / "000_9878c2901082bbba.txt", seeds)
    temp = tmp_path / "tmp"
    temp.mkdir()
    serve = start("serve", "--seeds", seeds, "--port", 0, env={**os.environ, "TMPDIR": str(temp)})
    said = []

    def serving():
        line = serve.stderr.readline()
        said.append(line)
        assert line or serve.poll() is None, "".join(said)
        return "serving http://" in line

    wait_for(serving)
    assert any(p.name.startswith("generator-preview-") for p in temp.iterdir())
    os.killpg(serve.pid, signum)
    _, rest = serve.communicate(timeout=60)
    assert serve.returncode == 0, rest
    assert "Traceback" not in rest
    assert [p.name for p in temp.iterdir() if p.name != "jieba.cache"] == []  # the preview's folder is gone
    assert gone(serve.pid)


def test_a_failed_first_build_leaves_nothing(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bad.txt").write_text("购物清单\n苹果\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", seeds, "--site",
                          tmp_path / "out" / "site", "--docs", tmp_path / "out" / "docs"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "bad.txt:1: expected a report title" in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds"]
