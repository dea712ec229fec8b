"""The recommendations tracker's filter in a real Chromium, online and from
the offline bundle's file:// pages (issue 25, part 1): choosing a session or
a section hides the other rows and says how many are shown; no request."""
from __future__ import annotations


def visible(page) -> list[str]:
    return page.eval_on_selector_all(
        ".rec-table tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.session)")


def test_filter_by_session_and_by_section(context, where):
    kind, base, path = where
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base + path("en/recommendations/"))
    assert page.is_visible(".rec-filter")  # the script shows it
    total = len(visible(page))
    assert total == 52
    page.select_option('select[data-filter="session"]', "2016-10-17")
    assert set(visible(page)) == {"2016-10-17"} and len(visible(page)) == 20
    assert page.inner_text(".rec-status") == "20 of 52 recommendations shown"
    page.select_option('select[data-filter="section"]', label="国际合作工作组")
    assert visible(page) == []  # the joint session's section is 2018's
    page.select_option('select[data-filter="session"]', "")
    assert visible(page) == ["2018-05-28"]
    page.select_option('select[data-filter="section"]', "")
    assert len(visible(page)) == total
    assert not errors
    if kind == "file":
        assert context.requests.outside("file://") == []
