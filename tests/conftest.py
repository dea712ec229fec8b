"""Fixtures shared by the tests: the parsed seeds and one real site build."""
from __future__ import annotations

import pytest

from support import SEED_SLUGS, SEEDS, load

#: Modules that build a site, a bundle or an export (through the command line
#: or the build API), or run the benchmark: marked `slow`, so that
#: ``pytest -m "not slow and not browser"`` is the fast subset (README).
SLOW_MODULES = {
    "test_akn", "test_also_cited", "test_arabic_site", "test_atomic_build", "test_bad_input", "test_bench",
    "test_bilingual", "test_build_es_ru", "test_bundle_hygiene", "test_cli", "test_cli_errors",
    "test_cli_progress", "test_data", "test_english_pages", "test_export_akn", "test_injection", "test_languages",
    "test_lock", "test_metadata", "test_outputs", "test_ownership", "test_readme", "test_real_text",
    "test_recommendations", "test_scale", "test_serve", "test_signals", "test_site", "test_site_links",
    "test_six_languages", "test_incremental", "test_links", "test_html_links", "test_index_paging",
}


def pytest_collection_modifyitems(items):
    for item in items:
        if item.module.__name__.rsplit(".", 1)[-1] in SLOW_MODULES or "built" in item.fixturenames:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def reports():
    """slug → Report for the five seeds."""
    return {SEED_SLUGS[name]: load(name) for name in sorted(SEED_SLUGS)}


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """One real build of the seeds (docs + site) in a temporary folder."""
    from generator.build import BuildOptions, build_site

    root = tmp_path_factory.mktemp("build")
    options = BuildOptions(seeds=SEEDS, docs=root / "docs", site=root / "site")
    result = build_site(options)
    return options, result
