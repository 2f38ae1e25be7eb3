"""Bytes to text, decided once from the whole content.

A byte-order mark names the encoding (UTF-8, UTF-16 or UTF-32); UTF-16 without one is known by
its pattern of zero bytes; anything else is UTF-8 or, failing that, a detected charset. Known
binary formats are refused, and so is content that still holds a NUL character once decoded: no
text report has one, wherever in the file it falls.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# Longest first: the UTF-32 little-endian mark begins with the UTF-16 little-endian one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")
# UTF-16 without a mark: English or Korean text puts a zero byte on one side of most, or at
# least many, two-byte units (every ASCII letter, space and digit), and never on the other side.
UTF16_ZERO_SHARE = 0.2
BINARY = "binary content, not a text report"


class DecodeError(ValueError):
    pass


def decode_bytes(raw: bytes, nul_is_binary: bool = True) -> str:
    """Return the text of `raw`, newlines normalised; DecodeError says why it cannot be read.

    With `nul_is_binary` false (JSON lines, where each line is judged on its own), a NUL is left
    for the line's parser to refuse instead of refusing the whole file.
    """
    text = _decode(raw, nul_is_binary)
    if nul_is_binary and "\x00" in text:
        raise DecodeError(BINARY)
    # Offsets index into the text as read; only newlines are normalised, as Python reads files.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(raw: bytes, nul_is_binary: bool) -> str:
    for mark, codec in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                name = codec.removesuffix("-sig").upper()
                raise DecodeError(f"starts with a {name} byte-order mark but is not valid {name}") from None
    if raw.startswith(BINARY_SIGNATURES):
        raise DecodeError(BINARY)
    if b"\x00" in raw:
        utf16 = _utf16_without_mark(raw)
        if utf16 is not None:
            return utf16
        if nul_is_binary:
            raise DecodeError(BINARY)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        if best is None:
            raise DecodeError("not UTF-8 and no text encoding could be detected") from None
        return str(best)


def _utf16_without_mark(raw: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, known by where its zero bytes fall.

    "Hi" is 48 00 69 00 in little-endian UTF-16: zeros only at odd offsets, on many units.
    """
    if len(raw) % 2:
        return None
    units = len(raw) // 2
    zeros_even, zeros_odd = raw[0::2].count(0), raw[1::2].count(0)
    if zeros_odd >= UTF16_ZERO_SHARE * units and zeros_even == 0:
        codec = "utf-16-le"
    elif zeros_even >= UTF16_ZERO_SHARE * units and zeros_odd == 0:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    # Binary data can have the same zero pattern; text is printable but for line breaks and tabs.
    unprintable = sum(1 for c in text if not c.isprintable() and c not in "\n\r\t")
    return text if unprintable <= len(text) // 100 else None
