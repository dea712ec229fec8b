"""Item 1: the same model whatever the bytes and the layout of the text.

Each example takes a seed, applies a random mix of what real files look
like (encoding, line ends, indentation, trailing spaces, full-width numbers,
no blank line between wrapped lines) and checks that paragraphs, ids and
texts are those of the clean UTF-8 file.
"""
from __future__ import annotations

import codecs
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from support import SEED_SLUGS, SEEDS
from generator.parse import parse
from generator.read import decode
from generator.report_json import as_json

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def model(report, with_lines: bool) -> dict:
    """The report's JSON, without line numbers when the layout moved them."""
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if with_lines or k != "line"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    return strip(as_json(report))


def full_width_numbers(text: str, space: bool) -> str:
    """``12. `` → ``１２．`` and ``(a) `` → ``（a）`` at line starts."""
    sep = " " if space else ""
    text = re.sub(r"(?m)^(\s*)(\d{1,3})\. ",
                  lambda m: f"{m[1]}{m[2].translate(FULL_WIDTH)}．{sep}", text)
    return re.sub(r"(?m)^(\s*(?:- )?)\(([a-z])\) ", lambda m: f"{m[1]}（{m[2]}）{sep}", text)


def without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


INDENTS = {"none": None, "tab": "\t", "ideographic": "\u3000", "nbsp": "\u00a0", "mixed": "\u3000\u00a0\t "}
ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-16-be": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "gb18030": lambda t: t.encode("gb18030"),
}
CLEAN = {}


def clean_model(name: str, with_lines: bool) -> dict:
    if (name, with_lines) not in CLEAN:
        raw = (SEEDS / name).read_bytes()
        CLEAN[name, with_lines] = model(parse(decode(raw, name), name), with_lines)
    return CLEAN[name, with_lines]


@st.composite
def variants(draw):
    name = draw(st.sampled_from(sorted(SEED_SLUGS)))
    text = (SEEDS / name).read_text(encoding="utf-8")
    steps = []
    if draw(st.booleans()):
        text = without_blank_lines(text)
        steps.append("no-blank-lines")
    if draw(st.booleans()):
        space = draw(st.booleans())
        text = full_width_numbers(text, space)
        steps.append(f"full-width{'+space' if space else ''}")
    indent = draw(st.sampled_from(sorted(INDENTS)))
    if INDENTS[indent]:
        text = re.sub(r"(?m)^ *", INDENTS[indent], text)
        steps.append(f"indent-{indent}")
    if draw(st.booleans()):
        text = re.sub(r"(?m)$", " \t\u3000", text)
        steps.append("trailing-spaces")
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = text.replace("\n", ending)
    encoding = draw(st.sampled_from(sorted(ENCODINGS)))
    steps += [repr(ending), encoding]
    return name, ENCODINGS[encoding](text), "no-blank-lines" not in steps, steps


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(variants())
def test_same_model_whatever_the_bytes(variant):
    name, data, same_lines, steps = variant
    report = parse(decode(data, name), name)
    assert model(report, same_lines) == clean_model(name, same_lines), steps


@pytest.mark.parametrize("name", sorted(SEED_SLUGS))
@pytest.mark.parametrize("change", ["no-blank-lines", "full-width", "full-width-no-space"])
def test_every_seed_survives_each_layout_change(name, change):
    """The deterministic floor under the property test: each change alone, each seed."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    text = {"no-blank-lines": without_blank_lines,
            "full-width": lambda t: full_width_numbers(t, True),
            "full-width-no-space": lambda t: full_width_numbers(t, False)}[change](text)
    assert text != (SEEDS / name).read_text(encoding="utf-8")
    same_lines = change != "no-blank-lines"
    assert model(parse(decode(text.encode(), name), name), same_lines) == clean_model(name, same_lines)


def test_full_width_number_gives_the_ascii_id_and_text():
    ascii_ = parse("2012 年 10 月 17 日在维也纳举行的会议报告\n1. 第一段。\n(a) 甲；\n(b) 乙。\n", "a.txt")
    wide = parse("2012 年 10 月 17 日在维也纳举行的会议报告\n１．第一段。\n（ａ）甲；\n（ｂ）乙。\n", "a.txt")
    assert model(wide, True) == model(ascii_, True)
    assert [b.id for b in wide.paragraphs[0].blocks()] == ["para_1", "para_1__subpara_a", "para_1__subpara_b"]
