"""Page breaks: a form feed (pdftotext's end of every page) is a page
boundary anywhere, inside a paragraph too, and changes nothing in the model."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from support import SEED_SLUGS, SEEDS
from generator.clean import clean
from generator.parse import parse
from generator.read import decode, read_source
from generator.report_json import as_json

FIXTURES = Path(__file__).parent / "fixtures"
#: Seed 001 (2007) as pdftotext lays it out: a form feed at the start of every
#: page, after each footnote block and inside paragraphs where a page ended
#: mid-sentence, and alone on the last line (made from the seed by inserting
#: the form feeds only).
RELAID = FIXTURES / "zh" / "wg-ta-2007-zh-pdftotext.txt"
ENGLISH = FIXTURES / "en" / "wg-ta-2012-en-pdf.txt"


def model(path: Path) -> dict:
    report = parse(read_source(path), "report.txt")
    return as_json(report)


def test_a_seed_relaid_as_pdftotext_gives_the_seeds_model():
    text = read_source(RELAID)
    assert text.count("\f") == 14 and text.endswith("\f")
    assert model(RELAID) == model(SEEDS / "001_daa1a7a192d79f16.txt")
    pages = clean(text, RELAID.name).page_starts
    assert len(pages) == 14
    inside = [n for n in pages[:-1] if not text.split("\n")[n - 2].strip().endswith(("。", "；", "："))]
    assert inside, "the fixture breaks pages inside paragraphs"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(SEED_SLUGS) + ["en"]), data=st.data())
def test_form_feeds_at_random_line_starts_leave_the_model_unchanged(name, data):
    path = ENGLISH if name == "en" else SEEDS / name
    raw = read_source(path)
    lines = raw.split("\n")
    starts = data.draw(st.sets(st.integers(0, len(lines) - 1), max_size=30))
    relaid = "\n".join("\f" + line if k in starts else line for k, line in enumerate(lines))
    assert as_json(parse(decode(relaid.encode("utf-8")), "report.txt")) == \
        as_json(parse(raw, "report.txt"))
