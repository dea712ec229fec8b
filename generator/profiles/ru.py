"""Russian."""
from __future__ import annotations

import re

from ..patterns import DOTTED, FULL_PAREN, HALF_PAREN, PAREN
from .common import CHAPTER_EN, annex, annex_columns, AGENDA_ITEM_HALF_PAREN, agenda_cell

MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")
_MONTH_RU = "|".join(MONTHS_RU)

RU = dict(
    code="ru",
    chapters=(CHAPTER_EN,),
    title_start=re.compile(r"^Доклад\b|\bсостоявш\w* в\b"),
    title_start_needs_date=False,
    title_end=re.compile(r"Доклад\b.*\bсостоявш\w* в .*\b\d{4}\b"),
    title_example="'Доклад о работе совещания Рабочей группы правительственных экспертов по "
                  "технической помощи, состоявшегося в Вене 17 и 18 октября 2012 года'",
    sentence_end=re.compile(r"[.;:!?][\"”’)»]?(?:\d{1,2}|\*{1,3})?$"),
    footnote_before="A-Za-zА-ЯЁа-яё)\\].,;:”’»\"",
    dehyphenate=True,
    # Russian compounds keep their hyphen: "какой-либо", "из-за", "социально-экономический".
    compound_tails=frozenset("либо нибудь то таки за под".split()),
    compound_heads=frozenset("""из по северо юго военно научно социально финансово экономически
        организационно правоохранительно информационно технико""".split()),
    item_opens_after=re.compile(r"(?:[.;:!?]|;\s+(?:и|или))[\"”’)»]?(?:\d{1,2})?$"),
    ragged=True,
    # "17 и 18 октября 2012 года", "с 27 по 29 июня 2012 года", "27–29 июня 2012 года".
    title_date=re.compile(
        rf"(?P<d1>\d{{1,2}})(?:\s*(?:и|по|-|–|—)\s*(?P<d2>\d{{1,2}}))?\s+(?P<month>{_MONTH_RU})\s+(?P<y>\d{{4}})"),
    # The city stands in the prepositional case ("в Вене"); data/names/ru.json
    # lists such forms under city_forms.
    title_city=re.compile(r"состоявш\w* в (?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"),
    title_bodies=re.compile(r"совещания (?P<bodies>.+?),? состоявш"),
    bodies_split=re.compile(r" и (?=[Рр]абочей группы)"),
    recommendation=re.compile(r"^Рекомендация\s*(?P<num>[0-9]+)$"),
    recommendations_chapter=re.compile(r"^Рекомендации$"),
    # Russian texts letter subparagraphs a), b) and points i), ii) in Latin
    # letters, and sections A., B. (the English (a) and (i) are read too).
    lettered_forms=(PAREN, FULL_PAREN, HALF_PAREN),
    point_forms=(PAREN, HALF_PAREN, DOTTED),
    annex=annex("Приложение|Annex"),
    annex_columns=annex_columns("Условное обозначение|Symbol", "Пункт повестки дня|Agenda item",
                                "Название или описание|Title or description"),
    agenda_cell=agenda_cell("и|,", AGENDA_ITEM_HALF_PAREN),
    draft_title=re.compile(r"^Проект доклада|(?i:draft)"),
    # Cyrillic words: no Latin-script text scores on them.
    common_words=frozenset("и в на по с о что для не к от из за как его их был была были это".split()),
    genre_words=frozenset((
        "рабочая рабочей группа группы экспертов правительственных рекомендовала рекомендации "
        "рекомендаций следует должны рассмотреть государства государствам государств "
        "участники участников конвенции протоколов организованной преступности "
        "транснациональной объединенных наций конференции унп оон секретариат секретариату "
        "также которые этих других всех техническая технической помощь помощи"
    ).split()),
    name="Русский",
    html_lang="ru",
    undocs="ru",
    iso639_2="rus",
    months=MONTHS_RU,
    # A month alone would take the nominative ("октябрь"): it is written in numbers.
    date_formats=(("day", "{d} {month} {y} года"), ("days2", "{d} и {d2} {month} {y} года"),
                  ("range", "{d}–{d2} {month} {y} года"),
                  ("range_months", "{d} {month} – {d2} {month2} {y} года"),
                  ("range_years", "{d} {month} {y} года – {d2} {month2} {y2} года"),
                  ("month", "{m:02d}.{y}"), ("year", "{y} год")),
    # "шестая сессия Конференции участников".
    ordinals=tuple("""первая вторая третья четвертая пятая шестая седьмая восьмая девятая десятая
        одиннадцатая двенадцатая тринадцатая четырнадцатая пятнадцатая шестнадцатая семнадцатая
        восемнадцатая девятнадцатая двадцатая""".split()),
    name_fallback=("en",),
)
