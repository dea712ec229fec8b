"""Every label the generator writes, from one catalog per language.

The catalogs are ``locales/<lang>.json``; all must have the same keys (a
test checks it), so that no page is half translated. Which languages a
build has is its settings' (settings.py), handed to every stage.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).parent / "locales"


def has_catalog(language: str) -> bool:
    return (_DIR / f"{language}.json").exists()


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
