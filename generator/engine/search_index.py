"""The search index Material's search plugin writes, completed: the report
pages' entries (one per paragraph, made and segmented by search.py) and the
search layer's words.

Material's search plugin indexes one entry per heading section, so a hit
lands on a section. After MkDocs has written the index, `split_index` gives
every ``<div class="para" id="para_N">`` its own entry located at
``page/#para_N``, and keeps in the page's entries only the text outside the
paragraphs (no double hits). It rewrites ``search_index.json`` and, in the
offline build, the ``search_index.js`` copy that the offline plugin made.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from ..i18n import catalog
from ..markup import json_for_js


#: The catalog keys the search layer (overrides/assets/js/search.js) shows.
READER_LABELS = ("search_filters", "search_year", "search_any_year", "search_kind", "search_any_kind",
                 "search_kind_paragraph", "search_kind_recommendation", "search_kind_footnote",
                 "search_kind_decision", "search_kind_document", "search_elsewhere", "language_names")


def reader_config(languages: list[str]) -> dict:
    """What the search layer needs besides the entries: its words in each
    language of the build (from the catalogs). It travels in the index's
    ``config``, the part Material hands to its worker unchanged."""
    return {"labels": {code: {key: catalog(code)[key] for key in READER_LABELS} for code in languages}}


def split_index(site: Path, reports: str, languages: list[str] = (),
                material: Optional[list[dict]] = None) -> None:
    """Add the report pages' entries to the index Material wrote, and to its
    offline copy, with the search layer's words for `languages`. `reports`:
    those entries as JSON, the items of the list without its brackets
    (search.segmented_json); `material`: Material's entries of every
    language's build (merge.py), in place of those of the index's own build."""
    index_file = site / "search" / "search_index.json"
    if not index_file.exists():
        return
    data = json.loads(index_file.read_text(encoding="utf-8"))
    docs = data.pop("docs")
    if material is not None:
        docs = list(material)
    if languages:
        data["config"]["reader"] = reader_config(list(languages))
    # The index as json_for_js writes it, its entries last: the report
    # pages' (most of it) were written as JSON where they were segmented.
    items = ",".join(filter(None, (json_for_js(docs)[1:-1], reports)))
    head = json_for_js(data)[:-1]  # "{…" without its closing brace
    payload = head + ("," if len(head) > 1 else "") + '"docs":[' + items + "]}"
    index_file.write_text(payload, encoding="utf-8")
    offline_copy = site / "search" / "search_index.js"
    if offline_copy.exists():
        offline_copy.write_text(f"var __index = {payload}", encoding="utf-8")
