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


PLACEHOLDER_WARNING = ("warning: site_url is the placeholder https://ctoc-reports.example.org/, which every copied "
                       "link and citation will point to: set site_url in mkdocs.yml (or pass --site-url) before "
                       "publishing\n")


def test_build_off_a_terminal_prints_one_summary_line_and_no_bar(tmp_path):
    out = run_build(tmp_path, "--site-url", "https://reports.example.net/")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    assert re.match(r"built 5 reports, 218 paragraphs, \d+ warnings into .* in [\d.]+s "
                    r"\(parse [\d.]+s, render [\d.]+s, write [\d.]+s, mkdocs [\d.]+s, publish [\d.]+s; "
                    r"docs: 28 written, 0 deleted, 0 unchanged\)$", lines[0]), lines[0]


def test_quiet_build_prints_nothing(tmp_path):
    out = run_build(tmp_path, "--quiet", "--site-url", "https://reports.example.net/")
    assert out.returncode == 0, out.stderr
    assert (out.stdout, out.stderr) == ("", "")
    assert (tmp_path / "site" / "reports" / "2012-10-17" / "index.html").is_file()


def test_the_mkdocs_stage_counts_its_pages_on_a_terminal(tmp_path):
    """Issue 22, part 8: the MkDocs stage (most of a build) shows pages done
    of total, not a frozen clock. The build's stderr is a real terminal (a pty)."""
    import os
    import pty

    import fcntl
    import struct
    import termios

    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a 120-column terminal
    proc = subprocess.Popen([sys.executable, "-m", "generator", "build", "--seeds", str(SEEDS),
                             "--docs", str(tmp_path / "docs"), "--site", str(tmp_path / "site")],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=terminal, text=True)
    os.close(terminal)
    screen = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the build closed the terminal
            break
        if not chunk:
            break
        screen += chunk
    os.close(controller)
    assert proc.wait(timeout=300) == 0
    shown = screen.decode("utf-8", errors="replace")
    shown_counts = re.findall(r"mkdocs\s*:\s*\d+%[^\r\n]*?\|\s*(\d+)/(\d+) ", shown)
    counts, totals = [int(n) for n, _ in shown_counts], {int(t) for _, t in shown_counts}
    assert len(totals) == 1 and min(totals) >= 20, shown[-3000:]  # every page of docs/, counted once
    assert max(counts) == min(totals) and len(set(counts)) > 2, shown[-3000:]  # tqdm redraws at intervals
    assert "page/s" in shown or "s/page" in shown


def test_quiet_means_errors_only_in_check_too(tmp_path):
    def check(*args):
        return subprocess.run([sys.executable, "-m", "generator", "check", *map(str, args)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)

    quiet = check("--quiet")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")
    assert check("--quiet", "--strict").returncode == 1  # the status still counts the entries
    entries = check("--no-count")
    assert entries.returncode == 0 and entries.stderr == "" and "[term-variant]" in entries.stdout
    (tmp_path / "bad.txt").write_text("购物清单\n苹果\n", encoding="utf-8")
    bad = check("--quiet", "--seeds", tmp_path)
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.startswith("error: ") and "bad.txt:1: [error] expected a report title" in bad.stderr


def test_counts_are_said_in_the_singular_for_one(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes((SEEDS / "000_9878c2901082bbba.txt").read_bytes())
    check = subprocess.run([sys.executable, "-m", "generator", "check", "--seeds", str(seeds)], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert re.fullmatch(r"\d+ entr(y|ies) in 1 file\n", check.stderr), check.stderr
    built = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--site",
                            str(tmp_path / "site")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert built.stdout.startswith("built 1 report, "), built.stdout
    export = subprocess.run([sys.executable, "-m", "generator", "export", "akn", "--seeds", str(seeds), "--out",
                             str(tmp_path / "akn")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert export.stdout == f"wrote 1 file into {tmp_path / 'akn'}\n", export.stdout


def test_a_build_for_the_placeholder_site_url_warns_in_one_line(tmp_path):
    """Issue 27, item 8: mkdocs.yml's site_url as shipped is a placeholder;
    a build for it (here from mkdocs.yml) says so, and still succeeds."""
    out = run_build(tmp_path, "--quiet")
    assert out.returncode == 0, out.stderr
    assert (out.stdout, out.stderr) == ("", PLACEHOLDER_WARNING)
