"""Item 2: bad input gets a clear answer — a precise error or a warning,
never a traceback, never a hang, never a silently wrong page."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from support import ROOT, SEED_SLUGS, SEEDS
from generator.errors import SourceError
from generator.parse import parse
from generator.read import MAX_BYTES, read_source

SEED_2012 = "000_9878c2901082bbba.txt"
TITLE = "2012 年 10 月 17 日和 18 日在维也纳举行的技术援助问题工作组会议报告\n"


def run_cli(*args, cwd=ROOT):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("GENERATOR_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def error_of(path: Path) -> SourceError:
    with pytest.raises(SourceError) as caught:
        parse(read_source(path), path.name)
    return caught.value


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    error = error_of(path)
    assert (error.line, error.found) == (0, "an empty file")


def test_blank_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\u3000\n\t\n")
    assert error_of(path).found == "no text"


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    error = error_of(path)
    assert "binary" in error.found and error.line == 3


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(TITLE.encode() + b"1. caf\xe9 \xff\xfe\xfd\n")
    error = error_of(path)
    assert error.line == 2 and "neither UTF-8 nor GB18030" in error.found


def test_text_that_is_not_a_report(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list\n\nmilk\neggs\n")
    error = error_of(path)
    assert error.line == 1 and "report title" in error.expected and "Shopping list" in error.found


def test_report_without_a_recognisable_date(tmp_path):
    path = tmp_path / "nodate.txt"
    path.write_text(TITLE.replace("2012 年 10 月 17 日和 18 日", "今年秋天") + "1. 正文。\n")
    error = error_of(path)
    assert "report title" in error.expected


def test_impossible_date_in_the_title(tmp_path):
    path = tmp_path / "baddate.txt"
    path.write_text(TITLE.replace("10 月 17 日", "13 月 17 日") + "1. 正文。\n")
    error = error_of(path)
    assert error.line == 1 and "valid meeting date" in error.expected


def test_duplicate_paragraph_number_is_an_error_with_both_lines():
    text = TITLE + "1. 第一段。\n2. 第二段。\n3. 第三段。\n2. 又是第二段。\n"
    with pytest.raises(SourceError) as caught:
        parse(text, "dup.txt")
    assert caught.value.line == 5 and "first at line 3" in caught.value.found


def test_backwards_and_skipped_numbers_are_warnings():
    report = parse(TITLE + "1. 第一段。\n2. 第二段。\n5. 第五段。\n4. 第四段。\n", "skip.txt")
    assert [p.number for p in report.paragraphs] == [1, 2, 5, 4]
    assert [(w.code, w.target, w.line) for w in report.warnings] == [
        ("para-sequence", "para_5", 4), ("para-sequence", "para_4", 5)]


def test_truncated_report_is_a_warning():
    text = (SEEDS / SEED_2012).read_text(encoding="utf-8")
    cut = text[:text.index("研究由预防犯罪")]  # inside paragraph 2
    report = parse(cut, "cut.txt")
    assert report.paragraphs[-1].number == 2
    assert ("truncated", "para_2") in [(w.code, w.target) for w in report.warnings]


def test_a_finished_report_is_not_truncated(reports):
    assert not [w for r in reports.values() for w in r.warnings if w.code == "truncated"]


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NULs, written in no time
    start = time.perf_counter()
    error = error_of(path)
    assert time.perf_counter() - start < 1
    assert "52,428,800 bytes" in error.found and f"{MAX_BYTES:,} bytes" in error.expected


def test_a_file_just_over_the_limit_says_so_with_the_limits_precision(tmp_path):
    """21,000,000 bytes is over 20 MiB; the message must not read "20.0 MB"
    against a limit of 20 MB."""
    path = tmp_path / "big.txt"
    with path.open("wb") as out:
        out.truncate(21_000_000)
    error = error_of(path)
    assert error.expected == "a report of at most 20,971,520 bytes (20 MiB)"
    assert error.found == "a file of 21,000,000 bytes (20.03 MiB)"


@pytest.mark.parametrize("line", ["a" * 1_000_000, "[x](" * 250_000, "**a" * 333_333, "[" * 1_000_000,
                                  "字" * 400_000, "1. " * 333_333, "(a" * 500_000])
def test_one_megabyte_line_neither_hangs_nor_crashes(line):
    text = (SEEDS / SEED_2012).read_text(encoding="utf-8")
    nasty = text.replace("6. 技术援助问题政府专家工作组收到的文件载于本报告附件。", f"6. {line}。")
    start = time.perf_counter()
    report = parse(nasty, "big.txt")
    para6 = next(p for p in report.paragraphs if p.number == 6)
    assert len(para6.text) > 300_000  # kept whole ("**a**" becomes bold "a")
    with pytest.raises(SourceError):
        parse(line, "line.txt")  # alone, it is no report
    assert time.perf_counter() - start < 30  # a hang guard (a quadratic regex takes minutes), not a speed goal


# -- whatever the damage, only SourceError ---------------------------------------
@st.composite
def damaged(draw):
    name = draw(st.sampled_from(sorted(SEED_SLUGS)))
    lines = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        k = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["cut", "drop", "repeat", "swap", "insert", "truncate-line"]))
        if action == "cut":
            lines = lines[:k]
        elif action == "drop":
            del lines[k]
        elif action == "repeat":
            lines.insert(k, lines[k])
        elif action == "swap" and k + 1 < len(lines):
            lines[k], lines[k + 1] = lines[k + 1], lines[k]
        elif action == "insert":
            lines.insert(k, draw(st.sampled_from(["1. ", "(a)", "__________", " 3 脚注", "附件", "建议 1", "一. ",
                                                  "A. ", "*", "**", "[……]", "12", "CTOC/COP/1"])) + draw(
                st.text(max_size=20)))
        elif action == "truncate-line":
            lines[k] = lines[k][:draw(st.integers(0, max(0, len(lines[k]) - 1)))]
    return name, "\n".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_seeds_give_a_report_or_a_source_error(case):
    name, text = case
    try:
        report = parse(text, name)
    except SourceError as error:
        assert error.source == name and error.expected and error.found
        return
    assert all(p.id for p in report.paragraphs)
    assert len(set(report.ids())) == len(report.ids()), "ids must be unique"


# -- the command line --------------------------------------------------------------
def test_parse_command_gives_file_line_and_exit_2_without_traceback(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list\nmilk\n")
    result = run_cli("parse", path)
    assert result.returncode == 2
    assert "error: notes.txt:1: expected a report title" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_clear_error(tmp_path):
    result = run_cli("parse", tmp_path / "nothing.txt")
    assert result.returncode == 2 and "no such file" in result.stderr and "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def mixed_seeds(tmp_path_factory):
    """Two good seeds and two bad files."""
    root = tmp_path_factory.mktemp("mixed")
    seeds = root / "seeds"
    seeds.mkdir()
    for name in ["000_9878c2901082bbba.txt", "003_ad63e9abc5f799f5.txt"]:
        (seeds / name).write_bytes((SEEDS / name).read_bytes())
    (seeds / "001_empty.txt").write_bytes(b"")
    (seeds / "002_notes.txt").write_text("Shopping list\nmilk\n")
    return root


def test_build_stops_at_the_first_fatal_error(mixed_seeds):
    root = mixed_seeds
    result = run_cli("build", "--seeds", root / "seeds", "--docs", root / "docs1", "--site", root / "site1",
                     "--no-lock")
    assert result.returncode == 2
    assert "001_empty.txt: expected a report, found an empty file" in result.stderr
    assert "002_notes" not in result.stderr  # stopped at the first
    assert not (root / "site1").exists() and not (root / "docs1").exists()


def test_keep_going_builds_the_good_reports_and_lists_the_others(mixed_seeds):
    root = mixed_seeds
    result = run_cli("build", "--seeds", root / "seeds", "--docs", root / "docs2", "--site", root / "site2",
                     "--keep-going", "--no-lock")
    assert result.returncode == 1, result.stderr
    assert "skipped: " in result.stderr and "001_empty.txt" in result.stderr and "002_notes.txt:1" in result.stderr
    assert "Traceback" not in result.stderr
    built = sorted(p.name for p in (root / "site2" / "reports").iterdir())
    assert built == ["2012-10-17", "2016-10-17"]
