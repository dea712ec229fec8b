"""Issue 22, part 9: the offline bundle holds what a reader needs. Its pages'
canonical links are the pages' online URLs (``…/reports/2012-10-17/``, not
the bundle's ``reports/2012-10-17.html``); no marker file, no theme-seam
record (based-on.json), no source maps."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile

import pytest

from support import ROOT, SEEDS

SITE_URL = "https://reports.example.org/wg-ta/"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    root = tmp_path_factory.mktemp("hygiene")
    (root / "seeds").mkdir()
    shutil.copy(SEEDS / "000_9878c2901082bbba.txt", root / "seeds")
    out = subprocess.run([sys.executable, "-m", "generator", "bundle", "--seeds", str(root / "seeds"), "--dist",
                          str(root / "dist"), "--site-url", SITE_URL, "--quiet"], cwd=ROOT, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    with zipfile.ZipFile(root / "dist" / "wg-ta-reports-offline.zip") as zf:
        return {name.split("/", 1)[1]: zf.read(name) for name in zf.namelist()}


def canonical(page: bytes) -> str:
    (href,) = re.findall(r'<link rel="?canonical"? href="([^"]*)"', page.decode("utf-8"))
    return href


@pytest.mark.parametrize("path, url", [
    ("reports/2012-10-17.html", "reports/2012-10-17/"),
    ("en/reports/2012-10-17.html", "en/reports/2012-10-17/"),
    ("index.html", ""),
    ("en/index.html", "en/"),
    ("decisions.html", "decisions/"),
])
def test_canonical_links_name_the_online_page(bundle, path, url):
    assert canonical(bundle[path]) == SITE_URL + url


def test_no_marker_seam_record_or_source_map_in_the_zip(bundle):
    names = set(bundle)
    assert not [n for n in names if n.rsplit("/", 1)[-1] == ".made-by-wg-ta-generator"]
    assert "based-on.json" not in names
    assert not [n for n in names if n.endswith(".map")]
    assert "index.html" in names and any(n.endswith(".min.js") for n in names)  # what a reader needs stays
