"""Item 4: no injection. Whatever a source says shows on the page as
written: HTML, Markdown, attr_list, Jinja and comments are never read."""
from __future__ import annotations

import copy
import json
import re

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from support import LAYOUT, SEEDS, load, page
from generator.errors import SourceError
from generator.read import normalise
from generator.render import ReportPage
from generator.build import BuildOptions, build_site

SEED_2012 = "000_9878c2901082bbba.txt"
BASE = load(SEED_2012)
#: The extensions of mkdocs.yml: what MkDocs will run over the page.
EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]


def as_shown(text: str) -> str:
    """What a reader sees of a text: the parser never keeps line breaks, and
    HTML shows no space at the edges of an element."""
    return text.replace("\n", " ").strip()


def html_of(report) -> BeautifulSoup:
    source = ReportPage("zh", LAYOUT).report(report).split("---\n", 2)[2]
    return BeautifulSoup(markdown.markdown(source, extensions=EXTENSIONS), "html.parser")


def shown(element) -> str:
    element = copy.copy(element)
    for extra in element.select(".para-num, .para-link, .para-cite, .sub-label, .sub-link, .fn-mark, .fn-back, ol"):
        extra.decompose()
    return element.get_text().strip()


texts = st.text(st.characters(codec="utf-8"), min_size=1, max_size=80).map(
    lambda t: t).filter(lambda t: t.strip())


def normal(text: str) -> str:
    try:
        out = normalise(text)
    except SourceError:
        assume(False)
    assume(out.strip())
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["paragraph", "subparagraph", "heading", "footnote"]))
def test_any_text_comes_out_exactly_as_written(raw, where):
    text = normal(raw)
    report = copy.deepcopy(BASE)
    if where == "paragraph":
        element = next(p for p in report.paragraphs if p.number == 6)
    elif where == "subparagraph":
        element = next(p for p in report.paragraphs if p.number == 23).children[1]
    elif where == "heading":
        element = next(h for h in report.headings if h.id == "chp_3__sec_b")
    else:
        element = report.footnotes[1]
    element.text = text
    if hasattr(element, "spans"):
        element.spans = []
    soup = html_of(report)
    node = soup.find(id=element.id)
    assert node is not None, "the element lost its id"
    got = shown(node)
    if where == "heading":
        got = got.removeprefix("B. ").strip()
    assert got == as_shown(text)
    assert len(soup.find_all(id=element.id)) == 1


NASTY = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "<style>body{display:none}</style>",
    "*bold* _under_ `code` __strong__ ***",
    "[click](javascript:alert(1)) <https://evil.example> [^1]",
    "| a | b |\n| --- | --- |",
    "{: #para_1 } {: .hidden onclick=alert(1) }",
    "{{ config.site_name }} {% for x in y %}{% endfor %} {# c #}",
    "<!-- hidden --> &amp; &lt; &#60; \\* \\_",
    "<div markdown=\"1\">*x*</div> </div></li></ol>",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_texts_are_shown_literally(text):
    report = copy.deepcopy(BASE)
    para = next(p for p in report.paragraphs if p.number == 6)
    para.text, para.spans = normalise(text), []
    soup = html_of(report)
    assert shown(soup.find(id="para_6")) == as_shown(text)
    assert soup.find("script") is None and soup.find("img") is None
    assert len(soup.find_all(id="para_1")) == 1


@pytest.fixture(scope="module")
def nasty_site(tmp_path_factory):
    """A real MkDocs build of a report that carries every nasty text."""
    root = tmp_path_factory.mktemp("nasty")
    seeds = root / "seeds"
    seeds.mkdir()
    text = (SEEDS / SEED_2012).read_text(encoding="utf-8")
    text = text.replace("不限成员名额政府专家临时工作组会议报告",
                        "不限成员名额<script>alert(0)</script>{{ page }}工作组会议报告")
    text = text.replace("6. 技术援助问题政府专家工作组收到的文件载于本报告附件。",
                        "6. " + " ".join(t.replace("\n", " ") for t in NASTY) + "。")
    text = text.replace("B. 文件", "B. 文件 <b>bold</b> {: #para_2 } {% raw %}")
    text = text.replace(" 2 CTOC/COP/WG.2/2012/1。", " 2 CTOC/COP/WG.2/2012/1 <script>alert(2)</script>[^1]。")
    (seeds / SEED_2012).write_text(text, encoding="utf-8")
    build_site(BuildOptions(seeds=seeds, docs=root / "docs", site=root / "site", lock=None))
    return root / "site"


