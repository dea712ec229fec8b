"""Real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright —
no browser download) against the site served on 127.0.0.1 and against the
offline bundle unpacked and opened from file://.

The site under test is built from the seeds plus the English fixture of the
2012 report, so that both a bilingual report and Chinese-only ones are there.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers import ARTIFACTS, SITE_URL, served  # noqa: F401
from generator.build import BuildOptions, build_bundle, build_site
from generator.engine import POLYFILL_SOURCE
from support import seeds_with

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ENGLISH_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "en" / "wg-ta-2012-en.txt"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, ENGLISH_FIXTURE)
    return seeds


@pytest.fixture(scope="session")
def online_site(corpus, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("online")
    options = BuildOptions(seeds=corpus, docs=root / "docs", site=root / "site", site_url=SITE_URL, lock=None)
    build_site(options)
    return options.site


@pytest.fixture(scope="session")
def bundle_dir(corpus, tmp_path_factory) -> Path:
    if not POLYFILL_SOURCE.exists():
        pytest.fail("the iframe-worker polyfill is missing: run `make vendor` (make test does)")
    root = tmp_path_factory.mktemp("bundle")
    archive = build_bundle(BuildOptions(seeds=corpus, site_url=SITE_URL), root / "dist").archive
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(root / "unpacked")
    return root / "unpacked" / "wg-ta-reports-offline"


@pytest.fixture(scope="session")
def http_base(online_site):
    with served(online_site) as base:
        yield base


@pytest.fixture(scope="session")
def file_base(bundle_dir):
    return bundle_dir.as_uri() + "/"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: run `make system-deps` (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Requests:
    """Every request the pages of a context make (iframes and workers too)."""

    def __init__(self, context):
        self.urls: list[str] = []
        context.on("request", lambda request: self.urls.append(request.url))

    def outside(self, *prefixes: str) -> list[str]:
        return [u for u in self.urls if not u.startswith(prefixes)]


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.requests = Requests(context)
    yield context
    context.close()


@pytest.fixture(params=["http", "file"])
def where(request, http_base, file_base):
    """(base URL, page path maker): the online site and the offline bundle."""
    if request.param == "http":
        return request.param, http_base, lambda path: path
    return request.param, file_base, lambda path: (path.rstrip("/") + ".html") if path else "index.html"
