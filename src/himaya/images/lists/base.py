"""The shared pieces of every hash-list format: the entry type, value checks, the plug-in interface and
its registry (a ``himaya.registry.Registry`` that also detects a file's format).

A hash list is a file of hashes of known images with a little metadata about each (category, series,
whether the victim is identified ...). Each format module reads such a file into ``HashEntry`` values,
one per hash (a row that gives the MD5 and the SHA-1 of one image yields two entries that share ``group``
and the other fields), and writes entries back in its own layout. Bad rows come out as
``himaya.model.Problem`` values naming the file and the line (or the JSON item): the caller counts and
skips them, nothing is raised for them.
"""

from __future__ import annotations

import contextlib
import csv
import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, TYPE_CHECKING, Any, ClassVar

from himaya.errors import UsageError
from himaya.images import kinds
from himaya.images.kinds import HashKind
from himaya.model import Problem
from himaya.registry import Registry

if TYPE_CHECKING:
    from himaya.images.lists.categories import CategoryMap

#: Hex digits per built-in hash kind (see ``himaya.images.kinds``, which also holds plug-in kinds). A 64-digit
#: value is either SHA-256 or PDQ: the list or the caller says which.
HEX_LENGTHS: dict[str, int] = {kind.name: kind.hex_length for kind in kinds.builtin()}
KINDS: tuple[str, ...] = tuple(HEX_LENGTHS)
#: Traffic Light Protocol 2.0 labels, lower case.
TLP_LABELS: tuple[str, ...] = ("clear", "green", "amber", "amber+strict", "red")

_TRUE = {"true", "yes", "y", "t", "1"}
_FALSE = {"false", "no", "n", "f", "0"}


@dataclass(frozen=True, slots=True)
class HashEntry:
    """One hash of one known image, with what the list says about the image.

    ``category`` is the Himaya category the list's own ``source_category`` maps to (see
    ``categories.yaml``); ``entry_id`` is the list's id for the image; ``group`` ties together the entries
    read from one row (one image) so that writers can put them back on one row; ``attrs`` keeps the rest
    (PhotoDNA values stay there as opaque text: they are never computed or matched).
    """

    kind: str
    value: str
    quality: int | None = None
    category: str | None = None
    source_category: str | None = None
    series: str | None = None
    victim_identified: bool | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    tlp: str | None = None
    entry_id: str | None = None
    group: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        kind = hash_kind(self.kind)
        if not kind.is_normal(self.value):
            raise ValueError(f"not a normalised {self.kind} value (lower-case hex): {self.value!r}")
        if self.quality is not None and (not kind.perceptual or not 0 <= self.quality <= 100):
            raise ValueError(f"quality {self.quality!r} is only for perceptual hashes (PDQ), in 0..100")
        if self.tlp is not None and self.tlp not in TLP_LABELS:
            raise ValueError(f"unknown TLP label {self.tlp!r}; known: {', '.join(TLP_LABELS)}")

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the hash across versions of a list: (kind, value)."""
        return (self.kind, self.value)


_kind_by_name: dict[str, HashKind] = {}  # kinds already looked up (the kinds registry is one per process)


def hash_kind(name: str) -> HashKind:
    """The registered hash kind called ``name``; ``ValueError`` (a bad value, not a bad flag) when unknown.
    Every entry read asks, so kinds found once are remembered."""
    kind = _kind_by_name.get(name)
    if kind is None:
        known = kinds.registry()
        if name not in known:
            raise ValueError(f"unknown hash kind {name!r}; known: {', '.join(known.names())}")
        kind = _kind_by_name[name] = known.get(name)
    return kind


def normalize_hex(raw: str, kind: str, *, allow_prefix: bool = True) -> str:
    """Lower-case hex of the right length for ``kind``, from a value as written.

    Surrounding and inner spaces are dropped, and (where the format allows it) a ``0x`` prefix.
    Raises ``ValueError`` with the reason when the value is not a hash of that kind.
    """
    return hash_kind(kind).normalize(raw, allow_prefix=allow_prefix)


def kinds_of_length(digits: int) -> list[str]:
    """The kinds whose values have this many hex digits (SHA-256 and PDQ share 64)."""
    return [kind.name for kind in kinds.registry() if kind.hex_length == digits]


def kind_for(value: str, kind64: str = "pdq") -> str:
    """The hash kind a bare hex value of this length is taken for; ``kind64`` settles a length that several
    kinds share (64 digits: SHA-256 or PDQ)."""
    digits = len(value.replace(" ", "").strip().removeprefix("0x").removeprefix("0X"))
    found = kinds_of_length(digits)
    if len(found) == 1:
        return found[0]
    if kind64 in found:
        return kind64
    raise ValueError(f"no hash kind has {digits} hex digits: {value!r}")


def parse_bool(raw: object) -> bool | None:
    """A yes/no flag as lists write it (true/false, yes/no, y/n, t/f, 1/0); empty means unknown."""
    if raw is None or isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"not a yes/no value: {raw!r}")


def parse_date(raw: object) -> str | None:
    """An ISO 8601 date or date-time, normalised (``Z`` becomes ``+00:00``); empty means unknown."""
    if raw is None:
        return None
    text = str(raw).strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"not an ISO 8601 date: {raw!r}") from None


def text_or_none(raw: object) -> str | None:
    if raw is None:
        return None
    text = str(raw).strip()
    return text or None


def entries_for_row(hashes: Iterable[tuple[str, object]], **fields: Any) -> list[HashEntry]:
    """The entries of one row that gives several hashes of one image (kind, value as written; empty
    values skipped), all sharing ``fields``. Raises ``ValueError`` for a malformed hash or none at all."""
    out: list[HashEntry] = []
    for kind, raw in hashes:
        text = text_or_none(raw)
        if text is not None:
            attrs = dict(fields.get("attrs") or {})  # each entry its own copy: entries are values
            out.append(HashEntry(kind, normalize_hex(text, kind), **(fields | {"attrs": attrs})))
    if not out:
        raise ValueError("no hash in this row")
    return out


def rows_of(entries: Iterable[HashEntry]) -> Iterator[list[HashEntry]]:
    """Entries gathered back into the rows they came from, as a stream: consecutive entries of one
    ``group`` share a row, at most one entry of each kind per row. Readers (and the store, which orders
    by group) give a group's entries together; entries without a group get a row each."""
    row: list[HashEntry] = []
    for entry in entries:
        if row and (
            entry.group is None or entry.group != row[0].group or any(other.kind == entry.kind for other in row)
        ):
            yield row
            row = []
        row.append(entry)
    if row:
        yield row


