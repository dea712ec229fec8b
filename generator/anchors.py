"""The anchor lock and the redirects: links are forever.

``anchors.lock`` (committed) lists every public id of every report page as
``<url>#<id>``, one per line, sorted. A build fails when a locked id is
missing from the built site; ``python -m generator lock`` adds new ids and
drops one only when told to (``--drop``), so that removing a link is always
a decision someone made on purpose.

``redirects.yml`` (committed) maps a page's old URL to its new one. The build
writes a small HTML page at every old URL that forwards to the new URL and
keeps the ``#fragment``, so a locked ``old-url#para_3`` still lands on
paragraph 3.
"""
from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable

from .errors import LinkError, SourceError
from .markup import html_attr, html_text, json_for_js
from .model import Report, by_meeting, shown_in
from .languages import profile
from .urls import built_file, language_of, public_url, report_url, url_prefix

LOCK_HEADER = ("# Anchor lock: every public id of every report page (<url>#<id>), sorted.\n"
               "# Checked by every build; update with `python -m generator lock`.\n")


def public_anchors(reports: Iterable[Report], languages: tuple[str, ...]) -> set[str]:
    """Every id of every report page, in every language: a meeting has a
    page in each language (showing another language's text when it has no
    version of its own), so zh ``reports/x/#para_1`` and en
    ``en/reports/x/#para_1`` are both public (the first of `languages` at the root)."""
    out = set()
    for versions in by_meeting(list(reports)).values():
        for language in languages:
            shown = shown_in(versions, language, languages)
            out.update(f"{public_url(language, report_url(shown.slug), languages[0])}#{eid}" for eid in shown.ids())
    return out


#: How to make a lock that does not exist yet.
INIT_HINT = "create it with `un-reports lock --init --lock FILE`"


def read_lock(path: Path) -> list[str]:
    """The locked entries. A lock that is missing, is not UTF-8 text or
    holds a line that is not ``<url>#<id>`` is an error naming the file and
    line (exit 2): anchor protection is never off without a word."""
    text = _read_text(path, "an anchor lock", INIT_HINT)
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "#" not in line or any(c.isspace() or not c.isprintable() for c in line):
            raise SourceError(str(path), number, "a line <url>#<id> (an anchor lock)", repr(line[:60]))
        entries.append(line)
    return entries


def _read_text(path: Path, what: str, hint: str) -> str:
    """The UTF-8 text of `path`, or a `SourceError` naming it (and the line
    of the first byte that is not UTF-8)."""
    if not path.is_file():
        found = "a folder" if path.is_dir() else f"no such file ({hint})"
        raise SourceError(str(path), 0, what, found)
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise SourceError(str(path), line, f"{what} in UTF-8 text",
                          f"byte 0x{data[error.start]:02x}, not text") from None


def write_lock(path: Path, entries: Iterable[str]) -> None:
    path.write_text(LOCK_HEADER + "".join(f"{e}\n" for e in sorted(set(entries))), encoding="utf-8")


def read_redirects(path: Path | None, languages: tuple[str, ...]) -> dict[str, str]:
    """old URL → new URL, both site-relative and ending with ``/``. A file
    that is missing, is not YAML or holds anything but such a mapping is an
    error naming the file and line (exit 2). An old URL without a language
    prefix moves in every language of `languages` (the first at the root)."""
    if path is None:
        return {}
    import yaml

    text = _read_text(path, "a redirects file (YAML, old_url: new_url)",
                      "create it, or leave --redirects out for none")
    expected = "a mapping old_url: new_url of site-relative URLs ending with '/' (e.g. reports/2012-10-17/)"
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise SourceError(str(path), mark.line + 1 if mark else 0, "YAML (old_url: new_url)",
                          " ".join(str(getattr(error, "problem", None) or error).split())) from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise SourceError(str(path), root.start_mark.line + 1, expected, f"a YAML {root.id}")
    out: dict[str, str] = {}
    for key, value in root.value:
        line = key.start_mark.line + 1
        for node in (key, value):
            url = node.value if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str") else None
            if url is None or not url.endswith("/") or url.startswith(("/", "http")) or ".." in url \
                    or any(c.isspace() or c in "#?\"'<>\\" for c in url):
                shown = node.value if isinstance(node, yaml.ScalarNode) else f"a YAML {node.id}"
                raise SourceError(str(path), node.start_mark.line + 1, expected, repr(shown))
        if key.value in out:
            raise SourceError(str(path), line, "each old URL once", f"{key.value!r} again")
        out[key.value] = value.value
    # A page moves in every language: reports/a/ → reports/b/ also moves
    # en/reports/a/ → en/reports/b/ (unless the file says otherwise).
    root = languages[0]
    for old, new in list(out.items()):
        if not any(old.startswith(url_prefix(lang, root)) for lang in languages if url_prefix(lang, root)):
            for lang in languages:
                prefix = url_prefix(lang, root)
                if prefix:
                    out.setdefault(prefix + old, prefix + new)
    return out


