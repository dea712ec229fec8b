"""Chinese."""
from __future__ import annotations

import re

from .common import CHAPTER_ZH, annex, annex_columns, agenda_cell, UNITS

ZH = dict(
    code="zh",
    chapters=(CHAPTER_ZH,),
    title_start=re.compile(r"在\s*\S{1,12}?\s*举行的|\bheld (?:at|in)\b|^Report of"),
    title_start_needs_date=True,
    title_end=re.compile(r"报告|[Rr]eport"),
    title_example="'2012 年 10 月 17 日和 18 日在维也纳举行的……会议报告'",
    sentence_end=re.compile(r"[。；：！？.;:!?]$"),
    footnote_before="\u3000-\u303f\u4e00-\u9fff\uff00-\uffef》」』”’）)、，。；：",
    # Not a number followed by a unit ("第44段", "2023年").
    footnote_after="(?![0-9年月日号段条款次个份名届场/.])",
    annex_title_separator="",
    title_date=re.compile(
        r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
        r"(?:\s*(?:至|和|、|-|—)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日)?"),
    title_city=re.compile(r"在\s*(?P<city>[\u4e00-\u9fff]{2,8}?)\s*举行"),
    title_bodies=re.compile(r"举行的(?P<bodies>.+?)会议(?:的)?报告"),
    bodies_split=re.compile(r"和(?=[\u4e00-\u9fff]*工作组)"),
    recommendation=re.compile(r"^(?:建议|Recommendation)\s*(?P<num>[0-9０-９]+)$"),
    recommendations_chapter=re.compile(r"^(?:建议|Recommendations)$"),
    annex=annex("附件|Annex"),
    annex_columns=annex_columns("文号|Symbol", "议程项目|Agenda item", "标题或说明|Title or description"),
    agenda_cell=agenda_cell("和|、|,"),
    # A small number glued to CJK text that is no count ("第1次", "5个", "2和3").
    loose_mark=re.compile(rf"(?<=[\u4e00-\u9fff》」』”’）、，。；：])(?P<mark>\d{{1,2}})"
                          rf"(?![0-9０-９{UNITS}余多和至及或到/.%％-])(?=[\u4e00-\u9fff（《“]|\s*$)"),
    body_date=re.compile(
        r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
        r"(?:\s*(?:至|和|、|-|—)\s*(?P<d2>\d{1,2})\s*日)?"),
    draft_title=re.compile(r"(?:草稿|草案)\s*$|(?i:draft)"),
    # The Conference of the Parties is 缔约方会议 in the official Chinese texts;
    # 缔约国会议 in the 2007 and 2023 reports is a slip a careful editor would correct.
    term_variants=(("缔约国会议", "缔约方会议"),),
    wide_script=True,
    genre_words=frozenset((
        "工作组 建议 建议者 应 应当 应该 缔约国 缔约方 各国 国家 考虑 鼓励 请 秘书处 关于 下列 下述 领域 具体 提交 会议 缔约方会议 第四届 酌情 "
        "进一步 继续 以便 包括 提供 相关 有关 方面 通过 其他 以及 可 似宜 大力 还 进行 开展 公约 有组织犯罪公约 联合国打击跨国有组织犯罪公约 "
        "技术援助问题政府专家工作组 毒品和犯罪问题办公室 为此 从而 以使 同时 这些 这种 此类 其 各项 所有 能够 尽可能 拟定 拟订 通过了 "
        "组织 犯罪 打击 题为 决议 决定 规定 举行 维也纳 适用 这方面 一个 用于 本国 基于 使用 确保 有效 促进 加强 支持 审议 "
        "政府 专家 问题 毒品 办公室 联合国 跨国 技术 援助 若干 一次 情况 及其 根据 实施 工作 活动"
    ).split()),
    name="中文",
    html_lang="zh-Hans",
    undocs="zh",
    iso639_2="zho",
    list_separator="、",
    clause_separator="；",
    date_formats=(("day", "{y} 年 {m} 月 {d} 日"), ("days2", "{y} 年 {m} 月 {d} 日和 {d2} 日"),
                  ("range", "{y} 年 {m} 月 {d} 日至 {d2} 日"),
                  ("range_months", "{y} 年 {m} 月 {d} 日至 {m2} 月 {d2} 日"),
                  ("range_years", "{y} 年 {m} 月 {d} 日至 {y2} 年 {m2} 月 {d2} 日"),
                  ("month", "{y} 年 {m} 月"), ("year", "{y} 年")),
    ordinals=tuple("一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十".split()),
    name_fallback=("en",),
)
