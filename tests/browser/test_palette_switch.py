"""The light/dark switch: no page's HTML carries it (it works with scripts
only), and a script draws Material's form in the header before Material's
bundle mounts it (generator/engine/palette.py). Drawn, it is the switch
Material wrote: at the same place, with Material's icons, named in the
page's language; it switches the scheme, and the choice holds on the next
page and after a reload, online and from file://."""
from __future__ import annotations

from importlib import resources

import pytest

from generator.i18n import catalog

SCHEME = "document.body.getAttribute('data-md-color-scheme')"
#: The switch as drawn: where it is, its inputs and labels, and which label shows.
SWITCH = """() => {
  const form = document.querySelector(".md-header form[data-md-component=palette]");
  if (!form) return null;
  const shown = [...form.querySelectorAll("label")].filter(l => !l.hidden && l.offsetParent !== null);
  return {
    after: form.previousElementSibling.getAttribute("data-md-component"),
    before: form.nextElementSibling.textContent.includes('__md_get("__palette")'),
    inputs: [...form.querySelectorAll("input")].map(i => [i.id, i.getAttribute("aria-label"),
                                                         i.dataset.mdColorScheme, i.dataset.mdColorMedia]),
    labels: [...form.querySelectorAll("label")].map(l => [l.htmlFor, l.title, l.querySelector("svg").outerHTML]),
    shown: shown.map(l => l.title),
  };
}"""


def icon(name: str) -> str:
    """Material's icon as it ships it (its .icons folder), as an element's outerHTML."""
    svg = (resources.files("material") / "templates" / ".icons" / "material" / f"{name}.svg").read_text()
    return svg.strip().replace("/>", "></path>")


def test_no_page_carries_the_switch_in_its_html(online_site):
    pages = sorted(online_site.rglob("*.html"))
    assert len(pages) > 20
    carrying = [p.relative_to(online_site).as_posix() for p in pages
                if 'data-md-component="palette"' in p.read_text(encoding="utf-8")]
    assert carrying == []
    script = (online_site / "assets/js/palette.js").read_text(encoding="utf-8")
    assert r'data-md-component=\"palette\"' in script  # the form, in a JS string


def test_without_scripts_there_is_no_switch(browser, http_base):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(http_base + "reports/2012-10-17/")
    assert page.locator(".md-header__title").count() == 1  # the header is there
    assert page.locator("form[data-md-component=palette], input[name=__palette]").count() == 0
    context.close()


@pytest.mark.parametrize("language, prefix", [("zh", ""), ("en", "en/")])
def test_the_switch_is_drawn_switches_and_the_choice_holds(browser, where, language, prefix):
    kind, base, path = where
    dark, light = catalog(language)["palette_dark"], catalog(language)["palette_light"]
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(base + path(f"{prefix}reports/2012-10-17/"))
    switch = page.evaluate(SWITCH)
    assert switch == {
        "after": "header-title", "before": True,  # Material's place: before its inline script
        "inputs": [["__palette_0", dark, "default", "(prefers-color-scheme: light)"],
                   ["__palette_1", light, "slate", "(prefers-color-scheme: dark)"]],
        "labels": [["__palette_1", dark, icon("brightness-4")], ["__palette_0", light, icon("brightness-7")]],
        "shown": [dark]}
    assert page.evaluate(SCHEME) == "default"
    page.get_by_title(dark).click()
    page.wait_for_function(f"{SCHEME} === 'slate'")
    assert page.evaluate(SWITCH)["shown"] == [light]

    # The next page, in the same language: dark, and the switch offers light.
    page.goto(base + path(f"{prefix}decisions/"))
    assert page.evaluate(SCHEME) == "slate"
    assert page.evaluate(SWITCH)["shown"] == [light]
    if kind == "http":  # (a file:// request cannot be stopped)
        # The stored choice is applied before Material's bundle runs, by its
        # inline script in the header: the page never shows light first.
        page.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
        page.reload()
        assert page.evaluate("typeof window.document$") == "undefined"  # the bundle did not run
        assert page.evaluate(SCHEME) == "slate"
        page.unroute("**/assets/javascripts/bundle.*.js")
    page.reload()
    assert page.evaluate(SCHEME) == "slate" and page.evaluate(SWITCH)["shown"] == [light]
    page.get_by_title(light).click()
    page.wait_for_function(f"{SCHEME} === 'default'")
    page.goto(base + path(f"{prefix}reports/2012-10-17/"))
    assert page.evaluate(SCHEME) == "default" and page.evaluate(SWITCH)["shown"] == [dark]
    context.close()
