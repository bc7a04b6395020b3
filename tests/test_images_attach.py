"""Images that records reference: hashed on ingest, linked when shared or near-identical (benign images only)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image
from tests.factories import analysis, record, store_batch

from himaya.cli import cli
from himaya.images.attach import HashMemo, attach_images, image_selectors
from himaya.images.hashing import hash_image
from himaya.images.sources import LocalImages, MemoryImages
from himaya.model import Record
from himaya.store import Store


def _texture(seed: int, size: tuple[int, int] = (320, 240)) -> Image.Image:
    """A smooth random colour field: benign, and varied enough for a high PDQ quality."""
    rng = np.random.default_rng(seed)
    coarse = (rng.random((6, 8, 3)) * 255).astype(np.uint8)
    return Image.fromarray(coarse).resize(size, Image.Resampling.BICUBIC)


def _save(image: Image.Image, path: Path, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
    return out.getvalue()


def _record(rid: str, images: list[str], source: Path) -> Record:
    return Record(uid=rid * 8, id=rid, text="", source=str(source), locator=f"line {rid}", images=images)


def test_referenced_images_are_hashed_counted_and_reported(tmp_path: Path) -> None:
    data = _save(_texture(1), tmp_path / "photos" / "a.png")
    (tmp_path / "photos" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    _save(_texture(2), tmp_path.parent / f"{tmp_path.name}-outside.png")
    source = tmp_path / "posts.jsonl"
    first = _record("1", ["photos/a.png", "photos/a.png", "https://cdn.example/x.jpg", "photos/gone.png"], source)
    second = _record("2", [f"../{tmp_path.name}-outside.png", "photos/broken.jpg", "(File not included.)"], source)
    with LocalImages() as images:
        found = attach_images([first, second], images)

    assert found.counts == {"hashed": 1, "remote": 1, "missing": 2, "outside": 1, "failed": 1}
    (problem,) = found.problems
    assert (problem.source, problem.locator) == (str(source), "line 2")
    assert problem.reason.startswith("image photos/broken.jpg: corrupt or truncated image")
    expected = hash_image(data)
    hashed, unhashed = found.records
    assert first.attrs == {} and unhashed is second  # the input records are left as they were
    (line,) = hashed.attrs["image_hashes"]
    assert line["path"] == "photos/a.png"
    assert (line["sha256"], line["md5"], line["pdq"]) == (expected.sha256, expected.md5, expected.pdq)
    assert (hashed.uid, hashed.text, hashed.images) == (first.uid, first.text, first.images)
    (selector,) = image_selectors(hashed)
    assert (selector.type, selector.value, selector.raw, selector.detail) == (
        "image", expected.sha256, "photos/a.png", expected.pdq
    )  # fmt: skip


def test_images_beside_a_member_of_a_zip_archive_are_read_from_the_archive(tmp_path: Path) -> None:
    photo = io.BytesIO()
    _texture(3).save(photo, "PNG")
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("chat/photos/p1.png", photo.getvalue())
        z.writestr("chat/result.json", "{}")
    rec = _record("1", ["photos/p1.png", "../../escape.png", "photos/none.png"], Path(f"{archive}!chat/result.json"))
    with LocalImages() as images:
        found = attach_images([rec], images)
    assert found.counts == {"hashed": 1, "outside": 1, "missing": 1}
    assert found.records[0].attrs["image_hashes"][0]["sha256"] == hash_image(photo.getvalue()).sha256


def test_images_from_memory_are_decoded_once_per_memo_and_image_records_hashed_without_their_bytes() -> None:
    """No files: the bytes come from a MemoryImages source (as in a test or a Spark task), and an image shared
    by two records is read once."""
    photo, other = io.BytesIO(), io.BytesIO()
    _texture(4).save(photo, "PNG")
    _texture(5).save(other, "PNG")
    reads: list[object] = []

    class Counting(MemoryImages):
        def read(self, key: tuple[object, ...]) -> bytes | str:
            reads.append(key)
            return super().read(key)

    images = Counting({"p.png": photo.getvalue(), "q.png": other.getvalue()})
    first = _record("1", ["p.png", "none.png"], Path("posts.jsonl"))
    second = _record("2", ["q.png", "p.png"], Path("posts.jsonl"))
    pending = Record(uid="i" * 64, id="img", text="", source="album/p.png", locator="file", kind="image",
                     attrs={"image_bytes": photo.getvalue(), "taken": "2026"})  # fmt: skip
    broken = Record(uid="b" * 64, id="bad", text="", source="album/x.png", locator="file", kind="image",
                    attrs={"image_bytes": b"not an image"})  # fmt: skip
    memo = HashMemo()
    found = attach_images([first, pending, broken, second], images, memo)
    assert found.counts == {"hashed": 3, "missing": 1} and found.dropped == 1
    assert [p.source for p in found.problems] == ["album/x.png"]
    assert sorted(reads) == [("memory", "p.png"), ("memory", "q.png")]  # p.png twice, read and decoded once
    one, image, two = found.records
    expected = hash_image(photo.getvalue())
    assert one.attrs["image_hashes"][0]["sha256"] == two.attrs["image_hashes"][1]["sha256"] == expected.sha256
    assert image.attrs == {"taken": "2026", "image": {"path": "album/p.png", **image.attrs["image"]}}
    assert image.attrs["image"]["pdq"] == expected.pdq and len(image.attrs["image"]["pdq_dihedral"]) == 7
    assert "image_bytes" in pending.attrs and first.attrs == {}  # inputs unchanged
    again = attach_images([first], images, memo)  # the memo outlives the batch
    assert len(reads) == 2 and again.records[0].attrs == one.attrs
    assert attach_images([first], None).records == [first]  # no source: references are not read


def test_a_flat_or_unreadable_image_gives_no_pdq_to_link_by() -> None:
    flat = io.BytesIO()
    Image.new("RGB", (64, 64), (90, 90, 90)).save(flat, "PNG")
    hashes = hash_image(flat.getvalue())
    assert hashes.pdq_quality is not None and hashes.pdq_quality < 50
    rec = Record(uid="u", id="i", text="", source="s", locator="file", kind="image",
                 attrs={"image": hashes.as_json("flat.png")})  # fmt: skip
    (selector,) = image_selectors(rec)
    assert selector.value == hashes.sha256 and selector.detail is None


def _write_posts(folder: Path, posts: list[dict[str, object]]) -> Path:
    path = folder / "posts.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in posts), encoding="utf-8")
    return path


def _networks(db: Path | str, out_dir: Path) -> dict[str, set[str]]:
    """Network id -> ids of its member records, from the export."""
    runner = CliRunner()
    out = out_dir / "records.jsonl"
    assert runner.invoke(cli, ["export", "records", "--db", str(db), "--out", str(out)]).exit_code == 0
    groups: dict[str, set[str]] = {}
    for line in out.read_text().splitlines():
        row = json.loads(line)
        if row["network"]:
            groups.setdefault(row["network"], set()).add(row["id"])
    return groups


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where `--db` points: a SQLite file, or a fresh PostgreSQL database where a server answers."""
    if request.param == "sqlite":
        return str(tmp_path / "target.db")
    url = str(request.getfixturevalue("postgres_url"))
    with Store.open(url) as store:
        store.drop_all()
    return url


