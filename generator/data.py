"""The corpus as data anyone can reuse, beside the pages: every report as
JSON, an Atom feed of reports per language, schema.org JSON-LD for every
report page, and a sitemap per language with its hreflang alternates.

Every file is made from the model and the build's languages only, never
from the clock: two builds give the same bytes (a feed entry's `updated` is
the report's issued date, else the meeting's last day). Links that leave the
site (the feed's, the sitemaps', the JSON-LD's) are absolute URLs of the
online site (`site_url`), in the offline bundle too; without a site URL
they are relative to the file.

Paths come from `urls` (`data_path`, `feed_path`, `sitemap_path`).
"""
from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape as xml_text, quoteattr

from . import citation
from .i18n import label
from .languages import profile
from .metadata import issued
from .model import Report
from .recommendations import rows, to_csv, to_json
from .report_json import as_json
from .render.base import Renderer
from .urls import (data_path, feed_path, page_url, public_url, recommendations_path, relative, report_url,
                   sitemap_path, url_prefix, xml_path)

if TYPE_CHECKING:
    from .context import BuildContext

#: The shape of the report JSON; raised when a field changes meaning or goes.
JSON_VERSION = 1
ATOM = "http://www.w3.org/2005/Atom"


def absolute(site_url: str, url: str, here: str) -> str:
    """`url` (site-relative) as an absolute URL of the online site, or,
    without a site URL, relative to the file at `here` (site-relative)."""
    if site_url:
        return (site_url if site_url.endswith("/") else site_url + "/") + url
    return relative(here, url or ".") + ("/" if url.endswith("/") else "")


def report_data(report: Report, languages: tuple[str, ...], site_url: str = "") -> dict:
    """One report as data: `report_json.as_json` (paragraphs with ids, text and
    subparagraphs at every level, footnotes, annexes, mentions, warnings)
    with the meeting's issued date and the URLs of its pages in every
    language of the site (the first at the root) and of its Akoma Ntoso XML."""
    here = data_path(report)
    data = {"format": JSON_VERSION, **as_json(report)}
    data["issued"] = issued(report).isoformat()
    data["pages"] = {lang: absolute(site_url, public_url(lang, report_url(report.slug), languages[0]), here)
                     for lang in languages}
    data["akn"] = absolute(site_url, xml_path(report), here)
    return data


def report_json(report: Report, languages: tuple[str, ...], site_url: str = "") -> bytes:
    """`report_data` as UTF-8 JSON, keys in a fixed order, one file per report:
    compact (no indentation: a third of the bytes, for programs; `un-reports
    parse` prints the same data indented for a person)."""
    return (json.dumps(report_data(report, languages, site_url), ensure_ascii=False, separators=(",", ":"))
            + "\n").encode()


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(context: BuildContext, language: str, title_of) -> bytes:
    """The Atom feed of `language`'s report pages, newest first: one entry
    per meeting, linking its page (and its JSON and XML). `title_of(report)`
    is the title the page shows."""
    here = feed_path(language)
    site_url = context.site_url
    home = absolute(site_url, url_prefix(language, context.root), here)
    entries = []
    for report in sorted(context.shown[language], key=lambda r: (issued(r), r.slug), reverse=True):
        page = absolute(site_url, public_url(language, report_url(report.slug), context.root), here)
        ident = page if site_url else f"urn:x-wg-ta-reports:{language}:reports:{report.slug}"
        summary = label(language, "feed_summary", dates=profile(language).date(report.meeting.start, report.meeting.end))
        if report.symbol:
            summary += profile(language).list_separator + report.symbol
        entries.append(
            "  <entry>\n"
            f"    <id>{xml_text(ident)}</id>\n"
            f"    <title>{xml_text(title_of(report))}</title>\n"
            f"    <updated>{_stamp(issued(report))}</updated>\n"
            f"    <published>{_stamp(report.meeting.end)}</published>\n"
            f"    <link rel=\"alternate\" type=\"text/html\" hreflang={quoteattr(profile(language).html_lang)}"
            f" href={quoteattr(page)}/>\n"
            f"    <link rel=\"alternate\" type=\"application/json\" href={quoteattr(absolute(site_url, data_path(report), here))}/>\n"
            f"    <link rel=\"alternate\" type=\"application/akn+xml\" href={quoteattr(absolute(site_url, xml_path(report), here))}/>\n"
            f"    <summary>{xml_text(summary)}</summary>\n"
            "  </entry>\n")
    shown = context.shown[language]
    updated = max((issued(r) for r in shown), default=dt.date(1970, 1, 1))
    feed_id = absolute(site_url, here, here) if site_url else f"urn:x-wg-ta-reports:{language}:feed"
    head = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="{ATOM}" xml:lang={quoteattr(profile(language).html_lang)}>\n'
        f"  <id>{xml_text(feed_id)}</id>\n"
        f"  <title>{xml_text(label(language, 'site_name'))}</title>\n"
        f"  <updated>{_stamp(updated)}</updated>\n"
        f"  <author><name>{xml_text(label(language, 'site_name'))}</name></author>\n"
        f"  <link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(absolute(site_url, here, here))}/>\n"
        f"  <link rel=\"alternate\" type=\"text/html\" href={quoteattr(home)}/>\n")
    return (head + "".join(entries) + "</feed>\n").encode()


def sitemaps(pages, languages: tuple[str, ...], site_url: str) -> dict[str, bytes]:
    """One sitemap per language (`urls.sitemap_path`): every page of that
    language's part of the site, each with its versions in every language as
    ``xhtml:link`` hreflang alternates (BCP 47 tags of the profiles) and
    x-default (the site root's language, the first of `languages`). Without
    a site URL, none: a sitemap's locations must be absolute."""
    if not site_url:
        return {}
    root = languages[0]
    base = site_url if site_url.endswith("/") else site_url + "/"
    by_page: dict[str, dict[str, str]] = {}
    for path in pages:
        language, url = page_url(path, languages)
        stem = url[len(url_prefix(language, root)):]
        by_page.setdefault(stem, {})[language] = url
    out = {}
    for language in languages:
        rows = []
        for stem, versions in sorted(by_page.items()):
            if language not in versions:
                continue
            links = "".join(
                f'    <xhtml:link rel="alternate" hreflang={quoteattr(profile(lang).html_lang)}'
                f" href={quoteattr(base + versions[lang])}/>\n" for lang in languages if lang in versions)
            if root in versions:
                links += (f'    <xhtml:link rel="alternate" hreflang="x-default"'
                          f" href={quoteattr(base + versions[root])}/>\n")
            rows.append(f"  <url>\n    <loc>{xml_text(base + versions[language])}</loc>\n{links}  </url>\n")
        out[sitemap_path(language)] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
            + "".join(rows) + "</urlset>\n").encode()
    return out


def recommendation_files(context: BuildContext, language: str) -> dict[str, bytes]:
    """Every recommendation of `language`'s pages (recommendations.py) as
    CSV (with a byte-order mark) and JSON: one row each, with its link and
    the other sessions' recommendations it recurs in (recurring.py)."""
    def url(report: Report, eid: str) -> str:
        here = recommendations_path(language, "csv")
        return absolute(context.site_url, public_url(language, report_url(report.slug), context.root), here) + "#" + eid

    corpus = context.corpora[language]  # the reports of context.shown[language]
    table = rows(corpus.recommendations, language, url, lambda rec: citation.item_label(rec.id, language, rec.report),
                 corpus.recurring)
    return {recommendations_path(language, "csv"): to_csv(table),
            recommendations_path(language, "json"): to_json(table)}
