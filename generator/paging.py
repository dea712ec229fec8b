"""How long pages are split, decided once per build from the sizes of the
pages (measured as they are rendered: render/measure.py → `urls.Layout`).

A page is split only when it would be heavy: the generator estimates the
HTML of each year's share of a page (from the Markdown it renders for that
year alone) and, when the whole page would pass `PAGE_BUDGET`, packs the
years into periods: whole decades when they fit, as many together as fit
(``participants/1950-1979.md``, ``participants/1980-1989.md``), else runs of
years within a decade (``participants/1952-1954.md``,
``participants/1955.md``), and never a period that holds a single meeting
(it joins its neighbour). A year heavier than the budget alone is split
into runs of its months (``recommendations/1969-01-1969-02.md``,
``recommendations/1969-03-1969-04.md`` …, together the whole year), only
then. So one meeting a year gives decade pages, fifty a year gives year
pages (or parts of years, where a year's entries are long), and a small
corpus (the seeds) keeps one page each. Decades are packed together
because a decade page of one meeting a year is a few kilobytes: the
reader pages less, and the build renders fewer pages.

- the home page lists every report while that fits; else it lists periods,
  each linking to ``years/<period>.md``;
- the corpus index pages (render/registry.py) keep an overview with every
  anchor that links reach and move the long lists to period pages; the
  quality report likewise;
- none of these period pages is in the navigation (its overview links
  them, `engine.navigation.not_in_nav` lists their folders); the navigation itself is
  `site.navigation`: reports grouped by decade, bounded on every page.
"""
from __future__ import annotations

from itertools import groupby
from typing import Callable, Optional, TypeVar

from .urls import Period

T = TypeVar("T")

#: No generated page should weigh more than this as HTML (issue 12).
PAGE_BUDGET = 300 * 1024
#: The theme's part of a page (header, navigation, footer), minified HTML.
CHROME = 24 * 1024
#: HTML bytes per byte of our Markdown, at worst, with the theme's part
#: set aside. The index pages' tables and lists are HTML blocks, which pass
#: as they are (measured at 100 reports: 0.85-1.1 for the period pages,
#: 1.42 for the timeline's overview, whose picture is Markdown).
HTML_PER_MD = 1.5
#: The Markdown one page may hold, with a margin for the estimate.
MD_BUDGET = int((PAGE_BUDGET - CHROME) / HTML_PER_MD * 0.9)


def pack(sizes: dict[int, int], counts: dict[int, int], budget: int = MD_BUDGET,
         whole: int | None = None, months: Callable[[int], tuple[dict, dict]] | None = None) -> list[Period]:
    """The periods a page is split into, from each year's share of it (bytes
    of Markdown) and the meetings (or entries) each year holds; `whole` is
    the unsplit page's size when known (else the sum of the shares). [] when
    the whole page fits. Decades that fit are packed into runs of whole
    decades (one period, ``1950-1979``, while their shares fit the budget
    together); a heavier decade is packed into runs of years; a period
    holding one meeting joins a neighbour. A year heavier than the budget
    alone is packed into runs of its months when `months` is given (year →
    its months' shares and entries, asked for only then: no other year is
    measured by the month), see `pack_months`."""
    if (sum(sizes.values()) if whole is None else whole) <= budget:
        return []
    decades = [(decade, list(years)) for decade, years in groupby(sorted(sizes), key=lambda y: y // 10)]

    def share(decade: tuple[int, list[int]]) -> int:
        return sum(sizes[y] for y in decade[1])

    periods: list[Period] = []
    for heavy, stretch in groupby(decades, key=lambda d: share(d) > budget):
        if not heavy:
            periods.extend(Period(run[0][0] * 10, run[-1][0] * 10 + 9) for run in fill(list(stretch), share, budget))
            continue
        for _, years in stretch:
            for alone, some in groupby(years, key=lambda y: months is not None and sizes[y] > budget):
                if alone:
                    for year in some:
                        periods.extend(pack_months(year, *months(year), budget))
                else:
                    periods.extend(Period(run[0], run[-1]) for run in fill(list(some), sizes.__getitem__, budget))

    # The parts of a year are joined by pack_months, never with other years.
    return join_lonely(periods, lambda p: sum(n for y, n in counts.items() if y in p),
                       lambda a, b: Period(a.first, b.last) if a.whole and b.whole else None)


def pack_months(year: int, sizes: dict[int, int], counts: dict[int, int], budget: int) -> list[Period]:
    """The parts of a `year` too heavy for one page, from each month's share
    (bytes of Markdown) and entries: runs of months, together the whole year
    (a month without entries joins the run before it, January the run
    after), none holding a single entry while the year has more (it joins a
    neighbour), and never less than a month: a month heavier than the
    budget stays one page."""
    runs = fill(list(range(1, 13)), lambda m: sizes.get(m, 0), budget)
    merged = join_lonely(runs, lambda run: sum(counts.get(m, 0) for m in run), lambda a, b: a + b)
    return [Period(year, year, (run[0], run[-1])) for run in merged]


def fill(items: list[T], size: Callable[[T], int], budget: int) -> list[list[T]]:
    """`items` in order, in runs that each hold as many as fit the `budget`
    together (an item heavier than the budget alone is a run of its own):
    how decades, years and months are packed."""
    runs: list[list[T]] = []
    held = 0
    for item in items:
        if runs and held + size(item) <= budget:
            runs[-1].append(item)
            held += size(item)
        else:
            runs.append([item])
            held = size(item)
    return runs


def join_lonely(runs: list[T], held: Callable[[T], int], join: Callable[[T, T], Optional[T]]) -> list[T]:
    """`runs` in order, each holding at most one entry joined to the one
    before it (and a run after a lonely one joined to it): no page holds a
    single meeting while its neighbours hold more. `join(a, b)`: the two as
    one, or None where they may not be joined."""
    merged: list[T] = []
    for run in runs:
        joined = join(merged[-1], run) if merged and (held(run) <= 1 or held(merged[-1]) <= 1) else None
        if joined is None:
            merged.append(run)
        else:
            merged[-1] = joined
    return merged