@pytest.fixture()
def shared_photos(tmp_path: Path) -> Path:
    """Four posts by different accounts and platforms, with no contact or wording in common: a and b post
    the same photo, c a smaller re-encoded copy of it, d a different photo."""
    photo = _texture(7, (640, 480))
    _save(photo, tmp_path / "media" / "room.png")
    _save(photo.resize((480, 360)), tmp_path / "media" / "room-small.jpg", "JPEG", quality=70)
    _save(_texture(8, (640, 480)), tmp_path / "media" / "other.png")
    posts = [
        ("a", "Selling a bicycle, barely used.", "media/room.png"),
        ("b", "Garden furniture for collection.", "media/room.png"),
        ("c", "Old books, a whole box of them.", "media/room-small.jpg"),
        ("d", "Winter tyres, four of them.", "media/other.png"),
    ]
    return _write_posts(
        tmp_path, [{"id": i, "text": t, "platform": f"site-{i}.example", "images": [p]} for i, t, p in posts]
    )


def test_records_sharing_a_photo_or_a_near_identical_copy_link_into_one_network(
    shared_photos: Path, db_target: str
) -> None:
    db = db_target
    result = CliRunner().invoke(cli, ["run", str(shared_photos), "--db", str(db), "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "4 hashed" in result.output  # one a reference (the shared photo twice)
    assert list(_networks(db, shared_photos.parent).values()) == [{"a", "b", "c"}]
    with Store.open(db) as store:
        keys = {(row["kind"], row["key"].split(":", 1)[0]) for row in _link_rows(store)}
    assert keys == {("selector", "image"), ("image-series", "image-series")}


def _link_rows(store: Store) -> list[dict[str, str]]:
    from sqlalchemy import select

    from himaya.store.schema import links

    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(links.c.kind, links.c.key))]


