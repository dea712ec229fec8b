"""The site engine: everything that knows MkDocs or Material (and how one
site is made of one build per language), behind the few calls the pipeline
makes.

The pipeline (build.py, serve.py) hands the engine rendered Markdown pages
in a docs folder, the files to publish as they are, and the build's context;
the engine turns them into a site folder:

- `check_config`, `config_file_settings`: the configuration file, read and
  checked as the engine reads it (exit 2 naming the file and line);
- `start_segmenting`, `search_dictionary`: the report pages' search entries,
  started before the render so that jieba's work overlaps it;
- `start_language_processes`: the processes that build the languages side
  by side (`LanguageProcesses`), started before the render so that their
  start overlaps it;
- `mkdocs_build`: the pages into a site folder (online, or the offline
  bundle), one MkDocs build per language side by side, calling
  ``page_done(n)`` as pages are built;
- `preview_build`: the editor's preview, whole or only the changed pages;
- `build_date_epoch`, `POLYFILL_SOURCE`, `POLYFILL_PATH`: the fixed build
  date and the offline bundle's search polyfill.

A second engine is a sibling package with these names (see the README).
"""
from importlib import import_module

#: Each name of the interface → its module here. Loaded when first used: a
#: language process (processes.py) imports this package for its own
#: modules only, and would otherwise load the whole pipeline first (a
#: quarter of a second at every build, in every language process).
_NAMES = {"POLYFILL_PATH": "config", "POLYFILL_SOURCE": "config", "build_date_epoch": "config",
          "check_config": "config", "config_file_settings": "config", "preview_build": "preview",
          "LanguageProcesses": "processes", "mkdocs_build": "run", "search_dictionary": "run",
          "start_language_processes": "run", "start_segmenting": "run"}

__all__ = sorted(_NAMES)


def __getattr__(name: str):
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_NAMES[name]}", __name__), name)
