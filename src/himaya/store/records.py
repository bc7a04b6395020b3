"""Records: writing analysed batches, and reading records, their selectors, hits, search and the export."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from himaya.errors import StoreError
from himaya.model import Analysis, Problem, Record
from himaya.store.models import ExportRecord, FoundOccurrence, Occurrence, ProblemRow, RecordRow, from_row
from himaya.store.rows import MINHASH_COLUMNS, OCCURRENCE_COLUMNS, RECORD_COLUMNS, Rows, to_rows
from himaya.store.schema import members, minhashes, networks, occurrences, problems, records, selectors
from himaya.store.sql import CHUNK, insert_rows, parse_json, utcnow

_EXPORT_BATCH = 5000


class RecordRepository:
    """The records of one transaction (``tx.records``)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- writing -------------------------------------------------------------------------------
    def write_batch(self, run_id: int, analysed: Sequence[tuple[Record, Analysis]], bad: Sequence[Problem] = ()) -> int:
        """Store a batch of analysed records (and the problems met reading them).

        Returns how many records were new; records already stored are left as they are.
        """
        return self.write_rows(run_id, to_rows(analysed), bad)

    def write_rows(self, run_id: int, rows: Rows, bad: Sequence[Problem] = ()) -> int:
        """``write_batch`` for rows already shaped by ``himaya.store.rows.to_rows`` (in a worker)."""
        conn = self.conn
        try:
            if bad:
                conn.execute(
                    insert(problems),
                    [{"run_id": run_id, "source": p.source, "locator": p.locator, "reason": p.reason} for p in bad],
                )
            if not rows.records:
                return 0
            uids = rows.uids()
            seen = self._existing(uids)
            if seen:
                rows = rows.only(set(uids) - seen)
            stamp = (utcnow(), run_id)
            record_rows = [(*row, *stamp) for row in rows.records]
            insert_rows(conn, "records", (*RECORD_COLUMNS, "ingested_at", "run_id"), record_rows)
            insert_rows(conn, "occurrences", OCCURRENCE_COLUMNS, rows.occurrences)
            insert_rows(conn, "minhashes", MINHASH_COLUMNS, rows.minhashes)
            return len(rows.records)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store a batch: {exc}") from exc

    def _existing(self, uids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(uids), CHUNK):
            chunk = uids[i : i + CHUNK]
            found.update(r[0] for r in self.conn.execute(select(records.c.uid).where(records.c.uid.in_(chunk))))
        return found

    # -- reading -------------------------------------------------------------------------------
    def known_uids(self) -> Iterator[str]:
        for (uid,) in self.conn.execute(select(records.c.uid).execution_options(yield_per=10_000)):
            yield uid

    def counts(self) -> dict[str, int]:
        """Rows per table (records, selectors, occurrences, networks, problems) and networked records."""
        out = {}
        for name, table in (
            ("records", records),
            ("selectors", selectors),
            ("occurrences", occurrences),
            ("networks", networks),
            ("problems", problems),
        ):
            out[name] = int(self.conn.execute(select(func.count()).select_from(table)).scalar_one())
        out["networked_records"] = int(self.conn.execute(select(func.count()).select_from(members)).scalar_one())
        return out

    def where(
        self,
        *,
        network_id: str | None = None,
        uids: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[RecordRow]:
        """Records (of one network, with these uids, or with these ids as their sources gave them), oldest
        post first."""
        query = select(records, members.c.network_id).outerjoin(members, members.c.record_uid == records.c.uid)
        if network_id is not None:
            query = query.where(members.c.network_id == network_id)
        if uids is not None:
            query = query.where(records.c.uid.in_(list(uids)))
        if ids is not None:
            query = query.where(records.c.id.in_(list(ids)))
        query = query.order_by(records.c.posted_at, records.c.uid)
        if limit:
            query = query.limit(limit)
        return [from_row(RecordRow, row) for row in self.conn.execute(query)]

    def occurrences(self, uids: Sequence[str]) -> dict[str, list[Occurrence]]:
        """The selectors each record shows, in text order."""
        out: dict[str, list[Occurrence]] = {uid: [] for uid in uids}
        for i in range(0, len(uids), CHUNK):
            query = (
                select(occurrences)
                .where(occurrences.c.record_uid.in_(list(uids[i : i + CHUNK])))
                .order_by(occurrences.c.record_uid, occurrences.c.start)
            )
            for row in self.conn.execute(query):
                out[row.record_uid].append(from_row(Occurrence, row))
        return out

    def hits(self, uids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Indicator hits per record (``himaya.store.rows.HIT_FIELDS``), in text order."""
        out: dict[str, list[dict[str, Any]]] = {uid: [] for uid in uids}
        for i in range(0, len(uids), CHUNK):
            query = select(records.c.uid, records.c.hits).where(records.c.uid.in_(list(uids[i : i + CHUNK])))
            for uid, found in self.conn.execute(query):
                out[uid] = in_text_order(found)
        return out

    def search(self, keys: Sequence[tuple[str, str]]) -> list[FoundOccurrence]:
        """Occurrences of any of the (type, value) pairs, with their record's id and network."""
        out: list[FoundOccurrence] = []
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
            out.extend(from_row(FoundOccurrence, row) for row in self.conn.execute(query))
        return out

    def problems(self, run_id: int | None = None, limit: int = 100) -> list[ProblemRow]:
        query = select(problems).order_by(problems.c.id).limit(limit)
        if run_id is not None:
            query = query.where(problems.c.run_id == run_id)
        return [from_row(ProblemRow, row) for row in self.conn.execute(query)]

    def export(self) -> Iterator[ExportRecord]:
        """Every record with its selectors and reasons, in a stable order, streamed (read it inside the
        transaction)."""
        query = (
            select(
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
            .outerjoin(members, members.c.record_uid == records.c.uid)
            .order_by(records.c.source, records.c.uid)
        )
        batch: list[Any] = []
        for row in self.conn.execute(query.execution_options(yield_per=_EXPORT_BATCH)):
            batch.append(row)
            if len(batch) >= _EXPORT_BATCH:
                yield from self._export_batch(batch)
                batch = []
        if batch:
            yield from self._export_batch(batch)

    def _export_batch(self, batch: list[Any]) -> Iterator[ExportRecord]:
        sels = self.occurrences([row.uid for row in batch])
        for row in batch:
            seen: set[tuple[str, str]] = set()
            selector_list = []
            for occ in sels[row.uid]:
                key = (occ.type, occ.value)
                if key not in seen:
                    seen.add(key)
                    selector_list.append({"type": occ.type, "value": occ.value})
            yield {
                "id": row.id,
                "selectors": selector_list,
                "risk": round(float(row.risk), 4),
                "typology": row.typology,
                "network": row.network_id,
                "reasons": [
                    f"{h['indicator']} ({h['weight']:+.2f}): \u201c{h['matched']}\u201d"
                    for h in in_text_order(row.hits)
                ],
                "language": row.language,
                "source": row.source,
                "locator": row.locator,
            }

    # -- inputs to the link stage --------------------------------------------------------------
    def facts(self) -> Iterator[tuple[str, float, str | None, str | None, str | None, str | None]]:
        """(uid, risk, typology, country, location, posted_at) for every record, streamed."""
        query = select(
            records.c.uid,
            records.c.risk,
            records.c.typology,
            records.c.country,
            records.c.location,
            records.c.posted_at,
        )
        yield from self.conn.execute(query.execution_options(yield_per=20_000))  # type: ignore[misc]

    def accounts(self) -> Iterator[tuple[str, str, str]]:
        """(record uid, "account", "<platform>:<author>") for every record with an author, streamed: the
        account that posted a record links like a selector (``himaya.link.build.account_keys``)."""
        query = select(records.c.uid, records.c.platform, records.c.author).where(records.c.author.is_not(None))
        for uid, platform, author in self.conn.execute(query.execution_options(yield_per=20_000)):
            yield uid, "account", f"{platform or ''}:{author}"

    def pivot_occurrences(self, types: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """Distinct (record uid, selector type, value) for the given selector types.

        Read in primary-key order and filtered here: a DISTINCT ... WHERE type IN (...) made SQLite sort
        every occurrence in a temporary B-tree (25 s for 1.6M occurrences, against 2 s for this scan)."""
        wanted = frozenset(types)
        query = select(occurrences.c.record_uid, occurrences.c.type, occurrences.c.value).order_by(
            occurrences.c.record_uid, occurrences.c.type, occurrences.c.value
        )
        last = None
        for row in self.conn.execute(query.execution_options(yield_per=20_000)):
            key = tuple(row)
            if key != last and key[1] in wanted:
                yield key
            last = key

    def minhashes(self) -> Iterator[tuple[str, bytes, bytes]]:
        """(uid, LSH band keys, MinHash signature) of every record that has them, streamed."""
        query = select(minhashes.c.record_uid, minhashes.c.bands, minhashes.c.signature)
        yield from self.conn.execute(query.execution_options(yield_per=20_000))  # type: ignore[misc]


def in_text_order(hits: Any) -> list[dict[str, Any]]:
    return sorted(parse_json(hits) or [], key=lambda h: (h["start"], h["indicator"]))
