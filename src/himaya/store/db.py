"""The one place that talks to the database: SQLite by default, PostgreSQL for teams.

``Store`` opens the database (checking, never silently changing, its schema: see ``himaya.store.upgrade``),
and hands out transactions (``store.transaction(actor=...)``, see ``himaya.store.unit``) through which every
read and write goes. The pipeline writes each batch in a transaction of its own, so an interrupted run leaves
whole batches or nothing; re-running skips the records already stored (they are content-addressed by ``uid``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event, func, make_url, select
from sqlalchemy.exc import NoSuchModuleError, OperationalError, SQLAlchemyError

from himaya.errors import DependencyError, StoreError, UsageError
from himaya.store.schema import metadata, occurrences, records
from himaya.store.sql import utcnow
from himaya.store.unit import Transaction
from himaya.store.upgrade import SchemaState, Upgrade, may_upgrade, migrate, refuse, schema_state

__all__ = ["BULK_MIN", "Store", "database_url", "utcnow"]

# A load of at least this many records, and at least a quarter of what is stored, is written with the
# secondary indexes of the records and occurrences tables dropped, then rebuilt in one sorted pass:
# inserting random keys one by one into B-trees larger than memory makes every batch rewrite a page per
# key, and the cost per record grew with the database (60 µs at 40k records, 156 µs at 280k).
BULK_MIN = 20_000


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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA wal_autocheckpoint=20000")  # checkpoint every ~80 MB of WAL, not every 4 MB
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


class Store:
    """A database of records, their analysis, networks, hash lists and audit trail."""

    def __init__(self, engine: Engine, where: str = "") -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.where = where or engine.url.render_as_string(hide_password=True)

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(
        cls, target: str | os.PathLike[str], *, upgrade: Upgrade | str = Upgrade.EMPTY, check: bool = True
    ) -> Store:
        """Open ``target`` (a SQLite path or a postgresql:// URL).

        The schema must be the newest this code knows: ``upgrade`` says what may be done when it is not (by
        default, only an empty database gets the schema created); anything else is refused with a UsageError
        naming ``himaya db upgrade``. ``check=False`` skips that (``himaya db status``)."""
        url = database_url(target)
        try:
            engine = create_engine(url, future=True)
        except (NoSuchModuleError, ModuleNotFoundError) as exc:
            raise DependencyError(
                f"no database driver for {url.split(':', 1)[0]}: install himaya[postgres]", url=url
            ) from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        # Messages name the database as the user wrote it (a password hidden), so it can be pasted back.
        where = str(target) if "://" not in str(target) else make_url(str(target)).render_as_string(hide_password=True)
        store = cls(engine, where)
        policy = Upgrade(upgrade)
        try:
            state = store.schema()
            if check and may_upgrade(state, policy, store.dialect):
                store.upgrade()
            elif check:
                refuse(state, where)
                if policy is not Upgrade.NEVER:
                    store.ensure_indexes()  # a bulk load that died leaves its indexes to be rebuilt here
        except OperationalError as exc:
            engine.dispose()
            raise DependencyError(f"cannot open database {where}: {exc.orig}") from exc
        except BaseException:
            engine.dispose()
            raise
        return store

    def schema(self) -> SchemaState:
        """The database's schema revision against the newest this code knows."""
        with self.engine.connect() as conn:
            return schema_state(conn)

    def upgrade(self) -> SchemaState:
        """Bring the schema to the newest revision and rebuild any missing index; returns the new state."""
        state = self.schema()
        if state.newer:
            refuse(state, self.where)
        try:
            migrate(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not upgrade the schema of {self.where}: {exc}") from exc
        self.ensure_indexes()
        return self.schema()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------------
    @contextmanager
    def transaction(self, *, actor: str) -> Iterator[Transaction]:
        """One connection and one database transaction: committed when the block ends, rolled back when it
        raises. ``actor`` ("cli:alice") signs the audit entries written through it."""
        with self.engine.begin() as conn:
            yield Transaction(conn, actor)

    # -- indexes -------------------------------------------------------------------------------
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

    def drop_all(self) -> None:
        """Remove every table (tests and ``--fresh`` runs)."""
        with self.engine.begin() as conn:
            metadata.drop_all(conn)
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
