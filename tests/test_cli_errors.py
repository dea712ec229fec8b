"""Issue 22: every mistake a user or the environment can make ends with one
line naming the path and what to do, and a documented exit code; nothing is
written. Each case runs the real command line in its own process."""
from __future__ import annotations

import errno
import os
import resource
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import ROOT, SEEDS

SEED = "000_9878c2901082bbba.txt"


def run(*args, cwd=ROOT, timeout=300, **kwargs):
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout, **kwargs)


@pytest.fixture
def other(tmp_path):
    """A sources folder of one report, outside the project."""
    seeds = tmp_path / "other"
    seeds.mkdir()
    shutil.copy(SEEDS / SEED, seeds / SEED)
    return seeds


def one_line_error(out, code: int, *expected: str) -> str:
    """The command failed with `code` and one line on stderr holding `expected`."""
    assert out.returncode == code, (out.returncode, out.stderr[-2000:])
    assert "Traceback" not in out.stderr and "internal error" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


# -- options validated at the door (part 3) ----------------------------------
@pytest.mark.parametrize("url", ["notaurl", "ftp://example.org/", "https://x.org/\"><script>alert(1)</script>/",
                                 "https://example.org/a b/", "https://example.org/?q=1", "//example.org/",
                                 "https://exa mple.org/", "https://example.org/%zz/"])
@pytest.mark.parametrize("command", ["build", "bundle"])
def test_a_site_url_that_is_not_an_absolute_plain_url_is_refused(tmp_path, other, command, url):
    out_option = ["--site", tmp_path / "site"] if command == "build" else ["--dist", tmp_path / "dist"]
    out = run(command, "--seeds", other, *out_option, "--site-url", url)
    one_line_error(out, 2, "--site-url", repr(url), "absolute http(s) URL")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other"]  # nothing written


