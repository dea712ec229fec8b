"""How a reader names and cites a place in a report, in the page's language.

- `item_label`: the readable name of an anchored item ("第 23 段",
  "para. 23 (a)", "建议 3", "脚注 *", "附件第 6 行"), for link texts, the
  controls' accessible names and citations. Never the raw id.
- `meeting_dates`: the meeting's days as a reader writes them ("2012 年 10 月
  17 日和 18 日", "17 and 18 October 2012"), from the model's start and end
  (never the title's text, which may have the days reversed).
- `citation`: a UN-style citation: the report (bodies, place, dates, draft),
  its document symbol when it has one, the pinpoint and the URL.

Every word comes from the locale catalogs (``cite_*``, ``pin_*`` keys),
dates from the language profiles and place names from `names`, so that a
language is data.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from .i18n import label
from .ids import roman_to_int
from .languages import profile
from .names import group_name, name as name_of
from .model import Paragraph, Report


def is_draft(report: Report) -> bool:
    return any(w.code == "draft" for w in report.warnings)


def meeting_dates(start: dt.date, end: dt.date, language: str) -> str:
    """The meeting's days as a reader writes them (the language profile's date formats)."""
    return profile(language).date(start, end)


def _sub(language: str, parts: list[str]) -> tuple[str, list[str]]:
    """Leading ``subpara_x`` and ``point_y`` parts as " (a) (ii) b." (each
    level as the language prints it: a Chinese level 2 is "㈡"); the rest."""
    sub, level = "", 1
    while parts and parts[0].startswith(("subpara_", "point_")):
        kind, _, x = parts.pop(0).partition("_")
        if kind == "subpara":
            sub, level = sub + label(language, "pin_sub", x=profile(language).letter(x)), 1
        else:
            level += 1
            sub += label(language, f"pin_point_{min(level, 4)}", x=x, cjk=_cjk_point(x))
    return sub, parts


def _cjk_point(roman: str) -> str:
    """A level-2 point as Chinese texts print it: ``ii`` → ``㈡`` (beyond ten, ``(十一)``)."""
    if not re.fullmatch(r"[ivxlc]+", roman):
        return roman
    count = roman_to_int(roman)
    if count <= 10:
        return chr(0x3220 + count - 1)
    return f"({'' if count < 20 else '二三四五六七八九'[count // 10 - 2]}十{'一二三四五六七八九'[count % 10 - 1] if count % 10 else ''})"


def _unnumbered_after(report: Optional[Report], eid: str) -> Optional[int]:
    """The number of the last numbered paragraph before an unnumbered one."""
    if report is None:
        return None
    last = None
    for para in report.paragraphs:
        if para.id == eid:
            return last
        if para.number is not None:
            last = para.number
    return None


def item_label(eid: str, language: str, report: Optional[Report] = None) -> str:
    """The readable name of the item with id `eid`; an id of no known form
    (never expected) is returned as it is. `report`: the report holding an
    unnumbered paragraph (``para_nn_2``), named after the numbered one before it."""
    if eid.startswith("para_nn_"):
        return _item_label(eid, language, report)
    return _label_of_id(eid, language)


@lru_cache(maxsize=1 << 16)
def _label_of_id(eid: str, language: str) -> str:
    """`item_label` of an id that names its item alone (all but an
    unnumbered paragraph's): kept, since the pages name the same items
    hundreds of thousands of times at 1000 reports."""
    return _item_label(eid, language, None)


def _item_label(eid: str, language: str, report: Optional[Report]) -> str:
    parts = eid.split("__")
    head = parts.pop(0)
    t = lambda key, **v: label(language, key, **v)  # noqa: E731
    m = re.fullmatch(r"(para|rec|fn|annex|chp|sec|subsec|hcontainer)_(.+)", head)
    if not m:
        return eid
    kind, value = m.groups()
    if kind == "para" and value.startswith("nn_"):
        after = _unnumbered_after(report, head)
        base = t("pin_nn", after=after) if after is not None else t("pin_nn_first")
        sub, parts = _sub(language, parts)
        base += sub
    elif kind == "para":
        sub, parts = _sub(language, parts)
        base = t("pin_para_sub", n=value, sub=sub) if sub else t("pin_para", n=value)
    elif kind == "rec":
        sub, parts = _sub(language, parts)
        base = t("pin_rec_sub", n=value, sub=sub) if sub else t("pin_rec", n=value)
    elif kind == "fn":
        base = t("pin_fn", mark="*" if value.startswith("star_") else value)
    elif kind == "annex":
        base = t("pin_annex") if value == "1" else t("pin_annex_n", n=value)
    elif kind == "chp":
        base = t("pin_chp", n=value)
    elif kind == "sec":
        base = t("pin_sec", base="", x=value.upper()).strip(" ,")
    elif kind == "subsec":
        base = t("pin_subsec", base="", n=value).strip(" ,")
    else:
        base = t("pin_hcontainer", base="", n=value).strip(" ,")
    for part in parts:
        kind, _, value = part.partition("_")
        if kind == "item":
            base = t("pin_item", base=base, n=value)
        elif kind == "subpara":
            base += t("pin_sub", x=profile(language).letter(value))
        elif kind == "row":
            base = t("pin_row", annex=base, n=value)
        elif kind == "sec":
            base = t("pin_sec", base=base, x=value.upper())
        elif kind == "subsec":
            base = t("pin_subsec", base=base, n=value)
        elif kind == "hcontainer":
            base = t("pin_hcontainer", base=base, n=value)
        else:
            return eid
    return base


def body_names(report: Report, language: str) -> tuple[list[str], str]:
    """The meeting's bodies named in `language`, and the language they are
    in: the title's own names in a report of that language; else each
    body's name from data/groups.json as the title names it (an earlier
    name too: ``names.group_name``), or, when one of them is not there, the
    title's names in the report's language. Names all come from one
    language, `language` or else one of its fallbacks (which the page then
    marks with its ``lang``): a Russian page names the 2007 body in English
    until the data has its Russian name."""
    bodies = list(report.meeting.bodies)
    if report.language == language:
        return bodies, language
    for lang in (language, *profile(language).name_fallback):
        named = [group_name(b, lang, fallback=False) for b in bodies]
        if all(named):
            return named, lang
    return bodies, report.language


def report_name(report: Report, language: str) -> str:
    """The report as a citation names it: bodies, place, dates, draft."""
    m = report.meeting
    city = name_of("cities", m.city, language)
    bodies, _ = body_names(report, language)
    return label(language, "cite_report", bodies=label(language, "cite_and").join(bodies), city=city,
                 dates=meeting_dates(m.start, m.end, language),
                 draft=label(language, "cite_draft") if is_draft(report) else "")


def citation_template(report: Report, language: str) -> str:
    """The citation with ``{pin}`` and ``{url}`` left to fill in (the page's
    script fills them for each item and for ranges)."""
    symbol = label(language, "cite_symbol", symbol=report.symbol) if report.symbol else ""
    return label(language, "cite_line", report=report_name(report, language), symbol=symbol,
                 pin="{pin}", url="{url}")


def citation(report: Report, language: str, eid: str, url: str) -> str:
    """The citation line of one item."""
    return fill(citation_template(report, language), item_label(eid, language, report), url)


def fill(template: str, pin: str, url: str) -> str:
    """The template's last ``{pin}`` and ``{url}`` filled in (a source text in
    the report's name is never read as a placeholder; paragraphs.js does the same)."""
    for key, value in (("{url}", url), ("{pin}", pin)):
        at = template.rfind(key)
        template = template[:at] + value + template[at + len(key):]
    return template


def numbered(report: Report) -> list[int]:
    return [p.number for p in report.paragraphs if isinstance(p, Paragraph) and p.number is not None]
