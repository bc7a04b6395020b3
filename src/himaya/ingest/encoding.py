"""Choosing how to decode a text input: BOMs first, UTF-8 when the head is valid UTF-8, else
charset-normalizer on the first 64 KiB (cp1252, cp1256 for Arabic, ...)."""

from __future__ import annotations

import codecs

HEAD_BYTES = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

WIDE = ("utf-16", "utf-32")


def sniff_bom(head: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark names, and the mark's length; ``(None, 0)`` without one."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, len(bom)
    return None, 0


def is_utf8(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def detect(head: bytes) -> str:
    """A Python codec name for text that starts with ``head`` (which has no BOM)."""
    if is_utf8(head):
        return "utf-8"
    from charset_normalizer import from_bytes  # only for text that is not UTF-8 (most is)

    best = from_bytes(head[:HEAD_BYTES]).best()
    if best is None:
        return "utf-8"  # undecodable: read as UTF-8 with replacement, reported once
    name = codecs.lookup(best.encoding).name
    return name


def is_wide(encoding: str) -> bool:
    return codecs.lookup(encoding).name.startswith(WIDE)
