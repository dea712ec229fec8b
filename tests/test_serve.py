"""The editor's preview (python -m generator serve): guarded folder, only the
changed report's pages rewritten, the edit served, the browser told to reload."""
import shutil
import time
import urllib.request

import pytest

from generator.errors import OutputError
from generator.outputs import is_ours
from generator.serve import RELOAD_SCRIPT, Preview, PreviewError
from support import ROOT, SEEDS


def get(preview, path: str) -> str:
    return urllib.request.urlopen(f"http://127.0.0.1:{preview.port}{path}", timeout=10).read().decode("utf-8")


def test_preview_never_uses_the_project_s_site(tmp_path):
    with pytest.raises(PreviewError, match="site/"):
        Preview(SEEDS, port=0, folder=ROOT / "site")
    with pytest.raises(PreviewError):
        Preview(SEEDS, port=0, folder=ROOT / "site" / "preview")


def test_preview_refuses_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="did not make"):
        Preview(SEEDS, port=0, folder=tmp_path)


def test_an_edit_rewrites_its_pages_and_is_served(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    preview = Preview(seeds, port=0, folder=tmp_path / "preview")
    preview.start(watch=True)
    try:
        assert is_ours(preview.folder)
        report = next(r for r in preview.reports if r.slug == "2012-10-17" and r.language == "zh")
        html = get(preview, f"/reports/{report.slug}/")
        assert RELOAD_SCRIPT in html and "预览编辑" not in html
        version = get(preview, "/__preview__/version")
        source = seeds / report.source
        text = source.read_text(encoding="utf-8")
        old = next(p for p in report.paragraphs if p.number and len(p.plain_text()) > 20).plain_text()[:8]
        source.write_text(text.replace(old, "预览编辑" + old, 1), encoding="utf-8")
        deadline = time.monotonic() + 60
        while "预览编辑" not in get(preview, f"/reports/{report.slug}/"):
            assert time.monotonic() < deadline, "the edit was not served within 60 s"
            time.sleep(0.1)
        while get(preview, "/__preview__/version") == version:
            assert time.monotonic() < deadline, "the version did not change"
            time.sleep(0.1)
        assert set(preview.last_rewritten) <= {f"reports/{report.slug}.md", f"reports/{report.slug}.en.md",
                                               f"reports/{report.slug}/parallel.md",
                                               f"reports/{report.slug}/parallel.en.md"}
        assert f"reports/{report.slug}.md" in preview.last_rewritten
        other = get(preview, "/reports/2016-10-17/")  # untouched pages still served
        assert "2016" in other
    finally:
        preview.stop()
