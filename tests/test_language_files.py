"""A language is data: what its files are, that a new one needs no Python
module, and that a file which does not load is one line naming it.

The new language is made in a copy of the package (``xx``: the Spanish
files under another code, another name) and read through the command line,
so the test runs the generator the way a user adding a language would."""
from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import SourceError
from generator.languages import PROFILES, read_profiles
from generator.mentions.rules import rules
from generator import language_files
from support import ROOT

PACKAGE = ROOT / "generator"
SPANISH = ROOT / "tests" / "fixtures" / "es" / "wg-ta-2012-es-pdf.txt"
#: The places a module may still name a language, and why: messages are
#: written in English; UN covers print their furniture in English.
NAMED_ON_PURPOSE = {("i18n.py", "en"), ("render/report.py", "en")}


def test_a_language_is_its_files():
    for code in PROFILES:
        assert (PACKAGE / "profiles" / f"{code}.yml").is_file()
        assert (PACKAGE / "locales" / f"{code}.json").is_file()
    assert sorted(p.stem for p in (PACKAGE / "profiles").glob("*.yml")) == sorted(PROFILES)
    assert list(PROFILES)[0] == "zh"  # the default language, by priority


def test_no_python_module_names_a_language():
    """No module or folder is named after a language, and no code says a
    language's code (``if language == "fr"``) or holds its constant (``FR``)."""
    named = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        assert not set(path.relative_to(PACKAGE).with_suffix("").parts) & set(PROFILES), where
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in PROFILES:
                named.append((where, node.value))
            elif isinstance(node, ast.Name) and node.id.isupper() and node.id.lower() in PROFILES:
                named.append((where, node.id))
    assert set(named) == NAMED_ON_PURPOSE


def _copy(tmp_path: Path) -> Path:
    """The package (and the site configuration it reads) copied to `tmp_path`."""
    shutil.copytree(PACKAGE, tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_a_new_language_is_only_data_files(tmp_path):
    root = _copy(tmp_path)
    modules = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.py")}
    profile = (root / "generator" / "profiles" / "es.yml").read_text(encoding="utf-8")
    profile = profile.replace("priority: 40", "priority: 99").replace("name: Español", "name: Xx")
    (root / "generator" / "profiles" / "xx.yml").write_text(profile, encoding="utf-8")
    shutil.copy(root / "generator" / "locales" / "es.json", root / "generator" / "locales" / "xx.json")
    shutil.copy(root / "generator" / "data" / "names" / "es.json", root / "generator" / "data" / "names" / "xx.json")
    assert {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.py")} == modules

    new, spanish = _run(root, "parse", "--language", "xx", str(SPANISH)), _run(root, "parse", "--language", "es",
                                                                                str(SPANISH))
    assert new.returncode == 0, new.stderr
    as_new, as_spanish = json.loads(new.stdout), json.loads(spanish.stdout)
    assert as_new.pop("language") == "xx" and as_spanish.pop("language") == "es"
    assert as_new == as_spanish  # the same ids, mentions and warnings as Spanish
    assert {m["kind"] for m in as_new["mentions"]} >= {"decision", "date", "document"}
    listed = subprocess.run([sys.executable, "-c", "from generator.languages import PROFILES as p; "
                             "print(list(p), p['xx'].name)"], cwd=root, capture_output=True, text=True, timeout=60)
    assert listed.stdout.split() == ["['zh',", "'en',", "'fr',", "'es',", "'ru',", "'ar',", "'xx']", "Xx"]


def test_a_bad_pattern_is_one_line_naming_the_file(tmp_path):
    root = _copy(tmp_path)
    path = root / "generator" / "profiles" / "es.yml"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("title_end:"))
    lines[at] = "title_end: '[Ii]nforme (sobre'"
    path.write_text("\n".join(lines), encoding="utf-8")
    out = _run(root, "parse", str(ROOT / "seeds" / "000_9878c2901082bbba.txt"))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1
    assert out.stderr.startswith(f"error: generator/profiles/es.yml:{at + 1}: expected a regular expression at "
                                 f"title_end, found '[Ii]nforme (sobre' (missing ), unterminated subpattern")


@pytest.fixture
def spanish(tmp_path):
    """A folder with the Spanish file alone, and a way to change a line of it."""
    path = tmp_path / "es.yml"
    shutil.copy(PACKAGE / "profiles" / "es.yml", path)

    def change(old: str, new: str) -> Path:
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return path
    return change


def _error(folder: Path) -> str:
    language_files.sections.cache_clear()  # the folder's file has just changed
    with pytest.raises(SourceError) as error:
        for code, section in language_files.sections(folder):
            read_profiles(folder)
            rules(code, section)
    return str(error.value)


def _line(path: Path, start: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1)
                if line.lstrip().startswith(start))


def test_a_missing_or_unknown_key_is_named(spanish):
    path = spanish("title_end:", "titel_end:")
    message = _error(path.parent)
    assert message.startswith(f"{path}:{_line(path, 'titel_end:')}: expected a key the generator reads "
                              f"(did you mean title_end?) at titel_end, found unknown key 'titel_end'")
    path = spanish("titel_end:", "# title_end:")
    assert _error(path.parent) == f"{path}: expected a value (the key is required) at title_end, found none"


def test_a_file_that_is_no_yaml_mapping_is_named(spanish):
    path = spanish("priority: 40", "priority: [40")
    message = _error(path.parent)  # the bracket is seen unclosed where the next line starts
    assert message.startswith(f"{path}:{_line(path, 'priority:') + 1}: expected a YAML mapping of a language's "
                              f"patterns and words, found invalid YAML: ") and "\n" not in message


@pytest.mark.parametrize("old, new, key", [
    ("decision_word: decisi", "decision_word: [decisi]", "mentions.decisions.decision_word"),
    ("(?P<nums>{number}", "(?P<nums>{numbr}", "mentions.decisions.pattern"),
    ("event: clauses", "event: clause", "mentions.dates.event"),
    ("list: words", "list: word", "mentions.participants.list"),
    ("lettered_forms: [paren,", "lettered_forms: [parens,", "lettered_forms"),
    ("    meeting: reunión", "    meeting: reunión\n    metting: reunión", "mentions.dates.metting"),
])
def test_each_bad_value_names_its_key(spanish, old, new, key):
    path = spanish(old, new)
    message = _error(path.parent)
    line = _line(path, key.split(".")[-1] + ":")
    assert message.startswith(f"{path}:{line}: expected "), message
    assert f" at {key}, found " in message, message