def test_a_good_site_url_is_written_into_the_pages(tmp_path, other):
    out = run("build", "--seeds", other, "--site", tmp_path / "site", "--quiet",
              "--site-url", "https://example.org:8080/un-reports/2024/")
    assert out.returncode == 0, out.stderr
    page = (tmp_path / "site" / "reports" / "2012-10-17" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org:8080/un-reports/2024/reports/2012-10-17/"' in page


def test_a_site_url_in_the_config_file_is_checked_too(tmp_path, other):
    config = tmp_path / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config.write_text(text.replace("site_url: https://ctoc-reports.example.org/",
                                   "site_url: 'https://x.org/\"><b>x</b>'"), encoding="utf-8")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    out = run("build", "--seeds", other, "--site", tmp_path / "site", "--config", config)
    one_line_error(out, 2, f"site_url of {config}", "absolute http(s) URL")


def test_a_missing_config_is_refused_naming_it(tmp_path, other):
    out = run("build", "--seeds", other, "--site", tmp_path / "site", "--config", tmp_path / "nope.yml")
    one_line_error(out, 2, f"--config {tmp_path / 'nope.yml'}: no such file", "mkdocs.yml")
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("text, where, found", [
    ("site_name: x\nnav: [a\n", ":3:", "expected a MkDocs configuration"),
    ("- a list\n", ":", "found a YAML list"),
    ("theme: material\n", ":", "found no site_name"),
    ("site_name: x\nthis_is_not_an_option: 1\nplugins: [no-such-plugin]\n", ":", "valid MkDocs configuration"),
])
def test_a_config_that_is_not_a_mkdocs_configuration_is_refused(tmp_path, other, text, where, found):
    config = tmp_path / "conf.yml"
    config.write_text(text, encoding="utf-8")
    out = run("build", "--seeds", other, "--site", tmp_path / "site", "--config", config)
    line = one_line_error(out, 2, f"{config}{where}", found)
    assert "Traceback" not in out.stdout
    assert not (tmp_path / "site").exists() or line  # the guard ran; no version was published
    assert not (tmp_path / "site").is_symlink()


@pytest.mark.parametrize("option", ["--lock", "--redirects"])
@pytest.mark.parametrize("command", ["build", "bundle"])
def test_an_explicit_lock_or_redirects_file_that_does_not_exist_is_an_error(tmp_path, other, command, option):
    out_option = ["--site", tmp_path / "site"] if command == "build" else ["--dist", tmp_path / "dist"]
    missing = tmp_path / "nonexistent"
    out = run(command, "--seeds", other, *out_option, option, missing)
    line = one_line_error(out, 2, str(missing), "no such file")
    if option == "--lock":
        assert "lock --init" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other"]


def test_lock_init_creates_the_lock_and_only_once(tmp_path, other):
    lock = tmp_path / "other.lock"
    missing = run("lock", "--seeds", other, "--lock", lock)
    one_line_error(missing, 2, str(lock), "lock --init")
    assert not lock.exists()
    made = run("lock", "--init", "--seeds", other, "--lock", lock)
    assert made.returncode == 0, made.stderr
    assert "reports/2012-10-17/#para_1\n" in lock.read_text(encoding="utf-8")
    before = lock.read_bytes()
    again = run("lock", "--init", "--seeds", other, "--lock", lock)
    one_line_error(again, 2, f"{lock} exists already", "without --init")
    assert lock.read_bytes() == before
    build = run("build", "--seeds", other, "--site", tmp_path / "site", "--lock", lock, "--quiet")
    assert build.returncode == 0, build.stderr


def test_a_binary_lock_is_refused_naming_the_file_and_line(tmp_path, other):
    lock = tmp_path / "binary.lock"
    lock.write_bytes(b"# Anchor lock\nreports/2012-10-17/#para_1\n\x89PNG\r\n\x1a\n\x00\xff\xfe")
    out = run("build", "--seeds", other, "--site", tmp_path / "site", "--lock", lock)
    one_line_error(out, 2, f"{lock}:3:", "not text")
    lock.write_bytes(b"reports/2012-10-17/#para_1\n\x00\x01\x02#\x03\n")
    out = run("lock", "--seeds", other, "--lock", lock)
    one_line_error(out, 2, f"{lock}:2:", "<url>#<id>")
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("text, line, found", [
    ("reports/a/: reports/b/\nreports/c/: [x\n", 3, "expected YAML"),
    ("reports/a/: reports/b/\n\treports/c/: reports/d/\n", 2, "expected YAML"),
    ("- reports/a/\n", 1, "found a YAML sequence"),
    ("reports/a/: reports/b/\nreports/c/: 'x\"><script>/'\n", 2, "ending with '/'"),
    ("reports/a/: reports/b/\nreports/a/: reports/c/\n", 2, "each old URL once"),
])
def test_malformed_redirects_are_refused_naming_the_file_and_line(tmp_path, other, text, line, found):
    redirects = tmp_path / "redirects.yml"
    redirects.write_text(text, encoding="utf-8")
    out = run("bundle", "--seeds", other, "--dist", tmp_path / "dist", "--redirects", redirects)
    one_line_error(out, 2, f"{redirects}:{line}:", found)
    assert not (tmp_path / "dist").exists()


# -- other sources never write the project's outputs (part 4) ----------------
def snapshot(*paths):
    """What is at each path (recursively): names, sizes and times, links' targets."""
    seen = {}
    for top in paths:
        for path in [top, *(top.rglob("*") if top.is_dir() and not top.is_symlink() else [])]:
            if path.is_symlink():
                seen[str(path)] = ("link", os.readlink(path))
            elif path.exists():
                info = path.stat()
                seen[str(path)] = (info.st_size, info.st_mtime_ns)
    return seen


PROJECT_OUTPUTS = [ROOT / "site", ROOT / ".site.versions", ROOT / "docs", ROOT / "dist", ROOT / "anchors.lock"]


@pytest.mark.parametrize("args, expected", [
    (["bundle"], "say where the output goes with --dist"),
    (["export", "akn"], "say where the output goes with --out"),
    (["build"], "say where the site goes with --site"),
    (["build", "--site", "site"], "refusing --site site: it is the project's own site/"),
    (["build", "--site", "{tmp}/s", "--docs", "docs"], "refusing --docs docs: it is the project's own docs/"),
    (["build", "--site", "docs/other"], "refusing --site docs/other: it lies inside the project's own docs/"),
    (["bundle", "--dist", "dist"], "refusing --dist dist: it is the project's own dist/"),
    (["bundle", "--dist", "dist/other"], "refusing --dist dist/other: it lies inside the project's own dist/"),
    (["export", "akn", "--out", "dist/akn"], "refusing --out dist/akn: it lies inside the project's own dist/"),
    (["export", "akn", "--out", "."], "it is the config file's folder"),
    (["lock", "--lock", "anchors.lock"], "refusing --lock anchors.lock: it is the project's own lock"),
])
def test_other_sources_never_write_the_projects_outputs(tmp_path, other, args, expected):
    before = snapshot(*PROJECT_OUTPUTS)
    args = [a.format(tmp=tmp_path) for a in args]
    out = run(*args[:2 if args[0] == "export" else 1], "--seeds", other, *args[2 if args[0] == "export" else 1:])
    line = one_line_error(out, 2, expected)
    assert "choose a folder of its own" in line or "say where" in line or "a lock of its own" in line \
        or "config file's folder" in line
    assert snapshot(*PROJECT_OUTPUTS) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other"]


# -- one error hierarchy; the machine's refusals (part 2) --------------------
def test_every_error_is_a_generator_error_with_its_exit_code():
    from generator.errors import (GeneratorError, LinkError, MachineError, OutputError, SourceError,
                                  UsageError)
    from generator.serve import PreviewError

    codes = {SourceError: 2, OutputError: 2, UsageError: 2, PreviewError: 2, LinkError: 3, MachineError: 74}
    for kind, code in codes.items():
        assert issubclass(kind, GeneratorError) and kind.exit_code == code


@pytest.mark.parametrize("code, path, says", [
    (errno.ENOSPC, "/data/site/x.html", "cannot write /data/site/x.html: no space left on the device; free some"),
    (errno.EDQUOT, "/data/site/x.html", "cannot write /data/site/x.html: the disk quota is exhausted"),
    (errno.EROFS, "/mnt/cd/site", "cannot use /mnt/cd/site: the file system is read-only; choose a folder"),
    (errno.EACCES, "/srv/site", "cannot use /srv/site: permission denied; choose a folder you may write to"),
])
def test_the_machines_refusals_become_one_line_naming_the_path(code, path, says):
    """A full disk cannot be made here without mount rights (the CLI case
    below fills /dev/full instead): the mapping of each errno is checked."""
    from generator.errors import MachineError, machine_error

    error = machine_error(OSError(code, os.strerror(code), path))
    assert isinstance(error, MachineError) and str(error).startswith(says), str(error)
    if says.startswith("cannot write"):  # write() names no file: the command says where it was writing
        assert str(machine_error(OSError(code, os.strerror(code)), "out/site")).startswith(
            says.replace(path, "out/site"))
    assert machine_error(OSError(code, os.strerror(code))) is None  # nothing to name: a bug (70)


def no_new_entries(tmp_path, *expected):
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["other", *expected])


