"""Importing a version of a hash list in bounded memory: staged, diffed and applied in SQL.

Lists run to millions of hashes (NCMEC's, Project VIC's), and a newer version is re-issued whole. Holding
the stored and the new version as Python objects to compare them took 16 GB and 12 minutes for 10M PDQ
hashes, so nothing here holds more than one chunk of entries:

1. the entries stream (from a format reader) into a temporary staging table in chunks: executemany on
   SQLite, COPY on PostgreSQL;
2. the staged rows are deduplicated by (kind, value), the last one winning as in a Python dict, by one
   sorted pass (SQLite's external sort writes them in key order; PostgreSQL's ``DISTINCT ON``);
3. a first import inserts them in key order, so that each B-tree (the table's key, the value index) is
   filled page after page instead of at random places;
4. a newer version is compared with the stored one in SQL, by key: a stored key the version no longer has
   is retracted, a staged key that is not stored is added, and a key whose other fields differ (NULL-safe,
   ``group`` excepted: it is how a file ties its rows together, not list content) is changed. Only those
   rows are deleted and inserted: a version that changes 1% of the list writes 1% of it. ``attrs`` are
   compared as jsonb on PostgreSQL, and as the JSON text on SQLite (the same reader writes the same text for
   the same attributes; the same attributes in another key order count as a change there).

All of it happens on the caller's connection, inside the caller's transaction: an interrupted import
leaves the previous version whole. The staging tables are temporary (private to the connection, dropped at
the end); on SQLite they go to a temporary file rather than memory (see ``_Staging._temp_on_disk``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from himaya.errors import UsageError
from himaya.store.schema import hash_entries, hash_lists

#: Staged columns, in the order of the entries' tuples; all but ``kind`` and ``value`` are also in hash_entries.
STAGED = (
    "kind", "value", "quality", "category", "source_category", "series", "victim_identified", "first_seen",
    "last_seen", "tlp", "entry_id", "grp", "attrs",
)  # fmt: skip
#: The fields compared between versions (``grp`` is not list content; ``attrs`` is compared as JSON).
_COMPARED = tuple(c for c in STAGED[2:] if c not in ("grp", "attrs"))
CHUNK = 50_000  # entries per executemany or COPY batch
_NOTHING = (None,) * (len(STAGED) - 2)  # the staged fields of an entry that has only its hash

_TYPES = {
    "sqlite": dict.fromkeys(STAGED, "TEXT") | {"quality": "INTEGER", "victim_identified": "INTEGER"},
    "postgresql": dict.fromkeys(STAGED, "text") | {"quality": "integer", "victim_identified": "boolean"},
}


@dataclass(frozen=True, slots=True)
class ListImport:
    """What an import changed: a first import adds everything; a newer version adds, retracts, updates."""

    name: str
    added: int
    retracted: int
    changed: int
    entries: int
    first: bool


def import_list(
    conn: Connection, dialect: str, name: str, fmt: str, source: str, entries: Iterable[Any], now: str
) -> ListImport:
    """Store ``entries`` (``himaya.images.lists.HashEntry`` values, streamed) as the current version of list
    ``name`` through ``conn``, whose transaction the caller opens and commits. ``dialect`` is "sqlite" or
    "postgresql". Entries the new version no longer has are retracted, new ones added, changed ones replaced;
    where the version lists a hash twice, its last entry counts."""
    if not name.strip():
        raise UsageError("a hash list needs a name")
    if dialect not in _TYPES:
        raise UsageError(f"hash lists are imported into SQLite or PostgreSQL, not {dialect}")
    with _Staging(conn, dialect) as stage:
        found = conn.execute(select(hash_lists.c.id).where(hash_lists.c.name == name)).first()
        if found is None:
            row = {"name": name, "format": fmt, "source": source, "imported_at": now, "updated_at": now, "entries": 0}
            list_id = int(conn.execute(insert(hash_lists).values(**row)).inserted_primary_key[0])  # type: ignore[index]
        else:
            list_id = int(found[0])
        query = select(hash_entries.c.list_id).where(hash_entries.c.list_id == list_id).limit(1)
        stored = conn.execute(query).first()
        stage.load(entries)
        if stored is None:
            added, retracted, changed = stage.insert_all(list_id), 0, 0
            total = added
        else:
            added, retracted, changed, total = stage.apply(list_id)
    conn.execute(
        update(hash_lists)
        .where(hash_lists.c.id == list_id)
        .values(format=fmt, source=source, updated_at=now, entries=total)
    )
    return ListImport(name, added, retracted, changed, total, found is None)


def entry_rows(entries: Iterable[Any], size: int = CHUNK) -> Iterator[list[tuple[Any, ...]]]:
    """The entries as tuples in ``STAGED`` order (``attrs`` as JSON text, as the JSON column stores it;
    empty attrs as NULL), ``size`` at a time, with a running sequence number last (for "last one wins")."""
    dumps = json.dumps
    chunk: list[tuple[Any, ...]] = []
    for seq, e in enumerate(entries):
        chunk.append(
            (e.kind, e.value, e.quality, e.category, e.source_category, e.series, e.victim_identified, e.first_seen,
             e.last_seen, e.tlp, e.entry_id, e.group, dumps(e.attrs) if e.attrs else None, seq)
        )  # fmt: skip
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Staging:
    """The temporary tables of one import on one connection: ``hl_raw`` (rows as read, with their sequence
    number) and ``hl_new`` (one row per key, the last one read). A context manager that drops them."""

    def __init__(self, conn: Connection, dialect: str) -> None:
        self.conn = conn
        self.sqlite = dialect == "sqlite"
        types = _TYPES[dialect]
        self.columns = ", ".join(f"{c} {types[c]}" for c in STAGED)
        self.fields = ", ".join(STAGED)

    def __enter__(self) -> _Staging:
        if self.sqlite:
            self._temp_on_disk()
        self._drop()  # left by an import that failed on this connection
        tail = "" if self.sqlite else " ON COMMIT DROP"
        seq = "seq INTEGER PRIMARY KEY" if self.sqlite else "seq bigint"  # SQLite: the rowid
        self._sql(f"CREATE TEMPORARY TABLE hl_raw ({self.columns}, {seq}){tail}")
        return self

    def __exit__(self, kind: type[BaseException] | None, *_exc: object) -> None:
        # After a failure PostgreSQL refuses any statement until the rollback, which drops the tables.
        if self.conn.closed or self.conn.invalidated or (kind is not None and not self.sqlite):
            return
        self._drop()

    def _temp_on_disk(self) -> None:
        """Put SQLite's temporary tables in a file rather than in memory (the store's default): a staged list
        can be larger than the memory an import may take. SQLite allows the switch only outside a write
        transaction, so an import that follows other writes in one transaction stages in memory. The
        connection keeps the setting (the store makes no other temporary tables)."""
        if int(self._sql("PRAGMA temp_store").scalar_one()) == 1:
            return
        if not self.conn.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
            self._sql("PRAGMA temp_store = FILE")

    def _sql(self, statement: str, **params: Any) -> Any:
        return self.conn.execute(text(statement), params)

    def _drop(self) -> None:
        for table in ("hl_raw", "hl_new", "hl_gone"):
            self._sql(f"DROP TABLE IF EXISTS {'temp.' if self.sqlite else ''}{table}")

    def load(self, entries: Iterable[Any]) -> None:
        """Stream the entries into ``hl_raw``."""
        if self.sqlite:
            # An entry with nothing but its hash (a plain list's) binds 3 parameters instead of 14: pysqlite
            # spends about 0.25 µs on each, NULLs included, which was a quarter of the import.
            full = f"INSERT INTO temp.hl_raw ({self.fields}, seq) VALUES ({', '.join('?' * (len(STAGED) + 1))})"
            bare = "INSERT INTO temp.hl_raw (kind, value, seq) VALUES (?, ?, ?)"
            for chunk in entry_rows(entries, CHUNK):
                hashes = [(row[0], row[1], row[-1]) for row in chunk if row[2:-1] == _NOTHING]
                if hashes:
                    self.conn.exec_driver_sql(bare, hashes)  # type: ignore[arg-type]
                if len(hashes) < len(chunk):
                    self.conn.exec_driver_sql(full, [row for row in chunk if row[2:-1] != _NOTHING])  # type: ignore[arg-type]
            return
        driver = self.conn.connection.driver_connection
        with driver.cursor() as cursor, cursor.copy(f"COPY hl_raw ({self.fields}, seq) FROM STDIN") as copy:  # type: ignore[union-attr]
            for chunk in entry_rows(entries, CHUNK):
                for row in chunk:
                    copy.write_row(row)

    def _deduplicated(self, columns: str) -> str:
        """A SELECT of ``columns`` over the staged rows, one per key (the last read), in key order."""
        if self.sqlite:
            # Used with INSERT OR REPLACE: rows come sorted by key then sequence, so the last one stays.
            return f"SELECT {columns} FROM temp.hl_raw ORDER BY kind, value, seq"
        return f"SELECT DISTINCT ON (kind, value) {columns} FROM hl_raw ORDER BY kind, value, seq DESC"

    def _insert_entries(self, source: str) -> str:
        target = ", ".join(c for c in ("list_id", *STAGED))
        verb = "INSERT OR REPLACE" if self.sqlite else "INSERT"
        return f"{verb} INTO hash_entries ({target}) {source}"

    def _selected(self) -> str:
        """The staged columns as hash_entries takes them, with the list id first."""
        attrs = "attrs" if self.sqlite else "attrs::json"
        return ", ".join(("CAST(:list_id AS INTEGER)", *STAGED[:-1], attrs))

    def insert_all(self, list_id: int) -> int:
        """A first import (or one into an empty list): every staged key, in key order; returns how many."""
        self._sql(self._insert_entries(self._deduplicated(self._selected())), list_id=list_id)
        return self._count(list_id)

    def _count(self, list_id: int) -> int:
        query = "SELECT count(*) FROM hash_entries WHERE list_id = :list_id"
        return int(self._sql(query, list_id=list_id).scalar_one())

    def apply(self, list_id: int) -> tuple[int, int, int, int]:
        """Replace the stored version of the list by the staged one, writing only what differs; returns
        (added, retracted, changed, entries)."""
        tail = "" if self.sqlite else " ON COMMIT DROP"
        key = "PRIMARY KEY (kind, value)"
        if self.sqlite:
            self._sql(f"CREATE TEMPORARY TABLE hl_new ({self.columns}, {key}) WITHOUT ROWID")
            self._sql(f"INSERT OR REPLACE INTO temp.hl_new ({self.fields}) {self._deduplicated(self.fields)}")
        else:
            self._sql(f"CREATE TEMPORARY TABLE hl_new ({self.columns}, {key}){tail}")
            self._sql(f"INSERT INTO hl_new ({self.fields}) {self._deduplicated(self.fields)}")
            self._sql("ANALYZE hl_new")
        self._sql("DROP TABLE hl_raw")
        new = "temp.hl_new" if self.sqlite else "hl_new"
        differs = self._differs()
        self._sql(
            f"CREATE TEMPORARY TABLE hl_gone{tail} AS "
            f"SELECT e.kind AS kind, e.value AS value, n.kind IS NULL AS retracted FROM hash_entries e "
            f"LEFT JOIN {new} n ON n.kind = e.kind AND n.value = e.value "
            f"WHERE e.list_id = :list_id AND (n.kind IS NULL OR {differs})",
            list_id=list_id,
        )
        gone = "temp.hl_gone" if self.sqlite else "hl_gone"
        retracted, changed = (
            int(v or 0)
            for v in self._sql(
                f"SELECT sum(CASE WHEN retracted THEN 1 ELSE 0 END), sum(CASE WHEN retracted THEN 0 ELSE 1 END) "
                f"FROM {gone}"
            ).one()
        )
        if retracted or changed:
            if self.sqlite:
                self._sql(
                    f"DELETE FROM hash_entries WHERE list_id = :list_id "
                    f"AND (kind, value) IN (SELECT kind, value FROM {gone})",
                    list_id=list_id,
                )
            else:
                self._sql(
                    "DELETE FROM hash_entries e USING hl_gone g "
                    "WHERE e.list_id = :list_id AND e.kind = g.kind AND e.value = g.value",
                    list_id=list_id,
                )
        missing = (
            f"SELECT {self._selected()} FROM {new} n WHERE NOT EXISTS (SELECT 1 FROM hash_entries e "
            f"WHERE e.list_id = :list_id AND e.kind = n.kind AND e.value = n.value) ORDER BY kind, value"
        )
        written = self._sql(self._insert_entries(missing), list_id=list_id).rowcount
        total = int(self._sql(f"SELECT count(*) FROM {new}").scalar_one())
        return int(written) - changed, retracted, changed, total

    def _differs(self) -> str:
        """SQL that is true where the stored entry ``e`` and the staged one ``n`` differ in a compared field."""
        if self.sqlite:
            parts = [f"e.{c} IS NOT n.{c}" for c in _COMPARED] + ["e.attrs IS NOT n.attrs"]
        else:
            parts = [f"e.{c} IS DISTINCT FROM n.{c}" for c in _COMPARED]
            parts.append("e.attrs::jsonb IS DISTINCT FROM n.attrs::jsonb")
        return "(" + " OR ".join(parts) + ")"
