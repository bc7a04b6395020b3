"""Hash lists in the store and through `himaya hashlist`: import, re-import of a newer version, export, remove."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.factories import import_list

from himaya.cli import cli
from himaya.errors import UsageError
from himaya.images.lists import HashEntry, get
from himaya.store import Store

LISTS = Path(__file__).parent / "data" / "images" / "lists"
MD5 = "0123456789abcdef0123456789abcdef"
PDQ = "f" * 32 + "0" * 32


def test_a_newer_version_adds_retracts_and_changes(store: Store) -> None:
    first = [
        HashEntry("md5", MD5, category="known_abuse", series="Series-Example-01"),
        HashEntry("pdq", PDQ, quality=92),
    ]
    done = import_list(store, "partner", first, "v1.txt", "2026-11-01T00:00:00Z")
    assert (done.first, done.added, done.retracted, done.changed, done.entries) == (True, 2, 0, 0, 2)
    second = [
        HashEntry("md5", MD5, category="known_abuse", series="Series-Example-01", victim_identified=True),
        HashEntry("sha1", "ab" * 20),
    ]
    done = import_list(store, "partner", second, "v2.txt", "2026-11-02T00:00:00Z")
    assert (done.first, done.added, done.retracted, done.changed, done.entries) == (False, 1, 1, 1, 2)
    with store.transaction(actor="test") as tx:
        stored = {e.key: e for e in tx.hashlists.entries("partner")}
        assert set(stored) == {("md5", MD5), ("sha1", "ab" * 20)}
        assert stored[("md5", MD5)].victim_identified is True
        (row,) = tx.hashlists.all()
        assert (row.name, row.entries, row.source, row.imported_at) == ("partner", 2, "v2.txt", "2026-11-01T00:00:00Z")
        assert tx.hashlists.remove("partner") == 2
        assert tx.hashlists.all() == []
        with pytest.raises(UsageError, match="no hash list"):
            tx.hashlists.remove("partner")


def test_entries_round_trip_through_the_store(store: Store) -> None:
    entries = [e for e in get("vics").read(LISTS / "vics.json") if isinstance(e, HashEntry)]
    with store.transaction(actor="test") as tx:
        tx.hashlists.import_list("vics", "vics", "vics.json", entries, "2026-11-01T00:00:00Z")
        assert sorted(tx.hashlists.entries("vics"), key=lambda e: e.key) == sorted(entries, key=lambda e: e.key)


def test_hashlist_commands_end_to_end(tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["hashlist", "import", str(LISTS / "icse_bad.csv"), "--name", "icse", "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout and "4 bad rows skipped" in result.stdout
    assert "line 3" in result.stderr  # bad rows are named with their line
    result = runner.invoke(cli, ["hashlist", "import", str(LISTS / "vics.json"), "--name", "known", "--db", db])
    assert result.exit_code == 0 and "7 added" in result.stdout
    out = tmp_path / "known.txt"
    result = runner.invoke(
        cli, ["hashlist", "export", "--name", "known", "--db", db, "--format", "plain", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    exported = [e for e in get("plain").read(out) if isinstance(e, HashEntry)]
    assert {e.key for e in exported} == {
        e.key for e in get("vics").read(LISTS / "vics.json") if isinstance(e, HashEntry)
    }
    result = runner.invoke(cli, ["hashlist", "list", "--db", db, "--json"])
    assert [line.split('"name": ')[1].split(",")[0] for line in result.stdout.splitlines()] == ['"icse"', '"known"']
    assert runner.invoke(cli, ["hashlist", "remove", "icse", "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["hashlist", "remove", "icse", "--db", db]).exit_code == 2
