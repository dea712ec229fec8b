"""The light/dark switch in the header, drawn by a script instead of being
written into every page.

Material writes its palette switch (a form of two radio inputs, two labels
and their icons: about 1.4 KB, 280 B gzip) into the header of every page,
and only its bundle makes it work (it reads the inputs and keeps the choice
in localStorage): without scripts the labels stay hidden. So the pages
carry none (overrides/partials/palette.html writes nothing), and
`PALETTE_SCRIPT`, one file for the whole site, puts the same form at the
same place (after the header's title, before Material's inline script that
applies a stored choice) before the bundle runs, which then mounts it as
its "palette" component. Material reads its components when its bundle
runs, not later, so the script is loaded before it (overrides/main.html).

The form is Material's own partial rendered at build time with the
configuration's palette, so it follows the configuration and the installed
Material; each toggle's name is the page's word, given to the script in
its language (``window.reportLabels.palette``, generator/render/labels.py:
the first toggle's, then the second's). A palette whose media query is
``(prefers-color-scheme)`` (Material's "automatic" toggle) is not
supported: Material's inline script reads the inputs before they exist.
"""
from __future__ import annotations

import json
from copy import deepcopy
from pathlib import Path

from .minify import minify

#: Where the script is published (a path of the site, as the pages name it).
PALETTE_SCRIPT = "assets/js/palette.js"
#: Material's partial that writes the form.
PALETTE_PARTIAL = "partials/palette.html"

#: The script, around the form's markup (``{markup}``). The i-th toggle's
#: name is written ``{i}`` in the markup and becomes the page's i-th word.
SCRIPT = """\
/* The header's light/dark switch: Material's palette form (written by
   generator/engine/palette.py), drawn before Material's bundle mounts it. */
(function () {
  var title = document.querySelector(".md-header [data-md-component=header-title]");
  if (!title) return;
  var names = (window.reportLabels || {}).palette || [];
  var holder = document.createElement("div");
  holder.innerHTML = {markup};
  var form = holder.firstElementChild;
  form.querySelectorAll("[aria-label], [title]").forEach(function (element) {
    ["aria-label", "title"].forEach(function (attribute) {
      var name = /^\\{(\\d+)\\}$/.exec(element.getAttribute(attribute) || "");
      if (name) element.setAttribute(attribute, names[+name[1]] || "");
    });
  });
  title.after(form);
})();
"""


def palette_markup(palette: list, theme_dirs: list[str]) -> str:
    """Material's palette form for `palette` (the configuration's list of
    schemes), as Material writes it into a page (minified as the pages are),
    each toggle named ``{0}``, ``{1}`` …; `theme_dirs`: Material's template
    folders (not the overrides, whose partial writes nothing)."""
    from jinja2 import Environment, FileSystemLoader

    named = deepcopy(palette)
    for index, option in enumerate(entry for entry in named if isinstance(entry, dict) and entry.get("toggle")):
        option["toggle"]["name"] = "{%d}" % index
    template = Environment(loader=FileSystemLoader(theme_dirs)).get_template(PALETTE_PARTIAL)
    return minify(template.render(config={"theme": {"palette": named}})).strip()


def has_switch(config) -> bool:
    """Whether Material would write a switch for the MkDocs configuration
    `config`: its palette is a list of schemes, some with a toggle."""
    palette = config.theme.get("palette")
    return isinstance(palette, list) and any(isinstance(e, dict) and e.get("toggle") for e in palette)


def palette_script(config) -> str:
    """The script that draws the switch for the MkDocs configuration
    `config` (one that `has_switch`)."""
    palette = config.theme.get("palette")
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    dirs = [d for d in config.theme.dirs if custom is None or Path(d).resolve() != custom]
    # A string of a script file (no page around it: "<" is safe there).
    return SCRIPT.replace("{markup}", json.dumps(palette_markup(palette, dirs), ensure_ascii=False))
