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


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(encoding):
    """Some extractors write UTF-16 and no BOM: the zero bytes beside each
    character below U+0100 tell the byte order."""
    assert decode(TEXT.encode(encoding), "x.txt") == TEXT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_that_does_not_decode_names_its_line(encoding):
    data = ("1. 第一行\n2. 第二行\n").encode(encoding) + "\ud800".encode(encoding, "surrogatepass") + "x\n".encode(encoding)
    with pytest.raises(SourceError) as error:
        decode(data, "u16.txt")
    assert str(error.value).startswith("u16.txt:3: expected valid " + encoding)


def test_nul_bytes_that_are_not_utf16_stay_binary():
    with pytest.raises(SourceError) as error:
        decode(b"\x00\x01\x02\x03 page\n\x00\x00\x07\x00\x00binary" * 20, "blob.txt")
    assert "binary data" in str(error.value)


def test_a_form_feed_is_kept_as_a_page_boundary_and_other_controls_are_refused():
    """pdftotext ends every page with a form feed; it stays in the text
    (`clean` reads it), at a line start, inside a line or after trailing spaces."""
    assert decode("a\n\fb  \nc \f\n\f".encode()) == "a\n\fb\nc \f\n\f"
    for control in "\x0b\x1b\x7f":
        with pytest.raises(SourceError) as error:
            decode(f"a\n\fb\n{control}".encode(), "ctl.txt")
        assert str(error.value).startswith("ctl.txt:3: expected text (a form feed may mark a page")
