"""Readers for the formats investigators really have: JSONL/JSON, CSV/TSV, HTML, WARC, Telegram
exports and plain text, inside gzip, zip or tar, from a file or a folder.

    for item in read("exports/", mapping={"text": "body"}):
        if isinstance(item, Problem): report(item) else: store(item)

``read`` streams ``Record``s and, for bad input, ``Problem``s (reported and skipped, never raised).
It raises ``InputError`` only when the input cannot be read at all (a missing path, an unknown
forced format). Formats are detected from content and extension; ``fmt`` forces one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping

from himaya.errors import InputError, UsageError
from himaya.ingest.base import Context, Item, Reader, ReaderRegistry
from himaya.ingest.fields import FieldMap, normalize_date
from himaya.ingest.limits import Limits
from himaya.ingest.open import Session, read_paths, walk
from himaya.ingest.readers import default_readers
from himaya.ingest.readers.image import EXTENSIONS

__all__ = [
    "Context",
    "Item",
    "Limits",
    "Reader",
    "ReaderRegistry",
    "Registry",
    "estimate_records",
    "formats",
    "normalize_date",
    "read",
    "registry",
    "total_bytes",
]


#: The registry class (kept under its old name: a ``himaya.registry.Registry`` of readers with ``detect``).
Registry = ReaderRegistry


def registry(*, defer_images: bool = False, plugins: bool = True) -> ReaderRegistry:
    """A fresh registry holding the default readers, then (with ``plugins``) those that installed packages
    declare under the ``himaya.readers`` entry point, loaded now (never on import); register more on it and
    pass it to ``read``. With ``defer_images``, image files become records holding their bytes, for the
    pipeline's workers to hash."""
    reg = ReaderRegistry(default_readers(defer_images=defer_images))
    if plugins:
        reg.load_plugins("himaya.readers")
    return reg


def formats() -> list[str]:
    """Names of the registered readers, usable as ``fmt``."""
    return registry().names()


def total_bytes(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> int:
    """Bytes ``read`` will consume from these files and folders: the total for a progress bar."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    total = 0
    for path in paths:
        for file in walk(os.fspath(path)):
            try:
                total += os.path.getsize(file)
            except OSError:
                continue
    return total


def estimate_records(paths: Iterable[str | os.PathLike[str]], bytes_per_record: int = 1000) -> int:
    """A rough count of the records in these files and folders, to plan a load: one per image file, and one
    per ``bytes_per_record`` bytes of anything else (a photo folder must not look like millions of posts)."""
    total = 0
    for path in paths:
        for file in walk(os.fspath(path)):
            if os.path.splitext(file)[1].lower() in EXTENSIONS:
                total += 1
                continue
            try:
                total += os.path.getsize(file) // bytes_per_record
            except OSError:
                continue
    return total


def read(
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    mapping: Mapping[str, str] | None = None,
    limits: Limits | None = None,
    progress: Callable[[int], None] | None = None,
    readers: ReaderRegistry | None = None,
) -> Iterator[Item]:
    """Stream Records and Problems from a file, a folder (recursive, sorted, hidden files skipped)
    or an archive. ``progress`` receives increments of bytes consumed from the files on disk.

    Raises ``InputError`` at once for a missing path, an unknown ``fmt`` or a bad ``mapping``.
    """
    source = os.fspath(path)
    if not os.path.exists(source):
        raise InputError(f"no such file or folder: {source}", path=source)
    reg = readers or registry()
    try:
        forced: Reader | None = reg.get(fmt) if fmt is not None else None
        fields = FieldMap(mapping)
    except UsageError as exc:
        raise InputError(f"{source}: {exc.message}", path=source, **exc.details) from None
    session = Session(reg, limits or Limits(), fields, forced, progress)
    return read_paths(source, session)
