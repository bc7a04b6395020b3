"""Storage: the same behaviour on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import inspect
from tests.factories import analysis, record

from himaya.model import Problem
from himaya.store import Store
from himaya.store.schema import metadata


def test_write_batch_is_idempotent(store: Store) -> None:
    rec = record("1", "call now +12015550123 for work abroad")
    an = analysis(rec, [("phone", "+12015550123")], risk=0.7, typology="forced_labour")
    with store.transaction(actor="test") as tx:
        run = tx.runs.begin("test", ["x"])
        assert tx.records.write_batch(run, [(rec, an)]) == 1
    with store.transaction(actor="test") as tx:
        assert tx.records.write_batch(run, [(rec, an)]) == 0  # stored once
        counts = tx.records.counts()
        assert counts["records"] == 1
        assert counts["occurrences"] == 1
        assert len(tx.records.hits([rec.uid])[rec.uid]) == 1


def test_problems_are_stored_with_place_and_reason(store: Store) -> None:
    with store.transaction(actor="test") as tx:
        run = tx.runs.begin("test", ["x"])
        tx.records.write_batch(run, [], [Problem("in.jsonl", "line 3", "invalid JSON")])
        rows = tx.records.problems()
    assert [(r.source, r.locator, r.reason, r.run_id) for r in rows] == [("in.jsonl", "line 3", "invalid JSON", run)]


def test_export_follows_the_contract(store: Store) -> None:
    rec = record("a1", "free visa and ticket, contact jobs@mail.example")
    with store.transaction(actor="test") as tx:
        run = tx.runs.begin("test", ["x"])
        tx.records.write_batch(run, [(rec, analysis(rec, [("email", "jobs@mail.example")], 0.8, "forced_labour"))])
        (row,) = list(tx.records.export())
    assert row["id"] == "a1"
    assert row["selectors"] == [{"type": "email", "value": "jobs@mail.example"}]
    assert row["risk"] == 0.8
    assert row["typology"] == "forced_labour"
    assert row["network"] is None
    assert row["reasons"] and "forced_labour" in row["reasons"][0]


def test_search_joins_records(store: Store) -> None:
    recs = [record(str(i), f"ad number {i}") for i in range(3)]
    with store.transaction(actor="test") as tx:
        run = tx.runs.begin("test", ["x"])
        tx.records.write_batch(run, [(r, analysis(r, [("phone", "+447400123456")])) for r in recs[:2]])
        found = tx.records.search([("phone", "+447400123456")])
    assert sorted(f.record_id for f in found) == ["0", "1"]
    assert {(f.type, f.value, f.network_id) for f in found} == {("phone", "+447400123456", None)}


def test_migrations_match_schema(store: Store) -> None:
    inspector = inspect(store.engine)
    for table in metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name


def test_reopen_keeps_data(tmp_path) -> None:
    path = tmp_path / "keep.db"
    with Store.open(path) as s, s.transaction(actor="test") as tx:
        run = tx.runs.begin("test", [])
        rec = record("k", "some text here to keep")
        tx.records.write_batch(run, [(rec, analysis(rec))])
    with Store.open(path) as s, s.transaction(actor="test") as tx:
        assert tx.records.counts()["records"] == 1


def test_row_columns_match_schema() -> None:
    from himaya.store import rows, schema

    for columns, table in (
        (rows.RECORD_COLUMNS, schema.records),
        (rows.OCCURRENCE_COLUMNS, schema.occurrences),
        (rows.MINHASH_COLUMNS, schema.minhashes),
    ):
        assert set(columns) <= {c.name for c in table.columns}, table.name
    # every column without a default is either in the rows or filled by the store
    assert {c.name for c in schema.records.columns} - set(rows.RECORD_COLUMNS) == {"ingested_at", "run_id"}


def test_json_attributes_round_trip(store: Store) -> None:
    rec = record("j", "text with attributes", images=["a.jpg", "b.png"], attrs={"chat": "Group ٣", "n": 2})
    with store.transaction(actor="test") as tx:
        run = tx.runs.begin("test", [])
        tx.records.write_batch(run, [(rec, analysis(rec))])
        (row,) = tx.records.where()
    assert row.images == ["a.jpg", "b.png"]
    assert row.attrs == {"chat": "Group ٣", "n": 2}
    assert row.run_id == run and row.ingested_at.endswith("Z")


def _index_names(store: Store) -> set[str]:
    inspector = inspect(store.engine)
    return {ix["name"] for table in metadata.sorted_tables for ix in inspector.get_indexes(table.name)}


def test_bulk_load_rebuilds_its_indexes_even_when_it_fails(store: Store) -> None:
    declared = {str(ix.name) for table in metadata.sorted_tables for ix in table.indexes}
    assert declared <= _index_names(store)
    with store.transaction(actor="test") as tx:
        run = tx.runs.begin("test", [])
    rec = record("b", "bulk loaded text with +12015550123")
    try:
        with store.bulk_load(expected=100_000) as deferred:
            assert deferred
            assert "ix_occurrences_value" not in _index_names(store)
            with store.transaction(actor="test") as tx:
                tx.records.write_batch(run, [(rec, analysis(rec, [("phone", "+12015550123")]))])
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert declared <= _index_names(store)
    with store.transaction(actor="test") as tx:
        assert tx.records.search([("phone", "+12015550123")])[0].record_id == "b"
    with store.bulk_load(expected=10) as deferred:  # a small load keeps the indexes
        assert not deferred and declared <= _index_names(store)


def test_open_restores_indexes_a_killed_bulk_load_left_dropped(tmp_path) -> None:
    path = tmp_path / "killed.db"
    with Store.open(path) as s:
        with s.engine.begin() as conn:
            conn.exec_driver_sql("DROP INDEX ix_records_risk")
        assert "ix_records_risk" not in _index_names(s)
    with Store.open(path) as s:
        assert "ix_records_risk" in _index_names(s)
