"""The engine's configuration: the config file read as MkDocs reads it,
checked before any work, and the plugins' settings each build decides."""
from __future__ import annotations

import contextlib
import logging
import os
import subprocess
from pathlib import Path

from ..errors import SourceError, UsageError
from ..ownership import ROOT

#: Where the offline build finds the iframe-worker polyfill (`make vendor`
#: fetches it from the npm registry), and where the pages load it from: the
#: path must contain "iframe-worker", or Material adds its unpkg.com copy.
POLYFILL_SOURCE = ROOT / "vendor" / "iframe-worker" / "shim.js"
POLYFILL_PATH = "assets/javascripts/iframe-worker/shim.js"


def build_date_epoch(root: Path = ROOT) -> str:
    """A fixed build date so that two builds of one checkout give equal bytes."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, timeout=10)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return "0"


@contextlib.contextmanager
def config_errors(config_file: Path):
    """MkDocs logs each configuration problem on its own line and then
    aborts: gathered here into one error naming the file (exit 2); the
    warnings of a configuration it accepts are logged as usual."""
    from mkdocs.exceptions import Abort, ConfigurationError

    said: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = said.append
    logger = logging.getLogger("mkdocs.config")
    propagate, logger.propagate = logger.propagate, False
    logger.addHandler(handler)
    try:
        yield
    except (Abort, ConfigurationError) as error:
        problems = [" ".join(r.getMessage().split()) for r in said if r.levelno >= logging.ERROR] \
            or [" ".join(r.getMessage().split()) for r in said] or [" ".join(str(error).split())]
        raise SourceError(str(config_file), 0, "a valid MkDocs configuration", "; ".join(problems)) from None
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
    for record in said:
        logger.handle(record)


def check_config(config_file: Path) -> dict:
    """The settings of `config_file` if it is a MkDocs configuration (a YAML
    mapping with a ``site_name``); else an error naming the file, the line
    where known and what to do (exit 2)."""
    import yaml

    if not config_file.is_file():
        found = "a folder" if config_file.is_dir() else "no such file"
        raise UsageError(f"--config {config_file}: {found}; name a MkDocs configuration file (mkdocs.yml)")
    expected = "a MkDocs configuration (YAML with site_name)"
    from mkdocs.exceptions import ConfigurationError

    try:
        settings = config_file_settings(config_file)
    except UnicodeDecodeError:
        raise SourceError(str(config_file), 0, expected, "bytes that are not UTF-8 text") from None
    except (yaml.YAMLError, ConfigurationError) as error:
        cause = error if isinstance(error, yaml.YAMLError) else error.__context__ or error.__cause__
        mark = getattr(cause, "problem_mark", None)
        raise SourceError(str(config_file), mark.line + 1 if mark else 0, expected,
                          " ".join(str(getattr(cause, "problem", None) or error).split())) from None
    if not isinstance(settings, dict) or not settings.get("site_name"):
        found = "no site_name" if isinstance(settings, dict) else f"a YAML {type(settings).__name__}"
        raise SourceError(str(config_file), 0, expected, found)
    return settings


def config_file_settings(config_file: Path) -> dict:
    """The configuration file as written (MkDocs' own YAML loader: it knows
    the file's tags)."""
    from mkdocs.utils import yaml_load

    with open(config_file, encoding="utf-8") as stream:
        return yaml_load(stream) or {}


def configured_plugins(settings: dict, languages: tuple[str, ...], offline: bool = False) -> list:
    """The config file's plugins with what the build decides: the search
    plugin's languages, the offline plugin's switch (the bundle). An
    ``i18n`` entry (a configuration written for mkdocs-static-i18n) is left
    out: the engine builds each language itself (languages.py). The search
    plugin gets no jieba dictionary: its entries are segmented after the
    build, by the jieba that segments the report pages' entries (run.py)."""
    out = []
    for plugin in settings.get("plugins") or []:
        if plugin == "i18n" or isinstance(plugin, dict) and "i18n" in plugin:
            continue
        if plugin == "search" or isinstance(plugin, dict) and "search" in plugin:
            options = plugin["search"] if isinstance(plugin, dict) else {}
            # Its word rules follow the build's languages (lunr's, by code).
            plugin = {"search": {**(options or {}), "lang": list(languages)}}
        elif plugin == "offline" or isinstance(plugin, dict) and "offline" in plugin:
            options = plugin["offline"] if isinstance(plugin, dict) else {}
            plugin = {"offline": {**(options or {}), "enabled": offline}}
        out.append(plugin)
    return out
