"""Stage 1 — bytes to text.

The only place that decodes. Everything after this stage works on `str` in
Unicode NFC with ``\\n`` line ends. It knows nothing about reports.

Guarantees:
- UTF-8 (with or without BOM), UTF-16 (with BOM) and GB18030/GBK decode to
  the same text;
- CRLF and CR become LF; tabs, no-break spaces and ideographic spaces become
  plain spaces; trailing spaces are dropped (they carry no text);
- binary input, or input with control characters, is refused with a
  `SourceError` that names the file and line.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from .errors import SourceError

#: The largest source accepted. A UN report is a few hundred kilobytes; a file
#: far larger than that is a wrong file, and refusing it early avoids a build
#: that runs for minutes on garbage.
MAX_BYTES = 20 * 1024 * 1024

_SPACES = re.compile("[\t\u00a0\u3000\u2002\u2003\u2009\u202f\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, source: str = "<bytes>") -> str:
    """Decode `data` (BOM, UTF-8, GB18030 in that order) and normalise it."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8):], "utf-8", source)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", source)
    else:
        if b"\x00" in data[:4096]:
            raise SourceError(source, _line_of(data, data.index(b"\x00")),
                              "a text file (UTF-8, UTF-16 with BOM or GB18030)",
                              "binary data (NUL bytes)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as utf8_error:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError:
                raise SourceError(source, _line_of(data, utf8_error.start),
                                  "a text file (UTF-8, UTF-16 with BOM or GB18030)",
                                  f"bytes that are neither UTF-8 nor GB18030 "
                                  f"({data[utf8_error.start:utf8_error.start + 4]!r})") from None
    return normalise(text, source)


def normalise(text: str, source: str = "<text>") -> str:
    """Line ends, spaces and Unicode form: one canonical text for any layout."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise SourceError(source, line, "text", f"control character U+{ord(bad.group()):04X}")
    text = unicodedata.normalize("NFC", _SPACES.sub(" ", text))
    return "\n".join(line.rstrip() for line in text.split("\n"))


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
        raise SourceError(str(path), 0, f"a report of at most {MAX_BYTES // (1024 * 1024)} MB",
                          f"a file of {size / (1024 * 1024):.1f} MB")
    if size == 0:
        raise SourceError(str(path), 0, "a report", "an empty file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(str(path), 0, "a readable report text file", error.strerror or str(error)) from None
    return decode(data, str(path))


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SourceError(source, _line_of(data, error.start), f"valid {encoding}",
                          f"undecodable bytes {data[error.start:error.start + 4]!r}") from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
