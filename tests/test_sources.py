"""Issue 9, item 7: the sources folder is read as the README says. Reports
are ``*.txt`` (any case); everything else, and every entry that cannot be
read safely, is named in a warning that never shows a link's content."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from support import ROOT, SEEDS
from generator.cli import main
from generator.errors import SourceError
from generator.sources import list_sources

SEED_2012 = "000_9878c2901082bbba.txt"


@pytest.fixture
def folder(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(SEEDS / SEED_2012, seeds / SEED_2012)
    return seeds


def test_reports_are_txt_files_in_any_case_and_the_rest_is_named(folder, tmp_path):
    shutil.copy2(SEEDS / "003_ad63e9abc5f799f5.txt", folder / "2016.TXT")
    (folder / "README.md").write_text("# about these files\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("x\n", encoding="utf-8")
    (folder / "old").mkdir()
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET first line\n", encoding="utf-8")
    (folder / "outside.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / SEED_2012)
    found = list_sources(folder)
    assert [p.name for p in found.files] == [SEED_2012, "2016.TXT", "inside.txt"]
    said = "\n".join(found.skipped)
    for name, why in [("README.md", "not a report"), (".hidden.txt", "hidden"), ("old", "a folder"),
                      ("loop.txt", "leads nowhere"), ("dangling.txt", "leads nowhere"),
                      ("outside.txt", "leads outside the sources folder")]:
        assert any(name in line and why in line for line in found.skipped), (name, said)
    assert "TOP SECRET" not in said and str(secret) not in said


def test_the_build_prints_the_warnings_and_never_a_links_content(folder, tmp_path, capsys):
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$secret-hash:19000:0:99999:7:::\n", encoding="utf-8")
    (folder / "x.txt").symlink_to(secret)
    (folder / "notes.TXT").write_text("not a report either\n", encoding="utf-8")
    code = main(["check", "--seeds", str(folder)])
    out, err = capsys.readouterr()
    assert "warning:" in err and "x.txt" in err and "leads outside" in err
    assert "secret-hash" not in out + err and "root:" not in out + err
    assert code == 2 and "notes.TXT" in out  # a report by its name, and it does not parse


def test_a_folder_without_reports_is_an_error_naming_it(tmp_path):
    (tmp_path / "README.md").write_text("x", encoding="utf-8")
    with pytest.raises(SourceError, match=r"report sources \(\*\.txt\).*1 other entr"):
        list_sources(tmp_path)
    with pytest.raises(SourceError, match="no such folder"):
        list_sources(tmp_path / "nothing")


def test_a_closed_pipe_ends_output_quietly(tmp_path):
    """`parse FILE | head` : no traceback, no "internal error". The report is
    long enough (≈ 1 MB of JSON) that the pipe's buffer cannot hold it."""
    text = (SEEDS / SEED_2012).read_text(encoding="utf-8").replace(" 附件", "".join(
        f"\n\n{n}. 又一段，为了让输出比管道的缓冲区大得多。\n" for n in range(25, 4000)) + "\n 附件", 1)
    big = tmp_path / "big.txt"
    big.write_text(text, encoding="utf-8")
    errors = tmp_path / "stderr.txt"
    proc = subprocess.Popen(f"{sys.executable} -m generator parse {big} 2>{errors} | head -n 3",
                            shell=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and len(out.splitlines()) == 3
    assert err == "" and errors.read_text(encoding="utf-8") == ""
