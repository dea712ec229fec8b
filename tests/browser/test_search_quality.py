"""Issue 24: a known-item suite for search, run as a reader searches, in
Chromium, on the seeds' site (with the English 2012 fixture) online and from
the unpacked offline bundle.

Every query names the item(s) it must find: one of them must be among the
first three results. A query marked `hold` is a phrase that several items
hold: the first five results (or all of them, when fewer items hold it) must
all hold it. The score is printed (``-s``) and written to
test-artifacts/search-quality-<where>.txt; every query must pass.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from helpers import ARTIFACTS


@dataclass
class Case:
    query: str
    find: list[str] = field(default_factory=list)  # "reports/2012-10-17#para_12", "documents#doc-…"
    hold: str = ""  # a phrase the first results must all hold ("" = none)
    on: str = ""  # the page searched from (default: the home page of the language)


def R(slug: str, *ids: str, en: bool = False) -> list[str]:
    return [f"{'en/' if en else ''}reports/{slug}#{i}" for i in ids]


CHINESE = [
    # Distinctive words and phrases: one item holds them.
    Case("多机构办法", R("2012-10-17", "para_12")),
    Case("国家小组", R("2023-05-29", "para_14")),
    Case("自动化捐助方协助机制", R("2007-10-03", "para_81")),
    Case("协调组", R("2007-10-03", "para_9")),
    Case("区域间办法", R("2007-10-03", "para_66")),
    Case("民间组织", R("2012-10-17", "para_16")),
    Case("遣返", R("2007-10-03", "para_15")),
    Case("枪支标识", R("2007-10-03", "para_60")),
    Case("欧盟委员会", R("2007-10-03", "para_63")),
    Case("协商一致", R("2023-05-29", "para_40")),
    Case("陪审员", R("2016-10-17", "para_33")),
    Case("土著群体", R("2023-05-29", "para_16")),
    Case("翻译服务", R("2023-05-29", "para_19")),
    Case("民事没收", R("2007-10-03", "para_42")),
    Case("联合国环境规划署", R("2023-05-29", "para_43")),
    Case("软件工具", R("2007-10-03", "para_38", "para_81")),
    Case("美洲国家组织", R("2007-10-03", "para_45", "para_47")),
    Case("中小学", R("2018-05-28", "para_8", "para_11")),
    Case("非法开采", R("2012-10-17", "para_10", "para_19")),
    Case("示范立法", R("2007-10-03", "para_42", "para_53")),
    Case("反洗钱制度", R("2016-10-17", "para_36", "para_37")),
    Case("公共利益", R("2016-10-17", "para_23", "para_39")),
    # Phrases several paragraphs hold: the first results all hold them.
    Case("能力建设", R("2007-10-03", "para_6", "para_43", "para_44", "para_49", "para_50")
         + R("2016-10-17", "para_23", "para_39") + R("2023-05-29", "para_3"), hold="能力建设"),
    Case("技术援助工具", R("2012-10-17", "para_20", "para_21", "para_22")
         + R("2016-10-17", "para_10") + R("2018-05-28", "para_8"), hold="技术援助工具"),
    Case("性别观念", R("2023-05-29", "para_9", "para_22", "para_25", "para_26", "para_27", "para_28"),
         hold="性别观念"),
    Case("夏洛克数据库平台", R("2023-05-29", "para_7", "para_8", "para_30", "para_31"), hold="夏洛克数据库平台"),
    Case("受援国", R("2007-10-03", "para_69", "para_72", "para_73"), hold="受援国"),
    Case("第三十二条", R("2016-10-17", "para_5", "para_6", "para_31"), hold="第三十二条"),
    Case("能力 建设", R("2007-10-03", "para_6", "para_43", "para_44", "para_49", "para_50")
         + R("2016-10-17", "para_23", "para_39") + R("2023-05-29", "para_3"), hold="能力建设"),
    # Several words: the paragraph that holds all of them.
    Case("枪支 出口 许可证", R("2007-10-03", "para_60")),
    Case("引渡 磋商", R("2018-05-28", "para_19")),
    Case("法官 恐吓", R("2016-10-17", "para_33")),
    Case("性别 人权 弱势群体", R("2023-05-29", "para_28")),
    Case("数据 性别 英国", R("2023-05-29", "para_25")),
    Case("联络点 详细联系方式", R("2016-10-17", "para_6")),
    Case("中亚 药物管制", R("2007-10-03", "para_81")),
    Case("金融情报 讨论会", R("2012-10-17", "para_19")),
    Case("洗钱 全面办法", R("2016-10-17", "para_18")),
    Case("加纳 观察员", R("2007-10-03", "para_27")),
    Case("翻译 语种", R("2023-05-29", "para_19")),
    Case("ADAM", R("2007-10-03", "para_81")),
    # References: a paragraph, a document, a decision.
    Case("第 23 段", R("2012-10-17", "para_23"), on="reports/2012-10-17/"),
    Case("第23段", R("2016-10-17", "para_23"), on="reports/2016-10-17/"),
    Case("2012 第 5 段", R("2012-10-17", "para_5")),
    Case("CTOC/COP/WG.2/2012/1", ["documents#doc-ctoc-cop-wg-2-2012-1"]),
    Case("ctoc/cop/wg.2/2016/4", ["documents#doc-ctoc-cop-wg-2-2016-4"]),
    Case("6/4", ["decisions#cop-res-6-4"]),
    Case("第 6/4 号决议", ["decisions#cop-res-6-4"]),
    Case("第 2/6 号决定", ["decisions#cop-dec-2-6"]),
]

ENGLISH = [
    Case("multi-agency approach", R("2012-10-17", "para_12", en=True)),
    Case("drug trafficking", R("2012-10-17", "para_11", en=True)),
    Case("private sector", R("2012-10-17", "para_13", en=True)),
    Case('"importance of a multi-agency approach"', R("2012-10-17", "para_12", en=True)),
    Case("joint committees", R("2012-10-17", "para_16", en=True)),
    Case("field officers", R("2012-10-17", "para_9", en=True)),
    Case("cost-effective", R("2012-10-17", "para_18", en=True)),
    Case("wider dissemination", R("2012-10-17", "para_21", en=True)),
    Case("money-laundering", R("2012-10-17", "para_8", en=True)),
    Case("terrorism extradition", R("2012-10-17", "para_8", en=True)),
    Case("structure working group", R("2012-10-17", "para_19", en=True)),
    Case("technical assistance tools", R("2012-10-17", "para_20", "para_21", "para_22", en=True),
         hold="technical assistance tools"),
    Case("para. 23", R("2012-10-17", "para_23", en=True)),
    Case("2012 para 5", R("2012-10-17", "para_5", en=True)),
    Case("paragraph 7", R("2012-10-17", "para_7", en=True), on="en/reports/2012-10-17/"),
    Case("decision 2/6", ["en/decisions#cop-dec-2-6"]),
    Case("resolution 5/7", ["en/decisions#cop-res-5-7"]),
    Case("CTOC/COP/2012/9", ["en/documents#doc-ctoc-cop-2012-9"]),
]


def page_path(where: str, path: str) -> str:
    """A page's path online (directory URLs) or in the bundle (file names)."""
    if where == "http":
        return path
    if path == "" or path.endswith("en/") and path.count("/") == 1:
        return path + "index.html"
    return path.rstrip("/") + ".html"


