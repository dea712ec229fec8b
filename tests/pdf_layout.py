"""Text laid out as pdftotext writes a UN report (imported as `pdf_layout`):
the team's own texts and generated lists, wrapped at a margin, a blank line
after every line, page furniture (job number, page of pages, running
symbol) and a form feed at every page break, a footnote block at the foot of
a page that cuts a paragraph in two.

`tests/fixtures/*/wg-ta-lists-*.txt` were written with `lay_out` (see
`write_fixtures`, run as ``python tests/pdf_layout.py``); the round-trip test
lays out generated lists with it.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Item:
    """A numbered paragraph or a list item: its marker, its text, its items."""

    marker: str
    text: str
    children: list["Item"] = field(default_factory=list)
    footnote: Optional[tuple[str, str]] = None  # (mark, text): a footnote cutting this block


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, columns: int, cjk: bool) -> list[str]:
    """Greedy lines of at most `columns` display columns: CJK text breaks
    between any two characters, other text at spaces."""
    lines: list[str] = []
    if cjk:
        line = ""
        for char in text:
            if width(line + char) > columns:
                lines.append(line)
                line = ""
            line += char
        return lines + [line]
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if width(candidate) > columns and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line]


@dataclass
class Layout:
    """How the pages look: the wrap width, lines a page, the page furniture."""

    columns: int = 86
    cjk: bool = False
    page_lines: int = 40
    symbol: str = "CTOC/COP/WG.2/2026/9"
    job: str = "V.26-01234"
    pages: int = 9

    def lay_out(self, cover: list[str], blocks: list[Item]) -> str:
        """The report's text: the cover lines, then every block wrapped, its
        items below it; a page ends every `page_lines` lines (inside a
        paragraph too) and at a block that has a footnote."""
        out: list[str] = []
        page = 1
        body: list[str] = []
        notes: list[tuple[str, str]] = []

        def end_page() -> None:
            nonlocal page, body, notes
            out.extend(line + "\n" for line in body)
            if notes:
                out.append("__________________\n")
                out.extend(f" {mark} {text}\n" for mark, text in notes)
            out.append(f"{self.job} (E)\n" if page == 1 else f"{page}/{self.pages}\n")
            out.append(f"\f{self.symbol}\n")
            page += 1
            body, notes = [], []

        for line in cover:
            body.append(line)
        for item in flatten(blocks):
            lines = wrap(f"{item.marker} {item.text}", self.columns, self.cjk)
            if item.footnote:  # the page ends after the block's first line; its footnote at the foot
                body.append(lines.pop(0))
                notes.append(item.footnote)
                end_page()
            for line in lines:
                body.append(line)
                if len(body) >= self.page_lines:
                    end_page()
        out.extend(line + "\n" for line in body)
        out.append(f"{page}/{self.pages}\n\f")
        return "\n".join(out)


def flatten(blocks: list[Item]) -> list[Item]:
    out: list[Item] = []
    for block in blocks:
        out.append(block)
        out.extend(flatten(block.children))
    return out


EN_COVER = ["United Nations", "CTOC/COP/WG.2/2026/9", "Distr.: General", "2 March 2026", "Original: English",
            "Working Group of Government Experts on Technical Assistance", "Vienna, 9 and 10 February 2026",
            "Report on the meeting of the Working Group of Government Experts on Technical",
            "Assistance held in Vienna on 9 and 10 February 2026", "I. Recommendations"]

EN_BLOCKS = [
    Item("1.", "At its meeting held on 9 February 2026,1 the Working Group adopted the following "
               "recommendations, which it submits to the Conference of the Parties for its "
               "consideration:", footnote=("1", "See the annex to the present report."), children=[
        Item("(a)", "States parties should strengthen the collection of data on organized crime, "
                    "in particular by:", [
            Item("(i)", "Designating a national focal point for the collection of data on "
                        "organized crime and for its exchange with other States parties;"),
            Item("(ii)", "Reviewing, at regular intervals, the categories under which offences "
                         "established in accordance with the Convention are recorded;"),
            Item("(iii)", "Sharing with the secretariat, for the purposes of its analytical work, "
                          "the following information:", [
                Item("a.", "The number of requests for mutual legal assistance sent and received;"),
                Item("b.", "The average time taken to answer such requests;"),
            ]),
        ]),
        Item("(b)", "The secretariat should continue to provide technical assistance upon request, "
                    "with due regard for the needs identified by the States parties themselves;"),
        Item("(c)", "The secretariat should report to the Working Group at its next meeting on:", [
            Item("(i)", "The activities undertaken pursuant to these recommendations;"),
            Item("(ii)", "The resources that those activities required."),
        ]),
    ]),
    Item("2.", "The Working Group discussed the needs of States in three areas, namely (a) the "
               "protection of witnesses, (b) the confiscation of the proceeds of crime and (c) the "
               "training of investigators, prosecutors and judges."),
    Item("3.", "The Working Group decided to consider those needs again at its next meeting."),
]

ZH_COVER = ["联 合 国", "CTOC/COP/WG.2/2026/9", "Distr.: General", "2026 年 3 月 2 日", "Chinese",
            "Original: English", "2026 年 2 月 9 日和 10 日在维也纳举行的技术援助问题",
            "政府专家工作组会议报告", "一. 建议"]

ZH_BLOCKS = [
    Item("1.", "工作组在 2026 年 2 月 9 日举行的会议上1通过了下列建议，并提交缔约方会议审议：",
         footnote=("1", "见本报告附件。"), children=[
        Item("(a)", "缔约国应当加强有组织犯罪数据的收集工作，特别是：", [
            Item("㈠", "指定一个国家联络点，负责收集有组织犯罪数据并与其他缔约国交流这些数据；"),
            Item("㈡", "定期审查根据《公约》确立的犯罪在记录时所使用的类别；"),
            Item("㈢", "为秘书处的分析工作向其提供下列资料：", [
                Item("a.", "发出和收到的司法协助请求的数目；"),
                Item("b.", "答复此类请求平均所需的时间；"),
            ]),
        ]),
        Item("(b)", "秘书处应当继续应请求提供技术援助，同时适当考虑缔约国自己确定的需要；"),
        Item("(c)", "秘书处应当在工作组下次会议上报告：", [
            Item("(一)", "根据这些建议开展的活动；"),
            Item("(二)", "这些活动所需的资源。"),
        ]),
    ]),
    Item("2.", "工作组讨论了各国在三个领域的需要，即 (a) 保护证人、(b) 没收犯罪所得和 (c) 培训调查人员、检察官和法官。"),
    Item("3.", "工作组决定在下次会议上再次审议这些需要。"),
]

FR_COVER = ["Nations Unies", "CTOC/COP/WG.2/2026/9", "Distr. générale", "2 mars 2026", "Français",
            "Original : anglais", "Groupe de travail d’experts gouvernementaux sur l’assistance technique",
            "Rapport sur la réunion du Groupe de travail d’experts gouvernementaux sur l’assistance",
            "technique tenue à Vienne les 9 et 10 février 2026", "I. Recommandations"]

FR_BLOCKS = [
    Item("1.", "À sa réunion tenue le 9 février 2026,1 le Groupe de travail a adopté les recommandations "
               "suivantes, qu’il soumet à la Conférence des Parties pour examen :",
         footnote=("1", "Voir l’annexe au présent rapport."), children=[
        Item("a)", "Les États parties devraient renforcer la collecte de données sur la criminalité "
                   "organisée, en particulier :", [
            Item("i)", "En désignant un point de contact national chargé de la collecte de ces données ;"),
            Item("ii)", "En examinant régulièrement les catégories sous lesquelles les infractions sont "
                        "enregistrées ;"),
        ]),
        Item("b)", "Le secrétariat devrait continuer de fournir une assistance technique sur demande ;"),
        Item("c)", "Le secrétariat devrait rendre compte au Groupe de travail à sa prochaine réunion."),
    ]),
    Item("2.", "Le Groupe de travail a examiné les besoins des États dans trois domaines, à savoir a) la "
               "protection des témoins, b) la confiscation du produit du crime et c) la formation des "
               "enquêteurs, des procureurs et des juges."),
    Item("3.", "Le Groupe de travail a décidé d’examiner ces besoins de nouveau à sa prochaine réunion."),
]

FIXTURE_FILES = {
    "en": ("wg-ta-lists-en-pdf.txt", EN_COVER, EN_BLOCKS, Layout(columns=86)),
    "zh": ("wg-ta-lists-zh-pdf.txt", ZH_COVER, ZH_BLOCKS, Layout(columns=78, cjk=True)),
    "fr": ("wg-ta-lists-fr-pdf.txt", FR_COVER, FR_BLOCKS, Layout(columns=86)),
}


def write_fixtures() -> None:
    for language, (name, cover, blocks, layout) in FIXTURE_FILES.items():
        (FIXTURES / language).mkdir(exist_ok=True)
        (FIXTURES / language / name).write_text(layout.lay_out(cover, blocks), encoding="utf-8")


if __name__ == "__main__":
    write_fixtures()
