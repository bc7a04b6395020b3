"""Hash lists in the store: import (a newer version applies its additions and retractions), read, remove."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.exc import SQLAlchemyError

from himaya.errors import StoreError, UsageError
from himaya.images.lists import HashEntry
from himaya.store.listimport import ListImport, import_list
from himaya.store.models import HashListInfo, from_row
from himaya.store.schema import hash_entries, hash_lists
from himaya.store.sql import parse_json

_CHUNK = 400  # values per IN (...) lookup


def _entry(row: Any) -> Any:
    attrs = parse_json(row.attrs)
    return HashEntry(
        kind=row.kind, value=row.value, quality=row.quality, category=row.category,
        source_category=row.source_category, series=row.series, victim_identified=row.victim_identified,
        first_seen=row.first_seen, last_seen=row.last_seen, tlp=row.tlp, entry_id=row.entry_id, group=row.grp,
        attrs=attrs or {},
    )  # fmt: skip


class HashListRepository:
    """The hash lists of one transaction (``tx.hashlists``)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def import_list(self, name: str, fmt: str, source: str, entries: Iterable[Any], now: str) -> ListImport:
        """Store ``entries`` (``himaya.images.lists.HashEntry``, streamed) as the current version of list
        ``name``: entries the new version no longer has are retracted, new ones added, changed ones replaced,
        staged and compared in SQL so that memory stays bounded (see himaya.store.listimport)."""
        try:
            return import_list(self.conn, self.conn.dialect.name, name, fmt, source, entries, now)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store hash list {name!r}: {exc}") from exc

    def all(self) -> list[HashListInfo]:
        """The stored lists, by name."""
        return [from_row(HashListInfo, r) for r in self.conn.execute(select(hash_lists).order_by(hash_lists.c.name))]

    def entries(self, name: str) -> Iterator[Any]:
        """The entries of list ``name`` (``HashEntry`` values), streamed; UsageError for an unknown list."""
        query = (
            select(hash_entries)
            .join(hash_lists, hash_lists.c.id == hash_entries.c.list_id)
            .where(hash_lists.c.name == name)
            .order_by(hash_entries.c.grp, hash_entries.c.kind, hash_entries.c.value)
        )
        self._list_id(name)
        for row in self.conn.execute(query.execution_options(yield_per=20_000)):
            yield _entry(row)

    def remove(self, name: str) -> int:
        """Delete list ``name`` and its entries; returns how many entries it had."""
        list_id = self._list_id(name)
        gone = self.conn.execute(delete(hash_entries).where(hash_entries.c.list_id == list_id)).rowcount
        self.conn.execute(delete(hash_lists).where(hash_lists.c.id == list_id))
        return int(gone or 0)

    def pdq_values(self) -> Iterator[str]:
        """The PDQ hex of every stored PDQ entry, streamed (the match index is built from them)."""
        query = select(hash_entries.c.value).where(hash_entries.c.kind == "pdq")
        for (value,) in self.conn.execute(query.execution_options(yield_per=50_000)):
            yield value

    def entries_for(self, kind: str, values: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
        """(list name, value, category, series) of the stored entries of ``kind`` with one of ``values``."""
        wanted = sorted(set(values))
        out: list[tuple[str, str, str | None, str | None]] = []
        query = select(hash_lists.c.name, hash_entries.c.value, hash_entries.c.category, hash_entries.c.series).join(
            hash_lists, hash_lists.c.id == hash_entries.c.list_id
        )
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            rows = self.conn.execute(query.where(hash_entries.c.kind == kind, hash_entries.c.value.in_(chunk)))
            out.extend((r[0], r[1], r[2], r[3]) for r in rows)
        return out

    def _list_id(self, name: str) -> int:
        found = self.conn.execute(select(hash_lists.c.id).where(hash_lists.c.name == name)).first()
        if found is None:
            raise UsageError(f"no hash list named {name!r} (see `himaya hashlist list`)")
        return int(found[0])
