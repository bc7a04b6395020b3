"""Networks: their summaries, members, the links that explain them, selector statistics, and the swap that
the link stage writes them with."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.exc import SQLAlchemyError

from himaya.errors import StoreError
from himaya.store.models import NetworkRow, SelectorStat, from_row
from himaya.store.schema import links, members, networks, selectors
from himaya.store.sql import insert_dicts, insert_rows

_MEMBER_CHUNK = 900


class NetworkRepository:
    """The networks of one transaction (``tx.networks``)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def ranked(self, *, limit: int | None = None, min_size: int = 2) -> list[NetworkRow]:
        """Networks of at least ``min_size`` records, highest risk first."""
        query = (
            select(networks)
            .where(networks.c.size >= min_size)
            .order_by(networks.c.risk.desc(), networks.c.size.desc(), networks.c.id)
        )
        if limit:
            query = query.limit(limit)
        return [from_row(NetworkRow, row) for row in self.conn.execute(query)]

    def get(self, network_id: str) -> NetworkRow | None:
        row = self.conn.execute(select(networks).where(networks.c.id == network_id)).first()
        return from_row(NetworkRow, row) if row else None

    def links(self, network_id: str) -> list[tuple[str, str, str]]:
        """(record uid, kind, key) of each link that holds a member in the network."""
        rows = self.conn.execute(
            select(links.c.record_uid, links.c.kind, links.c.key).where(links.c.network_id == network_id)
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def of_records(self, uids: Sequence[str]) -> dict[str, str]:
        """Record uid -> id of the network it belongs to, for those of ``uids`` in a network."""
        out: dict[str, str] = {}
        for i in range(0, len(uids), _MEMBER_CHUNK):
            query = select(members.c.record_uid, members.c.network_id).where(
                members.c.record_uid.in_(uids[i : i + _MEMBER_CHUNK])
            )
            out.update((uid, net) for uid, net in self.conn.execute(query))
        return out

    def selector_stats(self, keys: Sequence[tuple[str, str]]) -> list[SelectorStat]:
        """The statistics of those of the (type, value) pairs that the link stage saw."""
        out: list[SelectorStat] = []
        for typ, value in keys:
            query = select(selectors).where(selectors.c.type == typ, selectors.c.value == value)
            row = self.conn.execute(query).first()
            if row:
                out.append(from_row(SelectorStat, row))
        return out

    def replace(
        self,
        network_rows: Sequence[dict[str, Any]],
        memberships: Iterable[tuple[str, str]],
        link_rows: Sequence[dict[str, Any]],
        selector_rows: Sequence[dict[str, Any]],
    ) -> None:
        """Swap in a new set of networks, memberships, links and selector statistics (atomic with the rest of
        the transaction)."""
        tables = (links, members, networks, selectors)
        conn = self.conn
        try:
            for table in tables:
                conn.execute(delete(table))
                for index in table.indexes:  # rebuilt in one sorted pass after the inserts
                    index.drop(conn)
            insert_dicts(conn, "networks", network_rows)
            insert_dicts(conn, "selectors", selector_rows)
            insert_dicts(conn, "links", link_rows)
            insert_rows(conn, "members", ("record_uid", "network_id"), list(memberships))
            for table in tables:
                for index in table.indexes:
                    index.create(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store networks: {exc}") from exc
