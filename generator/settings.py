"""One command's settings, resolved once where it starts and passed down.

The command-line options (`build.BuildOptions`) and the configuration file
(``mkdocs.yml``, read once here, as written) give one `Settings`: the file,
its settings, the canonical site URL and the languages of the build, the
first at the site root. No module reads the configuration file on its own
or keeps a language in a global: every stage is handed what it needs (the
languages, the root language, the site URL) by the caller.

Which languages the site is built in is said in one place, the i18n
plugin's ``languages`` in the configuration file (codes, the first at the
site root, e.g. ``[zh, en]``); ``build --languages zh,en,fr`` builds other
languages for one run, with the same first language: the configuration
file's site name and theme are that language's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from .errors import SourceError
from .i18n import has_catalog
from .languages import PROFILES
from .urls import check_site_url


@dataclass(frozen=True)
class Settings:
    config_file: Path
    #: The site's languages, the first at the site root (its pages have no prefix).
    languages: tuple[str, ...]
    #: The canonical site URL ("" when neither the options nor the file give one).
    site_url: str = ""
    #: The configuration file as written (MkDocs' own YAML reading).
    config: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def root(self) -> str:
        """The language at the site root."""
        return self.languages[0]

    @property
    def use_directory_urls(self) -> bool:
        return bool(self.config.get("use_directory_urls", True))


def resolve(config_file: Path, config: dict, site_url: Optional[str] = None,
            languages: Optional[Sequence[str]] = None) -> Settings:
    """The settings of one command from its options (`site_url`,
    `languages`: None when not given) and its configuration file's
    settings `config` (read once by the caller): either URL is checked
    (`urls.check_site_url`), the languages too (`check_languages`)."""
    if site_url:
        url = check_site_url(site_url, "--site-url")
    else:
        url = config.get("site_url") or ""
        url = check_site_url(url, f"site_url of {config_file}") if url else ""
    listed = configured_languages(config)
    return Settings(Path(config_file), check_languages(languages or listed, listed[0]), url, config)


def configured_languages(config: dict) -> tuple[str, ...]:
    """The language codes a configuration file lists (its ``extra:
    languages:``, or in a file written for mkdocs-static-i18n that plugin's
    ``languages``); without such a list, the first profile's language."""
    extra = config.get("extra") if isinstance(config.get("extra"), dict) else {}
    if extra.get("languages"):
        return tuple(extra["languages"])
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            codes = (plugin["i18n"] or {}).get("languages") or []
            if codes:
                return tuple(c if isinstance(c, str) else c["locale"] for c in codes)
    return tuple(PROFILES)[:1]


def check_languages(codes: Sequence[str], root: str) -> tuple[str, ...]:
    """`codes` as a build's languages, or a clear error: each needs a
    profile and a catalog, and the first is `root`, the configuration
    file's first language (its site name and theme are that language's)."""
    codes = tuple(codes)
    unknown = [c for c in codes if c not in PROFILES or not has_catalog(c)]
    if unknown or not codes or codes[0] != root:
        raise SourceError("--languages", 0, f"language codes with a profile and a catalog "
                          f"({', '.join(sorted(PROFILES))}), the first {root} (the site root)",
                          ",".join(codes))
    return codes
