"""The words of the site's scripts in one language: a report page's
(overrides/assets/js/paragraphs.js) and the names of the light/dark switch
(drawn by a script, generator/engine/palette.py), as one script file per
language (`urls.labels_path`) that every page of that language loads
(overrides/main.html): a script rather than JSON, so that it loads from
file:// in the offline bundle too.

Written on every page, these words were the same few hundred bytes on each
of a language's report pages (as readers receive them, gzip); the page
keeps only what is its own (`ReportPage.labels`: its citation and URL).

The script names every anchored item from its id with the catalog's
``pin_*`` templates and the profile's letters, as `citation.item_label`
does (tests/browser/test_reader_links.py compares the two on every item).
"""
from __future__ import annotations

from ..i18n import catalog
from ..languages import profile
from ..markup import json_for_js

#: The script's name of each word (paragraphs.js) → its catalog key.
SCRIPT_WORDS = {
    "linkCopied": "link_copied", "citeCopied": "cite_copied", "textCopied": "text_copied",
    "copyFailed": "copy_failed", "copyLink": "copy_link", "copyCite": "copy_cite", "copyText": "copy_text",
    "rangeCopied": "range_copied", "citeText": "cite_text", "pinPara": "pin_para", "pinParas": "pin_paras",
    "unknown": "anchor_unknown", "unknownOther": "anchor_unknown_other", "partial": "anchor_partial",
    "help": "controls_help", "rangeMode": "range_mode", "rangeFirst": "range_first",
}


class _Kept(dict):
    """Every ``{name}`` of a template kept for the script to fill."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def template(language: str, key: str) -> str:
    """A catalog entry as the script fills it: its ``{name}`` fields kept
    (``{{`` read as ``{``, as `i18n.label` reads it)."""
    return catalog(language)[key].format_map(_Kept())


def labels_script(language: str) -> str:
    """The script that gives paragraphs.js its words in `language`:
    ``window.reportLabels``, with the page language's tag and direction (for
    controls inside text in another language) and what names an item
    (``pins``: the ``pin_*`` templates; ``letters``: subparagraph letters as
    the language prints them); and the names of the palette switch's
    toggles, in the configuration's order (``palette``: to dark, to light)."""
    words = catalog(language)
    lang = profile(language)
    data = {name: template(language, key) for name, key in SCRIPT_WORDS.items()}
    data.update(sep=lang.list_separator, lang=lang.html_lang, dir=lang.direction, letters=list(lang.letters),
                pins={key: template(language, key) for key in sorted(words) if key.startswith("pin_")},
                palette=[words["palette_dark"], words["palette_light"]])
    return f"window.reportLabels = {json_for_js(data)};\n"
