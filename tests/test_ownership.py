"""Issue 22, part 1: ownership that does not travel. A folder is the
generator's only where it was made: its marker names its own real path, so
a copied or moved site given as --site is refused unless it holds nothing
beyond what its marker lists. Everything runs through the command line."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from support import ROOT, SEEDS
from generator.outputs import MARKER

SEED = "000_9878c2901082bbba.txt"


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def built(tmp_path):
    """other/ built into work/site (a link to a version), as the README shows."""
    work = tmp_path / "work"
    (work / "other").mkdir(parents=True)
    shutil.copy(SEEDS / SEED, work / "other" / SEED)
    out = run("build", "--seeds", "other/", "--site", "site/", "--quiet", cwd=work)
    assert out.returncode == 0, out.stderr
    return work


def test_the_marker_names_its_own_folder_and_lists_its_files(built):
    version = (built / "site").resolve()
    marker = json.loads((version / MARKER).read_text(encoding="utf-8").splitlines()[1])
    assert marker["path"] == str(version) and len(marker["id"]) == 32
    assert "reports/2012-10-17/index.html" in marker["files"] and MARKER not in marker["files"]


def test_a_copied_site_with_a_file_of_yours_is_refused_and_left_alone(built):
    """The issue's case: `cp -rL site ../pub`, a personal file added, then a build into it."""
    pub = built.parent / "pub"
    subprocess.run(["cp", "-rL", str(built / "site"), str(pub)], check=True)
    (pub / "personal.txt").write_text("mine\n", encoding="utf-8")
    out = run("build", "--seeds", "other/", "--site", "../pub", cwd=built)
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and f"refusing --site {pub}" in lines[0]
    assert "a copy or a move" in lines[0] and "choose an empty or new folder" in lines[0]
    assert (pub / "personal.txt").read_text(encoding="utf-8") == "mine\n"
    assert (pub / "reports" / "2012-10-17" / "index.html").is_file() and not pub.is_symlink()
    assert not (built.parent / ".pub.versions").exists()


def test_a_copied_site_that_holds_only_its_own_files_may_be_replaced(built):
    pub = built.parent / "pub"
    subprocess.run(["cp", "-rL", str(built / "site"), str(pub)], check=True)
    out = run("build", "--seeds", "other/", "--site", "../pub", "--quiet", cwd=built)
    assert out.returncode == 0, out.stderr
    assert pub.is_symlink() and (pub / "reports" / "2012-10-17" / "index.html").is_file()


def test_a_copy_with_a_folder_of_yours_inside_is_refused(built):
    pub = built.parent / "pub"
    subprocess.run(["cp", "-rL", str(built / "site"), str(pub)], check=True)
    (pub / "reports" / "mine").mkdir()
    (pub / "reports" / "mine" / "draft.md").write_text("x\n", encoding="utf-8")
    out = run("build", "--seeds", "other/", "--site", "../pub", cwd=built)
    assert out.returncode == 2 and "a copy or a move" in out.stderr
    assert (pub / "reports" / "mine" / "draft.md").is_file()


def test_a_renamed_site_link_is_refused_saying_what_to_do(built):
    (built / "site").rename(built / "moved")
    out = run("build", "--seeds", "other/", "--site", "moved", cwd=built)
    assert out.returncode == 2
    assert "symbolic link the generator did not make" in out.stderr and "remove the link" in out.stderr
    assert (built / "moved").is_symlink()


def test_a_project_moved_as_a_whole_still_builds(built, tmp_path):
    """Moving the whole folder (site link, its versions, the sources) moves
    nothing the user added: the store holds only versions, each only its files."""
    moved = tmp_path / "elsewhere"
    built.rename(moved)
    out = run("build", "--seeds", "other/", "--site", "site/", "--quiet", cwd=moved)
    assert out.returncode == 0, out.stderr
    store = moved / ".site.versions"
    marker = json.loads((store / MARKER).read_text(encoding="utf-8").splitlines()[1])
    assert marker["path"] == str(store)  # adopted where it now is


def test_a_marker_copied_into_a_folder_of_yours_does_not_make_it_ours(built, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("x\n", encoding="utf-8")
    shutil.copy((built / "site") / MARKER, mine / MARKER)
    for args in (["build", "--site", mine], ["build", "--site", tmp_path / "s2", "--docs", mine],
                 ["bundle", "--dist", mine], ["export", "akn", "--out", mine]):
        out = run(*args[:2 if args[0] == "export" else 1], "--seeds", "other/",
                  *args[2 if args[0] == "export" else 1:], cwd=built)
        assert out.returncode == 2, (args, out.stderr)
        assert f"refusing --" in out.stderr
    assert sorted(p.name for p in mine.iterdir()) == sorted([MARKER, "thesis.tex"])