@pytest.mark.parametrize("command, option", [("build", "--site"), ("build", "--docs"), ("bundle", "--dist"),
                                             ("export", "--out")])
def test_a_folder_that_cannot_be_written_stops_the_command_before_the_work(tmp_path, other, command, option):
    """/sys refuses new folders even to root (permission bits do not stop
    root): the same refusal as a read-only folder, EPERM."""
    target = Path("/sys") / f"generator-test-{os.getpid()}"
    args = [command, "akn"] if command == "export" else [command]
    extra = ["--site", tmp_path / "site"] if option == "--docs" else []
    out = run(*args, "--seeds", other, option, target, *extra)
    one_line_error(out, 74, f"cannot use /sys/", "not permitted; choose a folder you may write to")
    assert "parse" not in out.stderr
    assert not target.exists()
    no_new_entries(tmp_path)  # with --docs refused, the site was not published either


def test_a_file_where_a_folder_is_needed(tmp_path, other):
    (tmp_path / "notes").write_text("mine\n", encoding="utf-8")
    out = run("build", "--seeds", other, "--site", tmp_path / "notes" / "site")
    one_line_error(out, 74, f"{tmp_path / 'notes'}", "a file, not a folder")
    assert (tmp_path / "notes").read_text(encoding="utf-8") == "mine\n"
    no_new_entries(tmp_path, "notes")


def test_a_path_too_long_for_the_system(tmp_path, other):
    deep = tmp_path.joinpath(*["d" * 200] * 22) / "site"
    assert len(os.fsencode(str(deep))) > 4096
    out = run("build", "--seeds", other, "--site", deep)
    line = one_line_error(out, 74, "the path is too long for the system; choose a shorter path")
    assert len(line) < 400 and "bytes)" in line  # the path is named, shortened
    no_new_entries(tmp_path)


def _file_size_limit():
    resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))


@pytest.mark.parametrize("command, option", [("build", "--site"), ("bundle", "--dist")])
def test_the_file_size_limit(tmp_path, other, command, option):
    out = run(command, "--seeds", other, option, tmp_path / "out", preexec_fn=_file_size_limit)
    one_line_error(out, 74, f"cannot write {tmp_path}", "file-size limit", "ulimit -f")
    no_new_entries(tmp_path)  # a failed first build leaves nothing


@pytest.mark.parametrize("command", [["parse", SEEDS / SEED], ["check"]])
def test_a_full_disk_behind_standard_output(command):
    """/dev/full answers every write with ENOSPC: a full disk behind `> file`."""
    with open("/dev/full", "w") as full:
        out = subprocess.run([sys.executable, "-m", "generator", *map(str, command)], cwd=ROOT, stdout=full,
                             stderr=subprocess.PIPE, text=True, timeout=120)
    out.stdout = ""
    one_line_error(out, 74, "cannot write standard output: no space left on the device",
                   "send the output elsewhere")


@pytest.mark.parametrize("port", ["99999", "-1", "http", "80.5"])
def test_serve_refuses_what_is_not_a_port_at_the_door(other, port):
    out = run("serve", "--seeds", other, "--port", port)
    assert out.returncode == 2 and "internal error" not in out.stderr and "Traceback" not in out.stderr
    assert f"argument --port: {port!r} is not a port (1-65535, or 0 for any free one)" in out.stderr


def test_serve_on_a_port_in_use_says_so_before_building(tmp_path, other):
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        start = time.monotonic()
        out = run("serve", "--seeds", other, "--port", port, env={**os.environ, "TMPDIR": str(tmp_path)})
        took = time.monotonic() - start
    one_line_error(out, 74, f"cannot listen on 127.0.0.1:{port}: the port is in use", "--port")
    assert took < 10  # no build first
    no_new_entries(tmp_path)  # its temporary folder is gone