def result_key(href: str, base: str) -> str:
    """A result link as "reports/2012-10-17#para_12" (or "documents#doc-…",
    with "en/" for the English pages), whatever URLs the build uses."""
    parts = urlsplit(href)
    path = unquote(parts.path)
    root = unquote(urlsplit(base).path)
    if path.startswith(root):
        path = path[len(root):]
    path = re.sub(r"(/index)?\.html$|/$", "", path)
    anchor = parse_qs(parts.query).get("p", [""])[0] or parts.fragment
    return f"{path}#{anchor}" if anchor else path


def results(page, query: str, base: str) -> list[tuple[str, str]]:
    """Search as a reader does: (key, text shown) of each result, in order."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.dispatch_event("keyup")
    page.wait_for_function("() => !document.querySelector('.md-search-result__item')", timeout=5000)
    box.fill(query)
    box.dispatch_event("keyup")
    try:
        page.wait_for_selector(".md-search-result__item a", timeout=4000)
    except Exception:
        return []
    page.wait_for_timeout(150)
    shown = page.evaluate("""() => Array.from(document.querySelectorAll(
        '.md-search-result__item a.md-search-result__link')).filter(a => !a.closest('details'))
        .map(a => [a.href, a.innerText])""")
    return [(result_key(href, base), text) for href, text in shown]


def squash(text: str) -> str:
    return re.sub(r"[\s\u200b]+", "", text).lower()


def failure(case: Case, found: list[tuple[str, str]]) -> str:
    """Why a case fails ("" when it passes)."""
    keys = [k for k, _ in found]
    if not any(k in case.find for k in keys[:3]):
        return f"{case.query!r}: none of {case.find} among the first three {keys[:3]}"
    if case.hold:
        first = found[:min(5, len(case.find))]
        lacking = [k for k, text in first if squash(case.hold) not in squash(text)]
        if lacking:
            return f"{case.query!r}: {lacking} among the first results lack {case.hold!r}"
    return ""


def run_suite(context, where, base, cases, home):
    page = context.new_page()
    failures, opened = [], None
    for case in cases:
        start = case.on or home
        if start != opened:
            page.goto(base + page_path(where, start))
            opened = start
        reason = failure(case, results(page, case.query, base))
        if reason:
            failures.append(reason)
    return failures


@pytest.mark.parametrize("language", ["zh", "en"])
def test_known_items_are_found(context, where, language):
    kind, base, _ = where
    cases, home = (CHINESE, "") if language == "zh" else (ENGLISH, "en/")
    failures = run_suite(context, kind, base, cases, home)
    score = f"{language} {kind}: {len(cases) - len(failures)}/{len(cases)} queries pass"
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"search-quality-{language}-{kind}.txt").write_text(
        score + "\n" + "".join(f + "\n" for f in failures), encoding="utf-8")
    print(score)
    assert not failures, score + "\n" + "\n".join(failures)


def test_the_suite_is_large_enough():
    assert len(CHINESE) >= 40 and len(ENGLISH) >= 15


def test_chinese_words_are_cut_as_the_index_cut_them(context, where):
    """A hit on several words links with the words it holds (?hw=): each
    Chinese run cut as the index holds it (Material's query-time cutting
    split 夏洛克知识管理门户网站 and 毒品和犯罪问题办公室, whole words of the
    index, into pieces)."""
    kind, base, path = where
    page = context.new_page()
    page.goto(base + path(""))
    for query, target, words in [("夏洛克知识管理门户网站 讲习班", "reports/2016-10-17#para_30", "夏洛克知识管理门户网站 讲习班"),
                                 ("毒品和犯罪问题办公室 中小学", "reports/2018-05-28#para_8", "毒品和犯罪问题办公室 中小学"),
                                 ("多机构办法 确保", "reports/2012-10-17#para_12", "多 机构 办法 确保")]:
        found = results(page, query, base)
        assert found and found[0][0] == target, (query, found[:3])
        href = page.evaluate("document.querySelector('.md-search-result__item a').href")
        assert parse_qs(urlsplit(href).query)["hw"] == [words], href
