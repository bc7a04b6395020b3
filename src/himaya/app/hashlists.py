"""Jobs on the stored hash lists: import (a newer version applies its changes), export, list, remove."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from himaya.images import lists
from himaya.images.lists import HashEntry
from himaya.model import Problem
from himaya.store.hashlists import ListImport
from himaya.store.models import HashListInfo
from himaya.store.sql import utcnow

if TYPE_CHECKING:
    from himaya.store import Store

__all__ = [
    "MAX_PROBLEMS", "HashListExport", "HashListFile", "HashListImport", "export_hash_list", "import_hash_list",
    "list_hash_lists", "open_hash_list", "remove_hash_list",
]  # fmt: skip

MAX_PROBLEMS = 20  # bad rows of a list described (all are counted)


@dataclass(slots=True)
class HashListImport:
    """A list imported: from which file in which format, what changed, and its bad rows (counted, the first
    ``MAX_PROBLEMS`` described)."""

    name: str
    file: Path
    format: str
    change: ListImport
    problems: int = 0
    problem_examples: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class HashListExport:
    name: str
    file: Path
    format: str
    rows: int


@dataclass(frozen=True, slots=True)
class HashListFile:
    """A hash-list file ready to read: its format (given or detected) and the category mapping, both settled
    before any store is opened, so a file that is no list changes nothing."""

    file: Path
    form: lists.HashListFormat
    categories: lists.CategoryMap
    kind64: str = "pdq"


def open_hash_list(
    file: Path, *, fmt: str | None = None, kind64: str = "pdq", categories: Path | None = None
) -> HashListFile:
    """The list in ``file`` (format ``fmt`` or detected; ``kind64``: what a bare 64-hex-digit hash is;
    ``categories``: a mapping file instead of the packaged one). UsageError when the format is unknown."""
    form = lists.get(fmt) if fmt else lists.detect(file)
    return HashListFile(file, form, lists.load_categories(categories), kind64)


def import_hash_list(store: Store, source: HashListFile | Path, *, name: str, actor: str) -> HashListImport:
    """Import the list ``source`` (a path is opened with ``open_hash_list``'s defaults) as ``name``, or a newer
    version of it; audited as "hashlist.import" with what changed."""
    listed = source if isinstance(source, HashListFile) else open_hash_list(source)
    file, form = listed.file, listed.form
    problems: list[str] = []
    count = 0

    def entries() -> Iterator[HashEntry]:
        """The file's entries as they are read (the store may take them in chunks); bad rows counted."""
        nonlocal count
        for item in form.read(file, categories=listed.categories, kind64=listed.kind64):
            if isinstance(item, Problem):
                count += 1
                if count <= MAX_PROBLEMS:
                    problems.append(str(item))
            else:
                yield item

    with store.transaction(actor=actor) as tx:
        done = tx.hashlists.import_list(name, form.name, str(file), entries(), utcnow())
        tx.audit.record(
            "hashlist.import", name, file=str(file), format=form.name, entries=done.entries, added=done.added,
            retracted=done.retracted, changed=done.changed,
        )  # fmt: skip
    return HashListImport(name, file, form.name, done, count, problems)


def export_hash_list(store: Store, name: str, *, fmt: str, out: Path, actor: str) -> HashListExport:
    """Write stored list ``name`` to ``out`` in format ``fmt``; audited as "hashlist.export"."""
    form = lists.get(fmt)
    with store.transaction(actor=actor) as tx:
        rows = form.write(tx.hashlists.entries(name), out)
        tx.audit.record("hashlist.export", name, file=str(out), format=form.name, rows=rows)
    return HashListExport(name, out, form.name, rows)


def list_hash_lists(store: Store, *, actor: str) -> list[HashListInfo]:
    """The stored lists, by name."""
    with store.transaction(actor=actor) as tx:
        return tx.hashlists.all()


def remove_hash_list(store: Store, name: str, *, actor: str) -> int:
    """Delete list ``name`` and its entries; returns how many entries it had. Audited as "hashlist.remove"."""
    with store.transaction(actor=actor) as tx:
        gone = tx.hashlists.remove(name)
        tx.audit.record("hashlist.remove", name, entries=gone)
    return gone
