"""The annex rule: ``附件`` / ``Annex`` / ``Annexe`` and its table of
documents, up to the next annex or the end of the report."""
from __future__ import annotations

import re
from typing import Optional

from .. import ids
from ..clean import join
from ..languages import LanguageProfile
from ..model import Annex, AnnexRow
from ..patterns import SYMBOL_CELL
from .core import Context, Rule

#: A row of the table: a UN document symbol, then the agenda and title cells.
SYMBOL_ROW = SYMBOL_CELL


class AnnexRule(Rule):
    priority = 70

    def patterns(self, p: LanguageProfile) -> tuple[re.Pattern, ...]:
        return (p.annex,)

    def run(self, ctx: Context, i: int, match: re.Match) -> int:
        s = ctx.state
        s.end_paragraph()
        s.annexes += 1
        annex = Annex(ids.annex(s.annexes), ctx.lines[i].text, "", ctx.lines[i].number)
        s.add_block(annex)
        j = i + 1
        title_parts: list[str] = []
        row: Optional[AnnexRow] = None
        while j < len(ctx.lines) and not ctx.p.annex.match(ctx.lines[j].text):
            text = ctx.lines[j].text
            columns = ctx.p.annex_columns.match(text)
            symbol = SYMBOL_ROW.match(text)
            if columns and not annex.rows:
                annex.columns = list(columns.groups())
            elif symbol:
                rest = symbol["rest"] or ""
                if row and row.symbol.endswith("-") and not row.agenda and not row.title:
                    row.symbol += symbol["symbol"]  # a symbol wrapped at its hyphen
                else:
                    row = AnnexRow(ids.annex_row(annex.id, len(annex.rows) + 1), symbol["symbol"],
                                   "", "", ctx.lines[j].number)
                    annex.rows.append(row)
                self.cells(ctx.p, row, rest)
            elif row is not None:
                self.cells(ctx.p, row, text)
            else:
                title_parts.append(text)
            j += 1
        annex.title = ctx.p.annex_title_separator.join(title_parts)
        if not annex.rows:
            ctx.warn(annex.line, "annex has no table of documents", "annex-empty", annex.id)
        return j

    @staticmethod
    def cells(p: LanguageProfile, row: AnnexRow, text: str) -> None:
        """Text of a row: its agenda cell and title first, then more title."""
        if not text:
            return
        if not row.agenda and not row.title:
            cells = p.agenda_cell.match(text)
            if cells:
                row.agenda, row.title = cells["agenda"], cells["title"]
                return
        row.title = join(row.title, text)
