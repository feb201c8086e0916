"""Bytes → text: binary detection and encoding detection.

Decisions (see docs/cleaning.md):
- UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as such.
- Bytes that are *mostly* valid UTF-8 (at least as many well-formed multi-byte
  characters as undecodable bytes) are decoded with U+FFFD replacement
  characters and the article gets the flag ``encoding_errors``: re-guessing a
  legacy code page would turn every "é" into "Ã©", which is worse than a few
  lost bytes. (French Latin-1 text practically never contains a well-formed
  UTF-8 sequence: its accented letters are followed by ASCII.)
- Otherwise charset-normalizer picks among the Western code pages a French
  file can come in (Windows-1252, ISO-8859-15, Latin-1). Left free it often
  answers cp1250 for French Latin-1 text ("coûte" → "coűte"), hence the list.
- Nothing plausible → ``ReadError(reason="bad_encoding")``.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from ..errors import ReadError

# File signatures of formats people drop into folders by mistake.
MAGIC = {
    b"%PDF": "a PDF file (convert it to text first)",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.odt; export it as text first)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document (export it as text first)",
    b"SQLite format 3": "an SQLite database",
}
LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "latin_1"]
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}
_CONTROL_BYTES = bytes(sorted(_CONTROL))


@dataclass
class Decoded:
    text: str
    encoding: str
    flags: list[str] = field(default_factory=list)


def sniff_binary(data: bytes) -> str | None:
    """A short description when ``data`` is not text, else None."""
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    # control bytes counted by deleting them (C speed; a Python loop over 8 KB cost ~0.2 ms a file)
    if head and (len(head) - len(head.translate(None, _CONTROL_BYTES))) / len(head) > 0.05:
        return "binary data (control bytes)"
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode the bytes of a text file; raise ReadError(binary|bad_encoding)."""
    what = sniff_binary(data)
    if what:
        raise ReadError(f"not a text file: looks like {what}", reason="binary")
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(f"invalid UTF-16: {exc}", reason="bad_encoding") from exc
    return _utf8(data, "utf-8")


def _utf8(data: bytes, name: str) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good_multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if good_multibyte and bad <= good_multibyte:
        return Decoded(text, name, ["encoding_errors"])
    import charset_normalizer  # imported lazily: it costs ~50 ms

    best = charset_normalizer.from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None or best.chaos > 0.2:
        raise ReadError("not valid UTF-8 and not a Western code page either "
                        f"({bad} undecodable bytes)", reason="bad_encoding")
    return Decoded(str(best), best.encoding)