def csv_rows(source: str, delimiter: str = ",") -> Iterator[tuple[str, dict[str, str]] | Problem]:
    """(locator, row by lower-case header name) for each data row of a CSV file with a header row;
    a row with more or fewer fields than the header is a Problem."""
    with open(source, encoding="utf-8-sig", errors="replace", newline="") as stream:
        reader = csv.reader(stream, delimiter=delimiter)
        header = [name.strip().lower() for name in next(reader, [])]
        if not header:
            yield Problem(source, "line 1", "no header row")
            return
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Problem(source, f"line {reader.line_num}", f"bad CSV: {exc}")
                continue
            locator = f"line {reader.line_num}"
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                yield Problem(source, locator, f"{len(fields)} fields where the header has {len(header)}")
                continue
            yield locator, dict(zip(header, fields, strict=True))


@contextlib.contextmanager
def text_output(out: str | os.PathLike[str] | IO[str]) -> Iterator[IO[str]]:
    """A text stream to write to: ``out`` itself, or the file at that path (UTF-8, ``\\n`` endings)."""
    if hasattr(out, "write"):
        yield out  # type: ignore[misc]
        return
    with open(os.fspath(out), "w", encoding="utf-8", newline="") as stream:  # type: ignore[arg-type]
        yield stream


class HashListFormat(ABC):
    """One hash-list format. ``sniff`` looks at the first bytes of a file (after any BOM) and says whether
    it is this format; ``read`` yields entries and problems and never raises for bad rows; ``write``
    writes entries in this layout and returns how many rows it wrote."""

    name: ClassVar[str]
    #: One line for ``himaya formats``: what the layout is and who uses it.
    description: ClassVar[str] = ""
    extensions: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def sniff(self, head: bytes) -> bool: ...

    @abstractmethod
    def read(
        self, path: str | os.PathLike[str], *, categories: CategoryMap | None = None, kind64: str = "pdq"
    ) -> Iterator[HashEntry | Problem]: ...

    @abstractmethod
    def write(self, entries: Iterable[HashEntry], out: str | os.PathLike[str] | IO[str]) -> int: ...

    def __repr__(self) -> str:
        return f"<HashListFormat {self.name}>"


class HashListRegistry(Registry[HashListFormat]):
    """Hash-list formats by name. Sniffing goes in registration order, so register the most specific
    formats first."""

    def __init__(self, formats: Iterable[HashListFormat] = ()) -> None:
        super().__init__("hash-list format", HashListFormat, formats)

    def detect(self, path: str | os.PathLike[str]) -> HashListFormat:
        """The format of the file at ``path``: by its content first, then by its extension."""
        source = os.fspath(path)
        try:
            with open(source, "rb") as stream:
                head = stream.read(8192).removeprefix(b"\xef\xbb\xbf")
        except OSError as exc:
            raise UsageError(f"cannot read hash list {source}: {exc.strerror}", path=source) from None
        for fmt in self:
            if fmt.sniff(head):
                return fmt
        lower = source.lower()
        for fmt in self:
            if any(lower.endswith(ext) for ext in fmt.extensions):
                return fmt
        raise UsageError(f"cannot tell the hash-list format of {source}; name one of: {', '.join(self.names())}")
