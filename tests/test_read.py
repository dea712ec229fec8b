"""read: any encoding and line-end convention gives the same text."""
import codecs

import pytest

from generator.errors import SourceError
from generator.read import decode

TEXT = "1. 技术援助问题\n\n工作组 CTOC/COP/WG.2/2012/1。\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM
    TEXT.encode("gb18030"),
    TEXT.replace("\n", "\r\n").encode("utf-8"),
    TEXT.replace("\n", "\r").encode("utf-8"),
    TEXT.replace("\n", " \t \n").encode("utf-8"),
], ids=["utf8", "utf8-bom", "utf16", "gb18030", "crlf", "cr", "trailing-space"])
def test_same_text_whatever_the_bytes(data):
    assert decode(data, "x.txt") == TEXT


def test_ideographic_and_no_break_spaces_become_spaces():
    assert decode("\u3000\u00a0(a)\t项".encode("utf-8")) == "  (a) 项"


def test_binary_input_is_refused_with_file_and_line():
    with pytest.raises(SourceError) as error:
        decode(b"line one\nline two\x00\x01\x02", "bad.bin")
    assert "bad.bin:2" in str(error.value)
    assert "binary" in str(error.value)


def test_control_character_is_refused_with_line():
    with pytest.raises(SourceError) as error:
        decode("ok\nok\nbad\x07here".encode(), "ctl.txt")
    assert "ctl.txt:3" in str(error.value)
