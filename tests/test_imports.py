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
MODULES = sorted(m.name for m in pkgutil.walk_packages([str(ROOT)], "generator."))
#: The command line imports its commands' modules when a command runs, so
#: that ``--help`` answers without loading MkDocs (not to hide a cycle);
#: its two doors import it inside the guard that turns an early Ctrl-C into
#: one line.
LAZY = {"cli.py", "__main__.py"}


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


#: The site engine's libraries (MkDocs, Python-Markdown, Material, the i18n
#: plugin, the minifier) and jieba: the narrow seam that a move to another
#: engine reading mkdocs.yml would rewrite (site.py and its two helpers;
#: jieba in search.py).
ENGINE = {"mkdocs", "markdown", "material", "mkdocs_static_i18n", "htmlmin", "jieba"}
SEAM = {"site.py", "html_blocks.py", "minify.py", "search.py"}


def test_only_the_seam_imports_the_site_engine():
    importing = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            if any(name.split(".")[0] in ENGINE for name in names):
                importing.add(path.relative_to(ROOT).as_posix())
    assert importing == SEAM


def _loaded_with(module: str) -> set[str]:
    """The generator's modules that importing `module` alone loads."""
    script = (f"import sys, {module}\n"
              "print('\\n'.join(m for m in sys.modules if m.startswith('generator.')))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT.parent,
                         timeout=120, check=True)
    return set(out.stdout.split())


def test_the_build_context_renders_nothing():
    """How long pages are split is measured where pages are rendered
    (render/measure.py): the build context loads no renderer."""
    loaded = _loaded_with("generator.context")
    assert not any(m.startswith("generator.render") for m in loaded), sorted(loaded)
