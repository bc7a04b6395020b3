"""Runs: one row per ``himaya run``/``ingest``, begun before the first batch and finished after the last."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, update

from himaya.store.models import RunInfo, from_row
from himaya.store.schema import runs
from himaya.store.sql import utcnow


class RunRepository:
    """The runs of one transaction (``tx.runs``)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def begin(self, command: str, inputs: Sequence[str]) -> int:
        """A new run, "running" until ``finish``; returns its id."""
        result = self.conn.execute(
            insert(runs).values(started_at=utcnow(), command=command, inputs=list(inputs), status="running")
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish(self, run_id: int, counts: dict[str, Any], status: str = "done") -> None:
        self.conn.execute(
            update(runs).where(runs.c.id == run_id).values(finished_at=utcnow(), counts=counts, status=status)
        )

    def all(self) -> list[RunInfo]:
        """Every run, oldest first."""
        return [from_row(RunInfo, row) for row in self.conn.execute(select(runs).order_by(runs.c.id))]
