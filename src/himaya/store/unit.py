"""The unit of work: one connection, one database transaction, and the repositories that work through it.

    with store.transaction(actor="cli:alice") as tx:
        found = tx.records.search(keys)
        tx.audit.record("search", query, selectors=len(keys))

Everything done through ``tx`` is committed together when the block ends, or rolled back together when it
raises; an audit entry is therefore kept exactly when the read or change it records is. Streamed reads
(``tx.records.export()``, ``tx.images.hashes()`` ...) must be consumed inside the block.
"""

from __future__ import annotations

from sqlalchemy import Connection

from himaya.store.audit import AuditLog
from himaya.store.hashlists import HashListRepository
from himaya.store.images import ImageRepository
from himaya.store.networks import NetworkRepository
from himaya.store.records import RecordRepository
from himaya.store.runs import RunRepository
from himaya.store.ties import TieRepository


class Transaction:
    """The repositories of one transaction, acting for ``actor`` ("cli:alice", "web:bob", "test")."""

    def __init__(self, conn: Connection, actor: str) -> None:
        self.conn = conn
        self.actor = actor
        self.dialect = conn.dialect.name
        self.records = RecordRepository(conn)
        self.runs = RunRepository(conn)
        self.networks = NetworkRepository(conn)
        self.hashlists = HashListRepository(conn)
        self.images = ImageRepository(conn)
        self.ties = TieRepository(conn)
        self.audit = AuditLog(conn, actor)