def test_source_bold_is_the_one_markup_read_from_a_source():
    """``**x**`` is how the Markdown-like 2023 report prints bold type: the
    parser turns it into a span (so the page shows <strong>x</strong>, never
    raw HTML); an empty ``[symbol](#)`` keeps its words. Any other link stays text."""
    report = load("004_1128377bf6bc7323.txt")
    para13 = next(p for p in report.paragraphs if p.number == 13)
    assert "**" not in para13.text and [s.kind for s in para13.spans] == ["strong", "strong"]
    from generator.parse import parse
    evil = parse("2012 年 10 月 17 日在维也纳举行的会议报告\n1. [x](javascript:alert(1)) [y](http://e.org) [z](#)。\n", "e")
    assert evil.paragraphs[0].text == "[x](javascript:alert(1)) [y](http://e.org) z。"


def test_real_build_shows_the_nasty_corpus_literally(nasty_site):
    soup = page(nasty_site, "reports/2012-10-17/")
    html = (nasty_site / "reports" / "2012-10-17" / "index.html").read_text(encoding="utf-8")
    assert "alert(" not in "".join(s.get_text() for s in soup.find_all("script")
                                   if s.get("type") != "application/ld+json")
    # The page's JSON-LD is data, not script: it holds the title as written,
    # with no character that could end its element (data.json_ld).
    (ld,) = soup.select('script[type="application/ld+json"]')
    assert "<script>alert(0)</script>{{ page }}" in json.loads(ld.string)["name"]
    assert "<" not in ld.string and "</script" not in html.split('type="application/ld+json">')[1].split("</script>")[0]
    assert not re.search(r"<script>alert|<img src=x|<!-- hidden|href=\"javascript:", html)
    assert soup.find("b") is None
    assert shown(soup.find(id="para_6")) == " ".join(t.replace("\n", " ") for t in NASTY) + "。"
    heading = soup.find(id="chp_3__sec_b")
    assert "文件 <b>bold</b> {: #para_2 } {% raw %}" in heading.get_text()
    assert len(soup.find_all(id="para_2")) == 1
    assert "CTOC/COP/WG.2/2012/1 <script>alert(2)</script>[^1]。" in soup.find(id="fn_2").get_text()
    assert "<script>alert(0)</script>{{ page }}" in soup.find("h1").get_text()
    assert "<script>alert(0)</script>{{ page }}" in soup.find("title").get_text()



def test_the_search_index_carries_the_nasty_corpus_as_text(nasty_site):
    """Every entry of the built index is escaped text: its literal characters
    are the page's, and no tag of a source survives in it (Material's result
    list inserts entries as HTML)."""
    import html as html_module
    import json

    docs = json.loads((nasty_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    for doc in docs:
        assert not re.search(r"<(script|img|style|b|div)\b", doc["title"] + doc["text"], re.I), doc
    para = next(d for d in docs if d["location"].endswith("?p=para_6"))
    inner = para["text"].removeprefix("<p>").removesuffix("</p>")
    assert "<" not in inner
    assert html_module.unescape(inner.replace("\u200b", "")) == " ".join((" ".join(NASTY) + "。").split())
    cover = next(d for d in docs if d["location"].endswith("reports/2012-10-17/"))
    assert "<script>alert(0)</script>" in html_module.unescape(cover["title"].replace("\u200b", ""))
    assert "<script" not in cover["title"]
