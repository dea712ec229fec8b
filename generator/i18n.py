"""Every label the generator writes, from one catalog per language, and the
languages the site is built in.

The catalogs are ``locales/<lang>.json``; all must have the same keys (a
test checks it), so that no page is half translated.

The languages of the site are listed in one place, ``extra: languages:``
in ``mkdocs.yml`` (codes, the first at the site root, e.g. ``[zh, en]``);
the engine builds each language's part of the site (generator/engine/). ``build --languages zh,en,fr``
builds other languages for one run: the languages travel with the build
(`context.BuildContext.languages`), never in a global.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from .errors import SourceError
from .languages import PROFILES

_DIR = Path(__file__).parent / "locales"
CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"


class _Settings(yaml.SafeLoader):
    """YAML as a person wrote it: tags that MkDocs would resolve (``!ENV``,
    ``!!python/name:``) read as nothing; only plain settings are read here
    (MkDocs itself reads the file in engine/config.py, the one seam with it)."""


_Settings.add_multi_constructor("", lambda loader, suffix, node: None)


@lru_cache(maxsize=None)
def configured_languages(config_file: Path = CONFIG) -> tuple[str, ...]:
    """The language codes listed in `config_file`: its ``extra: languages:``
    (or, in a configuration written for mkdocs-static-i18n, that plugin's)."""
    with open(config_file, encoding="utf-8") as stream:
        config = yaml.load(stream, Loader=_Settings) or {}
    extra = config.get("extra") if isinstance(config.get("extra"), dict) else {}
    if extra.get("languages"):
        return tuple(extra["languages"])
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            codes = (plugin["i18n"] or {}).get("languages") or []
            return tuple(c if isinstance(c, str) else c["locale"] for c in codes)
    return tuple(PROFILES)[:1]  # no list: the first profile's language only


#: The project's languages, the first at the site root.
LANGUAGES: tuple[str, ...] = configured_languages()
DEFAULT_LANGUAGE = LANGUAGES[0]


def check_languages(codes: Sequence[str]) -> tuple[str, ...]:
    """`codes` as a build's languages, or a clear error: each needs a
    profile and a catalog, and the first is the default (the site root)."""
    codes = tuple(codes)
    unknown = [c for c in codes if c not in PROFILES or not (_DIR / f"{c}.json").exists()]
    if unknown or not codes or codes[0] != DEFAULT_LANGUAGE:
        raise SourceError("--languages", 0, f"language codes with a profile and a catalog "
                          f"({', '.join(sorted(PROFILES))}), the first {DEFAULT_LANGUAGE} (the site root)",
                          ",".join(codes))
    return codes


@lru_cache(maxsize=None)
def catalog(language: str) -> dict:
    path = _DIR / f"{language}.json"
    if not path.exists():
        have = sorted(p.stem for p in _DIR.glob("*.json"))
        raise KeyError(f"no catalog for language {language!r}; have {', '.join(have)}")
    return json.loads(path.read_text(encoding="utf-8"))


def label(language: str, key: str, **values) -> str:
    """The label `key` in `language`, with ``{name}`` fields filled in."""
    text = catalog(language)[key]
    return text.format(**values) if values else text


#: The language of the parser's warnings and other messages of the generator
#: (pages in other languages mark them with it).
MESSAGE_LANGUAGE = "en"
