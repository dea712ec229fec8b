"""Issue 9, item 2–4: the output guard, clean-up by marker, the atomic publish.

Each refusal is tried through the command line as a user types it; the
folder it names and its files must be intact afterwards."""
from __future__ import annotations

import hashlib
import os
import shutil
import threading
from pathlib import Path

import pytest

from support import ROOT, SEEDS
from generator.build import BuildOptions, build_site
from generator.cli import main
from generator.errors import OutputError
from generator.outputs import MARKER, SiteVersions, check_outputs, clean_leftovers, mark

ONE_SEED = "000_9878c2901082bbba.txt"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path):
    """A folder with one report's sources, a user's notes and a user's file."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(SEEDS / ONE_SEED, seeds / ONE_SEED)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "notes.md").write_text("my notes\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("mine\n", encoding="utf-8")
    return tmp_path


def build_args(project: Path, *extra: str) -> list[str]:
    return ["build", "--seeds", str(project / "seeds"), "--no-lock", "--quiet", *extra]


@pytest.mark.parametrize("option, target, says", [
    ("--site", "notes", "holds files the generator did not make"),
    ("--docs", "notes", "holds files the generator did not make"),
    ("--site", "seeds", "is the sources folder"),
    ("--site", "seeds/inner", "lies inside the sources folder"),
    ("--site", ".", "contains the sources folder"),
    ("--site", "README.md", "is a file"),
    ("--docs", "README.md", "is a file"),
])
def test_refused_outputs_are_left_alone(project, capsys, option, target, says):
    before = snapshot(project)
    others = {"--site": ["--docs", str(project / "fresh-docs")], "--docs": ["--site", str(project / "fresh-site")]}
    code = main(build_args(project, option, str(project / target), *others[option]))
    err = capsys.readouterr().err
    assert code == 2
    assert says in err and str(project / target).rstrip("/.") in err  # names the path …
    assert snapshot(project) == before  # … and touched nothing
    assert not (project / "fresh-docs").exists() and not (project / "fresh-site").exists()


def test_a_git_work_tree_and_the_config_folder_are_refused(project, capsys):
    (project / "repo" / ".git").mkdir(parents=True)
    assert main(build_args(project, "--site", str(project / "repo"), "--docs", str(project / "d"))) == 2
    assert "(a git work tree)" in capsys.readouterr().err and ".git" in os.listdir(project / "repo")
    code = main(build_args(project, "--site", str(ROOT), "--docs", str(project / "d")))
    err = capsys.readouterr().err
    assert code == 2 and "config file's folder" in err and str(ROOT) in err
    with pytest.raises(OutputError, match="config file's folder"):
        check_outputs({"--site": ROOT.parent}, None, ROOT / "mkdocs.yml")


def test_outputs_inside_each_other_are_refused(project, capsys):
    site = project / "out"
    for docs, says in [(site / "docs", "contains the folder of --docs"), (site, "is the folder of --docs")]:
        assert main(build_args(project, "--site", str(site), "--docs", str(docs))) == 2
        err = capsys.readouterr().err
        assert says in err and str(docs) in err
    assert main(build_args(project, "--site", str(site / "site"), "--docs", str(site))) == 2
    assert "lies inside the folder of --docs" in capsys.readouterr().err
    assert not site.exists()


def test_a_symbolic_link_the_generator_did_not_make_is_refused(project, capsys):
    (project / "site").symlink_to(project / "notes")
    assert main(build_args(project, "--site", str(project / "site"), "--docs", str(project / "d"))) == 2
    assert "symbolic link the generator did not make" in capsys.readouterr().err
    assert (project / "notes" / "notes.md").read_text(encoding="utf-8") == "my notes\n"


def test_other_sources_need_a_site_and_never_touch_the_project_docs(project, capsys):
    docs = ROOT / "docs"
    before = snapshot(docs) if docs.is_dir() else None
    assert main(["build", "--seeds", str(project / "seeds"), "--quiet"]) == 2
    assert "--site" in capsys.readouterr().err
    assert main(["build", "--seeds", str(project / "seeds"), "--site", str(project / "out"), "--quiet"]) == 0
    assert (project / "out" / "reports" / "2012-10-17" / "index.html").is_file()
    assert (snapshot(docs) if docs.is_dir() else None) == before
    assert sorted(p.name for p in project.iterdir()) == [".out.versions", "README.md", "notes", "out", "seeds"]


def test_a_hidden_folder_that_looks_like_a_leftover_survives(project):
    """Clean-up goes by the marker inside a folder, never by its name."""
    lookalikes = [project / ".site.old-123", project / ".docs.new-99999999-x", project / ".build-4242-abc",
                  project / ".mozilla.old-20240101"]
    for folder in lookalikes:
        folder.mkdir()
        (folder / "keep.txt").write_text("mine", encoding="utf-8")
    options = BuildOptions(seeds=project / "seeds", docs=project / "docs", site=project / "site", lock=None)
    build_site(options)
    build_site(options)
    for folder in lookalikes:
        assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_only_marked_staging_folders_of_dead_processes_are_cleaned(tmp_path):
    mark(tmp_path, "store")
    dead, alive, unmarked = tmp_path / "staging-dead", tmp_path / "staging-alive", tmp_path / "staging-unmarked"
    for folder in (dead, alive, unmarked):
        folder.mkdir()
    (dead / MARKER).write_text('x\n{"kind": "staging", "pid": 999999999}\n', encoding="utf-8")
    mark(alive, "staging")  # this process: running
    assert clean_leftovers(tmp_path) == [dead]
    assert alive.is_dir() and unmarked.is_dir()
    assert clean_leftovers(unmarked) == []  # a folder that is not ours is never searched


def test_the_site_is_a_link_switched_in_one_step_and_one_version_back_is_kept(project):
    options = BuildOptions(seeds=project / "seeds", docs=project / "docs", site=project / "site", lock=None)
    versions = SiteVersions(options.site)
    seen = []
    for _ in range(3):
        build_site(options)
        seen.append(versions.current())
        assert options.site.is_symlink() and (options.site / "index.html").is_file()
        assert (options.docs / MARKER).is_file() and (versions.store / MARKER).is_file()
    assert [v.name for v in seen] == ["v1", "v2", "v3"]
    assert [v.name for v in versions.versions()] == ["v2", "v3"]  # the one before is kept


def test_an_old_site_folder_that_is_ours_or_empty_becomes_a_link(project):
    site = project / "site"
    site.mkdir()
    build_site(BuildOptions(seeds=project / "seeds", docs=project / "docs", site=site, lock=None))
    assert site.is_symlink() and (site / "index.html").is_file()
    assert not any(p.name.endswith("-before") for p in SiteVersions(site).store.iterdir())


def test_a_reader_never_finds_the_site_missing_during_builds(project):
    options = BuildOptions(seeds=project / "seeds", docs=project / "docs", site=project / "site", lock=None)
    build_site(options)
    index = options.site / "index.html"
    misses, reads, done = [], [0], threading.Event()

    def reader():
        while not done.is_set():
            try:
                if not index.read_bytes():
                    misses.append("empty")
            except OSError as error:
                misses.append(repr(error))
            reads[0] += 1

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for _ in range(4):
            build_site(options)
    finally:
        done.set()
        thread.join()
    assert reads[0] > 100 and misses == []


def test_a_docs_folder_of_an_older_generator_is_adopted_only_when_its_manifest_lists_every_page(project):
    from generator.incremental import sync_tree

    docs = project / "docs"
    sync_tree({"index.md": "# old\n", "reports/a.md": "A\n"}, docs)  # as generators before markers wrote it
    assert not (docs / MARKER).exists()
    check_outputs({"--docs": docs}, project / "seeds")
    (docs / "mine.md").write_text("not the generator's\n", encoding="utf-8")
    with pytest.raises(OutputError, match="did not make"):
        check_outputs({"--docs": docs}, project / "seeds")
