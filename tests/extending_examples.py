"""The worked examples of docs/extending.md: a selector type, an input format and a hash-list format, each one
small class as a built-in or a plug-in would write it. tests/test_extending.py registers them (directly, and
through a real entry point) and runs them through Himaya."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from typing import IO

from himaya.images import kinds
from himaya.images.lists import CategoryMap, HashEntry, HashListFormat, kind_for, normalize_hex
from himaya.images.lists.base import text_output
from himaya.ingest import Context, Item, Reader
from himaya.model import Problem, Record
from himaya.selectors import CLEAN, Finder, Scan, SelectorType
from himaya.selectors.base import Found

# --- a selector type: IBAN (international bank account number), checked by its ISO 7064 mod-97 checksum ---

_IBAN_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])")
_COMPACT_RE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


def iban(raw: str) -> str | None:
    """The compact upper-case IBAN, or None when the checksum fails."""
    value = re.sub(r"[\s\-]", "", raw).upper()
    if not _COMPACT_RE.fullmatch(value):
        return None
    digits = "".join(str(int(ch, 36)) for ch in value[4:] + value[:4])
    return value if int(digits) % 97 == 1 else None


def _ibans_in(scan: Scan) -> Iterator[Found]:
    for m in _IBAN_RE.finditer(scan.text):
        value = iban(m.group(1))
        if value:
            yield m.start(1), m.end(1), value, value[:2], False


class Iban(SelectorType):
    name = "iban"
    pivot = True
    pivot_reason = "a bank account receives money for one person or operation"
    label = "Bank account (IBAN)"
    colour = "#aec7e8"
    finders = (Finder(65, _ibans_in, view=CLEAN),)  # after links and urls, before crypto addresses
    examples = ("GB82 WEST 1234 5698 7654 32", "de89370400440532013000")
    invalid = ("GB82 WEST 1234 5698 7654 33", "GB82", "no account here")

    def normalize(self, raw: str, **context: str | None) -> str | None:
        value = self.clean(raw)
        return iban(value) if value else None


# --- an input format: vCard contact files, one record per card -------------------------------------------


class VcardReader(Reader):
    name = "vcard"
    description = "vCard contact files (.vcf), one record per card"

    def sniff(self, head: bytes, filename: str) -> int:
        if head.lstrip().upper().startswith(b"BEGIN:VCARD"):
            return 90
        return 30 if filename.endswith(".vcf") else 0

    def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]:
        card: list[str] | None = None
        start = 0
        for number, raw in enumerate(stream, 1):
            line = ctx.decode(raw, f"line {number}").strip()
            if line.upper() == "BEGIN:VCARD":
                card, start = [], number
            elif line.upper() == "END:VCARD" and card is not None:
                text = "\n".join(card)
                uid = hashlib.sha256(text.encode()).hexdigest()
                yield Record(uid, ctx.default_id(f"line {start}"), text, ctx.source, f"line {start}", kind="text")
                card = None
            elif card is not None and ":" in line:
                prop, _, value = line.partition(":")
                card.append(f"{prop.split(';', 1)[0].lower()}: {value}")
        if card is not None:
            yield ctx.problem(f"line {start}", "a card without END:VCARD; skipped")


# --- a hash-list format: the output of md5sum / sha1sum ----------------------------------------------------

_SUM_LINE = re.compile(rb"(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}) [ *]\S.*")


class Md5sumList(HashListFormat):
    name = "md5sum"
    description = "md5sum / sha1sum output: '<hash>  <file name>' a line"
    extensions = (".md5sum", ".sha1sum")

    def sniff(self, head: bytes) -> bool:
        lines = [line for line in head.splitlines()[:20] if line.strip()]
        return bool(lines) and all(_SUM_LINE.fullmatch(line) for line in lines)

    def read(
        self, path: str | os.PathLike[str], *, categories: CategoryMap | None = None, kind64: str = "pdq"
    ) -> Iterator[HashEntry | Problem]:
        source = os.fspath(path)
        with open(source, encoding="utf-8", errors="replace") as stream:
            for number, line in enumerate(stream, 1):
                value, _, name = line.rstrip("\n").partition(" ")
                if not value:
                    continue
                try:
                    kind = kind_for(value, kind64)
                    yield HashEntry(kind, normalize_hex(value, kind), attrs={"file": name.lstrip(" *")})
                except ValueError as exc:
                    yield Problem(source, f"line {number}", str(exc))

    def write(self, entries: Iterable[HashEntry], out: str | os.PathLike[str] | IO[str]) -> int:
        """The digests only: a perceptual hash has no place in a checksum file."""
        count = 0
        with text_output(out) as stream:
            for entry in entries:
                if not kinds.get(entry.kind).perceptual:
                    stream.write(f"{entry.value}  {entry.attrs.get('file') or entry.entry_id or '-'}\n")
                    count += 1
        return count
