"""The streamed hash-list import (himaya.store.listimport): the diff in SQL on SQLite and PostgreSQL agrees with
the pure ``himaya.images.lists.diff``, and a re-import writes only what changed."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterable, Iterator

import pytest
from sqlalchemy import text

from himaya.images.lists import HashEntry, diff
from himaya.store import Store, listimport
from himaya.store.listimport import entry_rows, import_list
from himaya.store.models import HashListInfo

NOW = "2026-12-01T00:00:00Z"


def pdq(n: int) -> str:
    return f"{n:064x}"


def stored(store: Store, name: str = "l") -> dict[tuple[str, str], HashEntry]:
    with store.transaction(actor="test") as tx:
        return {e.key: e for e in tx.hashlists.entries(name)}


def import_version(
    store: Store, name: str, fmt: str, source: str, entries: Iterable[HashEntry], now: str
) -> listimport.ListImport:
    """One import through the hash-list repository, in a transaction of its own."""
    with store.transaction(actor="test") as tx:
        return tx.hashlists.import_list(name, fmt, source, entries, now)


def lists(store: Store) -> list[HashListInfo]:
    with store.transaction(actor="test") as tx:
        return tx.hashlists.all()


def row_ids(store: Store) -> dict[tuple[str, str], str]:
    """Where each stored entry physically is (SQLite rowid, PostgreSQL ctid): a rewritten row moves."""
    where = "rowid" if store.dialect == "sqlite" else "ctid::text"
    with store.engine.connect() as conn:
        return {(k, v): str(at) for k, v, at in conn.execute(text(f"SELECT kind, value, {where} FROM hash_entries"))}


def test_duplicates_in_one_version_the_last_one_counts(store: Store) -> None:
    entries = [HashEntry("pdq", pdq(1), quality=10), HashEntry("md5", "a" * 32), HashEntry("pdq", pdq(1), quality=20)]
    done = import_version(store, "l", "plain", "v1", entries, NOW)
    assert (done.added, done.entries) == (2, 2)
    assert stored(store)[("pdq", pdq(1))].quality == 20
    again = [HashEntry("pdq", pdq(1), quality=30), HashEntry("pdq", pdq(1), quality=20), HashEntry("md5", "a" * 32)]
    done = import_version(store, "l", "plain", "v2", again, NOW)
    assert (done.added, done.retracted, done.changed, done.entries) == (0, 0, 0, 2)
    assert lists(store)[0].entries == 2


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ({}, {"category": "known_abuse"}),  # NULL -> value
        ({"category": "known_abuse"}, {}),  # value -> NULL
        ({"victim_identified": False}, {"victim_identified": True}),
        ({"victim_identified": None}, {"victim_identified": False}),
        ({"quality": 80}, {"quality": 81}),
        ({"attrs": {"tags": ["a"]}}, {"attrs": {"tags": ["a", "b"]}}),
        ({}, {"attrs": {"collab": "partner"}}),
        ({"attrs": {"collab": "partner"}}, {}),
        ({"last_seen": "2026-01-01"}, {"last_seen": "2026-01-02"}),
    ],
)
def test_a_field_that_moves_is_a_change(store: Store, before: dict, after: dict) -> None:
    other = HashEntry("sha1", "b" * 40, series="S")
    import_version(store, "l", "plain", "v1", [HashEntry("pdq", pdq(7), **before), other], NOW)
    ids = row_ids(store)
    done = import_version(store, "l", "plain", "v2", [HashEntry("pdq", pdq(7), **after), other], NOW)
    assert (done.added, done.retracted, done.changed, done.entries) == (0, 0, 1, 2)
    assert stored(store)[("pdq", pdq(7))] == HashEntry("pdq", pdq(7), **after)
    moved = {key for key, at in row_ids(store).items() if ids.get(key) != at}
    assert moved == {("pdq", pdq(7))}  # the unchanged entry was not rewritten


def test_same_fields_and_nulls_are_no_change_and_no_write(store: Store) -> None:
    entries = [
        HashEntry("pdq", pdq(1)),
        HashEntry("pdq", pdq(2), quality=90, category="known_abuse", victim_identified=False, attrs={"a": [1, 2]}),
        HashEntry("md5", "c" * 32, series="S", tlp="amber", entry_id="9", group="row 1", attrs={"x": {"y": None}}),
    ]
    import_version(store, "l", "plain", "v1", entries, NOW)
    ids = row_ids(store)
    moved = [dataclasses.replace(e, group="elsewhere") for e in entries]  # group is not list content
    done = import_version(store, "l", "plain", "v2", reversed(moved), "2026-12-02T00:00:00Z")
    assert (done.first, done.added, done.retracted, done.changed, done.entries) == (False, 0, 0, 0, 3)
    assert row_ids(store) == ids
    assert stored(store)[("md5", "c" * 32)].group == "row 1"
    assert lists(store)[0].updated_at == "2026-12-02T00:00:00Z"


def test_retract_all_then_import_again(store: Store) -> None:
    entries = [HashEntry("pdq", pdq(n)) for n in range(5)]
    import_version(store, "l", "plain", "v1", entries, NOW)
    done = import_version(store, "l", "plain", "v2", [], NOW)
    assert (done.added, done.retracted, done.changed, done.entries) == (0, 5, 0, 0)
    assert stored(store) == {}
    assert lists(store)[0].entries == 0
    done = import_version(store, "l", "plain", "v3", entries[:2], NOW)
    assert (done.first, done.added, done.retracted, done.entries) == (False, 2, 0, 2)


def test_lists_are_apart(store: Store) -> None:
    shared = HashEntry("pdq", pdq(3), category="known_abuse")
    import_version(store, "a", "plain", "a", [shared], NOW)
    import_version(store, "b", "plain", "b", [dataclasses.replace(shared, category=None)], NOW)
    done = import_version(store, "a", "plain", "a2", [], NOW)
    assert done.retracted == 1
    assert stored(store, "b") == {shared.key: dataclasses.replace(shared, category=None)}


def test_an_interrupted_import_leaves_the_old_version_whole(store: Store) -> None:
    entries = [HashEntry("pdq", pdq(n), quality=50) for n in range(10)]
    import_version(store, "l", "plain", "v1", entries, NOW)

    def broken() -> Iterator[HashEntry]:
        yield HashEntry("pdq", pdq(100))
        raise RuntimeError("the file went away")

    with pytest.raises(RuntimeError, match="went away"):
        import_version(store, "l", "plain", "v2", broken(), NOW)
    assert stored(store) == {e.key: e for e in entries}
    assert lists(store)[0].source == "v1"
    done = import_version(store, "l", "plain", "v3", entries[:9], NOW)  # the staging tables were cleared
    assert (done.retracted, done.entries) == (1, 9)


def test_the_sql_diff_agrees_with_the_pure_one(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listimport, "CHUNK", 7)  # several chunks of staged rows
    rng = random.Random(8)

    def version(keys: range) -> list[HashEntry]:
        return [
            HashEntry(
                "pdq",
                pdq(rng.choice(keys)),
                quality=rng.choice([None, 50, 90]),
                category=rng.choice([None, "known_abuse"]),
                victim_identified=rng.choice([None, True, False]),
                group=rng.choice([None, "g1", "g2"]),
                attrs=rng.choice([{}, {"t": 1}, {"t": 2}]),
            )
            for _ in range(60)
        ]

    old, new = version(range(40)), version(range(20, 60))
    import_version(store, "l", "plain", "v1", old, NOW)
    before = {e.key: e for e in old}
    after = {e.key: e for e in new}
    added, retracted, changed = diff(before.values(), after.values())
    done = import_version(store, "l", "plain", "v2", new, NOW)
    assert (done.added, done.retracted, done.changed, done.entries) == (
        len(added), len(retracted), len(changed), len(after)
    )  # fmt: skip
    kept = {key: before[key] for key in after if key in before and key not in {b.key for b, _ in changed}}
    assert stored(store) == after | kept  # unchanged entries keep the group they were stored with


def test_import_list_runs_in_the_callers_transaction(store: Store) -> None:
    with store.engine.begin() as conn:
        done = import_list(conn, store.dialect, "l", "plain", "v1", [HashEntry("pdq", pdq(1))], NOW)
        assert done.first and done.entries == 1
        conn.rollback()
    assert lists(store) == []


def test_entry_rows_are_chunked_tuples_with_a_sequence() -> None:
    entries = [HashEntry("pdq", pdq(n), attrs={"n": n} if n else {}) for n in range(5)]
    chunks = list(entry_rows(entries, 2))
    assert [len(c) for c in chunks] == [2, 2, 1]
    rows = [row for chunk in chunks for row in chunk]
    assert [row[-1] for row in rows] == list(range(5))
    assert rows[0][-2] is None and rows[1][-2] == '{"n": 1}'
