"""The modules form no import cycle, and none hides one (issue 10).

Each module is imported first, on its own, in a fresh interpreter: a cycle
fails there whatever order a build happens to import in. Relative imports
sit at the top of a module: one inside a function is how a cycle hides."""
import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import generator

ROOT = Path(generator.__file__).parent
#: Every module but `__main__` (importing it runs the command line).
MODULES = sorted(m.name for m in pkgutil.walk_packages([str(ROOT)], "generator.") if m.name != "generator.__main__")
#: The command line imports its commands' modules when a command runs, so
#: that ``--help`` answers without loading MkDocs (not to hide a cycle).
LAZY = {"cli.py"}


def test_every_module_is_listed():
    assert {"generator.urls", "generator.render.registry", "generator.parse", "generator.context"} <= set(MODULES)


def test_each_module_imports_first_in_a_fresh_interpreter():
    script = ("import importlib, sys\n"
              "for name in sys.argv[1:]:\n"
              "    for loaded in [m for m in sys.modules if m == 'generator' or m.startswith('generator.')]:\n"
              "        del sys.modules[loaded]\n"
              "    importlib.import_module(name)\n")
    # One interpreter, each module first after the package is forgotten.
    out = subprocess.run([sys.executable, "-c", script, *MODULES], capture_output=True, text=True,
                         cwd=ROOT.parent, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.py")))
def test_no_relative_import_inside_a_function(path):
    if path in LAZY:
        return
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    hidden = [f"line {node.lineno}" for func in ast.walk(tree)
              if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef))
              for node in ast.walk(func) if isinstance(node, ast.ImportFrom) and node.level > 0]
    assert not hidden, f"{path}: relative import inside a function at {', '.join(hidden)}"


#: A module of more lines, or a class of more, is a module to split (issue 10).
MODULE_LINES, CLASS_LINES = 380, 200


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.py")))
def test_modules_and_classes_stay_small(path):
    text = (ROOT / path).read_text(encoding="utf-8")
    assert text.count("\n") <= MODULE_LINES, f"{path}: {text.count(chr(10))} lines"
    big = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)" for node in ast.walk(ast.parse(text))
           if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > CLASS_LINES]
    assert not big, f"{path}: {', '.join(big)}"


#: The site engine's libraries: MkDocs, Python-Markdown, Material, the i18n
#: plugin, the HTML minifier. Only the engine package (generator/engine/)
#: imports them: a second engine is one sibling package (README).
ENGINE = {"mkdocs", "markdown", "material", "mkdocs_static_i18n", "htmlmin"}
ENGINE_PACKAGE = "engine/"
#: jieba cuts Chinese for the search entries as Material's search plugin
#: does (search.py); nothing else imports it.
SEGMENTER = {"jieba": {"search.py"}}


def _imports(path: Path) -> set[str]:
    """The top-level packages a module imports (absolute imports only)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
        out.update(name.split(".")[0] for name in names)
    return out


def test_only_the_engine_package_imports_the_site_engine():
    importing = {path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.py") if _imports(path) & ENGINE}
    assert {"engine/html_blocks.py", "engine/minify.py"} <= importing  # the check sees imports at all
    assert sorted(p for p in importing if not p.startswith(ENGINE_PACKAGE)) == []


def test_only_search_imports_the_segmenter():
    for package, allowed in SEGMENTER.items():
        importing = {path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*.py") if package in _imports(path)}
        assert importing == allowed


#: File names that belong to the engine's output: Material's search index, MkDocs'
#: sitemap. Outside generator/engine/ no code (docstrings aside) names them.
ENGINE_FILE_NAMES = ("search_index", "sitemap.xml")


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module's code (f-strings' literal parts
    included), without its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_engine_file_names_stay_in_the_engine():
    named = {path.relative_to(ROOT).as_posix(): [f"line {line}: {text!r}" for line, text in _code_strings(path)
                                                 if any(name in text for name in ENGINE_FILE_NAMES)]
             for path in ROOT.rglob("*.py")}
    assert named["engine/search_index.py"]  # the check sees the names at all
    assert {path: lines for path, lines in named.items() if lines and not path.startswith(ENGINE_PACKAGE)} == {}
