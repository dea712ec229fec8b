"""Progress: a bar only on a terminal, nothing with --quiet, one summary line."""
import io
import re
import subprocess
import sys

from support import ROOT, SEEDS
from generator.progress import Bar, Progress, for_stream


class Terminal(io.StringIO):
    def isatty(self):
        return True


def run_build(tmp_path, *extra):
    return subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(SEEDS),
                           "--docs", str(tmp_path / "docs"), "--site", str(tmp_path / "site"), *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_a_bar_only_on_a_terminal_and_never_when_quiet():
    assert type(for_stream(False, Terminal())) is Bar
    assert type(for_stream(True, Terminal())) is Progress
    assert type(for_stream(False, io.StringIO())) is Progress


def test_the_bar_shows_the_stage_and_its_steps():
    screen = Terminal()
    bar = for_stream(False, screen)
    bar.stage("parse", 3)
    assert "parse" in screen.getvalue() and "0/3" in screen.getvalue()
    bar.advance(2)
    assert bar.bar.n == 2
    bar.stage("mkdocs")
    assert bar.bar.desc.startswith("mkdocs")
    bar.close()
    assert screen.getvalue().endswith("\r")  # the line is cleared: the summary starts clean


def test_build_off_a_terminal_prints_one_summary_line_and_no_bar(tmp_path):
    out = run_build(tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    assert re.match(r"built 5 reports, 218 paragraphs, \d+ warnings into .* in [\d.]+s "
                    r"\(parse [\d.]+s, render [\d.]+s, write [\d.]+s, mkdocs [\d.]+s, publish [\d.]+s; "
                    r"docs: 26 written, 0 deleted, 0 unchanged\)$", lines[0]), lines[0]


def test_quiet_build_prints_nothing(tmp_path):
    out = run_build(tmp_path, "--quiet")
    assert out.returncode == 0, out.stderr
    assert (out.stdout, out.stderr) == ("", "")
    assert (tmp_path / "site" / "reports" / "2012-10-17" / "index.html").is_file()
