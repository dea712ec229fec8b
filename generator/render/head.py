"""What a page's head says about the page as data (overrides/main.html
reads it from the front matter): the data alternates it links (a report's
JSON, the home page's Atom feed: data.py makes the files) and a report
page's schema.org JSON-LD."""
from __future__ import annotations

import json
from typing import Optional

from ..i18n import label
from ..languages import profile
from ..markup import json_for_js, yaml_string
from ..metadata import issued
from ..model import Report
from ..urls import data_path, feed_path, public_url, report_url


def absolute(site_url: str, url: str) -> str:
    return (site_url if site_url.endswith("/") else site_url + "/") + url


def json_ld(report: Report, language: str, root: str, title: str, site_url: str = "") -> str:
    """schema.org JSON-LD for a report page in `language` (the page shows
    `title`), safe inside a ``<script>`` (`markup.json_for_js` escapes
    ``<``, ``>`` and ``&``, so neither ``</script>`` nor ``<!--`` can
    appear). The report's data files are not repeated here: the head links
    its JSON as an alternate and the report's facts link its XML, on every
    page of every report."""
    url = public_url(language, report_url(report.slug), root)
    data = {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": title,
        "inLanguage": profile(report.language).html_lang,
        "datePublished": issued(report).isoformat(),
        "temporalCoverage": f"{report.meeting.start.isoformat()}/{report.meeting.end.isoformat()}",
        "identifier": report.symbol or report.slug,
    }
    if site_url:  # absolute or nothing: the page's own URL differs online and offline
        data["url"] = absolute(site_url, url)
    return json_for_js(data)


def head_meta(language: str, root: str, report: Optional[Report] = None, title: str = "", site_url: str = "") -> str:
    """YAML front matter (written by the generator) for the page head
    (overrides/main.html): `data_links`, the site-root paths of the page's
    data alternates (a report page: its JSON; the home page: the feed), and
    on a report page `jsonld`, its schema.org JSON-LD (`json_ld`), as one
    ASCII-escaped YAML string."""
    if report is not None:
        links = [("application/json", data_path(report), "JSON")]
    else:
        links = [("application/atom+xml", feed_path(language), label(language, "feed_title"))]
    out = "data_links:\n" + "".join(
        f"  - {{type: {json.dumps(t)}, href: {json.dumps(h)}, title: {yaml_string(n)}}}\n" for t, h, n in links)
    if report is not None:
        out += f"jsonld: {json.dumps(json_ld(report, language, root, title, site_url))}\n"
    return out.rstrip("\n")
