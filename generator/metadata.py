"""The editor's metadata: what a report's source does not print in a form
the parser reads, or does not print at all, given once beside the sources.

``metadata.yml`` in the sources folder maps a meeting's first day
(``YYYY-MM-DD``, the report's slug) to:

- ``symbol``: the report's own UN document symbol (``CTOC/COP/WG.2/2012/4``);
- ``issued``: the date the report was issued (``YYYY-MM-DD``);
- ``title``: per language code, the report's title on that language's pages
  of a meeting that has no source in that language.

Everything is checked before anything is built: a date that is no meeting
of the sources, a key or a language that does not exist, a malformed symbol
or date, a symbol that contradicts the one the source prints: each is an
error naming the file and the line (exit 2). The file is optional.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Optional

import yaml

from .akn.meta import issue_date
from .errors import SourceError
from .languages import PROFILES
from .model import Report
from .patterns import SYMBOL_LINE
from .sources import METADATA

#: The file's name, in the sources folder.
METADATA_NAME = METADATA
KEYS = ("symbol", "issued", "title")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Entry:
    """One meeting's metadata, with the line of each value (for errors)."""

    slug: str
    line: int
    symbol: Optional[str] = None
    issued: Optional[dt.date] = None
    titles: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


def _line(node) -> int:
    return node.start_mark.line + 1


def _date(path: Path, node, what: str) -> dt.date:
    text = node.value if isinstance(node, yaml.ScalarNode) else ""
    try:
        if not DATE.fullmatch(text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise SourceError(str(path), _line(node), f"{what} as YYYY-MM-DD", repr(text) if text else "no date") from None


def read_metadata(path: Path) -> dict[str, Entry]:
    """The entries of a metadata file by slug, checked for form; {} without a file."""
    if not path.is_file():
        return {}
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise SourceError(str(path), mark.line + 1 if mark else 0, "well-formed YAML",
                          error.problem or "unreadable") from None
    except UnicodeDecodeError:
        raise SourceError(str(path), 0, "UTF-8 text", "bytes that are not UTF-8") from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise SourceError(str(path), _line(root), "meeting dates (YYYY-MM-DD:) with their metadata", "something else")
    entries: dict[str, Entry] = {}
    for key_node, value in root.value:
        slug = _date(path, key_node, "a meeting's first day").isoformat()
        if slug in entries:
            raise SourceError(str(path), _line(key_node), "each meeting once",
                              f"{slug} again (first at line {entries[slug].line})")
        entry = entries[slug] = Entry(slug, _line(key_node))
        if not isinstance(value, yaml.MappingNode):
            raise SourceError(str(path), _line(value), f"{', '.join(KEYS)} under {slug}", "no mapping")
        for name_node, item in value.value:
            name = name_node.value
            entry.lines[name] = _line(name_node)
            if name not in KEYS:
                raise SourceError(str(path), _line(name_node), f"one of {', '.join(KEYS)}", repr(name))
            if name == "symbol":
                symbol = item.value if isinstance(item, yaml.ScalarNode) else ""
                if not SYMBOL_LINE.fullmatch(symbol) or len(symbol) > 80:
                    raise SourceError(str(path), _line(item), "a UN document symbol (CTOC/COP/WG.2/2012/4)",
                                      repr(symbol) if symbol else "no symbol")
                entry.symbol = symbol
            elif name == "issued":
                entry.issued = _date(path, item, "the issued date")
            else:
                if not isinstance(item, yaml.MappingNode):
                    raise SourceError(str(path), _line(item), "a title per language code (en: …)", "no mapping")
                for lang_node, text in item.value:
                    if lang_node.value not in PROFILES:
                        raise SourceError(str(path), _line(lang_node),
                                          f"a language code ({', '.join(sorted(PROFILES))})", repr(lang_node.value))
                    if not isinstance(text, yaml.ScalarNode) or not text.value.strip():
                        raise SourceError(str(path), _line(text), "a title", "no text")
                    entry.titles[lang_node.value] = " ".join(text.value.split())
                    entry.lines[f"title.{lang_node.value}"] = _line(lang_node)
    return entries


def apply_metadata(reports: list[Report], path: Optional[Path], partial: bool = False) -> None:
    """Give `reports` the metadata of `path` (`read_metadata`; None: none):
    symbol, issued date, titles. Every date must be a meeting of `reports`
    (unless `partial`: some reports were skipped, and a date may be theirs)."""
    entries = read_metadata(path) if path is not None else {}
    by_slug: dict[str, list[Report]] = {}
    for report in reports:
        by_slug.setdefault(report.slug, []).append(report)
    for slug, entry in entries.items():
        versions = by_slug.get(slug)
        if not versions:
            if partial:
                continue
            known = ", ".join(sorted(by_slug)) or "none"
            raise SourceError(str(path), entry.line, f"the first day of a meeting of the sources ({known})", slug)
        for report in versions:
            if entry.symbol and report.symbol and report.symbol != entry.symbol:
                raise SourceError(str(path), entry.lines["symbol"], f"the symbol {report.source} prints "
                                  f"({report.symbol}) or none", entry.symbol)
        for lang in entry.titles:
            own = next((r for r in versions if r.language == lang), None)
            if own is not None:
                raise SourceError(str(path), entry.lines[f"title.{lang}"],
                                  f"a title in a language the meeting has no source in (its {lang} source "
                                  f"{own.source} gives its own)", lang)
        for report in versions:
            if entry.symbol:
                report.symbol = entry.symbol
            if entry.issued:
                report.issued = entry.issued
            report.titles = dict(entry.titles)


def issued(report: Report) -> dt.date:
    """The report's date for feeds and data: its issued date when the
    editor's metadata gives one, else the one its cover prints (as the
    Akoma Ntoso export reads it), else the meeting's last day."""
    return report.issued or issue_date(SimpleNamespace(report=report))[0] or report.meeting.end
