"""Names of things in each language: countries and organisations, bodies,
cities. All of it is data:

- ``data/countries.json`` and ``data/bodies.json`` hold each record's name
  per language (``"zh"``, ``"en"`` …), ``data/cities.json`` each city's,
  ``data/groups.json`` each meeting body's (the working groups, with their
  earlier names as ``variants``: `group_name`);
- a language may keep its names in a file of its own,
  ``data/names/<code>.json`` (``{"countries": {key: name}, "bodies": {…},
  "cities": {…}}``), which wins over the records; there too, the other
  forms a title may give a city in (``city_forms``: Russian ``в Вене``) and
  the words that identify a meeting body in a title of that language
  (``group_match``), beside the records' ``match``;
- a name missing in a language is taken from the languages of its profile's
  `name_fallback`, then it is the key itself.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .languages import PROFILES

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=None)
def _own(language: str) -> dict:
    path = DATA / "names" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@lru_cache(maxsize=None)
def _records() -> dict[str, dict[str, dict]]:
    """kind → key → record (the names per language, and more)."""
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    bodies = json.loads((DATA / "bodies.json").read_text(encoding="utf-8"))
    cities = json.loads((DATA / "cities.json").read_text(encoding="utf-8"))
    groups = json.loads((DATA / "groups.json").read_text(encoding="utf-8"))
    participants = {r["key"]: r for r in countries["countries"] + countries["organisations"]}
    return {"countries": participants, "bodies": bodies["bodies"],
            "body_titles": {k: v["title"] for k, v in bodies["bodies"].items() if "title" in v},
            "cities": {k: v for k, v in cities.items() if not k.startswith("_")},
            "groups": {k: v for k, v in groups.items() if not k.startswith("_")}}


def name(kind: str, key: str, language: str) -> str:
    """The name of `key` (a participant, body or city) in `language`.
    kind: countries (countries and organisations) | bodies | body_titles (full names) | cities | groups."""
    return _named(kind, key, language)[0]


def name_language(kind: str, key: str, language: str) -> str:
    """The language `name` gives `key`'s name in: `language`, one of its
    profile's `name_fallback`, or "" (the key itself). A page marks a
    name in another language than its own with that language's ``lang``."""
    return _named(kind, key, language)[1]


def _named(kind: str, key: str, language: str) -> tuple[str, str]:
    for lang in (language, *getattr(PROFILES.get(language), "name_fallback", ())):
        found = _own(lang).get(kind, {}).get(key) or _records()[kind].get(key, {}).get(lang)
        if found:
            return found, lang
    return key, ""


def other_forms(kind: str, language: str) -> dict[str, list[str]]:
    """Key → the other forms `language`'s texts give a name in
    (``data/names/<code>.json``, ``<kind>_forms``: ``country_forms``,
    ``city_forms``), for languages that decline names."""
    return _own(language).get(f"{kind}_forms", {})


def names_of(kind: str) -> dict[str, dict]:
    """Every record of `kind` by key (e.g. the bodies with full titles)."""
    return _records()[kind]


def has_name(kind: str, key: str, language: str) -> bool:
    """Whether `language` itself names `key` (no fallback)."""
    return bool(_own(language).get(kind, {}).get(key) or _records()[kind].get(key, {}).get(language))


def city_key(city: str) -> str:
    """The model's key of a city named in any language (``维也纳``,
    ``Vienne`` → ``Vienna``); an unknown city is its own key."""
    for key, record in _records()["cities"].items():
        if city == key or city in record.values():
            return key
    for lang in PROFILES:
        for key, own in _own(lang).get("cities", {}).items():
            if city == own or city in other_forms("city", lang).get(key, ()):
                return key
    return city


def group_name(body: str, language: str, fallback: bool = True) -> str:
    """The name in `language` of the meeting body a title names, as it was
    named then: the record's `variants` (its earlier names) first, so the
    2007 report's ``技术援助问题不限成员名额政府专家临时工作组`` is the "Open-ended
    Interim Working Group …" in English, not today's name. "" when no record
    matches or the record has no name in `language` (nor, with `fallback`,
    in its fallback languages)."""
    key = group_key(body)
    if not key:
        return ""
    lowered = body.lower()
    record = _records()["groups"][key]
    variant = next((v for v in record.get("variants", ())
                    if any(word.lower() in lowered for word in v.get("match", ()))), None)
    if variant is None:
        if not fallback and not has_name("groups", key, language):
            return ""
        found = name("groups", key, language)
        return "" if found == key else found
    fallbacks = getattr(PROFILES.get(language), "name_fallback", ()) if fallback else ()
    for lang in (language, *fallbacks):
        if variant.get(lang):
            return variant[lang]
    return ""


def group_key(body: str) -> str:
    """The key of the meeting body a title names (``技术援助问题不限成员名额政府
    专家临时工作组`` → ``wg-ta``); "" when no record matches."""
    lowered = body.lower()
    for key, record in _records()["groups"].items():
        if any(word.lower() in lowered for word in record.get("match", ())):
            return key
    for lang in PROFILES:  # a language's own words for a group (data/names/<code>.json, group_match)
        for key, words in _own(lang).get("group_match", {}).items():
            if any(word.lower() in lowered for word in words):
                return key
    return ""
