"""Languages as data: profiles, catalogs and names; a French fixture in the
UN PDF layout builds /fr/ pages with the Chinese report's ids when French is
enabled for a build (``build --languages zh,en,fr``), without any code for
French; the project's own languages come from mkdocs.yml alone."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.errors import SourceError
from generator.languages import PROFILES, profile
from generator.names import city_key, name
from generator.parse import detect_language, parse
from generator.read import read_source
from support import SEEDS, page, seeds_with

FRENCH = Path(__file__).parent / "fixtures" / "fr" / "wg-ta-2012-fr-pdf.txt"
SEED_2012 = SEEDS / "000_9878c2901082bbba.txt"
LOCALES = Path(__file__).resolve().parent.parent / "generator" / "locales"


def test_the_project_languages_are_the_config_list():
    languages = BuildOptions().settings().languages
    assert languages == ("zh", "en")
    assert all(code in PROFILES for code in languages)


def test_every_catalog_has_the_same_keys():
    keys = {p.stem: set(json.loads(p.read_text(encoding="utf-8"))) for p in LOCALES.glob("*.json")}
    assert set(keys) >= {"zh", "en", "fr"}
    assert all(k == keys["zh"] for k in keys.values())
    codes = {p.stem: set(json.loads(p.read_text(encoding="utf-8"))["quality_codes"]) for p in LOCALES.glob("*.json")}
    assert all(c == codes["zh"] for c in codes.values())


def test_every_profile_has_what_pages_need():
    for code, p in PROFILES.items():
        assert p.code == code and p.name and p.html_lang and p.undocs
        assert {"day", "days2", "range", "range_months", "range_years", "month", "year"} <= dict(p.date_formats).keys()
        assert len(p.ordinals) >= 11  # sessions of the Conference so far
        assert (LOCALES / f"{code}.json").exists()


@pytest.mark.parametrize("code, start, end, precision, text", [
    ("zh", "2012-10-17", "2012-10-18", "day", "2012 年 10 月 17 日和 18 日"),
    ("en", "2012-10-17", "2012-10-18", "day", "17 and 18 October 2012"),
    ("fr", "2012-10-17", "2012-10-18", "day", "17 et 18 octobre 2012"),
    ("en", "2018-05-28", "2018-05-31", "day", "28 to 31 May 2018"),
    ("zh", "2018-05-28", "2018-05-31", "day", "2018 年 5 月 28 日至 31 日"),
    ("en", "2023-05-30", "2023-06-02", "day", "30 May to 2 June 2023"),
    ("en", "2012-10-18", None, "day", "18 October 2012"),
    ("zh", "2006-10-01", "2006-10-31", "month", "2006 年 10 月"),
    ("en", "2006-10-01", "2006-10-31", "month", "October 2006"),
    ("en", "2007-01-01", "2007-12-31", "year", "2007"),
])
def test_dates_as_readers_write_them(code, start, end, precision, text):
    end = dt.date.fromisoformat(end) if end else None
    assert profile(code).date(dt.date.fromisoformat(start), end, precision) == text


def test_names_by_language_with_fallback():
    assert [name("cities", "Vienna", c) for c in ("zh", "en", "fr")] == ["维也纳", "Vienna", "Vienne"]
    assert city_key("维也纳") == city_key("Vienne") == city_key("Vienna") == "Vienna"
    assert name("countries", "iran-islamic-republic-of", "fr") == "Iran (République islamique d’)"
    assert name("countries", "zimbabwe", "fr") == "Zimbabwe"  # no French name: the profile's fallback (en)
    assert name("bodies", "cop", "en") == "Conference of the Parties"


def test_language_is_recognised_from_the_text():
    assert detect_language(read_source(FRENCH)) == "fr"
    assert detect_language(read_source(SEED_2012)) == "zh"
    assert detect_language((Path(__file__).parent / "fixtures" / "en" / "wg-ta-2012-en-pdf.txt")
                           .read_text(encoding="utf-8")) == "en"


def test_french_fixture_parses_to_the_chinese_ids():
    french = parse(read_source(FRENCH), FRENCH.name)
    chinese = parse(read_source(SEED_2012), SEED_2012.name)
    assert french.language == "fr" and french.slug == "2012-10-17" and french.symbol == "CTOC/COP/WG.2/2012/5"
    assert (french.meeting.start, french.meeting.end, french.meeting.city) == (
        dt.date(2012, 10, 17), dt.date(2012, 10, 18), "Vienna")
    assert french.ids() == chinese.ids()
    assert [p.id for p in french.paragraphs] == [f"para_{n}" for n in range(1, 25)]
    assert [(f.id, f.referenced_from) for f in french.footnotes] == [("fn_1", "para_3"), ("fn_2", "para_4")]
    para4 = french.paragraphs[3]
    assert "ordre du jour, adopté à la première séance" in para4.text  # joined across the page break
    assert "recommandations pertinentes" in french.paragraphs[6].text  # recom- / mandations
    assert not french.warnings


def test_a_french_file_that_is_no_report_is_refused_in_french(tmp_path):
    text = "Nations Unies\n\nNote du Secrétariat sur la documentation de la réunion et sur les " \
           "travaux du groupe de travail, pour information.\n"
    with pytest.raises(SourceError) as caught:
        parse(text, "note.txt")
    assert "Rapport sur la réunion" in caught.value.expected and "tenue à Vienne" in caught.value.expected


def test_unknown_languages_are_refused_by_the_build(tmp_path):
    with pytest.raises(SourceError):
        build_site(BuildOptions(seeds=SEEDS, site=tmp_path / "site", docs=None, lock=None, languages=("zh", "de")))


@pytest.fixture(scope="module")
def french_site(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    seeds_with(seeds, FRENCH)
    root = tmp_path_factory.mktemp("site")
    options = BuildOptions(seeds=seeds, docs=root / "docs", site=root / "site", lock=None,
                           site_url="https://example.org/", languages=("zh", "en", "fr"))
    build_site(options)
    return options.site


def test_the_search_reads_the_languages_of_the_build(french_site):
    config = json.loads((french_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert config["lang"] == ["zh", "en", "fr"]


def test_french_pages_have_the_same_ids(french_site):
    fr = page(french_site, "fr/reports/2012-10-17/")
    zh = page(french_site, "reports/2012-10-17/")
    assert fr.select_one("html")["lang"] == "fr"
    assert fr.select_one("#para_1").get_text(" ", strip=True).startswith("1. Le Groupe de travail")
    ids = [e["id"] for e in fr.select("article [id^=para_]")]
    assert ids == [e["id"] for e in zh.select("article [id^=para_]")]
    assert [i for i in ids if "__" not in i] == [f"para_{n}" for n in range(1, 25)] and "para_24__subpara_b" in ids
    assert not fr.select(".lang-notice")
    facts = fr.select_one(".report-facts").get_text(" ", strip=True)
    assert "17 et 18 octobre 2012" in facts and "Vienne" in facts
    assert fr.select_one("#para_1 a.para-num")["href"] == "#para_1"  # its number links it (¶: paragraphs.js)
    assert fr.select_one(".para-labels")["data-url"] == "https://example.org/fr/reports/2012-10-17/"  # ¶ adds the id
    hreflang = {link["hreflang"]: link["href"] for link in fr.select('head link[rel=alternate][hreflang]')
                if link["href"].startswith("https://")}
    assert hreflang == {"zh-Hans": "https://example.org/reports/2012-10-17/", "x-default": "https://example.org/reports/2012-10-17/",
                        "en": "https://example.org/en/reports/2012-10-17/", "fr": "https://example.org/fr/reports/2012-10-17/"}


def test_french_pages_of_reports_without_french_show_another_version(french_site):
    fr = page(french_site, "fr/reports/2016-10-17/")
    assert "pas encore de version française" in fr.select_one(".lang-notice").get_text()
    assert fr.select_one(".report-text")["lang"] == "zh-Hans"
    assert fr.select_one("#para_11").find_parent(attrs={"lang": True})["lang"] == "zh-Hans"
    number = fr.select_one("#para_11 a.para-num")  # its name speaks the page's language (so do the controls)
    assert number["lang"] == "fr" and number["aria-label"] == "Lien permanent vers par. 11"
    cite = fr.select_one(".para-labels")["data-cite"]
    assert cite.startswith("Rapport de la réunion du Groupe de travail d’experts gouvernementaux sur l’assistance "
                           "technique (Vienne, ") and "octobre" in cite


def test_side_by_side_page_has_the_reports_languages(french_site):
    soup = page(french_site, "reports/2012-10-17/parallel/")
    assert [th.get_text() for th in soup.select("table.parallel th")] == ["中", "法"]
    row = soup.select_one("tr#para_3")
    assert [td["lang"] for td in row.select("td")] == ["zh-Hans", "fr"]
    assert not (french_site / "reports" / "2016-10-17" / "parallel").exists()
    documents = page(french_site, "fr/documents/")
    assert all(a["href"].startswith("https://undocs.org/fr/") for a in documents.select('a[href*="undocs.org"]'))


def test_the_bundle_is_built_in_the_languages_asked_for(tmp_path):
    """`bundle --languages zh,en,fr` goes through the same stages as `build`:
    the offline edition has the French pages (it once kept the config's list)."""
    import zipfile

    from generator.build import build_bundle

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(SEED_2012, seeds)
    shutil.copy2(FRENCH, seeds)
    build_bundle(BuildOptions(seeds=seeds, lock=None, languages=("zh", "en", "fr")), dist=tmp_path / "dist")
    bundle = zipfile.ZipFile(next((tmp_path / "dist").glob("*.zip")))
    names = bundle.namelist()
    assert any(n.endswith("fr/reports/2012-10-17.html") for n in names)
    assert any(n.endswith("en/reports/2012-10-17.html") for n in names)
    # Paragraph search entries point at the bundle's files (no directory URLs).
    index = bundle.read(next(n for n in names if n.endswith("search/search_index.json"))).decode("utf-8")
    assert '"location":"reports/2012-10-17.html?p=para_1"' in index
    assert '"location":"fr/reports/2012-10-17.html?p=para_1"' in index and "2012-10-17/?p=" not in index


def test_a_config_file_listing_english_first_puts_english_at_the_root(tmp_path):
    """The root language comes from the command's settings, the same for
    every stage: pages, copied links, alternates, sitemaps, search, data."""
    from test_settings import english_first

    site = tmp_path / "site"
    build_site(BuildOptions(seeds=SEEDS, config_file=english_first(tmp_path), docs=None, site=site, lock=None,
                            redirects=None, site_url="https://example.org/"))
    root, zh = page(site, "reports/2012-10-17/"), page(site, "zh/reports/2012-10-17/")
    assert page(site, "").html["lang"] == "en" and page(site, "zh/").html["lang"] == "zh"
    assert root.html["lang"] == "en" and zh.html["lang"] == "zh"
    assert root.select_one(".lang-notice") and not zh.select_one(".lang-notice")  # the seeds are Chinese
    assert {e["id"] for e in root.select("article [id^=para_]")} == {e["id"] for e in zh.select("article [id^=para_]")}
    assert root.select_one(".para-labels")["data-url"] == "https://example.org/reports/2012-10-17/"
    assert zh.select_one(".para-labels")["data-url"] == "https://example.org/zh/reports/2012-10-17/"
    alternates = {link["hreflang"]: link["href"] for link in root.select("link[rel=alternate][hreflang]")}
    assert alternates["x-default"] == alternates["en"] == "https://example.org/reports/2012-10-17/"
    assert alternates["zh-Hans"] == "https://example.org/zh/reports/2012-10-17/"
    chinese = (site / "sitemap.zh.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/zh/reports/2012-10-17/</loc>" in chinese
    assert "<loc>https://example.org/reports/" not in chinese
    data = json.loads((site / "data" / "2012-10-17.zh.json").read_text(encoding="utf-8"))
    assert data["pages"] == {"en": "https://example.org/reports/2012-10-17/",
                             "zh": "https://example.org/zh/reports/2012-10-17/"}
    search = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in search["docs"]}
    assert "zh/reports/2012-10-17/?p=para_1" in locations and "reports/2012-10-17/?p=para_1" not in locations
    assert page(site, "zh/").select_one("a[href$='reports/2012-10-17/']")
