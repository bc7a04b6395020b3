"""Small helpers the repositories share: bulk inserts with bound parameters, JSON columns, UTC times."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import JSON, Connection

from himaya.store.schema import metadata

CHUNK = 500  # rows per IN (...) query, well under SQLite's variable limit


def utcnow() -> str:
    """Now, as the text the older tables keep (``2026-11-26T10:00:00Z``)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_json(value: Any) -> Any:
    """A JSON column's value: parsed where the driver hands back text, as is where it parsed it."""
    return orjson.loads(value) if isinstance(value, str | bytes) else value


def _json_text(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value).decode()


def insert_rows(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """executemany with the driver's own parameter style: every value a bound parameter, and no per-row work
    in Python beyond the driver's. ``table`` and ``columns`` are names from ``schema.py``, never user input."""
    if not rows:
        return
    known = metadata.tables[table].c
    if any(name not in known for name in columns):
        raise ValueError(f"unknown columns for {table}: {columns}")
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    quoted = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join([mark] * len(columns))
    params = rows if isinstance(rows, list) else list(rows)
    conn.exec_driver_sql(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", params)


def insert_dicts(conn: Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """``insert_rows`` for dict rows (JSON values serialised here, as SQLAlchemy's JSON type would)."""
    if not rows:
        return
    columns = list(rows[0])
    json_columns = [c for c in columns if isinstance(metadata.tables[table].c[c].type, JSON)]
    if json_columns:
        rows = [{**row, **{c: _json_text(row[c]) for c in json_columns}} for row in rows]
    getter = itemgetter(*columns)
    tuples = [getter(row) for row in rows] if len(columns) > 1 else [(getter(row),) for row in rows]
    insert_rows(conn, table, columns, tuples)
