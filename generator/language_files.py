"""Reading the language files: one ``profiles/<code>.yml`` a language.

A language is data: its file holds every pattern and word the stages look
up (`languages.LanguageProfile`, documented field by field there) and, under
``mentions:``, the words its mention rules read (`mentions.rules`). The
languages are the files found in the folder; nothing in Python lists them.
The README's "Languages" section lists the other files a language takes
(its catalog ``locales/<code>.json`` and, when it writes names of its own,
``data/names/<code>.json``).

The files are YAML so that regular expressions read as written (a single-
quoted YAML string keeps its backslashes). A pattern may name what the file
already says instead of repeating it: ``{months}`` (the ``months``, joined
as alternatives), ``{ordinals}`` (the ``ordinals``), ``{heading_numbers}``
and ``{heading_letters}`` (the words of ``heading_numerals`` that stand for
a number or a letter, longest first, each letter optionally followed by
one of the ``heading_marks``), and in ``mentions:`` ``{bodies}`` (the names
of ``bodies``, longest first), ``{number}`` (a decision number, ``2/6``)
and ``{marks}`` (any of the section's ``marks``, the short vowels Arabic
may write on a word).

A file that does not load is a `SourceError` naming the file, the line
and the key (exit 2): a malformed pattern, a missing key, one no stage reads,
a value of the wrong kind.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import yaml

from .errors import SourceError

#: The folder of the language files.
FOLDER = Path(__file__).parent / "profiles"
#: The YAML reader (LibYAML's when PyYAML has it: the files are read by every process).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: A ``{name}`` placeholder (quantifiers such as ``{1,2}`` are not names).
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Section:
    """A mapping of a language file, and how to name its keys in an error."""

    path: Path
    data: dict
    prefix: str = ""  # ``mentions.`` for the keys of that section
    placeholders: tuple = ()  # (name, alternatives) a pattern may use

    def fail(self, key: str, expected: str, found: str) -> SourceError:
        lines = _lines(self.path)
        for part in self.prefix.split(".")[:-1]:
            lines = lines.get(f"{part}.", {})
        return SourceError(_shown(self.path), lines.get(key, 0), f"{expected} at {self.prefix}{key}", found)

    def check_keys(self, required: Iterable[str], known: Iterable[str]) -> None:
        """Every `required` key present, and no key outside `known`."""
        known = set(known)
        for key in self.data:
            if key not in known:
                near = difflib.get_close_matches(str(key), known, n=1)
                raise self.fail(key, "a key the generator reads" + (f" (did you mean {near[0]}?)" if near else ""),
                                f"unknown key {key!r}")
        for key in required:
            if key not in self.data:
                raise self.fail(key, "a value (the key is required)", "none")

    def value(self, key: str, kind: type, default: Any = None) -> Any:
        value = self.data.get(key, default)
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            raise self.fail(key, f"a {_KIND_NAMES.get(kind, kind.__name__)}", repr(value))
        return value

    def text(self, key: str, default: Optional[str] = None) -> str:
        return self.value(key, str, default)

    def strings(self, key: str, default: tuple = ()) -> tuple[str, ...]:
        value = self.value(key, list, list(default))
        if not all(isinstance(v, str) for v in value):
            raise self.fail(key, "a list of texts", repr(value))
        return tuple(value)

    def pairs(self, key: str, default: tuple = ()) -> tuple[tuple[str, str], ...]:
        value = self.value(key, dict, dict(default))
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise self.fail(key, "a mapping of texts to texts", repr(value))
        return tuple(value.items())

    def pattern(self, key: str, default: Optional[str] = None, wrap: str = "{}") -> re.Pattern:
        """The regular expression at `key`, placeholders filled in; `wrap`
        places a fragment (a character class body) where it is used."""
        source = self.text(key, default)
        try:
            return compile_pattern(wrap.replace("{}", source), self.placeholders)
        except (re.error, KeyError) as error:
            raise self.fail(key, "a regular expression", f"{source!r} ({_reason(error)})") from None

    def patterns(self, key: str) -> tuple[re.Pattern, ...]:
        value = self.value(key, list)
        return tuple(Section(self.path, {key: v}, self.prefix, self.placeholders).pattern(key) for v in value)

    def section(self, key: str, placeholders: tuple = ()) -> "Section":
        """The mapping at `key` (empty when absent), its own keys named ``key.name``."""
        value = self.value(key, dict, {})
        return Section(self.path, value, f"{self.prefix}{key}.", self.placeholders + placeholders)


_KIND_NAMES = {str: "text", list: "list", dict: "mapping", bool: "true or false", int: "whole number"}


def compile_pattern(source: str, placeholders: tuple) -> re.Pattern:
    """`source` with each ``{name}`` of `placeholders` replaced by its
    alternatives; an unknown name is a KeyError."""
    values = dict(placeholders)

    def fill(match: re.Match) -> str:
        if match[1] not in values:
            raise KeyError(f"no placeholder {{{match[1]}}}; have {', '.join(sorted(values)) or 'none'}")
        return values[match[1]]
    return re.compile(PLACEHOLDER.sub(fill, source))


def alternatives(words: Iterable[str], longest_first: bool = False, between: str = "") -> str:
    """``a|b|c`` for a placeholder; `between` may stand after each letter (marks)."""
    words = sorted(words, key=len, reverse=True) if longest_first else list(words)
    if between:
        words = [between.join(word) + between for word in words]
    return "|".join(words)


def _reason(error: Exception) -> str:
    return error.args[0] if isinstance(error, KeyError) else str(error)


def _shown(path: Path) -> str:
    """The file as the user knows it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _lines(path: Path) -> dict:
    """Key → line (1-based) in a language file; ``key.`` → the same for a
    nested mapping. Read only for an error's message."""
    def of(node: yaml.Node) -> dict:
        lines: dict = {}
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                lines[key.value] = key.start_mark.line + 1
                if isinstance(value, yaml.MappingNode):
                    lines[f"{key.value}."] = of(value)
        return lines
    return of(yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER))


