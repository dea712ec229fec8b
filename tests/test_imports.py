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


def test_a_language_process_starts_without_the_pipeline():
    """What a language process loads at its start (engine/processes.py; the
    engine package loads its other modules when first used): not the
    parser, the render, the search or the rest of the engine."""
    script = ("import sys, generator.engine.processes\n"
              "print(' '.join(m for m in sys.modules if m.startswith('generator.')))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT.parent, timeout=120)
    loaded = set(out.stdout.split())
    assert "generator.engine.languages" in loaded
    assert not loaded & {"generator.parse", "generator.render", "generator.search", "generator.corpus",
                         "generator.engine.run", "generator.engine.preview"}, out.stderr


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
#: plugin. Only the engine package (generator/engine/)
#: imports them: a second engine is one sibling package (README).
ENGINE = {"mkdocs", "markdown", "material", "mkdocs_static_i18n"}
ENGINE_PACKAGE = "engine/"
#: jieba cuts Chinese for the search entries as Material's search plugin
#: does (search.py), and into the plain words recurring.py compares
#: (segmenter.py, which the corpus loads: it imports no URLs); nothing else imports it.
SEGMENTER = {"jieba": {"search.py", "segmenter.py"}}


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
    assert {"engine/html_blocks.py", "engine/languages.py"} <= importing  # the check sees imports at all
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


# -- settings are handed down, never read or kept at import (issue 23) -----------
def test_no_module_reads_the_config_file_at_import(tmp_path):
    """Every module imports with no ``mkdocs.yml`` anywhere: the package is
    copied alone into an empty folder, and opening any file of that name
    during the imports fails (the configuration is read once, where a
    command starts: `build.BuildOptions.settings`)."""
    import shutil

    shutil.copytree(ROOT, tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    script = ("import importlib, os, sys\n"
              "def refuse(event, args):\n"
              "    if event == 'open' and isinstance(args[0], (str, bytes, os.PathLike)) \\\n"
              "            and os.path.basename(os.fsdecode(args[0])) == 'mkdocs.yml':\n"
              "        raise RuntimeError(f'read at import: {args[0]}')\n"
              "sys.addaudithook(refuse)\n"
              "sys.path.insert(0, os.getcwd())  # the copy, not the project (-I: no other path)\n"
              "for name in sys.argv[1:]:\n"
              "    importlib.import_module(name)\n"
              "assert sys.modules['generator.i18n'].__file__.startswith(os.getcwd())\n")
    out = subprocess.run([sys.executable, "-I", "-c", script, *MODULES], capture_output=True, text=True,
                         cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert not (tmp_path / "mkdocs.yml").exists()


def _loaded_with(module: str) -> set[str]:
    """The generator's modules that importing `module` alone loads."""
    script = (f"import sys, {module}\n"
              "print('\\n'.join(m for m in sys.modules if m.startswith('generator.')))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT.parent,
                         timeout=120, check=True)
    return set(out.stdout.split())


def test_the_model_knows_no_place_and_no_language():
    """The model imports neither `urls` (a report's URL lives there) nor
    `i18n`, directly or through another module: no import circle with urls."""
    loaded = _loaded_with("generator.model")
    assert not loaded & {"generator.urls", "generator.i18n", "generator.settings"}, sorted(loaded)


def test_the_build_context_renders_nothing():
    """How long pages are split is measured where pages are rendered
    (render/measure.py): the build context loads no renderer."""
    loaded = _loaded_with("generator.context")
    assert not any(m.startswith("generator.render") for m in loaded), sorted(loaded)
    assert "generator.urls" not in loaded


def _language_codes() -> set[str]:
    from generator.languages import PROFILES
    return set(PROFILES)


def _names_a_language(value) -> bool:
    codes = _language_codes()
    if isinstance(value, str):
        return value in codes
    return isinstance(value, (tuple, list, frozenset, set)) and bool(value) and \
        all(isinstance(v, str) and v in codes for v in value)


@pytest.mark.parametrize("name", MODULES)
def test_no_parameter_defaults_to_a_language(name):
    """The site's languages and its root language come from the command's
    settings, handed down: no parameter defaults to a language or a list of
    them (``languages=LANGUAGES``, ``language="zh"``), and no module keeps
    one in a global whose name says so (``LANGUAGES``, ``DEFAULT_LANGUAGE``)."""
    import importlib
    import inspect

    module = importlib.import_module(name)
    found = []
    for owner in [module, *(v for v in vars(module).values() if inspect.isclass(v) and v.__module__ == name)]:
        for attr, value in vars(owner).items():
            function = value.__func__ if isinstance(value, (classmethod, staticmethod)) else value
            if not inspect.isfunction(function) or function.__module__ != name:
                continue
            for parameter in inspect.signature(function).parameters.values():
                if parameter.default is not parameter.empty and _names_a_language(parameter.default):
                    found.append(f"{attr}({parameter.name}={parameter.default!r})")
    kept = [n for n, v in vars(module).items()
            if "LANGUAGE" in n.upper() and n != "MESSAGE_LANGUAGE" and _names_a_language(v)]
    assert not found and not kept, f"{name}: {found or kept}"
