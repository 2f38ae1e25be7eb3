"""Bytes to text: UTF-8 first, then a detected charset; binary content is refused."""

from __future__ import annotations

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    pass


def looks_binary(raw: bytes) -> bool:
    # Text files in any charset Tessera reads have no NUL bytes; images, archives and PDFs do.
    head = raw[:8192]
    return b"\x00" in head or head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff"))


def decode_bytes(raw: bytes) -> str:
    """Return the text of `raw`; say which charset failed when it cannot be read."""
    if looks_binary(raw):
        raise DecodeError("binary content, not a text report")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        if best is None:
            raise DecodeError("not UTF-8 and no text encoding could be detected") from None
        text = str(best)
    # Offsets index into the text as read; only newlines are normalised, as Python reads files.
    return text.replace("\r\n", "\n").replace("\r", "\n")
