"""Stage 1 — bytes to text.

The only place that decodes. Everything after this stage works on `str` in
Unicode NFC with ``\\n`` line ends. It knows nothing about reports.

Guarantees:
- UTF-8 (with or without BOM), UTF-16 (little or big endian, with or
  without BOM) and GB18030/GBK decode to the same text;
- CRLF and CR become LF; tabs, no-break spaces and ideographic spaces become
  plain spaces; trailing spaces are dropped (they carry no text);
- a form feed (U+000C, pdftotext's end of a page) is kept where it stands: it
  is a page boundary, and `clean` reads it as one;
- binary input, or input with other control characters, is refused with a
  `SourceError` that names the file and line.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from typing import Optional

from .errors import SourceError

#: The largest source accepted. A UN report is a few hundred kilobytes; a file
#: far larger than that is a wrong file, and refusing it early avoids a build
#: that runs for minutes on garbage.
MAX_BYTES = 20 * 1024 * 1024

_SPACES = re.compile("[\t\u00a0\u3000\u2002\u2003\u2009\u202f\ufeff]")
#: Control characters a text never holds; the form feed (U+000C) is a page boundary, not one of them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Spaces at a line's end (every kind but the form feed, which marks a page).
_TRAILING = re.compile(r"[^\S\f\n]+$", re.MULTILINE)
#: What the encodings accepted are called in messages.
ENCODINGS = "a text file (UTF-8, UTF-16 or GB18030)"


def decode(data: bytes, source: str = "<bytes>") -> str:
    """Decode `data` (BOM, UTF-16 by its zero bytes, UTF-8, GB18030 in that
    order) and normalise it."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8):], "utf-8", source)
    elif data.startswith(codecs.BOM_UTF16_LE):
        text = _strict(data[2:], "utf-16-le", source, unit=2)
    elif data.startswith(codecs.BOM_UTF16_BE):
        text = _strict(data[2:], "utf-16-be", source, unit=2)
    elif b"\x00" in data[:4096]:
        utf16 = utf16_without_bom(data)
        if utf16 is None:
            raise SourceError(source, _line_of(data, data.index(b"\x00")), ENCODINGS,
                              "binary data (NUL bytes that are not UTF-16 text)")
        text = _strict(data, utf16, source, unit=2)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as utf8_error:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError:
                raise SourceError(source, _line_of(data, utf8_error.start), ENCODINGS,
                                  f"bytes that are neither UTF-8 nor GB18030 "
                                  f"({data[utf8_error.start:utf8_error.start + 4]!r})") from None
    return normalise(text, source)


def utf16_without_bom(data: bytes) -> Optional[str]:
    """``utf-16-le`` or ``utf-16-be`` when `data` reads as UTF-16 text that
    lost its byte-order mark, else None (binary data).

    A report's text is full of characters below U+0100 (line ends, spaces,
    digits, Latin letters, ASCII punctuation): in UTF-16 each is a zero byte
    beside its code, on the odd offsets in little endian, on the even ones in
    big endian. Binary data has its zero bytes anywhere. Text it is when
    nearly all zero bytes of the sample fall on one side and its length is even."""
    sample = data[:8192]
    if len(data) % 2:
        return None
    even = sum(1 for k in range(0, len(sample), 2) if sample[k] == 0)
    odd = sum(1 for k in range(1, len(sample), 2) if sample[k] == 0)
    if odd >= 4 * even and b"\n\x00" in sample:
        return "utf-16-le"
    if even >= 4 * odd and b"\x00\n" in sample:
        return "utf-16-be"
    return None


def normalise(text: str, source: str = "<text>") -> str:
    """Line ends, spaces and Unicode form: one canonical text for any layout."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise SourceError(source, line, "text (a form feed may mark a page; no other control character)",
                          f"control character U+{ord(bad.group()):04X}")
    text = unicodedata.normalize("NFC", _SPACES.sub(" ", text))
    return _TRAILING.sub("", text)


def read_source(path: Path) -> str:
    """Read and decode one source file."""
    try:
        if not path.is_file():
            raise SourceError(str(path), 0, "a report text file", "no such file" if not path.exists()
                              else "a folder or special file")
        size = path.stat().st_size
    except OSError as error:
        raise SourceError(str(path), 0, "a readable report text file", error.strerror or str(error)) from None
    if size > MAX_BYTES:
        raise SourceError(str(path), 0, f"a report of at most {MAX_BYTES:,} bytes ({MAX_BYTES // 2**20} MiB)",
                          f"a file of {size:,} bytes ({size / 2**20:.2f} MiB)")
    if size == 0:
        raise SourceError(str(path), 0, "a report", "an empty file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(str(path), 0, "a readable report text file", error.strerror or str(error)) from None
    return decode(data, str(path))


def _strict(data: bytes, encoding: str, source: str, unit: int = 1) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SourceError(source, _line_of(data, error.start, unit, encoding), f"valid {encoding}",
                          f"undecodable bytes {data[error.start:error.start + 4]!r}") from None


def _line_of(data: bytes, offset: int, unit: int = 1, encoding: str = "") -> int:
    """The line of byte `offset` (`unit` 2: in UTF-16 text, counted in its own line ends)."""
    if unit == 2:
        newline = "\n".encode("utf-16-be" if encoding.endswith("be") else "utf-16-le")
        head = data[:offset - offset % 2]
        return sum(1 for k in range(0, len(head), 2) if head[k:k + 2] == newline) + 1
    return data.count(b"\n", 0, offset) + 1