def resolve(url: str, redirects: dict[str, str]) -> str:
    """Follow redirects from `url` to the page that is really there."""
    seen = {url}
    while url in redirects:
        url = redirects[url]
        if url in seen:
            raise LinkError(f"redirects loop through {url}")
        seen.add(url)
    return url


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)


def page_ids(site: Path, url: str, directory_urls: bool = True) -> set[str] | None:
    """Ids on the built page at `url`, or None when there is no such page."""
    path = built_file(site, url, directory_urls)
    if not path.is_file():
        return None
    parser = _Ids()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.ids


def missing_in_site(locked: Iterable[str], site: Path, redirects: dict[str, str],
                    directory_urls: bool = True) -> list[str]:
    """Locked entries that the built site at `site` does not resolve."""
    cache: dict[str, set[str] | None] = {}
    missing = []
    for entry in locked:
        url, _, eid = entry.partition("#")
        target = resolve(url, redirects)
        if target not in cache:
            cache[target] = page_ids(site, target, directory_urls)
        if cache[target] is None or eid not in cache[target]:
            missing.append(entry)
    return missing


def missing_in_model(locked: Iterable[str], reports: Iterable[Report], redirects: dict[str, str],
                     languages: tuple[str, ...]) -> list[str]:
    current = public_anchors(reports, languages)
    out = []
    for entry in locked:
        url, _, eid = entry.partition("#")
        if f"{resolve(url, redirects)}#{eid}" not in current:
            out.append(entry)
    return out


def lock_error(missing: list[str], lock_path: Path) -> LinkError:
    shown = "\n  ".join(missing[:50]) + (f"\n  … and {len(missing) - 50} more" if len(missing) > 50 else "")
    return LinkError(f"{len(missing)} locked anchor(s) of {lock_path.name} would disappear:\n  {shown}\n"
                     f"Restore them, add a redirect in redirects.yml for a page that moved, or drop them "
                     f"on purpose with `un-reports lock --drop URL#ID`.")


def update_lock(locked: list[str], reports: Iterable[Report], redirects: dict[str, str],
                languages: tuple[str, ...], drop: Iterable[str] = ()) -> tuple[list[str], list[str], list[str]]:
    """(new lock, added entries, entries still missing that were not dropped)."""
    drop = set(drop)
    kept = [e for e in locked if e not in drop]
    missing = missing_in_model(kept, reports, redirects, languages)
    current = public_anchors(reports, languages)
    added = sorted(current - set(kept))
    return sorted(set(kept) | current), added, missing


REDIRECT_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="canonical" href="{target}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={target}">
<script>location.replace({target_js} + location.hash);</script>
</head>
<body><p><a href="{target}">{target}</a></p></body>
</html>
"""


def write_redirects(site: Path, redirects: dict[str, str], languages: tuple[str, ...],
                    directory_urls: bool = True) -> None:
    """A forwarding page at every old URL of `redirects` inside the built `site`
    (``old/index.html`` online, ``old.html`` in the offline build)."""
    for old, new in sorted(redirects.items()):
        target_url = resolve(new, redirects)
        if page_ids(site, target_url, directory_urls) is None:
            raise LinkError(f"redirect {old} → {new}: no page at {target_url}")
        page = built_file(site, old, directory_urls)
        if page.exists():
            raise LinkError(f"redirect {old} → {new}: a page still exists at {old}")
        here = posixpath.dirname(page.relative_to(site).as_posix()) or "."
        target = posixpath.relpath(built_file(Path(), new, directory_urls).as_posix(), here)
        if directory_urls:
            target = target.removesuffix("index.html") or "./"
        page.parent.mkdir(parents=True, exist_ok=True)
        lang = profile(language_of(old, languages)).html_lang  # the page's own language part
        page.write_text(REDIRECT_PAGE.format(lang=lang, title=html_text(new), target=html_attr(target),
                                             target_js=json_for_js(target)), encoding="utf-8")
