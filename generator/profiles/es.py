"""Spanish."""
from __future__ import annotations

import re

from ..patterns import DOTTED, FULL_PAREN, HALF_PAREN, PAREN
from .common import CHAPTER_EN, annex, annex_columns, AGENDA_ITEM_HALF_PAREN, agenda_cell

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
_MONTH_ES = "|".join(MONTHS_ES)

ES = dict(
    code="es",
    chapters=(CHAPTER_EN,),
    title_start=re.compile(r"^Informe (?:sobre|de)\b|\bcelebrad[ao]s? en\b"),
    title_start_needs_date=False,
    title_end=re.compile(r"[Ii]nforme\b.*\bcelebrad[ao]s? en .*\b\d{4}\b"),
    title_example="'Informe sobre la reunión del Grupo de trabajo de expertos gubernamentales sobre "
                  "asistencia técnica celebrada en Viena los días 17 y 18 de octubre de 2012'",
    sentence_end=re.compile(r"[.;:!?][\"”’)»]?(?:\d{1,2}|\*{1,3})?$"),
    footnote_before="A-Za-zÁÉÍÓÚÜÑáéíóúüñ)\\].,;:”’»\"",
    # Spanish writes prefixes solid (multisectorial, antiblanqueo): a hyphen
    # at a line end is the typesetter's unless the text shows the compound.
    dehyphenate=True,
    item_opens_after=re.compile(r"(?:[.;:!?]|;\s+(?:y|e|o|u))[\"”’)»]?(?:\d{1,2})?$"),
    ragged=True,
    # "17 y 18 de octubre de 2012", "del 27 al 29 de junio de 2012".
    title_date=re.compile(
        rf"(?P<d1>\d{{1,2}})(?:\s*(?:y|al|a|-|–)\s*(?P<d2>\d{{1,2}}))?\s+de\s+(?P<month>{_MONTH_ES})"
        rf"\s+de\s+(?P<y>\d{{4}})"),
    title_city=re.compile(r"celebrad[ao]s? en (?P<city>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[ -][A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)"),
    title_bodies=re.compile(r"reunión del (?P<bodies>.+?),? celebrada"),
    bodies_split=re.compile(r" y (?:del|el) (?=Grupo de [Tt]rabajo)"),
    recommendation=re.compile(r"^Recomendación\s*(?P<num>[0-9]+)$"),
    recommendations_chapter=re.compile(r"^Recomendaciones$"),
    # Spanish texts letter subparagraphs a), b) and points i), ii), as French
    # ones do (the English (a) and (i) are read too).
    lettered_forms=(PAREN, FULL_PAREN, HALF_PAREN),
    point_forms=(PAREN, HALF_PAREN, DOTTED),
    annex=annex("Anexo|Annex"),
    annex_columns=annex_columns("Signatura|Symbol", "Tema del programa|Agenda item",
                                "Título o descripción|Title or description"),
    agenda_cell=agenda_cell("y|,", AGENDA_ITEM_HALF_PAREN),
    draft_title=re.compile(r"^Proyecto de informe|(?i:draft)"),
    # "de", "la", "en" are French words too: a French text scores as high on
    # them, and its own words (le, les, des, et …) decide.
    common_words=frozenset("el los las del y de la en que con por para una se al su sus es como".split()),
    genre_words=frozenset((
        "grupo trabajo expertos gubernamentales recomendó recomienda recomendación "
        "recomendaciones debería deberían considerar estados estado partes parte convención "
        "protocolos organizada delincuencia transnacional naciones unidas conferencia unodc "
        "secretaría alentó invitó incluso también sus estos estas otros otras todos todas fin "
        "así asistencia técnica"
    ).split()),
    name="Español",
    html_lang="es",
    undocs="es",
    iso639_2="spa",
    months=MONTHS_ES,
    date_formats=(("day", "{d} de {month} de {y}"), ("days2", "{d} y {d2} de {month} de {y}"),
                  ("range", "{d} a {d2} de {month} de {y}"),
                  ("range_months", "{d} de {month} a {d2} de {month2} de {y}"),
                  ("range_years", "{d} de {month} de {y} a {d2} de {month2} de {y2}"),
                  ("month", "{month} de {y}"), ("year", "{y}")),
    # "sexto período de sesiones de la Conferencia de las Partes".
    ordinals=tuple("""primer segundo tercer cuarto quinto sexto séptimo octavo noveno décimo
        undécimo duodécimo decimotercer decimocuarto decimoquinto decimosexto decimoséptimo
        decimoctavo decimonoveno vigésimo""".split()),
    name_fallback=("en",),
)
