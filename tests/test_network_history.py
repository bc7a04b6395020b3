"""What the link stage stores beside networks: related networks, ties, the history of network ids and the
strength of links; read back through the repositories, ``himaya.app.network`` and the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from tests.factories import analysis, record, store_batch

from himaya import app
from himaya.cli import cli
from himaya.link.inputs import LinkInputs
from himaya.store import Store
from himaya.store import ties as ties_module
from himaya.store.ties import TieTuple

ACTOR = "test:alice"


def _network(nid: str, size: int) -> dict[str, object]:
    return {"id": nid, "size": size, "risk": 0.5, "typology": None, "typologies": {}, "countries": {},
            "key_selectors": [["phone", "+12015550123", size]], "first_seen": None, "last_seen": None}  # fmt: skip


def _store_two_networks(
    store: Store, *, ties: Iterable[TieTuple] = (), history: list[dict[str, object]] | None = None
) -> None:
    posts = [record(f"p{i}", f"room to rent, call +1 201 555 0123 ad {i}") for i in range(4)]
    store_batch(store, [(p, analysis(p, [("phone", "+12015550123")], near_dup=False)) for p in posts])
    uids = [p.uid for p in posts]
    with store.transaction(actor="test") as tx:
        tx.networks.replace(
            [_network("Nalpha", 2), _network("Nbeta", 2)],
            [(uids[0], "Nalpha"), (uids[1], "Nalpha"), (uids[2], "Nbeta"), (uids[3], "Nbeta")],
            [{"network_id": "Nalpha", "record_uid": uids[0], "kind": "selector", "key": "phone:+1", "strength": 0.9}],
            [],
            relations=[
                {
                    "network_a": "Nalpha",
                    "network_b": "Nbeta",
                    "kind": "text",
                    "key": "text:abc",
                    "records_a": 2,
                    "records_b": 1,
                    "strength": 0.4,
                    "example_a": uids[0],
                    "example_b": uids[2],
                },
                {
                    "network_a": "Nalpha",
                    "network_b": "Ngamma",
                    "kind": "handle-name",
                    "key": "handle:rosa",
                    "records_a": 1,
                    "records_b": 3,
                    "strength": 0.7,
                    "example_a": uids[1],
                    "example_b": None,
                },
            ],
            ties=ties,
            history=history or [],
        )


def test_relations_are_read_from_either_side_strongest_first(store: Store) -> None:
    _store_two_networks(store)
    with store.transaction(actor="test") as tx:
        alpha = tx.networks.related("Nalpha")
        beta = tx.networks.related("Nbeta")
        counts = tx.networks.related_counts(["Nalpha", "Nbeta", "Nnone"])
        strengths = [s for (s,) in tx.conn.exec_driver_sql("SELECT strength FROM links")]
    assert [(r.other, r.kind, r.records_here, r.records_there) for r in alpha] == [
        ("Ngamma", "handle-name", 1, 3),
        ("Nbeta", "text", 2, 1),
    ]
    (back,) = beta
    assert (back.other, back.records_here, back.records_there, back.strength) == ("Nalpha", 1, 2, 0.4)
    assert back.example_here != back.example_there and back.example_here is not None
    assert counts == {"Nalpha": 2, "Nbeta": 1}
    assert strengths == [0.9]


def test_ties_stream_in_chunks_and_are_read_by_record_and_by_key(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ties_module, "_WRITE_CHUNK", 3)
    consumed: list[int] = []

    def stream() -> Iterator[TieTuple]:  # a generator: the store must not need a list
        for i in range(10):
            consumed.append(i)
            yield (f"u{i % 5}", f"phone:+{i // 5}", "selector", 0.5 + i / 100, i == 9)

    _store_two_networks(store, ties=stream())
    with store.transaction(actor="test") as tx:
        by_record = tx.ties.of_records(["u1", "u4", "unknown"])
        by_key = tx.ties.of_keys(["phone:+1"])
    assert consumed == list(range(10))
    assert [(t.record_uid, t.key) for t in by_record] == [("u1", "phone:+0"), ("u1", "phone:+1"),
                                                         ("u4", "phone:+0"), ("u4", "phone:+1")]  # fmt: skip
    assert [t.record_uid for t in by_key] == [f"u{i}" for i in range(5)]
    assert [t.hub for t in by_key] == [False] * 4 + [True] and by_key[0].strength == pytest.approx(0.55)


def test_memberships_and_history_are_kept_history_appended(store: Store) -> None:
    _store_two_networks(store, history=[{"old_id": "Nold", "new_id": "Nalpha", "records": 2}])
    later = [{"old_id": "Nold2", "new_id": None, "records": 1}]
    with store.transaction(actor="test") as tx:
        members = sorted(tx.networks.memberships())
        tx.networks.replace([], [], [], [], history=later)
        gone = list(tx.networks.memberships())
        old = tx.networks.history("Nold")
        old2 = tx.networks.history("Nold2")
    assert sorted(nid for _, nid in members) == ["Nalpha", "Nalpha", "Nbeta", "Nbeta"]
    assert gone == []
    assert [(h.new_id, h.records) for h in old] == [("Nalpha", 2)] and old[0].at.tzinfo is not None
    assert [(h.new_id, h.records) for h in old2] == [(None, 1)]


def test_link_inputs_carry_the_last_links_networks() -> None:
    facts = [(uid, 0.1, None, None, None, None) for uid in ("a", "b", "c")]
    inputs = LinkInputs.from_rows(facts, previous=[("c", "N2"), ("gone", "N9"), ("a", "N1"), ("b", "N2")])
    assert inputs.previous_ids == ["N2", "N1"]  # first seen first; "gone" is no stored record
    assert inputs.previous.tolist() == [1, 0, 0]
    assert inputs.previous.dtype == np.int32
    assert LinkInputs.from_rows(facts).previous.tolist() == [-1, -1, -1]


def test_show_network_lists_related_networks_and_an_old_id_says_where_its_records_went(
    tmp_path: Path,
) -> None:
    db = tmp_path / "case.db"
    with Store.open(db) as store:
        _store_two_networks(
            store,
            history=[
                {"old_id": "Nold", "new_id": "Nalpha", "records": 10},
                {"old_id": "Nold", "new_id": None, "records": 2},
            ],
        )
        detail = app.network(store, "Nalpha", actor=ACTOR)
        moved = app.network(store, "Nold", actor=ACTOR)
        assert app.network(store, "Nunknown", actor=ACTOR) is None
        entries = [(e.target, e.details) for e in app.audit_trail(store, action="show.network", actor=ACTOR)]
    assert detail is not None and [r["other"] for r in detail["related"]] == ["Ngamma", "Nbeta"]
    assert moved is not None and moved["network"] is None and len(moved["history"]) == 2
    assert entries[:2] == [("Nold", {"members": 0, "gone": True}), ("Nalpha", {"members": 2})]

    runner = CliRunner()
    result = runner.invoke(cli, ["show", "network", "Nold", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Nold no longer exists: on 20" in result.output
    assert "its 12 records went to Nalpha (10), to no network (2)" in result.output
    assert runner.invoke(cli, ["show", "network", "Nunknown", "--db", str(db)]).exit_code == 2
    shown = runner.invoke(cli, ["show", "network", "Nalpha", "--db", str(db)])
    assert shown.exit_code == 0 and "related networks" in shown.output
    assert "handle:rosa" in shown.output and "Ngamma" in shown.output
    as_json = json.loads(runner.invoke(cli, ["show", "network", "Nalpha", "--db", str(db), "--json"]).output)
    assert [(r["other"], r["records_here"], r["records_there"]) for r in as_json["related"]] == [
        ("Ngamma", 1, 3),
        ("Nbeta", 2, 1),
    ]
    listed = [
        json.loads(line)
        for line in runner.invoke(cli, ["networks", "--db", str(db), "--json"]).output.split("\n")
        if line
    ]
    assert {row["id"]: row["related"] for row in listed} == {"Nalpha": 2, "Nbeta": 1}
    table = runner.invoke(cli, ["networks", "--db", str(db)], env={"COLUMNS": "200"})
    assert "related" in table.output


def test_upgrade_from_0003_keeps_links_and_adds_the_new_tables(store: Store) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    _store_two_networks(store)
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parents[1] / "src/himaya/store/migrations"))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003_audit")
    assert not {"relations", "ties", "network_history"} & set(inspect(store.engine).get_table_names())
    assert store.schema().older
    store.upgrade()
    assert store.schema().up_to_date
    assert {"relations", "ties", "network_history"} <= set(inspect(store.engine).get_table_names())
    with store.transaction(actor="test") as tx:
        assert [(s,) for (s,) in tx.conn.exec_driver_sql("SELECT strength FROM links")] == [(None,)]
        assert sorted(nid for _, nid in tx.networks.memberships()) == ["Nalpha", "Nalpha", "Nbeta", "Nbeta"]
        assert tx.networks.related("Nalpha") == [] and tx.networks.history("Nold") == []
    result = CliRunner().invoke(cli, ["db", "status", "--db", store.where])
    assert result.exit_code == 0 and "up to date" in result.output and "0004_network_ids" in result.output
