"""The URIs of the Akoma Ntoso export — a public contract, like the page ids.

Every URI depends only on the report (its meeting's first day, its issuing
bodies, its language) and on what it names, never on the generator's run:

==================  ==============================================================
what                URI
==================  ==============================================================
work                ``/akn/un/doc/report/2012-10-17/wg-ta``
                    (``/akn/un/doc/report/<first day>/<body>``; a joint report
                    joins its bodies with ``_``: ``…/2018-05-28/wg-ta_wg-ic``)
expression          ``<work>/zho@`` (ISO 639-2 language, ``@``: the original,
                    only version)
manifestation       ``<work>/zho@.akn``
FRBRthis            the main component: ``<work>/!main``, ``<work>/zho@/!main``,
                    ``<work>/zho@/!main.xml``; an annex is ``!annex_1``
decision            ``/akn/un/statement/decision/cop/2-6`` (COP decision 2/6)
resolution          ``/akn/un/statement/resolution/ga/55-25`` (GA 55/25); body
                    ``cop``, ``ga`` or ``ccpcj``, then ``<session>-<number>``
document symbol     ``https://undocs.org/zh/CTOC/COP/2012/15`` (the UN's own
                    resolver, in the report's language)
bodies, countries,  ``/akn/ontology/organization/un/wg-ta``,
organisations       ``/akn/ontology/location/un/australia`` (the participants
                    page's keys), ``/akn/ontology/organization/un/council-of-europe``
==================  ==============================================================

Bodies: ``wg-ta`` is the Working Group of Government Experts on Technical
Assistance (and the provisional working group it grew from), ``wg-ic`` the
Working Group on International Cooperation. A body that is neither gets
``body-`` and 8 hex digits of the SHA-1 of its name.

A decision URI has the session and number where the naming convention puts a
date: the reports never give a decision's date, and session/number is how the
UN cites it. Dates are the first day of what the text names (``2008 年 2 月``
→ ``2008-02-01``): AKN's ``date`` holds one day.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from ..languages import PROFILES
from ..names import group_key, name, names_of

def body_name(key: str, language: str) -> str:
    """The full name of a decision body in `language` (or its profile's fallbacks)."""
    return name("body_titles", key, language)


def is_decision_body(key: str) -> bool:
    return key in names_of("body_titles")


_DECISION_KEY = re.compile(r"^(?P<body>[a-z]+)-(?P<kind>dec|res)-(?P<session>\d+)-(?P<number>\d+)$")


def language(code: str) -> str:
    """``zh`` → ``zho``: AKN wants three-letter ISO 639-2 codes (the profile's)."""
    return getattr(PROFILES.get(code), "iso639_2", "") or code


def body_code(name: str) -> str:
    """The meeting body's key (data/groups.json, any language), so that every
    language version of a report is one work; an unknown body by a hash."""
    return group_key(name) or "body-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


def work(slug: str, bodies: list[str]) -> str:
    codes = [body_code(b) for b in bodies] or ["nn"]
    return f"/akn/un/doc/report/{slug}/{'_'.join(codes)}"


def expression(work_uri: str, lang: str) -> str:
    return f"{work_uri}/{language(lang)}@"


def decision(key: str) -> str:
    """``cop-dec-2-6`` → ``/akn/un/statement/decision/cop/2-6``."""
    match = _DECISION_KEY.match(key)
    if not match:
        return f"/akn/un/statement/deliberation/{quote(key)}"
    kind = "decision" if match["kind"] == "dec" else "resolution"
    return f"/akn/un/statement/{kind}/{match['body']}/{match['session']}-{match['number']}"


def decision_body(key: str) -> str:
    match = _DECISION_KEY.match(key)
    return match["body"] if match else ""


def document(symbol: str, lang: str) -> str:
    """``CTOC/COP/2012/15`` → ``https://undocs.org/zh/CTOC/COP/2012/15``."""
    return f"https://undocs.org/{lang}/{quote(symbol, safe='/.()-')}"


def ontology(kind: str, key: str) -> str:
    """kind: organization | location | concept."""
    return f"/akn/ontology/{kind}/un/{quote(key)}"
