"""Articles of the Convention: a mention kind with the same key in every
language (the article number in ASCII digits), linked to its entry on the
articles index page (render/articles.py)."""
import datetime as dt

import pytest

from en_support import load_en
from generator.corpus import build_corpus
from generator.markup import inline
from generator.mentions import find_mentions
from generator.model import Meeting, Paragraph, Report
from generator.render.articles import ArticlesPage
from generator.render.registry import linker_for
from support import LANGUAGES, LAYOUT, load


def articles_of(text, language):
    para = Paragraph("para_1", 1, text, 1)
    report = Report("t.txt", language, "2018-05-28", "Report", Meeting(dt.date(2018, 5, 28), dt.date(2018, 5, 31),
                    "Vienna", []), None, [], [para], [])
    find_mentions(report)
    return report, [(m.key, m.text) for m in report.mentions if m.kind == "article"]


@pytest.mark.parametrize("language, text, expected", [
    ("zh", "注意到《公约》第 31 条。", [("31", "《公约》第 31 条")]),
    ("zh", "遵循《公约》第三十二条。", [("32", "《公约》第三十二条")]),
    ("zh", "注意到《公约》第 31 条第 5 款，请。", [("31", "《公约》第 31 条第 5 款")]),
    ("zh", "遵循《公约》第三十二条第四款和第五款，需要。", [("32", "《公约》第三十二条第四款和第五款")]),
    ("zh", "铭记《有组织犯罪公约》第 18 条第 13 款中提到的", [("18", "《有组织犯罪公约》第 18 条第 13 款")]),
    ("zh", "根据《公约》第 24 至 26 条", [("24", "24"), ("26", "26")]),
    ("en", "Noting article 31 of the Convention.", [("31", "article 31 of the Convention")]),
    ("en", "Noting article 32, paragraph 5, of the Convention.",
     [("32", "article 32, paragraph 5, of the Convention")]),
    ("en", "Noting articles 24 to 26 of the Convention.", [("24", "24"), ("26", "26")]),
    ("en", "It reaffirmed article 32 of the United Nations Convention against Transnational Organized Crime.",
     [("32", "article 32 of the United Nations Convention against Transnational Organized Crime")]),
    ("fr", "Notant l’article 31 de la Convention.", [("31", "article 31 de la Convention")]),
    ("fr", "Notant l’article 32, paragraphes 4 et 5, de la Convention.",
     [("32", "article 32, paragraphes 4 et 5, de la Convention")]),
    ("fr", "Notant les articles 24 à 26 de la Convention.", [("24", "24"), ("26", "26")]),
])
def test_articles_in_each_language(language, text, expected):
    report, found = articles_of(text, language)
    assert found == expected
    spans = [s.value for s in report.paragraphs[0].spans if s.kind == "mention"]
    assert spans == [f"article:{key}" for key, _ in expected]


@pytest.mark.parametrize("language, text", [
    ("zh", "与会者就此提及移民议定书第 5、16 和 18 条"),  # a Protocol's articles
    ("zh", "技术援助需要和良好做法（第二十三条）"),  # the Convention is not named
    ("en", "The offence of obstruction of justice (article 23)."),
    ("en", "Noting article 5 of the United Nations Convention against Corruption."),
    ("en", "Noting article 5 of the Protocol."),
    ("fr", "Notant l’article 5 de la Convention des Nations Unies contre la corruption."),
])
def test_no_article_of_the_convention(language, text):
    assert articles_of(text, language)[1] == []


def test_the_same_articles_in_the_same_paragraphs_in_chinese_and_english():
    where = lambda r: sorted((m.key, m.paragraph) for m in r.mentions if m.kind == "article")  # noqa: E731
    zh2012, zh2016 = load("000_9878c2901082bbba.txt"), load("003_ad63e9abc5f799f5.txt")
    assert where(zh2012) == [("18", "para_23__subpara_a"), ("31", "para_23__subpara_b")]
    assert where(zh2016) == [("23", "para_16"), ("32", "para_31"), ("32", "para_5"), ("32", "para_6")]
    assert where(load_en("wg-ta-2012-en-pdf.txt")[0]) == where(zh2012)
    assert where(load_en("wg-ta-2016-en-pdf.txt")[0]) == where(zh2016)


def test_an_article_links_to_its_entry_on_the_articles_page():
    """The linker sends the span to the page's entry; the words stay the
    report's, other mentions are still linked."""
    report, _ = articles_of("Noting article 31 of the Convention and decision 2/6.", "en")
    corpus = build_corpus([report], LANGUAGES)
    link = linker_for(corpus, LAYOUT, "en")(report)
    spans = report.paragraphs[0].spans
    article = next(s for s in spans if s.value == "article:31")
    assert link(article) == "../articles.en.md#article-31"
    rendered = inline(report.paragraphs[0].text, spans, link)
    assert rendered.startswith('Noting <a href="../articles.en.md#article-31">article 31 of the Convention</a> and '
                               '<a href="../decisions.en.md#cop-dec-2-6">decision 2/6</a>')


def test_the_articles_page_lists_each_article_once_with_its_paragraphs(reports):
    corpus = build_corpus(list(reports.values()), LANGUAGES)
    page = ArticlesPage("zh", corpus, LAYOUT).overview()
    assert [line for line in page.splitlines() if line.startswith("## ")] == [
        "## 《公约》第 18 条 {: #article-18 }", "## 《公约》第 23 条 {: #article-23 }",
        "## 《公约》第 31 条 {: #article-31 }", "## 《公约》第 32 条 {: #article-32 }"]
    assert '<a href="reports/2016-10-17.md#para_31">第 31 段</a>' in page
    english = ArticlesPage("en", corpus, LAYOUT).overview()
    assert "## Article 32 of the Convention {: #article-32 }" in english
