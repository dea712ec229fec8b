"""The site's navigation: reports grouped so that no page carries more
than a few dozen navigation links, whatever the corpus (see `NAV_GROUP`),
one per language (each language's build has its own)."""
from __future__ import annotations

from ..i18n import label
from ..model import Report, side_by_side
from ..render.registry import INDEX_PAGES
from ..urls import HOME, QUALITY, YEARS, page_path, parallel_path, report_path


#: Up to this many entries the navigation lists them in one level; more are
#: grouped (reports by decade, a decade's by year, decades by century), so
#: that with Material's `navigation.prune` a page carries at most a few
#: dozen navigation links whatever the size of the corpus.
NAV_GROUP = 12



def navigation(meetings: dict[str, dict[str, Report]], language: str, languages: tuple[str, ...]) -> list:
    """The navigation of `language`'s pages, with its labels (`languages`:
    the build's, the first at the site root).

    Index pages are single entries: their period pages (paging.py) are
    reached from the overview, not from the navigation. `meetings`: slug →
    language → report (`model.by_meeting`)."""

    root = languages[0]

    def entries(slugs) -> list:
        out: list = []
        for slug in slugs:
            first = next(iter(meetings[slug].values()))
            out.append({slug: report_path(first, language, root)})
            if len(side_by_side(meetings[slug], languages)) > 1:
                out.append({f"{slug} {label(language, 'parallel')}": parallel_path(first, language, root)})
        return out

    slugs = list(meetings)
    year = {slug: next(iter(v.values())).meeting.start.year for slug, v in meetings.items()}
    if len(slugs) <= NAV_GROUP:
        reports_nav = entries(slugs)
    else:
        def decade(d: int) -> dict:
            inside = [s for s in slugs if year[s] // 10 == d]
            if len(inside) <= NAV_GROUP:
                children = entries(inside)
            else:
                children = [{str(y): entries(s for s in inside if year[s] == y)}
                            for y in sorted({year[s] for s in inside})]
            return {f"{d * 10}–{d * 10 + 9}": children}

        decades = sorted({y // 10 for y in year.values()})
        reports_nav = [decade(d) for d in decades]
        if len(decades) > NAV_GROUP:
            reports_nav = [{f"{c * 100}–{c * 100 + 99}": [decade(d) for d in decades if d // 10 == c]}
                           for c in sorted({d // 10 for d in decades})]
    index_nav = [{label(language, f"{page.name}_title"): page.path_in(language, root)} for page in INDEX_PAGES]
    # The quality report is for editors: linked from the home page's end, not listed here.
    return [{label(language, "home"): page_path(HOME, language, root)}, {label(language, "reports"): reports_nav},
            *index_nav]


def not_in_nav(root: str) -> str:
    """The folders of period pages (paging.py): reached from their
    overview, never listed in the navigation; and the quality report, in
    every language (``quality.md``, ``quality.en.md``), reached from the
    home page's editors' corner (MkDocs' gitignore-style patterns; `root`:
    the language at the site root)."""
    return ("".join(f"/{name}/\n" for name in (YEARS, *(page.name for page in INDEX_PAGES), QUALITY))
            + "".join(f"/{path}\n" for path in (page_path(QUALITY, root, root), page_path(QUALITY, "*", root))))
