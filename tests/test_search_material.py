"""Material's own search entries (every page but the reports') are made
unsegmented by each language's build (engine/languages.py
`unsegmented_search`) and segmented afterwards by the build's segmenting
worker, which holds jieba and the user dictionary already
(search.segmented_as_material): the index is what Material's plugin would
have written, and no language's build loads jieba's dictionary."""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from generator.search import SEGMENT_CACHE, SegmentingAhead, _use_dictionary, reset_jieba, segmented_as_material
from support import ROOT, SEEDS

#: A user dictionary that changes how jieba cuts the texts below.
DICTIONARY = "技术援助问题政府专家工作组 100000 nt\n"
TEXTS = ["技术援助问题政府专家工作组会议报告", "2012 年 10 月 17 日 — CTOC/COP/WG.2/2012/1 临时议程",
         "The Working Group (技术援助) met", "", "\u200b援助\u200b", "<p>a &amp; b 工作组</p>"]


def material_segmented(entry: dict) -> dict:
    """What Material's search plugin itself puts in its index for `entry`'s
    title and text (its `_segment_chinese`, with this process's jieba)."""
    from material.plugins.search.plugin import SearchIndex

    index = SearchIndex()
    return {**entry, "title": index._segment_chinese(entry["title"]), "text": index._segment_chinese(entry["text"])}


@pytest.fixture
def user_dictionary():
    _use_dictionary(DICTIONARY)
    yield
    reset_jieba()


def test_material_entries_are_segmented_as_material_segments_them(user_dictionary):
    entries = [{"location": f"page/#s{k}", "title": text, "text": TEXTS[-k - 1], "boost": 2}
               for k, text in enumerate(TEXTS)]
    out = segmented_as_material(entries)
    assert out == [material_segmented(entry) for entry in entries]
    assert [list(entry) for entry in out] == [["location", "title", "text", "boost"]] * len(TEXTS)
    assert "技术援助问题政府专家工作组" in out[0]["title"].split("\u200b")  # the user dictionary's word
    assert entries[0]["title"] == TEXTS[0]  # the builds' entries are left as they are


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.text(st.sampled_from("技术援助问题政府专家工作组会议 a.\u3000、"), max_size=40))
def test_any_text_is_segmented_as_material_segments_it(user_dictionary, text):
    entry = {"location": "x/", "title": text, "text": text}
    assert segmented_as_material([entry]) == [material_segmented(entry)]


def test_the_preview_segments_material_entries_with_the_user_dictionary(monkeypatch):
    """The preview segments in its own process (no worker): it loads the
    user dictionary itself, since no language build loads it any more."""
    import generator.search as search

    monkeypatch.setattr(search, "SEGMENT_CACHE", {})
    reset_jieba()
    try:
        entry = {"location": "x/", "title": TEXTS[0], "text": TEXTS[1]}
        reports, material = SegmentingAhead().give([], DICTIONARY, True).result([entry])
        assert reports == "" and material == [material_segmented(entry)]
        assert "技术援助问题政府专家工作组" in material[0]["title"].split("\u200b")
    finally:
        reset_jieba()
    assert SEGMENT_CACHE is None


@pytest.mark.slow
def test_no_language_build_loads_jieba(tmp_path):
    """A build of the seeds (its languages built in the build's own
    process): jieba's dictionary is never loaded there (the recurrences'
    texts are cut by the search worker), and the index holds
    Material's entries segmented (the seeds' index pages quote Chinese)."""
    script = (
        "import json, sys, jieba\n"
        "from pathlib import Path\n"
        "from generator.build import BuildOptions, build_site\n"
        f"build_site(BuildOptions(seeds=Path({str(SEEDS)!r}), site=Path({str(tmp_path / 'site')!r}),"
        f" docs=Path({str(tmp_path / 'docs')!r}), lock=None, site_url='https://example.org/'))\n"
        "import generator.segmenter as plain\n"
        "print(json.dumps([bool(jieba.dt.initialized), plain._PLAIN is not None]))\n")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={"SOURCE_DATE_EPOCH": "1700000000", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    # Neither the search's jieba nor the plain one of the recurrences (cut by
    # the search worker, segmenter.py) is loaded in the build's process.
    assert out.stdout.strip().splitlines()[-1] == "[false, false]"
    import json

    docs = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    decisions = [d for d in docs if d["location"].startswith("decisions/") and "决定" in d["text"]]
    assert decisions and all("\u200b" in d["text"] for d in decisions)


def test_a_build_with_unsegmented_search_indexes_as_material_does(tmp_path):
    """Real MkDocs builds (Material and its search plugin), with and without
    `unsegmented_search` (as each language's build sets it, after the
    plugin's on_config): its entries, segmented afterwards, are the plugin's own."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.plugins import BasePlugin, event_priority

    from generator.engine.material_search import search_plugin, unsegmented_search

    class Unsegmented(BasePlugin):
        @event_priority(-100)
        def on_config(self, config):
            unsegmented_search(search_plugin(config))

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# 技术援助问题政府专家工作组\n\nThe group (工作组) met.\n\n## 会议 {: #m }\n\n"
                                   "缔约方会议第 3/2 号决定\n", encoding="utf-8")
    (docs / "excluded.md").write_text("---\nsearch:\n  exclude: true\n---\n\n# 报告\n", encoding="utf-8")
    entries = {}
    for way in ("material", "unsegmented"):
        config = load_config(config_file=None, site_name="t", docs_dir=str(docs), site_dir=str(tmp_path / way),
                             theme={"name": "material"}, plugins=["search"], site_url="https://example.org/")
        if way == "unsegmented":
            config.plugins["unsegmented"] = Unsegmented()
        _use_dictionary(DICTIONARY)  # as Material's plugin would load it (jieba_dict_user)
        try:
            build(config)
        finally:
            reset_jieba()
        entries[way] = search_plugin(config).search_index.entries
    assert len(entries["material"]) == 2 and all("\u200b" in e["text"] for e in entries["material"])
    assert not any("\u200b" in e["title"] + e["text"] for e in entries["unsegmented"])
    _use_dictionary(DICTIONARY)
    try:
        assert segmented_as_material(entries["unsegmented"]) == entries["material"]
    finally:
        reset_jieba()
