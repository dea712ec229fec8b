"""Fixtures shared by the tests: the parsed seeds and one real site build."""
from __future__ import annotations

import pytest

from support import SEED_SLUGS, SEEDS, load


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
