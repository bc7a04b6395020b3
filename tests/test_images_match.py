"""Matching images against stored hash lists: digests exactly, PDQ within the radius, the quality floor."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from click.testing import CliRunner
from tests.factories import import_list

from himaya.cli import cli
from himaya.images.lists import HashEntry
from himaya.images.match import ListIndex
from himaya.store import Store, Transaction

FIXTURES = Path(__file__).parent / "data" / "images" / "pdq-reference"
RGB_PDQ = "fb4eed46cb8a6c78819ca06b756c541f7b07ef6d02c82fccd00f862166272cda"


def _flip(hex_hash: str, bits: int) -> str:
    return f"{int(hex_hash, 16) ^ ((1 << bits) - 1):064x}"


def _lists(tx: Transaction, **lists: list[HashEntry]) -> ListIndex:
    for name, entries in lists.items():
        tx.hashlists.import_list(name, "plain", f"{name}.txt", entries, "2026-11-26T00:00:00Z")
    return ListIndex(tx.hashlists)


def test_pdq_matches_within_the_radius_only(store: Store) -> None:
    with store.transaction(actor="test") as tx:
        index = _lists(
            tx,
            known=[
                HashEntry("pdq", _flip(RGB_PDQ, 31), category="known_abuse", series="S1"),
                HashEntry("pdq", _flip(RGB_PDQ, 32)),
            ],
            other=[HashEntry("pdq", _flip(RGB_PDQ, 31))],
        )
        found = [(m.list, m.hash, m.distance, m.category, m.series) for m in index.match_pdq([RGB_PDQ])]
        wider = [m.distance for m in index.match_pdq([RGB_PDQ], radius=32)]
    assert found == [
        ("known", _flip(RGB_PDQ, 31), 31, "known_abuse", "S1"),
        ("other", _flip(RGB_PDQ, 31), 31, None, None),
    ]
    assert wider == [31, 31, 32]


def test_an_image_matches_by_digest_and_by_pdq_above_the_quality_floor(store: Store) -> None:
    md5 = "0123456789abcdef0123456789abcdef"
    image = {"md5": md5, "sha1": "x", "sha256": "y", "pdq": RGB_PDQ, "pdq_quality": 90}
    with store.transaction(actor="test") as tx:
        index = _lists(tx, a=[HashEntry("md5", md5)], b=[HashEntry("pdq", RGB_PDQ)])
        assert sorted((m.list, m.kind) for m in index.match_image(image)) == [("a", "md5"), ("b", "pdq")]
        assert [m.kind for m in index.match_image({**image, "pdq_quality": 49})] == ["md5"]


def test_match_command_on_stored_images_and_on_a_hash_file(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    images = tmp_path / "images"
    images.mkdir()
    for name in ("rgb.jpeg", "LA.png"):
        (images / name).write_bytes((FIXTURES / name).read_bytes())
    la_md5 = hashlib.md5((FIXTURES / "LA.png").read_bytes()).hexdigest()
    with Store.open(db) as store:
        import_list(store, "demo", [HashEntry("pdq", _flip(RGB_PDQ, 5), quality=100), HashEntry("md5", la_md5)])
    runner = CliRunner()
    assert runner.invoke(cli, ["run", str(images), "--db", str(db), "--quiet"]).exit_code == 0
    result = runner.invoke(cli, ["match", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    got = sorted(
        (line["record"], line["kind"], line["distance"]) for line in map(json.loads, result.stdout.splitlines())
    )
    assert got == [("LA.png", "md5", 0), ("rgb.jpeg", "pdq", 5)]

    queries = tmp_path / "queries.txt"
    queries.write_text(f"{RGB_PDQ}\nnot a hash\n{'0' * 64},20\n")
    result = runner.invoke(cli, ["match", "--db", str(db), "--hashes", str(queries), "--json"])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert {k: line[k] for k in ("query", "list", "hash", "distance")} == {
        "query": RGB_PDQ, "list": "demo", "hash": _flip(RGB_PDQ, 5), "distance": 5
    }  # fmt: skip
    assert f"{queries}:2" in result.stderr and f"{queries}:3" in result.stderr


def test_stored_matches_raise_risk_give_a_reason_and_are_undone_on_retraction(tmp_path: Path) -> None:
    from himaya.app.images import match_stored_in as match_stored_images

    images = tmp_path / "images"
    images.mkdir()
    (images / "rgb.jpeg").write_bytes((FIXTURES / "rgb.jpeg").read_bytes())
    db = tmp_path / "r.db"
    runner = CliRunner()
    with Store.open(db) as store:
        known = [HashEntry("pdq", _flip(RGB_PDQ, 3), category="known_abuse", series="Series-Example-01")]
        import_list(store, "known", known, "v1.txt")
    result = runner.invoke(cli, ["run", str(images), "--db", str(db), "--quiet"])
    assert result.exit_code == 0 and "1 matched a hash list" in result.stderr
    with Store.open(db) as store, store.transaction(actor="test") as tx:
        (row,) = list(tx.records.export())
        assert row["risk"] == 0.99 and row["typology"] == "child_sexual_exploitation"
        assert row["reasons"] == ["image.known_hash (+0.99): \u201cknown (pdq, distance 3)\u201d"]
        assert [(m.list, m.distance, m.series) for m in tx.images.matches()] == [("known", 3, "Series-Example-01")]
        match_stored_images(tx)  # matching again changes nothing
        assert next(iter(tx.records.export()))["reasons"] == row["reasons"]
        tx.hashlists.import_list("known", "plain", "v2.txt", [], "2026-11-27T00:00:00Z")  # retracted
        assert match_stored_images(tx).matched == 0
        (after,) = list(tx.records.export())
        assert (after["risk"], after["typology"], after["reasons"]) == (0.0, None, [])
        assert tx.images.matches() == []


def test_match_reads_the_json_lines_of_himaya_hash(tmp_path: Path) -> None:
    db = tmp_path / "j.db"
    with Store.open(db) as store:
        import_list(store, "demo", [HashEntry("pdq", RGB_PDQ)])
    queries = tmp_path / "hashes.jsonl"
    lines = [
        {"path": "a.jpg", "pdq": _flip(RGB_PDQ, 4), "pdq_quality": 90},
        {"path": "flat.jpg", "pdq": RGB_PDQ, "pdq_quality": 0},  # under the quality floor
        {"path": "fake.jpg", "error": "not an image Pillow can read"},
        {"path": "odd.jpg", "pdq": RGB_PDQ, "pdq_quality": 90, "pdq_dihedral": [RGB_PDQ]},  # not 7
    ]
    queries.write_text("".join(json.dumps(line) + "\n" for line in lines) + "{broken\n")
    result = CliRunner().invoke(cli, ["match", "--db", str(db), "--hashes", str(queries), "--json"])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert (line["query"], line["distance"]) == (_flip(RGB_PDQ, 4), 4) and "transform" not in line
    assert "1 query hashes, 1 matches; 4 lines skipped" in result.stderr
    for number, words in ((2, "quality 0 is under 50"), (3, "not an image"), (4, "7 hashes expected"), (5, "JSON")):
        assert f"{queries}:{number}: " in result.stderr and words in result.stderr


class _Entries:
    """Hash-list entries held in memory: a ListIndex needs no store (the ListEntries protocol)."""

    def __init__(self, rows: list[tuple[str, str, str, str | None]]) -> None:
        self.rows = rows  # (list, kind, value, category)

    def pdq_values(self) -> list[str]:
        return [value for _, kind, value, _ in self.rows if kind == "pdq"]

    def entries_for(self, kind: str, values: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
        wanted = set(values)
        return [(name, v, category, None) for name, k, v, category in self.rows if k == kind and v in wanted]


def test_images_match_against_entries_held_in_memory() -> None:
    from himaya.images.match import match_images

    md5 = "0123456789abcdef0123456789abcdef"
    index = ListIndex(_Entries([("a", "pdq", _flip(RGB_PDQ, 2), "known_abuse"), ("b", "md5", md5, None)]))
    images = [
        ("u1", "one.jpg", {"sha256": "1" * 64, "pdq": RGB_PDQ, "pdq_quality": 90, "path": "one.jpg"}),
        ("u1", "one.jpg", {"sha256": "2" * 64, "md5": md5}),
        ("u2", "two.jpg", {"sha256": "3" * 64, "pdq": _flip(RGB_PDQ, 64), "pdq_quality": 90}),
    ]
    found = match_images(index, images)
    assert found.images == 3 and list(found.by_record) == ["u1"]
    assert [(m["list"], m["kind"], m["distance"]) for m in found.by_record["u1"]] == [("a", "pdq", 2), ("b", "md5", 0)]
    assert [(line["record"], line["path"]) for line in found.lines] == [("one.jpg", "one.jpg"), ("one.jpg", None)]
