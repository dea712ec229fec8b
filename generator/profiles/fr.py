"""French."""
from __future__ import annotations

import re

from ..patterns import DOTTED, FULL_PAREN, HALF_PAREN, PAREN
from .common import MONTHS_FR, _MONTH_FR, CHAPTER_EN, annex, annex_columns, agenda_cell

FR = dict(
    code="fr",
    chapters=(CHAPTER_EN,),
    title_start=re.compile(r"^Rapport (?:sur|de)\b|\btenue? (?:à|au)\b"),
    title_start_needs_date=False,
    title_end=re.compile(r"[Rr]apport\b.*\btenue? (?:à|au) .*\b\d{4}\b"),
    title_example="'Rapport sur la réunion du Groupe de travail d’experts gouvernementaux sur "
                  "l’assistance technique tenue à Vienne les 17 et 18 octobre 2012'",
    sentence_end=re.compile(r"[.;:!?][\"”’)»]?(?:\d{1,2}|\*{1,3})?$"),
    footnote_before="A-Za-zÀ-ÿ)\\].,;:”’»\"",
    dehyphenate=True,
    compound_heads=frozenset("multi non anti co sous auto ex semi pluri".split()),
    item_opens_after=re.compile(r"(?:[.;:!?]|;\s+(?:et|ou))[\"”’)»]?(?:\d{1,2})?$"),
    ragged=True,
    title_date=re.compile(
        rf"(?P<d1>\d{{1,2}})(?:er)?(?:\s*(?:au|et|-|–)\s*(?P<d2>\d{{1,2}}))?\s+(?P<month>{_MONTH_FR})\s+(?P<y>\d{{4}})"),
    title_city=re.compile(r"tenue? (?:à|au) (?P<city>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)?)"),
    title_bodies=re.compile(r"réunion du (?P<bodies>.+?) tenue"),
    bodies_split=re.compile(r" et du (?=Groupe de travail)"),
    recommendation=re.compile(r"^Recommandation\s*(?P<num>[0-9]+)$"),
    recommendations_chapter=re.compile(r"^Recommandations$"),
    # French texts letter subparagraphs a), b) and points i), ii) (the English
    # (a) and (i) are read too: a translation may keep them).
    lettered_forms=(PAREN, FULL_PAREN, HALF_PAREN),
    point_forms=(PAREN, HALF_PAREN, DOTTED),
    annex=annex("Annexe|Annex"),
    annex_columns=annex_columns("Cote|Symbol", "Point de l[’']ordre du jour|Agenda item",
                                "Titre ou description|Title or description"),
    agenda_cell=agenda_cell("et|,"),
    draft_title=re.compile(r"^Projet de rapport|(?i:draft)"),
    common_words=frozenset("le la les des du de et à au aux en une un sur pour par est sont".split()),
    genre_words=frozenset((
        "groupe travail experts gouvernementaux recommande recommandé recommandation "
        "recommandations devrait devraient envisager états état parties partie convention "
        "protocoles organisée criminalité transnationale nations unies conférence onudc "
        "secrétariat encouragé invité notamment aussi qui que dans leur leurs ces cette "
        "autres tous toutes afin ainsi avec être assistance technique"
    ).split()),
    name="Français",
    html_lang="fr",
    undocs="fr",
    iso639_2="fra",
    months=MONTHS_FR,
    date_formats=(("day", "{d} {month} {y}"), ("days2", "{d} et {d2} {month} {y}"),
                  ("range", "{d}-{d2} {month} {y}"), ("range_months", "{d} {month}-{d2} {month2} {y}"),
                  ("range_years", "{d} {month} {y}-{d2} {month2} {y2}"),
                  ("month", "{month} {y}"), ("year", "{y}")),
    ordinals=tuple("""première deuxième troisième quatrième cinquième sixième septième huitième neuvième
        dixième onzième douzième treizième quatorzième quinzième seizième dix-septième dix-huitième
        dix-neuvième vingtième""".split()),
    name_fallback=("en",),
)
