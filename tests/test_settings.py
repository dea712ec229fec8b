"""One settings object per command (issue 23): mkdocs.yml read once where
the command starts, the site URL and the languages resolved there, the root
language the first of them and nothing else."""
from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from generator.build import BuildOptions
from generator.errors import SourceError, UsageError
from generator.settings import configured_languages, resolve
from support import ROOT

CONFIG = ROOT / "mkdocs.yml"


def english_first(folder: Path) -> Path:
    """The project's configuration with English listed first (and its theme
    in English): a site with English at the root."""
    text = CONFIG.read_text(encoding="utf-8")
    assert "  languages: [zh, en]\n" in text and "  custom_dir: overrides\n" in text
    text = (text.replace("  languages: [zh, en]\n", "  languages: [en, zh]\n")
            .replace("  language: zh\n", "  language: en\n")
            .replace("  custom_dir: overrides\n", f"  custom_dir: {ROOT / 'overrides'}\n"))
    path = folder / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_project_settings():
    settings = BuildOptions().settings()
    assert settings.config_file == CONFIG and settings.languages == ("zh", "en") and settings.root == "zh"
    assert settings.site_url == settings.config["site_url"] == "https://ctoc-reports.example.org/"
    assert settings.use_directory_urls


def test_the_config_file_is_read_once(monkeypatch):
    opened = []
    real = builtins.open

    def counting(file, *args, **kwargs):
        if Path(str(file)).name == "mkdocs.yml":
            opened.append(file)
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting)
    BuildOptions(lock=None, redirects=None).check()
    assert len(opened) == 1


def test_the_options_win_over_the_file():
    settings = BuildOptions(site_url="https://example.org/x/", languages=("zh", "en", "fr")).settings()
    assert settings.site_url == "https://example.org/x/" and settings.languages == ("zh", "en", "fr")
    with pytest.raises(UsageError, match="--site-url"):
        BuildOptions(site_url="https://example.org/<x>").settings()


def test_the_root_is_the_config_files_first_language(tmp_path):
    """The file's site name and theme are its first language's: --languages
    keeps it first (today's rule), and a file listing English first puts
    English at the root (the root once came from the project's file, whatever
    --config said, and such a file was refused)."""
    with pytest.raises(SourceError, match="the first zh"):
        BuildOptions(languages=("en", "zh")).settings()
    config = english_first(tmp_path)
    settings = BuildOptions(config_file=config).settings()
    assert settings.languages == ("en", "zh") and settings.root == "en"
    assert BuildOptions(config_file=config, languages=("en", "zh", "fr")).settings().root == "en"
    with pytest.raises(SourceError, match="the first en"):
        BuildOptions(config_file=config, languages=("zh", "en")).settings()


def test_a_file_without_languages_builds_the_first_profiles():
    assert configured_languages({"site_name": "x"}) == ("zh",)
    assert configured_languages({"extra": {"languages": ["zh", "en"]}}) == ("zh", "en")
    assert configured_languages({"plugins": ["search", {"i18n": {"languages": [{"locale": "en"}, "zh"]}}]}) == ("en", "zh")
    assert resolve(CONFIG, {"site_name": "x"}).languages == ("zh",)
