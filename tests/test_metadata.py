"""The editor's metadata (issue 25, part 5): ``metadata.yml`` beside the
sources, checked line by line through the command line (exit 2 naming the
file and line), and a symbol that reaches the citation, the report's facts
(undocs.org in the page's language), the Akoma Ntoso FRBR metadata and the
JSON; an issued date that reaches the JSON and the feed; a title for a
language the meeting has no source in."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from support import ROOT, SEEDS

ENGLISH = Path(__file__).parent / "fixtures" / "en" / "wg-ta-2012-en.txt"
SEED_2012 = "000_9878c2901082bbba.txt"
SEED_2016 = "003_ad63e9abc5f799f5.txt"


def run(*args):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)


def folder(tmp_path: Path, metadata: str) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in (SEED_2012, SEED_2016):
        shutil.copy2(SEEDS / name, seeds)
    shutil.copy2(ENGLISH, seeds)
    (seeds / "metadata.yml").write_text(metadata, encoding="utf-8")
    return seeds


@pytest.mark.parametrize("text, line, found", [
    ("2012-10-17:\n  symbol: CTOC/COP/WG.2/2012/4\n2012-10-19:\n  issued: 2012-11-01\n", 3, "found 2012-10-19"),
    ("2012-10-17:\n  symbl: CTOC/COP/WG.2/2012/4\n", 2, "found 'symbl'"),
    ("2012-10-17:\n  symbol: CTOC COP 2012\n", 2, "found 'CTOC COP 2012'"),
    ("2012-10-17:\n  symbol: <script>\n", 2, "found '<script>'"),
    ("2016-10-17:\n  issued: 19 October 2016\n", 2, "found '19 October 2016'"),
    ("2016-10-17:\n  title:\n    xx: Report\n", 3, "found 'xx'"),
    ("2012-10-17:\n  title:\n    en: Another title\n", 3, "found en"),  # the meeting has an English source
    ("17 October 2012:\n  symbol: CTOC/COP/WG.2/2012/4\n", 1, "found '17 October 2012'"),
    ("2012-10-17: [\n", 2, "found"),
])
def test_bad_metadata_is_exit_2_naming_the_file_and_line(tmp_path, text, line, found):
    seeds = folder(tmp_path, text)
    result = run("build", "--seeds", str(seeds), "--site", str(tmp_path / "site"), "--quiet")
    assert result.returncode == 2, result.stderr
    message = result.stderr.strip()
    assert message.startswith(f"error: {seeds / 'metadata.yml'}:{line}: expected"), message
    assert found in message and "Traceback" not in message and len(message.splitlines()) == 1
    assert not (tmp_path / "site").exists()  # nothing written


@pytest.mark.parametrize("command", ["check", "parse", "lock"])
def test_check_parse_and_lock_read_the_metadata_too(tmp_path, command):
    """An editor's first look (`check`) and one file's model (`parse`, with
    the metadata beside the file) read the same metadata as a build."""
    seeds = folder(tmp_path, "2012-10-17:\n  symbol: CTOC/COP/WG.2/2012/4\n  issued: 2012-11-05\n")
    args = {"check": ["check", "--seeds", str(seeds)], "parse": ["parse", str(seeds / SEED_2012)],
            "lock": ["lock", "--seeds", str(seeds), "--lock", str(tmp_path / "a.lock")]}[command]
    if command == "lock":
        assert run(*args, "--init").returncode == 0
    result = run(*args)
    assert result.returncode == 0, result.stderr
    if command == "parse":
        model = json.loads(result.stdout)
        assert model["symbol"] == "CTOC/COP/WG.2/2012/4"
    (seeds / "metadata.yml").write_text("2012-10-17:\n  symbl: CTOC/COP/WG.2/2012/4\n", encoding="utf-8")
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.strip() == (f"error: {seeds / 'metadata.yml'}:2: expected "
                                      + result.stderr.split(": expected ", 1)[1].strip()), result.stderr
    assert "found 'symbl'" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_symbol_that_contradicts_the_source_is_refused(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(SEEDS / "001_daa1a7a192d79f16.txt", seeds)  # prints CTOC/COP/2008/7
    (seeds / "metadata.yml").write_text("2007-10-03:\n  symbol: CTOC/COP/2008/8\n", encoding="utf-8")
    result = run("build", "--seeds", str(seeds), "--site", str(tmp_path / "site"), "--quiet")
    assert result.returncode == 2 and ":2: expected the symbol 001_daa1a7a192d79f16.txt prints (CTOC/COP/2008/7)" in result.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("meta")
    seeds = folder(root, "# the editor's\n2012-10-17:\n  symbol: CTOC/COP/WG.2/2012/4\n  issued: 2012-11-05\n"
                         "2016-10-17:\n  title:\n    en: Report of the 2016 meeting <b>(unofficial)</b>\n")
    result = run("build", "--seeds", str(seeds), "--site", str(root / "site"), "--site-url", "https://example.org/",
                 "--quiet")
    assert result.returncode == 0, result.stderr
    assert "metadata.yml" not in result.stderr  # not warned about as a stray entry
    return root / "site"


def soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_the_symbol_reaches_citation_facts_akn_and_json(built):
    for prefix, lang in (("", "zh"), ("en/", "en")):
        page = soup(built, f"{prefix}reports/2012-10-17/")
        assert "CTOC/COP/WG.2/2012/4" in page.select_one(".para-labels")["data-cite"]
        link = page.select_one(".report-facts a.symbol-link")
        assert link["href"] == f"https://undocs.org/{lang}/CTOC/COP/WG.2/2012/4"
        assert link.get_text() == "CTOC/COP/WG.2/2012/4"
        ld = json.loads(page.select_one('script[type="application/ld+json"]').string)
        assert ld["identifier"] == "CTOC/COP/WG.2/2012/4" and ld["datePublished"] == "2012-11-05"
    for lang in ("zh", "en"):
        xml = etree.parse(str(built / f"akn/2012-10-17.{lang}.xml"))
        aliases = xml.xpath("//*[local-name()='FRBRWork']/*[local-name()='FRBRalias'][@name='symbol']/@value")
        assert set(aliases) == {"CTOC/COP/WG.2/2012/4"}  # the report's and its annex's Work
        data = json.loads((built / f"data/2012-10-17.{lang}.json").read_text(encoding="utf-8"))
        assert data["symbol"] == "CTOC/COP/WG.2/2012/4" and data["issued"] == "2012-11-05"
    feed = (built / "feeds/reports.en.atom").read_text(encoding="utf-8")
    assert re.search(r"<id>https://example.org/en/reports/2012-10-17/</id>\s*<title>[^<]*</title>\s*"
                     r"<updated>2012-11-05T00:00:00Z</updated>", feed)
    # A meeting without metadata keeps no symbol.
    assert soup(built, "reports/2016-10-17/").select_one(".report-facts a.symbol-link") is None


def test_a_title_for_a_language_without_a_source(built):
    page = soup(built, "en/reports/2016-10-17/")
    assert page.select_one("title").get_text().startswith("2016-10-17 Report of the 2016 meeting <b>(unofficial)</b>")
    assert page.find("b") is None  # escaped where it lands
    assert "Report of the 2016 meeting <b>(unofficial)</b>" in (built / "feeds/reports.en.atom").read_text(
        encoding="utf-8").replace("&lt;", "<").replace("&gt;", ">")


def test_the_project_metadata_holds_only_what_the_sources_print():
    """seeds/metadata.yml: each value is printed in its report's source."""
    import yaml
    from generator.metadata import read_metadata
    entries = read_metadata(SEEDS / "metadata.yml")
    assert set(entries) == {"2007-10-03", "2023-05-29"}
    assert entries["2007-10-03"].symbol == "CTOC/COP/2008/7"
    assert "CTOC/COP/2008/7" in (SEEDS / "001_daa1a7a192d79f16.txt").read_text(encoding="utf-8")
    assert entries["2023-05-29"].issued.isoformat() == "2023-06-13" and entries["2023-05-29"].symbol is None
    assert re.search(r"Distr\.: General\s+13 June 2023", (SEEDS / "004_1128377bf6bc7323.txt").read_text(encoding="utf-8"))
    assert yaml.safe_load((SEEDS / "metadata.yml").read_text(encoding="utf-8"))
