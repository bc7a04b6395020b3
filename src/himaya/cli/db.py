"""``himaya db`` (schema status and upgrade) and ``himaya audit`` (the audit trail)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.table import Table

from himaya.cli.main import actor as running
from himaya.cli.main import db_option, handle_errors, open_store, register
from himaya.errors import UsageError

if TYPE_CHECKING:
    from himaya.store import Store


def _open_unchecked(db: str) -> Store:
    from himaya.store import Store

    if "://" not in db and not Path(db).exists():
        raise UsageError(f"no database at {db}: run `himaya run INPUT --db {db}` first")
    return Store.open(db, check=False)


@register()
@click.group()
def db() -> None:
    """The database's schema: which version it is at, and bringing it to the newest."""


@db.command("status")
@db_option
@handle_errors
def status(db: str) -> None:
    """The schema version of the database against the newest this himaya knows."""
    with _open_unchecked(db) as store:
        state = store.schema()
    if state.up_to_date:
        verdict = "up to date"
    elif state.newer:
        verdict = "newer than this himaya: upgrade himaya"
    elif state.empty:
        verdict = "empty: `himaya db upgrade` or `himaya run` creates the schema"
    else:
        verdict = "older: run `himaya db upgrade`"
    click.echo(f"database: {store.where}\nschema:   {state.current or 'none'}\nnewest:   {state.newest}\n{verdict}")


@db.command("upgrade")
@db_option
@handle_errors
def upgrade(db: str) -> None:
    """Bring the database's schema to the newest version (back it up first: this cannot be undone)."""
    from himaya.store import Store

    store = Store.open(db, check=False)  # a new SQLite file or an empty PostgreSQL database gets the schema
    with store:
        before = store.schema()
        after = store.upgrade()
    if before.current == after.current:
        click.echo(f"{store.where}: schema {after.current} is the newest; nothing to do")
    else:
        click.echo(f"{store.where}: schema upgraded from {before.current or 'none'} to {after.current}")


@register()
@click.command()
@db_option
@click.option("--limit", default=50, show_default=True, help="entries to list, newest first")
@click.option("--actor", help="only this actor's entries (cli:alice)")
@click.option("--action", help="only this action (search, show.network, export.records, hashlist.import ...)")
@click.option("--json", "as_json", is_flag=True, help="one JSON object an entry")
@handle_errors
def audit(db: str, limit: int, actor: str | None, action: str | None, as_json: bool) -> None:
    """The audit trail: who searched, looked at, exported, imported, matched or linked what, and when."""
    from himaya import app

    with open_store(db) as store:
        entries = app.audit_trail(store, limit=limit, of_actor=actor, action=action, actor=running())
    if as_json:
        for entry in entries:
            line = {"id": entry.id, "at": entry.at.isoformat(), "actor": entry.actor, "action": entry.action,
                    "target": entry.target, "details": entry.details}  # fmt: skip
            click.echo(json.dumps(line, ensure_ascii=False))
        return
    table = Table("at (UTC)", "actor", "action", "target", "details", box=None)
    for entry in entries:
        details = ", ".join(f"{k}={v}" for k, v in entry.details.items())
        table.add_row(entry.at.strftime("%Y-%m-%d %H:%M:%S"), entry.actor, entry.action, entry.target, details)
    Console().print(table)
