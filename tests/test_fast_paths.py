"""The fast versions of width and escape (issue 6) give exactly what the
plain per-character definitions give: wrap detection and every page depend on them."""
import unicodedata

from hypothesis import given, strategies as st

from generator.clean import width
from generator.markup import SYNTAX
from generator.markup import markdown_text as escape

TEXT = st.text(alphabet=st.one_of(st.characters(max_codepoint=0x3FFFF, exclude_categories=("Cs",)),
                                  st.sampled_from("技术（１）《》。、 \n&<>*_")), max_size=80)


def reference_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def reference_escape(text):
    return "".join(f"&#{ord(c)};" if c in SYNTAX else (" " if c == "\n" else c) for c in text)


@given(TEXT)
def test_width_is_the_east_asian_width_sum(text):
    assert width(text) == reference_width(text)


@given(TEXT)
def test_escape_is_the_per_character_escape(text):
    assert escape(text) == reference_escape(text)


def test_known_widths():
    assert width("技术援助 abc（１）") == 18
    assert width("\U00020000") == 2 and width("\uff61") == 1  # CJK ext B is wide; halfwidth 。 is not
