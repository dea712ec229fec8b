"""Part of the engine: Material's search plugin indexing without
segmenting Chinese, in every language's build.

Its own segmenting needs jieba's dictionary in every language's process
(most of a second to load; English pages quote Chinese titles too), while
the build's segmenting worker holds it already: it segments the plugin's
entries after the builds (search.segmented_as_material, the plugin's own
treatment), so the index is the same.
"""
from __future__ import annotations


def search_plugin(config):
    """Material's search plugin of a build, if it has one."""
    return config.plugins.get("material/search") or config.plugins.get("search")


def unsegmented_search(plugin) -> None:
    """Make Material's search `plugin` (after its on_config) index without
    segmenting Chinese (see the module docstring)."""
    from material.plugins.search.plugin import SearchIndex

    class UnsegmentedIndex(SearchIndex):
        def _segment_chinese(self, data):
            return data

    plugin.search_index = UnsegmentedIndex(**plugin.config)
