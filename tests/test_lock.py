"""Item 5: the anchor lock — a locked link never silently disappears."""
from __future__ import annotations

import shutil

import pytest

from support import LANGUAGES, ROOT, SEEDS
from generator import anchors
from generator.cli import main
from generator.errors import LinkError, SourceError
from generator.build import BuildOptions, build_site, load_reports, source_files

SEED_2012 = "000_9878c2901082bbba.txt"


def test_committed_lock_is_complete_and_current(reports):
    locked = anchors.read_lock(ROOT / "anchors.lock")
    assert locked == sorted(locked) and len(set(locked)) == len(locked)
    assert set(locked) == anchors.public_anchors(reports.values(), LANGUAGES)
    assert "reports/2012-10-17/#para_1" in locked and "reports/2018-05-28/#para_nn_1" in locked


@pytest.fixture
def one_seed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / SEED_2012, seeds / SEED_2012)
    lock = tmp_path / "anchors.lock"
    (tmp_path / "none.yml").write_text("{}\n", encoding="utf-8")  # no redirects
    assert main(["lock", "--init", "--seeds", str(seeds), "--lock", str(lock),
                 "--redirects", str(tmp_path / "none.yml")]) == 0
    return tmp_path, seeds, lock


def options(root, seeds, lock, redirects=None):
    return BuildOptions(seeds=seeds, docs=root / "docs", site=root / "site", lock=lock,
                        redirects=redirects or root / "none.yml")


def test_build_fails_naming_the_vanished_id_and_keeps_the_old_site(one_seed):
    root, seeds, lock = one_seed
    build_site(options(root, seeds, lock))
    before = (root / "site" / "reports" / "2012-10-17" / "index.html").read_bytes()
    # Paragraph 24 loses its subparagraph (b): a locked id vanishes.
    text = (seeds / SEED_2012).read_text(encoding="utf-8")
    (seeds / SEED_2012).write_text(text.replace(" (b) 鼓励各缔约国", " 鼓励各缔约国"), encoding="utf-8")
    with pytest.raises(LinkError) as caught:
        build_site(options(root, seeds, lock))
    assert "reports/2012-10-17/#para_24__subpara_b" in str(caught.value)
    assert "2 locked anchor" in str(caught.value)  # in both languages
    assert "en/reports/2012-10-17/#para_24__subpara_b" in str(caught.value)
    assert (root / "site" / "reports" / "2012-10-17" / "index.html").read_bytes() == before


def test_lock_command_adds_new_ids_and_drops_only_on_request(one_seed, capsys):
    root, seeds, lock = one_seed
    lines = anchors.read_lock(lock)
    assert len(lines) == 2 * len(load_reports(source_files(seeds))[0][0].ids())  # zh and en pages
    text = (seeds / SEED_2012).read_text(encoding="utf-8")
    assert "条款。 \n 附件" in text
    (seeds / SEED_2012).write_text(text.replace(" (b) 鼓励各缔约国", " 鼓励各缔约国").replace(
        "条款。 \n 附件", "条款。\n\n25. 新的一段。\n\n26. 又一段。\n 附件"), encoding="utf-8")
    args = ["lock", "--seeds", str(seeds), "--lock", str(lock), "--redirects", str(root / "none.yml")]
    assert main(args) == 3  # as build: a locked anchor would break
    assert "reports/2012-10-17/#para_24__subpara_b" in capsys.readouterr().err
    assert anchors.read_lock(lock) == lines  # unchanged
    assert main(args + ["--drop", "reports/2012-10-17/#para_24__subpara_b"]) == 3  # en still locked
    assert main(args + ["--drop", "reports/2012-10-17/#para_24__subpara_b",
                        "--drop", "en/reports/2012-10-17/#para_24__subpara_b"]) == 0
    new = anchors.read_lock(lock)
    assert "reports/2012-10-17/#para_24__subpara_b" not in new
    assert {"reports/2012-10-17/#para_25", "reports/2012-10-17/#para_26"} <= set(new)
    assert main(args + ["--drop", "reports/2012-10-17/#nothing"]) == 2  # names nothing: a usage error


