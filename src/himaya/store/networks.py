"""Networks: their summaries, members, the links that explain them, related networks, selector statistics,
the history of network ids, and the swap that the link stage writes them with."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from himaya.errors import StoreError
from himaya.store.models import HistoryRow, NetworkRow, Relation, SelectorStat, from_row
from himaya.store.schema import links, members, network_history, networks, selectors
from himaya.store.schema import relations as relations_table
from himaya.store.schema import ties as ties_table
from himaya.store.sql import insert_dicts, insert_rows
from himaya.store.ties import TieTuple, write_ties

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

    def memberships(self) -> Iterator[tuple[str, str]]:
        """(record uid, network id) of every networked record, streamed: the last link's networks, which the
        next link reads to keep their ids (``himaya.link.ids``)."""
        query = select(members.c.record_uid, members.c.network_id)
        for row in self.conn.execute(query.execution_options(yield_per=50_000)):
            yield row[0], row[1]

    def related(self, network_id: str) -> list[Relation]:
        """The networks that share weak evidence with ``network_id``, seen from it, strongest first."""
        out: list[Relation] = []
        table = relations_table
        for here, there in (("a", "b"), ("b", "a")):
            query = select(table).where(table.c[f"network_{here}"] == network_id)
            for row in self.conn.execute(query):
                m = row._mapping
                out.append(
                    Relation(
                        other=m[f"network_{there}"],
                        kind=m["kind"],
                        key=m["key"],
                        records_here=m[f"records_{here}"],
                        records_there=m[f"records_{there}"],
                        strength=float(m["strength"]),
                        example_here=m[f"example_{here}"],
                        example_there=m[f"example_{there}"],
                    )
                )
        out.sort(key=lambda r: (-r.strength, r.other, r.key))
        return out

    def related_counts(self, network_ids: Sequence[str]) -> dict[str, int]:
        """How many other networks each of ``network_ids`` is related to (those with none left out)."""
        others: dict[str, set[str]] = {}
        wanted = list(dict.fromkeys(network_ids))
        table = relations_table
        for here, there in (("a", "b"), ("b", "a")):
            for i in range(0, len(wanted), _MEMBER_CHUNK):
                query = select(table.c[f"network_{here}"], table.c[f"network_{there}"]).where(
                    table.c[f"network_{here}"].in_(wanted[i : i + _MEMBER_CHUNK])
                )
                for nid, other in self.conn.execute(query):
                    others.setdefault(nid, set()).add(other)
        return {nid: len(found) for nid, found in others.items()}

    def history(self, old_id: str) -> list[HistoryRow]:
        """Where the records of network ``old_id`` went at each link that did not keep it whole, oldest link
        first and most records first within one."""
        query = (
            select(network_history)
            .where(network_history.c.old_id == old_id)
            .order_by(network_history.c.at, network_history.c.records.desc(), network_history.c.id)
        )
        return [
            HistoryRow(
                old_id=row.old_id,
                new_id=row.new_id,
                records=row.records,
                at=row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC),  # SQLite keeps no offset: UTC
            )
            for row in self.conn.execute(query)
        ]

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
        relations: Sequence[dict[str, Any]] = (),
        ties: Iterable[TieTuple] = (),
        history: Sequence[dict[str, Any]] = (),
    ) -> None:
        """Swap in a new set of networks, memberships, links (each may carry a ``strength``), related networks
        (dicts with the columns of ``relations``, ``network_a`` < ``network_b``), ties (tuples, streamed: see
        ``himaya.store.ties``) and selector statistics, and append ``history`` ({"old_id", "new_id",
        "records"}: ``himaya.link.ids``) to the history of network ids, stamped now; atomic with the rest of
        the transaction."""
        tables = (links, members, networks, selectors, relations_table, ties_table)
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
            insert_dicts(conn, "relations", relations)
            write_ties(conn, ties)
            if history:
                at = datetime.now(UTC)
                keep = ("old_id", "new_id", "records")
                conn.execute(insert(network_history), [{**{k: h[k] for k in keep}, "at": at} for h in history])
            for table in tables:
                for index in table.indexes:
                    index.create(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store networks: {exc}") from exc