def test_identical_only_and_no_image_files_settings(shared_photos: Path) -> None:
    runner = CliRunner()
    db = shared_photos.parent / "exact.db"
    args = ["run", str(shared_photos), "--quiet", "--workers", "2"]
    assert runner.invoke(cli, [*args, "--db", str(db), "--image-radius", "-1"]).exit_code == 0
    assert list(_networks(db, shared_photos.parent).values()) == [{"a", "b"}]
    db = shared_photos.parent / "none.db"
    assert runner.invoke(cli, [*args, "--db", str(db), "--no-image-files"]).exit_code == 0
    assert _networks(db, shared_photos.parent) == {}


def test_a_page_links_to_the_image_record_it_shows_by_url(store: Store) -> None:
    image = Record(uid="f" * 64, id="img", text="", source="crawl.warc", locator="offset 10", kind="image",
                   url="https://site.example/media/a.jpg",
                   attrs={"image": {"sha256": "f" * 64, "pdq": None, "pdq_quality": None}})  # fmt: skip
    page = record("page", "A page about nothing in particular.", url="https://site.example/post/1",
                  images=["../media/a.jpg"])  # fmt: skip
    other = record("other", "Another page entirely, with its own words.", images=["https://site.example/media/a.jpg"])
    store_batch(store, [(image, analysis(image, near_dup=False)), (page, analysis(page)), (other, analysis(other))])
    with store.transaction(actor="test") as tx:
        assert sorted(tx.images.url_refs()) == sorted([(page.uid, image.uid), (other.uid, image.uid)])


def test_a_photo_folder_is_planned_as_one_record_a_photo(tmp_path: Path) -> None:
    from himaya.ingest import estimate_records

    for i in range(3):
        _save(_texture(i, (800, 600)), tmp_path / "photos" / f"p{i}.png")  # about 1.4 MB each, not 1,400 records
    (tmp_path / "posts.jsonl").write_bytes(b"x" * 5_000)
    assert estimate_records([tmp_path]) == 3 + 5


