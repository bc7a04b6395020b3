"""Schema versions: which Alembic revision a database is at, the newest this code knows, and the upgrade.

Opening a database never migrates it silently: a command meets an older (or newer) schema with one clear
error naming ``himaya db upgrade``. Only what cannot surprise anyone is done on open, and only where the
caller allows it (``Upgrade``): creating the schema in an empty database, and bringing the embedded SQLite
file of a single user up to date when that user runs ``himaya run``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from himaya.errors import UsageError
from himaya.store.schema import metadata

_SCRIPTS = Path(__file__).parent / "migrations"


class Upgrade(StrEnum):
    """What ``Store.open`` may do to a schema that is not the newest."""

    NEVER = "never"  # refuse it (read-only and most commands)
    EMPTY = "empty"  # create the schema in an empty database; refuse an older one
    EMBEDDED = "embedded"  # also bring an older SQLite file up to date (run, ingest, hashlist import)
    ALWAYS = "always"  # bring any older schema up to date (``himaya db upgrade``)


@dataclass(frozen=True, slots=True)
class SchemaState:
    current: str | None  # the database's revision; None when it has none
    newest: str  # the newest revision this code knows
    empty: bool  # no table of ours and no revision: a new database
    known: bool  # ``current`` is a revision this code knows (False: a newer himaya wrote it)

    @property
    def up_to_date(self) -> bool:
        return self.current == self.newest

    @property
    def older(self) -> bool:
        return not self.empty and not self.up_to_date and (self.current is None or self.known)

    @property
    def newer(self) -> bool:
        return self.current is not None and not self.known


@lru_cache(maxsize=1)
def _revisions() -> tuple[str, frozenset[str]]:
    from alembic.script import ScriptDirectory  # alembic loads when a schema is checked, not at start-up

    scripts = ScriptDirectory(str(_SCRIPTS))
    heads = scripts.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {heads}")
    return heads[0], frozenset(rev.revision for rev in scripts.walk_revisions())


def newest_revision() -> str:
    return _revisions()[0]


def schema_state(conn: Connection) -> SchemaState:
    newest, known = _revisions()
    tables = set(inspect(conn).get_table_names())
    current = None
    if "alembic_version" in tables:
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    empty = current is None and not tables & set(metadata.tables)
    return SchemaState(current, newest, empty, current in known if current else False)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (a no-op when it is there already)."""
    from alembic import command  # only when migrating
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def may_upgrade(state: SchemaState, policy: Upgrade, dialect: str) -> bool:
    """Whether ``policy`` lets ``Store.open`` bring this schema up to date itself."""
    if state.up_to_date or state.newer:
        return False
    if state.empty:
        return policy is not Upgrade.NEVER
    return policy is Upgrade.ALWAYS or (policy is Upgrade.EMBEDDED and dialect == "sqlite")


def refuse(state: SchemaState, where: str) -> None:
    """UsageError (exit code 2) unless the schema is the newest this code knows."""
    if state.up_to_date:
        return
    if state.newer:
        raise UsageError(
            f"the database {where} is at schema {state.current}, newer than this himaya knows ({state.newest}): "
            "upgrade himaya",
            current=state.current,
            newest=state.newest,
        )
    if state.empty:
        raise UsageError(
            f"the database {where} holds no himaya data: run `himaya run INPUT --db {where}` "
            f"or `himaya db upgrade --db {where}`",
            current=None,
            newest=state.newest,
        )
    raise UsageError(
        f"the database {where} is at schema {state.current or 'none'}, older than {state.newest}: "
        f"run `himaya db upgrade --db {where}` first",
        current=state.current,
        newest=state.newest,
    )
