"""A meeting's language versions side by side: paragraph N of each in one row."""
from __future__ import annotations

from ..languages import profile
from ..markup import NOT_IN_SEARCH, front_matter, html_attr, html_link, markdown_text as escape
from ..model import Report
from ..urls import parallel_path, relative, report_path
from .base import Renderer


class ParallelPage(Renderer):

    def parallel(self, versions: dict[str, Report]) -> str:
        """Paragraph N of each language version (`versions`: language →
        report, in column order) in one row, each linking to the report.
        Rows carry the paragraph ids, so #para_N works here too."""
        first = next(iter(versions.values()))
        path = parallel_path(first, self.language, self.root)
        by_id = {lang: {p.id: p for p in r.paragraphs} for lang, r in versions.items()}
        order: list[str] = []
        for report in versions.values():
            order += [p.id for p in report.paragraphs if p.id not in order]
        # The report this language's page shows (its own, else the first version).
        shown = {p.id for p in (versions.get(self.language) or first).paragraphs}
        catalog_names = self.t("language_names")
        names = {lang: catalog_names.get(lang, profile(lang).name) for lang in versions}
        # Each cell names its column (a phone shows the columns one under
        # the other, each under its name: reports.css).
        labels = {lang: f' data-label="{html_attr(name)}"' for lang, name in names.items()}
        rows = []
        for eid in order:
            cells = []
            for lang in versions:
                para = by_id[lang].get(eid)
                # Every number leads to the report page of this page's language
                # (its language switch keeps the paragraph), when it has it.
                target = relative(path, report_path(first, self.language, self.root)) + f"#{eid}"
                if para is None:
                    cells.append(f'<td{labels[lang]}>{escape(self.t("missing_in_version"))}</td>')
                    continue
                number = profile(lang).number_format.format(n=para.number) if para.number is not None else "[?]"
                link = html_link(target, escape(number)) if eid in shown else escape(number)
                text = escape(para.plain_text())
                direction = f' dir="{profile(lang).direction}"' if profile(lang).direction != self.profile.direction else ""
                cells.append(f'<td lang="{profile(lang).html_lang}"{direction}{labels[lang]}>{link} {text}</td>')
            rows.append(f'<tr id="{eid}">' + "".join(f"\n{c}" for c in cells) + "\n</tr>")
        title = self.t("parallel_title", date=self.profile.date(first.meeting.start),
                       languages=self.t("language_join").join(names.values()))
        head = "".join(f"\n<th>{escape(name)}</th>" for name in names.values())
        # Out of the search index: its words are the report pages' words.
        return (f"{front_matter({'title': title}, NOT_IN_SEARCH)}\n"
                f"# {escape(title)}\n\n"
                f"{escape(self.t('parallel_intro'))}\n\n"
                f'<table class="parallel">\n<thead>\n<tr>{head}\n</tr>\n</thead>\n<tbody>\n'
                + "\n".join(rows) + "\n</tbody>\n</table>\n")
