"""Every label the generator writes, from one catalog per language.

The catalogs are ``locales/<lang>.json``; both must have the same keys (a
test checks it), so that no page is half translated.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
_DIR = Path(__file__).parent / "locales"


@lru_cache(maxsize=None)
def catalog(language: str) -> dict:
    if language not in LANGUAGES:
        raise KeyError(f"no catalog for language {language!r}; have {', '.join(LANGUAGES)}")
    return json.loads((_DIR / f"{language}.json").read_text(encoding="utf-8"))


def label(language: str, key: str, **values) -> str:
    """The label `key` in `language`, with ``{name}`` fields filled in."""
    text = catalog(language)[key]
    return text.format(**values) if values else text
