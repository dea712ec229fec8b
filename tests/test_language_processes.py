"""generator/engine/processes.py and run.py: the language processes are
started before the render (their start overlaps it), only for a site large
enough to gain from them, end whatever happens, and build the same site as
one process does."""
from __future__ import annotations

import os
import sys

import pytest

from generator.context import BuildContext
from generator.engine import run
from generator.engine.processes import LanguageProcesses
from support import LANGUAGES, ROOT, SEEDS

sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_corpus  # noqa: E402


def test_a_small_site_builds_its_languages_in_the_builds_own_process(reports):
    context = BuildContext.of(list(reports.values()), LANGUAGES)
    assert len(context.meetings) * len(LANGUAGES) < run.SIDE_BY_SIDE_MIN
    assert run.start_language_processes(context) is None


def test_language_processes_end_when_closed_even_with_no_work():
    started = LanguageProcesses(2)
    processes = list(started.processes)
    assert len(processes) == 2 and all(p.pid for p in processes)
    started.close()
    started.close()  # a second close (the build's and the engine's) does nothing
    assert all(not p.is_alive() and p.exitcode is not None for p in processes)
    with pytest.raises(ProcessLookupError):
        os.kill(processes[0].pid, 0)


@pytest.mark.slow
def test_side_by_side_builds_the_same_site_as_one_process(tmp_path, monkeypatch):
    """A corpus over SIDE_BY_SIDE_MIN built both ways: byte-identical sites
    (the build's marker aside)."""
    from generator.build import BuildOptions, build_site

    corpus = tmp_path / "corpus"
    make_corpus(run.SIDE_BY_SIDE_MIN // len(LANGUAGES), corpus, SEEDS, per_year=1)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    sites = {}
    for way, minimum in (("apart", run.SIDE_BY_SIDE_MIN), ("here", 10 ** 9)):
        monkeypatch.setattr(run, "SIDE_BY_SIDE_MIN", minimum)
        started = []
        real = run.LanguageProcesses
        monkeypatch.setattr(run, "LanguageProcesses", lambda count: started.append(count) or real(count))
        build_site(BuildOptions(seeds=corpus, site=tmp_path / way / "site", docs=tmp_path / way / "docs",
                                lock=None, site_url="https://example.org/"))
        assert bool(started) == (way == "apart")
        site = (tmp_path / way / "site").resolve()
        sites[way] = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
                      if p.is_file() and p.name != ".made-by-wg-ta-generator"}
    assert sites["apart"].keys() == sites["here"].keys()
    assert [path for path in sites["apart"] if sites["apart"][path] != sites["here"][path]] == []
