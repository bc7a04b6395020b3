"""The audit trail the command line writes: each search, view, export, import, match, run and link, signed
by the user running the command."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from click.testing import CliRunner

from himaya.cli import cli

POSTS = [
    {"id": "p1", "text": "Room to rent near the station, call +1 201 555 0123"},
    {"id": "p2", "text": "Cheap flat in the centre, ring +1 201 555 0123 after six"},
]


def _audit(runner: CliRunner, db: str, *args: str) -> list[dict]:
    result = runner.invoke(cli, ["audit", "--db", db, "--json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_each_command_leaves_its_entry(tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text("".join(json.dumps(p) + "\n" for p in POSTS), encoding="utf-8")
    listed = tmp_path / "list.txt"
    listed.write_text("0" * 32 + "\n")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    steps = [
        ["hashlist", "import", str(listed), "--name", "partner"],
        ["run", str(posts), "--quiet"],
        ["search", "(201) 555-0123", "--country", "US"],
        ["export", "records", "--out", str(tmp_path / "records.jsonl")],
        ["series"],
        ["hashlist", "remove", "partner"],
    ]
    for args in steps:
        result = runner.invoke(cli, [*args, "--db", db])
        assert result.exit_code == 0, (args, result.output)
    (network,) = [
        json.loads(line) for line in runner.invoke(cli, ["networks", "--db", db, "--json"]).stdout.splitlines()
    ]
    assert runner.invoke(cli, ["show", "network", network["id"], "--db", db]).exit_code == 0

    entries = _audit(runner, db)
    assert [e["action"] for e in entries] == [
        "show.network", "networks", "hashlist.remove", "series", "export.records", "search", "link", "match", "run",
        "hashlist.import",
    ]  # fmt: skip
    assert {e["actor"] for e in entries} == {f"cli:{getpass.getuser()}"}
    by_action = {e["action"]: e for e in entries}
    assert by_action["search"]["target"] == "(201) 555-0123"
    assert by_action["search"]["details"] == {"selectors": ["phone:+12015550123"], "records": 2}
    assert (by_action["show.network"]["target"], by_action["show.network"]["details"]) == (
        network["id"],
        {"members": 2},
    )
    assert by_action["export.records"]["details"] == {"records": 2}
    assert by_action["networks"]["details"] == {"listed": 1, "limit": 50, "min_size": 2}
    assert by_action["series"]["details"] == {"found": 0, "radius": 31, "min_images": 2}
    assert by_action["hashlist.import"]["details"]["added"] == 1 and by_action["hashlist.remove"]["target"] == "partner"
    assert by_action["run"]["details"]["new"] == 2 and by_action["link"]["details"]["networks"] == 1
    assert all(e["at"].endswith("+00:00") for e in entries)
    assert [e["action"] for e in _audit(runner, db, "--action", "search")] == ["search"]
    assert len(_audit(runner, db, "--limit", "2")) == 2
    table = runner.invoke(cli, ["audit", "--db", db])
    assert table.exit_code == 0 and "hashlist.import" in table.stdout
