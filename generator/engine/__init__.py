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
from .config import POLYFILL_PATH, POLYFILL_SOURCE, build_date_epoch, check_config, config_file_settings
from .preview import preview_build
from .processes import LanguageProcesses
from .run import mkdocs_build, search_dictionary, start_language_processes, start_segmenting

__all__ = ["POLYFILL_PATH", "POLYFILL_SOURCE", "LanguageProcesses", "build_date_epoch", "check_config", "config_file_settings",
           "mkdocs_build", "preview_build", "search_dictionary", "start_language_processes", "start_segmenting"]
