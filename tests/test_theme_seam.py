"""The theme seam: every Material template we override is a copy of the
installed Material's file with our change. When an upgrade changes the
original, this fails loudly instead of the site silently keeping an old copy
(generator/engine/based-on.json records which original each override came
from: outside overrides/, whose every other file Material publishes)."""
from __future__ import annotations

import hashlib
import json
from importlib import resources

from support import ROOT

OVERRIDES = ROOT / "overrides"
RECORD = ROOT / "generator" / "engine" / "based-on.json"


def test_every_overridden_template_is_recorded_and_its_original_unchanged():
    recorded = {k: v for k, v in json.loads(RECORD.read_text(encoding="utf-8")).items()
                if not k.startswith("_")}
    templates = resources.files("material") / "templates"
    overridden = sorted(p.relative_to(OVERRIDES).as_posix() for p in OVERRIDES.rglob("*.html")
                        if (templates / p.relative_to(OVERRIDES).as_posix()).is_file())
    # main.html only extends base.html (blocks, no copy): nothing to compare.
    copies = [name for name in overridden if "{% extends" not in (OVERRIDES / name).read_text(encoding="utf-8")]
    assert sorted(recorded) == copies
    for name, digest in recorded.items():
        original = (templates / name).read_bytes()
        assert hashlib.sha256(original).hexdigest() == digest, (
            f"Material's {name} changed: re-apply overrides/{name} to the new copy and update {RECORD.name}")
