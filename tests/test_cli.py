"""The command line: --help everywhere, parse prints the model as JSON."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT, SEEDS


def run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, **kwargs)


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["parse", "--help"]])
def test_help(args):
    out = run(*args)
    assert out.returncode == 0 and "usage: python -m generator" in out.stdout


def test_parse_prints_the_model():
    out = run("parse", str(SEEDS / "002_a34d6a30f97ba0d0.txt"))
    assert out.returncode == 0, out.stderr
    model = json.loads(out.stdout)
    assert {"slug", "url", "language", "meeting", "symbol", "headings", "paragraphs", "footnotes",
            "warnings"} <= set(model)
    assert model["url"] == "reports/2018-05-28/" and model["language"] == "zh"
    assert model["meeting"] == {"start": "2018-05-28", "end": "2018-05-31", "city": "Vienna",
                                "bodies": ["技术援助问题政府专家工作组", "国际合作工作组"]}
    para18 = next(p for p in model["paragraphs"] if p["number"] == 18)
    assert para18["id"] == "para_18"
    assert "1. 组织事项：\n(a) 会议开幕；" in para18["text"]
    para20 = next(p for p in model["paragraphs"] if p["number"] == 20)
    assert para20["footnotes"] == ["fn_1", "fn_2", "fn_3"]
    assert {"id", "level", "number", "text"} <= set(model["headings"][0])
    assert model["warnings"][0].keys() >= {"line", "message"}


def test_parse_of_a_missing_file_is_a_clear_error(tmp_path):
    out = run("parse", str(tmp_path / "nope.txt"))
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "nope.txt" in out.stderr


def test_parse_of_a_text_that_is_not_a_report(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("购物清单\n苹果\n香蕉\n", encoding="utf-8")
    out = run("parse", str(bad))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "notes.txt:1: expected a report title" in out.stderr


def test_the_installed_command_and_the_module_work_from_any_folder(tmp_path):
    """`make site` installs the project (pyproject.toml) with its `un-reports`
    script; both doors run from a folder that is not the checkout, read
    relative paths from there, and name themselves in their usage."""
    script = Path(sys.executable).parent / "un-reports"
    assert script.is_file(), "the un-reports script is missing: run `make site` (it installs the project)"
    (tmp_path / "r.txt").write_bytes((SEEDS / "002_a34d6a30f97ba0d0.txt").read_bytes())
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    for command, name in (([str(script)], "un-reports"), ([sys.executable, "-m", "generator"], "python -m generator")):
        usage = subprocess.run([*command, "--help"], cwd=tmp_path, env=env, capture_output=True, text=True,
                               timeout=120)
        assert usage.returncode == 0 and f"usage: {name} " in usage.stdout, usage.stderr
        parsed = subprocess.run([*command, "parse", "r.txt"], cwd=tmp_path, env=env, capture_output=True,
                                text=True, timeout=120)
        assert parsed.returncode == 0, parsed.stderr
        assert json.loads(parsed.stdout)["url"] == "reports/2018-05-28/"
    # The installed package is this checkout's (editable), not a stale copy.
    where = subprocess.run([sys.executable, "-c", "import generator; print(generator.__file__)"], cwd=tmp_path,
                           env=env, capture_output=True, text=True, timeout=60)
    assert Path(where.stdout.strip()).resolve() == (ROOT / "generator" / "__init__.py").resolve()


def test_a_bundle_from_another_folder_into_a_relative_dist(tmp_path):
    """MkDocs reads folders relative to its config file: the staging folder
    inside a relative --dist was looked for beside mkdocs.yml (exit 2)."""
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "r.txt").write_bytes((SEEDS / "000_9878c2901082bbba.txt").read_bytes())
    out = subprocess.run([sys.executable, "-m", "generator", "bundle", "--seeds", "other", "--dist", "d", "--quiet"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "d" / "wg-ta-reports-offline.zip").is_file()


def test_a_report_that_does_not_parse_is_named_by_its_path(tmp_path):
    """With sources in several folders, a file name alone does not say which."""
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "a.txt").write_text("no title\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", "bad", "--site", "s"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr.startswith("error: bad/a.txt:1: expected a report title"), out.stderr
    assert not (tmp_path / "s").exists()