def test_a_moved_page_keeps_a_redirect_that_keeps_the_fragment(one_seed):
    root, seeds, lock = one_seed
    # The report used to live at reports/2012-10-18/: its old links are locked too.
    old = [e.replace("2012-10-17", "2012-10-18") for e in anchors.read_lock(lock)]
    anchors.write_lock(lock, anchors.read_lock(lock) + old)
    with pytest.raises(LinkError) as caught:
        build_site(options(root, seeds, lock))
    assert "reports/2012-10-18/#para_3" in str(caught.value)
    redirects = root / "redirects.yml"
    redirects.write_text("reports/2012-10-18/: reports/2012-10-17/\n", encoding="utf-8")
    build_site(options(root, seeds, lock, redirects))
    stub = (root / "site" / "reports" / "2012-10-18" / "index.html").read_text(encoding="utf-8")
    assert 'content="0; url=../2012-10-17/"' in stub
    assert 'location.replace("../2012-10-17/" + location.hash)' in stub
    en_stub = (root / "site" / "en" / "reports" / "2012-10-18" / "index.html").read_text(encoding="utf-8")
    assert 'content="0; url=../2012-10-17/"' in en_stub
    # Each forwarding page is in the language of its part of the site.
    assert '<html lang="zh-Hans">' in stub and '<html lang="en">' in en_stub


def test_a_redirect_to_nowhere_fails_the_build(one_seed):
    root, seeds, lock = one_seed
    redirects = root / "redirects.yml"
    redirects.write_text("reports/old/: reports/1999-01-01/\n", encoding="utf-8")
    with pytest.raises(LinkError, match="no page at (en/)?reports/1999-01-01/"):
        build_site(options(root, seeds, lock, redirects))
    redirects.write_text("- not a mapping\n", encoding="utf-8")
    with pytest.raises(SourceError, match="redirects.yml:1: expected a mapping"):
        anchors.read_redirects(redirects, LANGUAGES)


def test_the_bundle_passes_the_same_lock_and_carries_the_redirect_pages(one_seed, capsys):
    """Issue 9, item 5: one pipeline. The bundle fails (exit 3) where the
    site would, and forwards old URLs to new ones, in file:// form."""
    import zipfile

    root, seeds, lock = one_seed
    text = (seeds / SEED_2012).read_text(encoding="utf-8")
    (seeds / SEED_2012).write_text(text.replace(" (b) 鼓励各缔约国", " 鼓励各缔约国"), encoding="utf-8")
    args = ["bundle", "--seeds", str(seeds), "--lock", str(lock), "--redirects", str(root / "none.yml"),
            "--dist", str(root / "dist"), "--quiet"]
    assert main(args) == 3
    assert "reports/2012-10-17/#para_24__subpara_b" in capsys.readouterr().err
    assert not (root / "dist" / "wg-ta-reports-offline.zip").exists()
    assert main(args + ["--keep-going"]) == 1  # built, and the vanished anchor named
    assert "missing locked anchor: reports/2012-10-17/#para_24__subpara_b" in capsys.readouterr().err

    (seeds / SEED_2012).write_text(text, encoding="utf-8")
    old = [e.replace("2012-10-17", "2012-10-18") for e in anchors.read_lock(lock)]
    anchors.write_lock(lock, anchors.read_lock(lock) + old)
    redirects = root / "redirects.yml"
    redirects.write_text("reports/2012-10-18/: reports/2012-10-17/\n", encoding="utf-8")
    assert main(["bundle", "--seeds", str(seeds), "--lock", str(lock), "--redirects", str(redirects),
                 "--dist", str(root / "dist"), "--quiet"]) == 0
    with zipfile.ZipFile(root / "dist" / "wg-ta-reports-offline.zip") as zf:
        stub = zf.read("wg-ta-reports-offline/reports/2012-10-18.html").decode("utf-8")
        en_stub = zf.read("wg-ta-reports-offline/en/reports/2012-10-18.html").decode("utf-8")
        assert "wg-ta-reports-offline/reports/2012-10-17.html" in zf.namelist()
    assert 'content="0; url=2012-10-17.html"' in stub and 'location.replace("2012-10-17.html"' in stub
    assert 'content="0; url=2012-10-17.html"' in en_stub
