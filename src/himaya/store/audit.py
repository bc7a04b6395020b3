"""The audit trail: who searched, looked at, exported, imported, matched or linked what, and when.

An entry is written through the transaction that does the read or change it records, so the two are kept or
lost together: a search that fails leaves no entry claiming it ran, and no change is kept without its entry.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from himaya.store.models import AuditEntry
from himaya.store.schema import audit
from himaya.store.sql import parse_json


class AuditLog:
    """The audit trail of one transaction (``tx.audit``); ``actor`` is who the transaction acts for."""

    def __init__(self, conn: Connection, actor: str) -> None:
        self.conn = conn
        self.actor = actor

    def record(self, action: str, target: str = "", **details: Any) -> None:
        """Write one entry: ``action`` ("search", "export.records" ...), what it was done to (a network id,
        a list name, the query), and any JSON-serialisable details."""
        self.conn.execute(
            insert(audit).values(
                at=datetime.now(UTC), actor=self.actor, action=action, target=target, details=details or {}
            )
        )

    def entries(self, *, limit: int = 100, actor: str | None = None, action: str | None = None) -> list[AuditEntry]:
        """The newest entries first, optionally of one actor or action."""
        query = select(audit).order_by(audit.c.id.desc()).limit(limit)
        if actor is not None:
            query = query.where(audit.c.actor == actor)
        if action is not None:
            query = query.where(audit.c.action == action)
        return [
            AuditEntry(
                id=row.id,
                at=row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC),  # SQLite keeps no offset: UTC
                actor=row.actor,
                action=row.action,
                target=row.target,
                details=parse_json(row.details) or {},
            )
            for row in self.conn.execute(query)
        ]
