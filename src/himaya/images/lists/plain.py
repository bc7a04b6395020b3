"""Plain hex lists: one hash per line, the simplest thing tools exchange.

Layout (the common shape of hash-set text files, e.g. the one-hash-per-line files python-threatexchange's
local-file exchange reads): blank lines and ``#`` comments (whole lines or after a value) are ignored;
each other line is one hex hash, optionally followed by a PDQ quality as ``hash,quality`` or
``hash quality`` (0-100). The kind comes from the length: 32 digits MD5, 40 SHA-1, 64 PDQ unless the
caller says ``kind64="sha256"`` (the two cannot be told apart from the value). Values may be upper case or
carry a ``0x`` prefix. The list has no metadata, so entries carry none.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import IO

from himaya.errors import UsageError
from himaya.images.lists.base import (
    HashEntry,
    HashListFormat,
    hash_kind,
    kind_for,
    kinds_of_length,
    normalize_hex,
    text_output,
)
from himaya.images.lists.categories import CategoryMap
from himaya.model import Problem

_BARE = re.compile(r"[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}")  # the common line: nothing to normalise
_LINE = re.compile(rb"\s*(0[xX])?[0-9a-fA-F]{32,64}(\s*[, \t]\s*\d{1,3})?\s*(#.*)?")


class PlainList(HashListFormat):
    name = "plain"
    description = "one hex hash per line (MD5, SHA-1, SHA-256 or PDQ with an optional quality)"
    extensions = (".txt", ".hashes", ".md5", ".sha1", ".pdq", ".lst")

    def sniff(self, head: bytes) -> bool:
        lines = [line for line in head.splitlines()[:20] if line.strip() and not line.lstrip().startswith(b"#")]
        if len(head) == 8192 and len(lines) > 1:
            lines = lines[:-1]  # the last line may be cut short
        return bool(lines) and all(_LINE.fullmatch(line) for line in lines)

    def read(
        self, path: str | os.PathLike[str], *, categories: CategoryMap | None = None, kind64: str = "pdq"
    ) -> Iterator[HashEntry | Problem]:
        source = os.fspath(path)
        shared = kinds_of_length(64)
        if kind64 not in shared:
            raise UsageError(f"a 64-digit hash is {' or '.join(shared)}, not {kind64!r}")
        by_length = {n: kind64 if len(names) > 1 else names[0] for n in (32, 40, 64) if (names := kinds_of_length(n))}
        with open(source, encoding="utf-8-sig", errors="replace") as stream:
            for number, line in enumerate(stream, 1):
                text = line.split("#", 1)[0].strip()
                if not text:
                    continue
                if _BARE.fullmatch(text) and len(text) in by_length:  # half the time of the general parse
                    yield HashEntry(by_length[len(text)], text)
                    continue
                try:
                    yield _entry(text, kind64)
                except ValueError as exc:
                    yield Problem(source, f"line {number}", str(exc))

    def write(self, entries: Iterable[HashEntry], out: str | os.PathLike[str] | IO[str]) -> int:
        """One hash per line, ``hash,quality`` for PDQ hashes with a quality. A list cannot mix two kinds of
        one length, such as SHA-256 and PDQ (a reader could not tell them apart), so that raises ``UsageError``."""
        count = 0
        kind_of_length: dict[int, str] = {}
        with text_output(out) as stream:
            for entry in entries:
                length = len(entry.value)
                first = kind_of_length.setdefault(length, entry.kind)
                if first != entry.kind:
                    raise UsageError(f"a plain hash list cannot mix {first} and {entry.kind} hashes; write two lists")
                suffix = f",{entry.quality}" if entry.quality is not None else ""
                stream.write(f"{entry.value}{suffix}\n")
                count += 1
        return count


def _entry(text: str, kind64: str) -> HashEntry:
    parts = re.split(r"\s*,\s*|\s+", text)
    if len(parts) > 2:
        raise ValueError(f"expected a hash and at most a quality, got {text!r}")
    kind = kind_for(parts[0], kind64)
    value = normalize_hex(parts[0], kind)
    quality = None
    if len(parts) == 2:
        if not hash_kind(kind).perceptual:
            raise ValueError(f"a quality is only given for PDQ hashes, not {kind}: {text!r}")
        if not parts[1].isdigit() or not 0 <= int(parts[1]) <= 100:
            raise ValueError(f"PDQ quality must be 0-100, got {parts[1]!r}")
        quality = int(parts[1])
    return HashEntry(kind, value, quality=quality)
