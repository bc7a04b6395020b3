"""``himaya explain`` end to end: a small corpus of two rival networks that post one template, and an
unrelated pair; strong chains, a weak chain with its shared wording, unrelated records, unknown ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from himaya.cli import cli

TEMPLATE = (
    "Hiring now for hotel work abroad, good salary paid every month, flights and housing arranged by the agency, "
    "no experience needed, start next week, send your passport copy to apply today"
)
POSTS = [
    {"id": "x1", "text": f"{TEMPLATE}. Call +1 201 555 0123"},
    {"id": "x2", "text": "Cleaning jobs in the city, evening shifts, call +1 201 555 0123 or write boss@jobs.example"},
    {"id": "x3", "text": "Warehouse staff wanted, weekly pay in cash, write to boss@jobs.example"},
    {"id": "y1", "text": f"{TEMPLATE}. Call +1 201 555 0177"},
    {"id": "y2", "text": "Farm work for the season, transport provided, ring +1 201 555 0177"},
    {"id": "z1", "text": "Room to rent near the station, call +1 201 555 0188"},
    {"id": "z2", "text": "Cheap flat in the centre, ring +1 201 555 0188 after six"},
]


def write_corpus(folder: Path) -> Path:
    posts = folder / "posts.jsonl"
    posts.write_text("".join(json.dumps(p) + "\n" for p in POSTS), encoding="utf-8")
    return posts


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("explain")
    path = str(folder / "case.db")
    result = CliRunner().invoke(cli, ["run", str(write_corpus(folder)), "--db", path, "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return path


def _explain(db: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["explain", *args, "--db", db])
    return result.exit_code, result.output


def _json(db: str, a: str, b: str) -> dict:
    code, out = _explain(db, a, b, "--json")
    assert code == 0, out
    return json.loads(out)


def _networks(db: str) -> dict[str, str]:
    """Record id -> network id."""
    out = CliRunner().invoke(cli, ["export", "records", "--db", db]).output
    return {r["id"]: r["network"] for r in map(json.loads, out.splitlines())}


def test_the_corpus_makes_three_networks(db: str) -> None:
    nets = _networks(db)
    assert nets["x1"] == nets["x2"] == nets["x3"] != nets["y1"] == nets["y2"] != nets["z1"] == nets["z2"]
    assert nets["x1"] != nets["z1"] and None not in nets.values()


def test_a_strong_chain(db: str) -> None:
    found = _json(db, "x1", "x3")
    assert found["found"] and [r["id"] for r in found["records"]] == ["x1", "x2", "x3"]
    assert [(t["key"], t["strong"], t["strength"]) for t in found["ties"]] == [
        ("phone:+12015550123", True, 1.0),
        ("email:boss@jobs.example", True, 1.0),
    ]
    code, text = _explain(db, "x1", "x3")
    assert code == 0
    assert "x1 -[phone +12015550123, strong 1.0]- x2 -[email boss@jobs.example, strong 1.0]- x3" in text


def test_a_weak_chain_shows_the_shared_wording(db: str) -> None:
    found = _json(db, "x3", "y2")
    assert [r["id"] for r in found["records"]] == ["x3", "x2", "x1", "y1", "y2"]
    kinds = [(t["kind"], t["strong"]) for t in found["ties"]]
    assert kinds == [("selector", True), ("selector", True), ("text", False), ("selector", True)]
    wording = found["ties"][2]
    assert wording["strength"] == 0.5 and wording["phrase"] and wording["phrase"] in TEMPLATE
    assert len(wording["phrase"].split()) == 20  # the whole template is shared; the phrase stops at 20 words
    assert found["cost"] == pytest.approx(5.0)
    code, text = _explain(db, "x3", "y2")
    assert code == 0 and "near-duplicate wording text:" in text and "weak 0.5" in text
    assert f'x1 and y1 share the wording "{wording["phrase"]}"' in text


def test_networks_as_ends(db: str) -> None:
    nets = _networks(db)
    found = _json(db, nets["x1"], nets["y1"])
    assert found["a"]["kind"] == found["b"]["kind"] == "network" and found["a"]["records"] == 3
    assert [r["id"] for r in found["records"]] == ["x1", "y1"] and found["ties"][0]["kind"] == "text"
    inside = _json(db, nets["x1"], "x2")  # a member of the network: on both sides
    assert inside["found"] and inside["ties"] == [] and [r["id"] for r in inside["records"]] == ["x2"]


def test_unrelated(db: str) -> None:
    found = _json(db, "x1", "z1")
    assert not found["found"] and not found["limited"] and found["records"] == [] and found["visited"] >= 2
    code, text = _explain(db, "z2", "y2")
    assert code == 0 and "unrelated" in text


def test_an_unknown_id_is_a_usage_error(db: str) -> None:
    code, out = _explain(db, "x1", "nope")
    assert code == 2 and "no record or network 'nope'" in out


def test_explain_is_audited(db: str) -> None:
    _explain(db, "x1", "x3")
    out = CliRunner().invoke(cli, ["audit", "--db", db, "--json", "--action", "explain", "--limit", "1"]).output
    (entry,) = [json.loads(line) for line in out.splitlines()]
    assert entry["target"] == "x1 x3" and entry["details"]["found"] and entry["details"]["hops"] == 2
