"""The reader plug-in interface, the registry of readers (a ``himaya.registry.Registry`` that also detects an
input's format), and the per-input context readers use."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, ClassVar

from himaya.ingest.fields import FieldMap
from himaya.ingest.limits import Limits
from himaya.model import Problem, Record
from himaya.registry import Registry

Item = Record | Problem


@dataclass(slots=True)
class Context:
    """What a reader knows about the input it reads: where it came from and how to decode it."""

    source: str  # path as given, with "!member" for archive members
    name: str  # base name of the file or member, for derived ids
    limits: Limits
    fields: FieldMap
    head: bytes = b""  # the first bytes of the (decompressed) input, after any BOM
    encoding: str = "utf-8"
    problems: list[Problem] = field(default_factory=list)  # drained by the driver between items
    _bad_bytes: bool = False

    def problem(self, locator: str, reason: str) -> Problem:
        return Problem(self.source, locator, reason)

    def default_id(self, locator: str) -> str:
        return f"{self.name}:{locator}"

    def decode(self, data: bytes, locator: str, encoding: str | None = None) -> str:
        """Decode bytes; bad bytes are replaced and reported once per input."""
        enc = encoding or self.encoding
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            if not self._bad_bytes:
                self._bad_bytes = True
                self.problems.append(
                    self.problem(locator, f"undecodable bytes ({enc}) replaced; reported once per file")
                )
            return data.decode(enc, "replace")
        except LookupError:
            return data.decode("utf-8", "replace")


class Reader(ABC):
    """One input format. ``sniff`` scores how likely the input is this format (0 = not at all,
    100 = certain); ``read`` yields Records and Problems and never raises for bad items."""

    name: ClassVar[str]
    #: One line for ``himaya formats``: what the format is and where it comes from.
    description: ClassVar[str] = ""
    #: False for formats that handle their own bytes (WARC): no text encoding is chosen for them.
    text_based: ClassVar[bool] = True

    @abstractmethod
    def sniff(self, head: bytes, filename: str) -> int: ...

    @abstractmethod
    def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]: ...


class ReaderRegistry(Registry[Reader]):
    """Readers by name, in the order detection asks them."""

    def __init__(self, readers: Iterable[Reader] = ()) -> None:
        super().__init__("input format", Reader, readers)

    def detect(self, head: bytes, filename: str) -> Reader | None:
        """The reader with the best positive score for this input, or None (the first registered wins a tie)."""
        best: Reader | None = None
        best_score = 0
        base = os.path.basename(filename).lower()
        for reader in self._entries.values():
            score = reader.sniff(head, base)
            if score > best_score:
                best, best_score = reader, score
        return best


def extension(filename: str) -> str:
    """Lower-case extension without a trailing .gz: 'ads.JSONL.gz' -> '.jsonl'."""
    name = filename.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]
