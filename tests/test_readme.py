"""Every README example works as written: each line of every ```sh block of
README.md is run literally with bash, in order, from a copy of the
repository (its `.venv` linked in), and must exit 0.

Two kinds of line are not run here, and the test says which: the set-up
commands (`make …`: CI runs `make test`, which runs this test) and the
benchmark (`bench/run.py`, minutes long and not a test by design;
tests/test_bench.py runs it on four reports)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from support import ROOT

NOT_RUN = (re.compile(r"^make\b"), re.compile(r"bench/run\.py"))


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, re.S | re.M):
        lines += [line for line in block.splitlines() if line.strip()]
    return lines


def test_the_readme_has_runnable_examples():
    commands = readme_commands()
    assert any("build --seeds other/ --site other-site/" in c for c in commands)
    assert any(c.startswith("make site") for c in commands) and any(c.startswith("make test") for c in commands)
    assert sum(1 for c in commands if c.startswith("make ")) == 2  # the two set-up commands
    # The examples use the installed command, not `python -m generator`.
    assert not [c for c in commands if "-m generator" in c]
    assert sum(1 for c in commands if c.startswith(".venv/bin/un-reports ")) >= 10


def readme_headings(text: str) -> list[str]:
    return [line.lstrip("#").strip() for line in text.splitlines() if re.match(r"#{1,4} ", line)]


def test_every_section_the_readme_points_to_exists():
    """A 'see "X" below' names a heading (a merge once dropped the section
    on the engine and left the pointer to it)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    pointers = re.findall(r'[Ss]ee "([^"]+)" (?:below|above)', text)
    headings = [h.casefold() for h in readme_headings(text)]
    assert len(pointers) >= 4  # the check sees the pointers at all
    assert [p for p in pointers if not any(p.casefold() in h for h in headings)] == []


def test_the_readme_documents_every_name_of_the_engine_interface():
    """The section on the engine names each call the pipeline may make, and
    what a second engine would take (issue 23)."""
    import generator.engine

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^### The engine\n(.*?)(?=^#|^Four changes)", text, re.S | re.M)
    assert section, "README has no section '### The engine'"
    assert "A second engine" in section.group(1)
    assert [name for name in generator.engine.__all__ if f"`{name}`" not in section.group(1)] == []


@pytest.fixture(scope="module")
def repo_copy(tmp_path_factory):
    copy = tmp_path_factory.mktemp("readme") / "repo"
    ignore = shutil.ignore_patterns(".venv", ".git", "site", ".site.versions", "docs", "dist", "test-artifacts",
                                    "__pycache__", ".pytest_cache", ".hypothesis", "other*")
    shutil.copytree(ROOT, copy, ignore=ignore, symlinks=True)
    (copy / ".venv").symlink_to(sys.prefix)  # the environment running the tests
    return copy


def test_every_readme_command_runs_as_written(repo_copy):
    ran = []
    # The linked .venv's `un-reports` is installed from ROOT (editable): the
    # copy's own package comes first on the path, as it would in its own venv.
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONPATH": str(repo_copy)}
    env.pop("GENERATOR_PAUSE_AT", None)
    for command in readme_commands():
        if any(pattern.search(command) for pattern in NOT_RUN):
            continue
        out = subprocess.run(["bash", "-c", command], cwd=repo_copy, env=env, capture_output=True, text=True,
                             timeout=600)
        assert out.returncode == 0, f"{command}\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}"
        ran.append(command)
    assert len(ran) >= 10
    assert (repo_copy / "site" / "reports" / "2012-10-17" / "index.html").is_file()
    assert (repo_copy / "other-site" / "reports" / "2012-10-17" / "index.html").is_file()
    assert (repo_copy / "other.lock").is_file() and (repo_copy / "other-docs" / "index.md").is_file()
    assert (repo_copy / "dist" / "wg-ta-reports-offline.zip").is_file()
