"""The unit of work: one transaction across repositories, the audit trail in it, typed read models.

Run on SQLite and, where a server answers, PostgreSQL (the ``store`` fixture)."""

from __future__ import annotations

import dataclasses
from datetime import UTC

import pytest
from sqlalchemy.exc import ResourceClosedError
from tests.factories import analysis, import_list, record, relink, store_batch

from himaya.images.lists import HashEntry
from himaya.model import Problem
from himaya.store import Store
from himaya.store.models import (
    AuditEntry,
    FoundOccurrence,
    HashListInfo,
    NetworkRow,
    Occurrence,
    ProblemRow,
    RecordRow,
    RunInfo,
    SelectorStat,
)

PHONE = ("phone", "+12015550123")


class Boom(Exception):
    pass


def _counts(store: Store) -> tuple[int, int, int, int]:
    """(records, runs, hash lists, audit entries)."""
    with store.transaction(actor="test") as tx:
        return (
            tx.records.counts()["records"],
            len(tx.runs.all()),
            len(tx.hashlists.all()),
            len(tx.audit.entries()),
        )


def test_a_transaction_across_repositories_is_rolled_back_whole(store: Store) -> None:
    rec = record("1", "call +1 201 555 0123 for a job abroad")
    with pytest.raises(Boom), store.transaction(actor="cli:alice") as tx:
        run = tx.runs.begin("test", ["in.jsonl"])
        assert tx.records.write_batch(run, [(rec, analysis(rec, [PHONE]))], [Problem("in.jsonl", "2", "bad")]) == 1
        tx.hashlists.import_list("partner", "plain", "p.txt", [HashEntry("md5", "0" * 32)], "2026-12-01T00:00:00Z")
        tx.audit.record("hashlist.import", "partner", entries=1)
        assert tx.records.counts()["records"] == 1  # the transaction sees its own writes
        assert [e.action for e in tx.audit.entries()] == ["hashlist.import"]
        raise Boom
    assert _counts(store) == (0, 0, 0, 0)
    with store.transaction(actor="test") as tx:
        assert tx.records.problems() == [] and tx.records.search([PHONE]) == []


def test_the_audit_entry_is_kept_with_the_change_it_records(store: Store) -> None:
    with store.transaction(actor="cli:alice") as tx:
        done = tx.hashlists.import_list("partner", "plain", "p.txt", [HashEntry("md5", "1" * 32)], "2026-12-01")
        tx.audit.record("hashlist.import", "partner", entries=done.entries, added=done.added)
    with store.transaction(actor="cli:bob") as tx:
        gone = tx.hashlists.remove("partner")
        tx.audit.record("hashlist.remove", "partner", entries=gone)
    with store.transaction(actor="test") as tx:
        newest, oldest = tx.audit.entries()
        assert tx.hashlists.all() == []
        assert [e.action for e in tx.audit.entries(actor="cli:alice")] == ["hashlist.import"]
        assert [e.actor for e in tx.audit.entries(action="hashlist.remove")] == ["cli:bob"]
    assert isinstance(oldest, AuditEntry) and dataclasses.is_dataclass(oldest)
    assert (oldest.actor, oldest.action, oldest.target, oldest.details) == (
        "cli:alice", "hashlist.import", "partner", {"entries": 1, "added": 1}
    )  # fmt: skip
    assert (newest.actor, newest.details) == ("cli:bob", {"entries": 1})
    assert oldest.at.tzinfo is not None and oldest.at.utcoffset() == UTC.utcoffset(None)
    assert oldest.id < newest.id and oldest.at <= newest.at


def test_reads_return_frozen_typed_rows(store: Store) -> None:
    recs = [record(f"r{i}", f"room to rent, call +1 201 555 0123, ad {i}", country="US") for i in range(2)]
    run = store_batch(store, [(r, analysis(r, [PHONE], 0.6, "forced_labour", near_dup=False)) for r in recs])
    with store.transaction(actor="test") as tx:
        tx.records.write_batch(run, [], [Problem("in.jsonl", "line 9", "invalid JSON")])
    import_list(store, "partner", [HashEntry("md5", "2" * 32)])
    relink(store)
    with store.transaction(actor="test") as tx:
        (network,) = tx.networks.ranked()
        members = tx.records.where(network_id=network.id)
        occurrences = tx.records.occurrences([m.uid for m in members])
        found = tx.records.search([PHONE])
        (stat,) = tx.networks.selector_stats([PHONE])
        (run_info,) = tx.runs.all()
        (problem,) = tx.records.problems()
        (listed,) = tx.hashlists.all()
    assert isinstance(network, NetworkRow) and network.size == 2 and network.typology == "forced_labour"
    with pytest.raises(ResourceClosedError):  # the block is over: its connection went with it
        tx.networks.get(network.id)
    assert all(isinstance(m, RecordRow) and m.network_id == network.id for m in members)
    assert {type(o) for os in occurrences.values() for o in os} == {Occurrence}
    assert all(isinstance(f, FoundOccurrence) and f.network_id == network.id for f in found)
    assert isinstance(stat, SelectorStat) and stat.records == 2 and not stat.hub
    assert isinstance(run_info, RunInfo) and run_info.id == run and run_info.status == "running"
    assert isinstance(problem, ProblemRow) and (problem.locator, problem.run_id) == ("line 9", run)
    assert isinstance(listed, HashListInfo) and (listed.name, listed.entries) == ("partner", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        network.risk = 1.0  # type: ignore[misc]


def test_streamed_reads_happen_inside_the_transaction(store: Store) -> None:
    store_batch(store, [(r, analysis(r)) for r in (record(f"s{i}", f"text number {i}") for i in range(3))])
    with store.transaction(actor="cli:alice") as tx:
        exported = [row["id"] for row in tx.records.export()]
        tx.audit.record("export.records", "-", records=len(exported))
    assert sorted(exported) == ["s0", "s1", "s2"]
    with store.transaction(actor="test") as tx:
        (entry,) = tx.audit.entries()
    assert entry.details == {"records": 3}


def test_the_store_keeps_only_opening_transactions_schema_and_bulk_loads() -> None:
    public = {name for name in dir(Store) if not name.startswith("_")}
    assert public == {
        "open", "close", "transaction", "schema", "upgrade", "ensure_indexes", "bulk_load", "drop_all"
    }  # fmt: skip
