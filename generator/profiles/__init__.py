"""Each language's data for its `languages.LanguageProfile`, one module a
language (``zh.py``, ``en.py``, ``fr.py``, ``es.py``, ``ru.py``, ``ar.py``),
what they share in ``common.py``.

Kept apart from `languages` (the profile's fields, documented there, and the
look-ups) so that a language is a page of data: another language costs a
module here and its name in `languages.PROFILES`, no parser code. The dicts
are plain keyword arguments; a misspelt field fails at import.
"""
from __future__ import annotations

from .ar import AR
from .common import MONTHS_EN, agenda_cell, annex, annex_columns
from .en import EN
from .es import ES
from .fr import FR
from .ru import RU
from .zh import ZH

__all__ = ["AR", "EN", "ES", "FR", "RU", "ZH", "MONTHS_EN", "agenda_cell", "annex", "annex_columns"]
