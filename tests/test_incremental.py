"""Incremental docs/: a rebuild rewrites only the pages whose content changed."""
import os
from pathlib import Path

import pytest

from support import LANGUAGES, SEEDS
from generator.incremental import MANIFEST, sync_tree
from generator.build import load_reports, source_files
from generator.context import BuildContext
from generator.render import render_pages as render_context


def render_pages(reports):
    return render_context(BuildContext.of(reports, LANGUAGES))


PAGES = {"index.md": "# home\n", "reports/a.md": "A\n", "reports/b.md": "B\n"}


def sync(pages, target):
    return sync_tree(pages, target)


def mtimes(root):
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def test_first_build_writes_everything_and_a_manifest(tmp_path):
    result = sync(PAGES, tmp_path / "docs")
    assert result.written == sorted(PAGES)
    assert (tmp_path / "docs" / MANIFEST).is_file()
    assert (tmp_path / "docs/reports/a.md").read_text(encoding="utf-8") == "A\n"


def test_only_changed_pages_are_written(tmp_path):
    docs = tmp_path / "docs"
    sync(PAGES, docs)
    os.utime(docs / "reports/a.md", ns=(1, 1))  # a mark that a rewrite would replace
    result = sync({**PAGES, "reports/b.md": "B2\n"}, docs)
    assert (result.written, result.deleted, result.unchanged) == (["reports/b.md"], [], 2)
    assert (docs / "reports/a.md").stat().st_mtime_ns == 1
    assert (docs / "reports/b.md").read_text(encoding="utf-8") == "B2\n"


def test_nothing_changed_writes_nothing(tmp_path):
    docs = tmp_path / "docs"
    sync(PAGES, docs)
    before = mtimes(docs)
    result = sync(dict(PAGES), docs)
    assert result.written == [] and result.deleted == []
    assert mtimes(docs) == before


def test_vanished_pages_are_deleted(tmp_path):
    docs = tmp_path / "docs"
    sync(PAGES, docs)
    result = sync({"index.md": "# home\n"}, docs)
    assert result.deleted == ["reports/a.md", "reports/b.md"]
    assert not (docs / "reports").exists()


def test_a_page_edited_by_hand_is_restored(tmp_path):
    """The manifest alone would call it current; the bytes on disk decide."""
    docs = tmp_path / "docs"
    sync(PAGES, docs)
    (docs / "reports/a.md").write_text("X\n", encoding="utf-8")
    (docs / "index.md").unlink()
    result = sync(PAGES, docs)
    assert result.written == ["index.md", "reports/a.md"]
    assert (docs / "reports/a.md").read_text(encoding="utf-8") == "A\n"


def test_a_failed_write_leaves_docs_as_it_was(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    sync(PAGES, docs)
    before = {p: (docs / p).read_bytes() for p in PAGES}
    real_write = Path.write_text

    def disk_full_at_the_third_file(self, *args, **kwargs):
        if self.name.startswith(".c.md"):
            raise OSError("No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", disk_full_at_the_third_file)
    with pytest.raises(OSError):
        sync({"index.md": "# new home\n", "reports/a.md": "A2\n", "reports/c.md": "C\n"}, docs)
    monkeypatch.setattr(Path, "write_text", real_write)
    assert {p: (docs / p).read_bytes() for p in PAGES} == before
    assert sorted(p.name for p in docs.rglob("*") if p.is_file()) == [MANIFEST, "a.md", "b.md", "index.md"]


def test_one_changed_report_rewrites_its_page_and_the_index_it_touches(tmp_path):
    """Real seeds: add a paragraph to one report; its page and the home page
    (which counts paragraphs) are rewritten in both languages, the other
    report pages and the index pages (no mention changed) are not."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in source_files(SEEDS):
        (seeds / path.name).write_bytes(path.read_bytes())
    docs = tmp_path / "docs"
    assert len(sync_tree(render_pages(load_reports(source_files(seeds))[0]), docs).written) == 28  # 2 scripts' words

    src = seeds / "000_9878c2901082bbba.txt"
    src.write_text(src.read_text(encoding="utf-8").replace(
        "\n 附件", "\n25. 工作组通过了本报告。\n 附件", 1), encoding="utf-8")
    pages = render_pages(load_reports(source_files(seeds))[0])
    result = sync_tree(pages, docs)
    assert result.written == ["index.en.md", "index.md", "reports/2012-10-17.en.md", "reports/2012-10-17.md"]
    assert result.unchanged == 24 and result.deleted == []
    assert "工作组通过了本报告" in (docs / "reports/2012-10-17.md").read_text(encoding="utf-8")