def test_series_lists_near_identical_images_with_their_records_networks_and_matches(
    shared_photos: Path, db_target: str
) -> None:
    runner = CliRunner()
    db = db_target
    room = hash_image((shared_photos.parent / "media" / "room.png").read_bytes())
    small = hash_image((shared_photos.parent / "media" / "room-small.jpg").read_bytes())
    listed = shared_photos.parent / "list.txt"
    listed.write_text(room.md5 + "\n")
    assert runner.invoke(cli, ["hashlist", "import", str(listed), "--name", "demo", "--db", str(db)]).exit_code == 0
    assert runner.invoke(cli, ["run", str(shared_photos), "--db", str(db), "--quiet"]).exit_code == 0
    result = runner.invoke(cli, ["series", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.output.splitlines()]
    assert row["sha256"] == sorted([room.sha256, small.sha256]) and row["images"] == 2
    assert row["records"] == ["a", "b", "c"] and len(row["networks"]) == 1
    assert len(row["matched"]) == 1 and row["matched"][0].startswith("demo (")
    result = runner.invoke(cli, ["series", "--db", str(db), "--radius", "0"])
    assert result.exit_code == 0 and "0 series" in result.output


def test_run_matches_a_rotated_copy_only_with_dihedral(tmp_path: Path) -> None:
    photo = _texture(11, (640, 480))
    _save(photo, tmp_path / "in" / "photo.png")
    rotated = io.BytesIO()
    photo.transpose(Image.Transpose.ROTATE_90).save(rotated, "PNG")
    listed = tmp_path / "rotated.txt"
    listed.write_text(f"{hash_image(rotated.getvalue()).pdq}\n")
    runner = CliRunner()
    db = tmp_path / "h.db"
    args = ["hashlist", "import", str(listed), "--name", "turned", "--kind", "pdq", "--db", str(db)]
    assert runner.invoke(cli, args).exit_code == 0
    result = runner.invoke(cli, ["run", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    assert result.exit_code == 0 and "0 matched a hash list" in result.output
    result = runner.invoke(cli, ["run", str(tmp_path / "in"), "--db", str(db), "--quiet", "--dihedral"])
    assert result.exit_code == 0 and "1 matched a hash list" in result.output
    with Store.open(db) as store, store.transaction(actor="test") as tx:
        (match,) = tx.images.matches()
    assert match.list == "turned" and match.kind == "pdq"


def test_a_match_found_after_linking_raises_its_network_at_once(shared_photos: Path, db_target: str) -> None:
    from himaya.images.lists import HashEntry

    runner = CliRunner()
    db = db_target
    assert runner.invoke(cli, ["run", str(shared_photos), "--db", str(db), "--quiet"]).exit_code == 0
    with Store.open(db) as store, store.transaction(actor="test") as tx:
        (before,) = tx.networks.ranked()
        room = hash_image((shared_photos.parent / "media" / "room.png").read_bytes())
        entry = HashEntry("md5", room.md5, category="known_abuse", series="Series-Example-02")
        tx.hashlists.import_list("known", "plain", "v1.txt", [entry], "2026-11-26T00:00:00Z")
    assert runner.invoke(cli, ["match", "--db", str(db)]).exit_code == 0
    with Store.open(db) as store, store.transaction(actor="test") as tx:
        (after,) = tx.networks.ranked()
        risks = sorted((row["risk"] for row in tx.records.export() if row["network"]), reverse=True)
    assert before.risk < 0.5 and before.typology != "child_sexual_exploitation"
    assert after.risk == round(sum(risks) / 3, 4) and risks[:2] == [0.99, 0.99]  # a and b show the listed photo
    assert after.typology == "child_sexual_exploitation"


def test_search_finds_the_records_that_show_an_image_by_its_hashes(shared_photos: Path, db_target: str) -> None:
    from himaya.selectors import parse_query

    room = hash_image((shared_photos.parent / "media" / "room.png").read_bytes())
    assert parse_query(room.sha256.upper()) == [("image", room.sha256)]
    assert parse_query(f"sha256:{room.sha256}") == [("image", room.sha256)]
    assert parse_query(room.md5) == []  # only the SHA-256 names an image selector
    runner = CliRunner()
    db = db_target
    assert runner.invoke(cli, ["run", str(shared_photos), "--db", db, "--quiet"]).exit_code == 0
    for query in (room.sha256, room.md5.upper(), room.sha1):
        result = runner.invoke(cli, ["search", query, "--db", db, "--json"])
        assert result.exit_code == 0, result.output
        found = json.loads(result.output)
        assert found["selectors"] == [{"type": "image", "value": room.sha256}]
        assert sorted(o["record_id"] for o in found["occurrences"]) == ["a", "b"]
    result = runner.invoke(cli, ["search", "0" * 32, "--db", db])
    assert result.exit_code == 0 and "not found" in result.output
