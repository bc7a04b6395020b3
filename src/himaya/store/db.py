"""The one place that talks to the database: SQLite by default, PostgreSQL for teams.

Every write of a batch happens in one transaction, so an interrupted run leaves whole batches or nothing;
re-running skips the records already stored (they are content-addressed by ``uid``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import JSON, Engine, Table, create_engine, delete, event, func, insert, select, update
from sqlalchemy.exc import NoSuchModuleError, OperationalError, SQLAlchemyError

from himaya.errors import DependencyError, StoreError, UsageError
from himaya.model import Analysis, Problem, Record
from himaya.store.hashlists import HashLists
from himaya.store.queries import Queries
from himaya.store.rows import (
    MINHASH_COLUMNS,
    OCCURRENCE_COLUMNS,
    RECORD_COLUMNS,
    Rows,
    to_rows,
)
from himaya.store.schema import (
    links,
    members,
    metadata,
    minhashes,
    networks,
    occurrences,
    problems,
    records,
    runs,
    selectors,
)

_CHUNK = 500  # rows per IN (...) query, well under SQLite's variable limit
# A load of at least this many records, and at least a quarter of what is stored, is written with the
# secondary indexes of the records and occurrences tables dropped, then rebuilt in one sorted pass:
# inserting random keys one by one into B-trees larger than memory makes every batch rewrite a page per
# key, and the cost per record grew with the database (60 µs at 40k records, 156 µs at 280k).
BULK_MIN = 20_000


def utcnow() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def database_url(target: str | os.PathLike[str]) -> str:
    """A path becomes a SQLite URL; a URL (``postgresql://...``) is used as given."""
    text = str(target)
    if "://" in text:
        if text.startswith("postgresql://") or text.startswith("postgres://"):
            text = "postgresql+psycopg://" + text.split("://", 1)[1]
        return text
    path = Path(text).expanduser()
    if path.parent and not path.parent.exists():
        raise UsageError(f"folder for the database does not exist: {path.parent}")
    return f"sqlite:///{path}"


def _json_value(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value).decode()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA wal_autocheckpoint=20000")  # checkpoint every ~80 MB of WAL, not every 4 MB
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


class Store(Queries, HashLists):
    """Records, their analysis, and the networks built from them."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, target: str | os.PathLike[str], *, migrate: bool = True) -> Store:
        url = database_url(target)
        try:
            engine = create_engine(url, future=True)
        except (NoSuchModuleError, ModuleNotFoundError) as exc:
            raise DependencyError(
                f"no database driver for {url.split(':', 1)[0]}: install himaya[postgres]", url=url
            ) from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            if migrate:
                store.migrate()
                store.ensure_indexes()  # a bulk load that died leaves its indexes to be rebuilt here
            else:
                with engine.connect():
                    pass
        except OperationalError as exc:
            raise DependencyError(f"cannot open database {engine.url!r}: {exc.orig}") from exc
        return store

    def migrate(self) -> None:
        """Bring the schema to the newest migration (a no-op when it is there already)."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def ensure_indexes(self, tables: Iterable[Table] | None = None) -> None:
        """Create any secondary index that is missing (after a bulk load that was killed)."""
        with self.engine.begin() as conn:
            for table in tables or metadata.sorted_tables:
                for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
                    index.create(conn, checkfirst=True)

    @contextmanager
    def bulk_load(self, expected: int) -> Iterator[bool]:
        """Write ``expected`` new records faster: for a large load, the secondary indexes of the records and
        occurrences tables are dropped for its duration and rebuilt after it, even when it fails. Yields
        whether it did so (small loads into a big database keep their indexes)."""
        with self.engine.connect() as conn:
            stored = int(conn.execute(select(func.count()).select_from(records)).scalar_one())
        if expected < BULK_MIN or expected < stored // 4:
            yield False
            return
        tables = (records, occurrences)
        with self.engine.begin() as conn:
            for table in tables:
                for index in table.indexes:
                    index.drop(conn, checkfirst=True)
        try:
            yield True
        finally:
            self.ensure_indexes(tables)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- runs ----------------------------------------------------------------------------------
    def begin_run(self, command: str, inputs: Sequence[str]) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                insert(runs).values(started_at=utcnow(), command=command, inputs=list(inputs), status="running")
            )
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish_run(self, run_id: int, counts: dict[str, Any], status: str = "done") -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(runs).where(runs.c.id == run_id).values(finished_at=utcnow(), counts=counts, status=status)
            )

    def runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(select(runs).order_by(runs.c.id))]

    # -- writing records -----------------------------------------------------------------------
    def known_uids(self) -> Iterator[str]:
        with self.engine.connect() as conn:
            for (uid,) in conn.execution_options(yield_per=10_000).execute(select(records.c.uid)):
                yield uid

    def existing(self, conn: Any, uids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(uids), _CHUNK):
            chunk = uids[i : i + _CHUNK]
            found.update(r[0] for r in conn.execute(select(records.c.uid).where(records.c.uid.in_(chunk))))
        return found

    def write_batch(self, run_id: int, analysed: Sequence[tuple[Record, Analysis]], bad: Sequence[Problem] = ()) -> int:
        """Store a batch of analysed records (and the problems met reading them) in one transaction.

        Returns how many records were new; records already stored are left as they are.
        """
        return self.write_rows(run_id, to_rows(analysed), bad)

    def write_rows(self, run_id: int, rows: Rows, bad: Sequence[Problem] = ()) -> int:
        """``write_batch`` for rows already shaped by ``himaya.store.rows.to_rows`` (in a worker)."""
        try:
            with self.engine.begin() as conn:
                if bad:
                    conn.execute(
                        insert(problems),
                        [{"run_id": run_id, "source": p.source, "locator": p.locator, "reason": p.reason} for p in bad],
                    )
                if not rows.records:
                    return 0
                uids = rows.uids()
                seen = self.existing(conn, uids)
                if seen:
                    rows = rows.only(set(uids) - seen)
                extra = {"ingested_at": utcnow(), "run_id": run_id}
                self._bulk(conn, "records", RECORD_COLUMNS, rows.records, extra)
                self._bulk(conn, "occurrences", OCCURRENCE_COLUMNS, rows.occurrences)
                self._bulk(conn, "minhashes", MINHASH_COLUMNS, rows.minhashes)
                return len(rows.records)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store a batch: {exc}") from exc

    def _bulk_dicts(self, conn: Any, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Bulk insert of dict rows (JSON values serialised here, as SQLAlchemy's JSON type would)."""
        if not rows:
            return
        columns = list(rows[0])
        json_columns = [c for c in columns if isinstance(metadata.tables[table].c[c].type, JSON)]
        if json_columns:
            rows = [{**row, **{c: _json_value(row[c]) for c in json_columns}} for row in rows]
        getter = itemgetter(*columns)
        tuples = [getter(row) for row in rows] if len(columns) > 1 else [(getter(row),) for row in rows]
        self._bulk(conn, table, columns, tuples)

    def _bulk(
        self,
        conn: Any,
        table: str,
        columns: Sequence[str],
        rows: list[tuple[Any, ...]],
        constants: dict[str, Any] | None = None,
    ) -> None:
        """executemany with the driver's own parameter style: no per-row work in Python beyond the driver's."""
        if not rows:
            return
        mark = "?" if self.dialect == "sqlite" else "%s"
        names = list(columns)
        values = [mark] * len(columns)
        for name, value in (constants or {}).items():
            names.append(name)
            values.append(str(int(value)) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'")
        quoted = ", ".join(f'"{n}"' for n in names)
        conn.exec_driver_sql(f"INSERT INTO {table} ({quoted}) VALUES ({', '.join(values)})", rows)

    # -- inputs to the link stage --------------------------------------------------------------
    def pivot_occurrences(self, types: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """Distinct (record uid, selector type, value) for the given selector types.

        Read in primary-key order and filtered here: a DISTINCT ... WHERE type IN (...) made SQLite sort
        every occurrence in a temporary B-tree (25 s for 1.6M occurrences, against 2 s for this scan)."""
        wanted = frozenset(types)
        query = select(occurrences.c.record_uid, occurrences.c.type, occurrences.c.value).order_by(
            occurrences.c.record_uid, occurrences.c.type, occurrences.c.value
        )
        last = None
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=20_000).execute(query):
                key = tuple(row)
                if key != last and key[1] in wanted:
                    yield key
                last = key

    def minhash_rows(self) -> Iterator[tuple[str, bytes, bytes]]:
        query = select(minhashes.c.record_uid, minhashes.c.bands, minhashes.c.signature)
        with self.engine.connect() as conn:
            yield from conn.execution_options(yield_per=20_000).execute(query)  # type: ignore[misc]

    def record_facts(self) -> Iterator[tuple[str, float, str | None, str | None, str | None, str | None]]:
        """(uid, risk, typology, country, location, posted_at) for every record."""
        query = select(
            records.c.uid,
            records.c.risk,
            records.c.typology,
            records.c.country,
            records.c.location,
            records.c.posted_at,
        )
        with self.engine.connect() as conn:
            yield from conn.execution_options(yield_per=20_000).execute(query)  # type: ignore[misc]

    def replace_networks(
        self,
        network_rows: Sequence[dict[str, Any]],
        memberships: Iterable[tuple[str, str]],
        link_rows: Sequence[dict[str, Any]],
        selector_rows: Sequence[dict[str, Any]],
    ) -> None:
        """Swap in a new set of networks, memberships, links and selector statistics atomically."""
        tables = (links, members, networks, selectors)
        try:
            with self.engine.begin() as conn:
                for table in tables:
                    conn.execute(delete(table))
                    for index in table.indexes:  # rebuilt in one sorted pass after the inserts
                        index.drop(conn)
                self._bulk_dicts(conn, "networks", network_rows)
                self._bulk_dicts(conn, "selectors", selector_rows)
                self._bulk_dicts(conn, "links", link_rows)
                self._bulk(conn, "members", ("record_uid", "network_id"), list(memberships))
                for table in tables:
                    for index in table.indexes:
                        index.create(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store networks: {exc}") from exc

    def drop_all(self) -> None:
        """Remove every table (tests and ``--fresh`` runs)."""
        with self.engine.begin() as conn:
            metadata.drop_all(conn)
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
