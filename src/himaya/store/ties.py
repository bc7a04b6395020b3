"""Ties: every edge between a record and a pivot (a selector, a near-duplicate text group, an image series)
that two or more records share, with its strength and whether the pivot was held back as a hub. They say why
two records are, or are not, in one network (``himaya explain``).

A million records have hundreds of thousands of ties (446,063 on the 1M synthetic corpus), so they are
written as a stream of tuples in chunks (never a list of dicts), with the table's index dropped for the load
and rebuilt in one sorted pass after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Column, Connection, select

from himaya.store.models import Tie
from himaya.store.schema import ties
from himaya.store.sql import CHUNK, insert_rows

TIE_COLUMNS = ("record_uid", "key", "kind", "strength", "hub")
TieTuple = tuple[str, str, str, float, bool]  # TIE_COLUMNS
_WRITE_CHUNK = 50_000  # rows an executemany: bounded memory, few round trips


def write_ties(conn: Connection, rows: Iterable[TieTuple]) -> int:
    """Insert ``rows`` (record uid, key, kind, strength, hub) in chunks; returns how many were written. The
    caller clears the table and drops its indexes first (``NetworkRepository.replace``)."""
    stream = iter(rows)
    written = 0
    while chunk := list(islice(stream, _WRITE_CHUNK)):
        insert_rows(conn, "ties", TIE_COLUMNS, chunk)
        written += len(chunk)
    return written


class TieRepository:
    """The ties of one transaction (``tx.ties``)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def of_records(self, uids: Sequence[str]) -> list[Tie]:
        """The ties of the records ``uids``, by record then key."""
        return self._where(ties.c.record_uid, uids)

    def of_keys(self, keys: Sequence[str]) -> list[Tie]:
        """The ties of the pivots ``keys`` ("phone:+12015550123", "text:..."): every record that shares one."""
        return self._where(ties.c.key, keys)

    def _where(self, column: Column[Any], values: Sequence[str]) -> list[Tie]:
        wanted = sorted(set(values))
        out: list[Tie] = []
        for i in range(0, len(wanted), CHUNK):
            query = select(ties).where(column.in_(wanted[i : i + CHUNK]))
            rows = self.conn.execute(query)
            out.extend(Tie(r.record_uid, r.key, r.kind, float(r.strength), bool(r.hub)) for r in rows)
        out.sort(key=lambda t: (t.record_uid, t.key))
        return out
