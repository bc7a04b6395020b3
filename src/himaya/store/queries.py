"""The read side of the store: what the CLI, the report and (later) the web workspace ask for."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, func, select

from himaya.store.schema import links, members, networks, occurrences, problems, records, selectors

_CHUNK = 500  # rows per IN (...) query, well under SQLite's variable limit


class Queries:
    engine: Engine

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            out = {}
            for name, table in (
                ("records", records),
                ("selectors", selectors),
                ("occurrences", occurrences),
                ("networks", networks),
                ("problems", problems),
            ):
                out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            out["networked_records"] = int(conn.execute(select(func.count()).select_from(members)).scalar_one())
            return out

    def networks(self, *, limit: int | None = None, min_size: int = 2) -> list[dict[str, Any]]:
        query = (
            select(networks)
            .where(networks.c.size >= min_size)
            .order_by(networks.c.risk.desc(), networks.c.size.desc(), networks.c.id)
        )
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def network(self, network_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(networks).where(networks.c.id == network_id)).first()
            return dict(row._mapping) if row else None

    def network_links(self, network_id: str) -> list[tuple[str, str, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(links.c.record_uid, links.c.kind, links.c.key).where(links.c.network_id == network_id)
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]

    def records_where(
        self, *, network_id: str | None = None, uids: Sequence[str] | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        query = select(records, members.c.network_id).outerjoin(members, members.c.record_uid == records.c.uid)
        if network_id is not None:
            query = query.where(members.c.network_id == network_id)
        if uids is not None:
            query = query.where(records.c.uid.in_(list(uids)))
        query = query.order_by(records.c.posted_at, records.c.uid)
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def selectors_of(self, uids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {uid: [] for uid in uids}
        with self.engine.connect() as conn:
            for i in range(0, len(uids), _CHUNK):
                query = (
                    select(occurrences)
                    .where(occurrences.c.record_uid.in_(list(uids[i : i + _CHUNK])))
                    .order_by(occurrences.c.record_uid, occurrences.c.start)
                )
                for row in conn.execute(query):
                    out[row.record_uid].append(dict(row._mapping))
        return out

    def hits_of(self, uids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Indicator hits per record, in text order."""
        out: dict[str, list[dict[str, Any]]] = {uid: [] for uid in uids}
        with self.engine.connect() as conn:
            for i in range(0, len(uids), _CHUNK):
                query = select(records.c.uid, records.c.hits).where(records.c.uid.in_(list(uids[i : i + _CHUNK])))
                for uid, found in conn.execute(query):
                    out[uid] = _in_text_order(found)
        return out

    def find_selectors(self, keys: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        """Occurrences of any of the (type, value) pairs, with their record's id and network."""
        if not keys:
            return []
        out: list[dict[str, Any]] = []
        with self.engine.connect() as conn:
            for typ, value in keys:
                query = (
                    select(
                        occurrences,
                        records.c.id.label("record_id"),
                        members.c.network_id,
                        records.c.risk,
                        records.c.typology,
                        records.c.source,
                        records.c.locator,
                    )
                    .join(records, records.c.uid == occurrences.c.record_uid)
                    .outerjoin(members, members.c.record_uid == records.c.uid)
                    .where(occurrences.c.type == typ, occurrences.c.value == value)
                    .order_by(records.c.posted_at, records.c.uid)
                )
                out.extend(dict(row._mapping) for row in conn.execute(query))
        return out

    def selector_stats(self, keys: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        with self.engine.connect() as conn:
            for typ, value in keys:
                row = conn.execute(select(selectors).where(selectors.c.type == typ, selectors.c.value == value)).first()
                if row:
                    out.append(dict(row._mapping))
        return out

    def iter_export(self) -> Iterator[dict[str, Any]]:
        """Every record with its selectors and reasons, in a stable order, streamed."""
        with self.engine.connect() as conn:
            rec_q = select(
                records.c.uid,
                records.c.id,
                records.c.risk,
                records.c.typology,
                records.c.hits,
                members.c.network_id,
                records.c.language,
                records.c.source,
                records.c.locator,
            )
            rec_q = rec_q.outerjoin(members, members.c.record_uid == records.c.uid).order_by(
                records.c.source, records.c.uid
            )
            batch: list[Any] = []
            for row in conn.execution_options(yield_per=5000).execute(rec_q):
                batch.append(row)
                if len(batch) >= 5000:
                    yield from self._export_batch(batch)
                    batch = []
            if batch:
                yield from self._export_batch(batch)

    def _export_batch(self, batch: list[Any]) -> Iterator[dict[str, Any]]:
        uids = [row.uid for row in batch]
        sels = self.selectors_of(uids)
        for row in batch:
            seen: set[tuple[str, str]] = set()
            selector_list = []
            for occ in sels[row.uid]:
                key = (occ["type"], occ["value"])
                if key not in seen:
                    seen.add(key)
                    selector_list.append({"type": occ["type"], "value": occ["value"]})
            yield {
                "id": row.id,
                "selectors": selector_list,
                "risk": round(float(row.risk), 4),
                "typology": row.typology,
                "network": row.network_id,
                "reasons": [
                    f"{h['indicator']} ({h['weight']:+.2f}): \u201c{h['matched']}\u201d"
                    for h in _in_text_order(row.hits)
                ],
                "language": row.language,
                "source": row.source,
                "locator": row.locator,
            }

    def network_of(self, uids: Sequence[str]) -> dict[str, str]:
        """Record uid -> id of the network it belongs to, for those of ``uids`` in a network."""
        out: dict[str, str] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(uids), 900):
                query = select(members.c.record_uid, members.c.network_id).where(
                    members.c.record_uid.in_(uids[i : i + 900])
                )
                out.update((uid, net) for uid, net in conn.execute(query))
        return out

    def problems(self, run_id: int | None = None, limit: int = 100) -> list[dict[str, Any]]:
        query = select(problems).order_by(problems.c.id).limit(limit)
        if run_id is not None:
            query = query.where(problems.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]


def _in_text_order(hits: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    return sorted(hits or [], key=lambda h: (h["start"], h["indicator"]))