def read(path: Path) -> Section:
    """The top-level mapping of one language file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceError(_shown(path), 0, "a readable UTF-8 language file", str(error)) from None
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        raise SourceError(_shown(path), line, "a YAML mapping of a language's patterns and words",
                          f"invalid YAML: {getattr(error, 'problem', None) or error}") from None
    if not isinstance(data, dict):
        raise SourceError(_shown(path), 0, "a YAML mapping of a language's patterns and words", repr(data))
    return Section(path, data, placeholders=_placeholders(data))


def _placeholders(data: dict) -> tuple[tuple[str, str], ...]:
    """The placeholders a file's patterns may use, from its own words (a
    malformed list gives none here; its key's own check names it)."""
    def words(key: str) -> list:
        value = data.get(key)
        return [w for w in value if isinstance(w, str)] if isinstance(value, list) else []
    numerals = data.get("heading_numerals")
    numerals = [(w, n) for w, n in numerals.items() if isinstance(n, str)] if isinstance(numerals, dict) else []
    marks = data.get("heading_marks")
    between = f"[{marks}]?" if isinstance(marks, str) and marks else ""
    return (("months", alternatives(words("months"))), ("ordinals", alternatives(words("ordinals"))),
            ("heading_numbers", alternatives((w for w, n in numerals if n.isdigit()), True, between)),
            ("heading_letters", alternatives((w for w, n in numerals if not n.isdigit()), True, between)))


@lru_cache(maxsize=None)
def sections(folder: Path = FOLDER) -> tuple[tuple[str, Section], ...]:
    """(code, file) of every language file, in the order of their ``priority``
    (the first is the default language; ties between languages go to the
    earlier one), then by code."""
    found = []
    for path in sorted(folder.glob("*.yml")):
        section = read(path)
        found.append((section.value("priority", int), path.stem, section))
    if not found:
        raise SourceError(_shown(folder), 0, "a language file <code>.yml", "none")
    return tuple((code, section) for _, code, section in sorted(found, key=lambda f: (f[0], f[1])))


def build(make: Callable[[str, Section], Any], folder: Path = FOLDER) -> dict[str, Any]:
    """`make` (code, file) for every language file, by code in priority order."""
    return {code: make(code, section) for code, section in sections(folder)}
