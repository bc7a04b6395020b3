"""Rotated and flipped copies: `himaya hash --dihedral`, `himaya match --dihedral` (a hash file, stored images).

Every image here is benign: textures generated from random numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image
from tests.factories import import_list

from himaya.cli import cli
from himaya.images.hashing import hash_image
from himaya.images.lists import HashEntry
from himaya.images.match import TRANSFORMS, ListIndex
from himaya.store import Store


def _texture(seed: int, side: int = 640) -> Image.Image:
    """A benign square texture: smooth random fields in three channels. Detailed enough, and large enough, for
    PDQ's dihedral hashes to be close to the hashes of the turned images (they are derived from the original's
    DCT, and PDQ's box filters are not symmetric: on 256 x 256 pixels, some are 30-50 bits away)."""
    rng = np.random.default_rng(seed)
    coarse = rng.random((40, 40, 3))
    return Image.fromarray((coarse * 255).astype(np.uint8)).resize((side, side), Image.Resampling.BICUBIC)


def _png(img: Image.Image, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG")
    return path


def _distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _flip(hex_hash: str, bits: int) -> str:
    return f"{int(hex_hash, 16) ^ ((1 << bits) - 1):064x}"


def _listed(db: Path, image: Path) -> str:
    """A list holding the PDQ of ``image``, in a new database; returns that hash."""
    pdq = hash_image(image.read_bytes()).pdq
    assert pdq is not None
    with Store.open(db) as store:
        import_list(store, "demo", [HashEntry("pdq", pdq)])
    return pdq


@pytest.mark.parametrize(
    ("transpose", "name"),
    [
        (Image.Transpose.ROTATE_90, "rotate90"),
        (Image.Transpose.ROTATE_180, "rotate180"),
        (Image.Transpose.ROTATE_270, "rotate270"),
        (Image.Transpose.FLIP_TOP_BOTTOM, "flipx"),
        (Image.Transpose.FLIP_LEFT_RIGHT, "flipy"),
        (Image.Transpose.TRANSPOSE, "flip_plus1"),
        (Image.Transpose.TRANSVERSE, "flip_minus1"),
    ],
)
def test_each_dihedral_hash_is_that_of_the_named_rotation_or_flip(transpose: Image.Transpose, name: str) -> None:
    img = _texture(seed=1)
    hashes = hash_image(_bytes(img), dihedral=True)
    turned = hash_image(_bytes(img.transpose(transpose))).pdq
    assert hashes.pdq is not None and turned is not None
    by_name = dict(zip(("original", *TRANSFORMS), (hashes.pdq, *hashes.dihedral), strict=True))
    assert min(by_name, key=lambda n: _distance(turned, by_name[n])) == name
    assert _distance(turned, by_name[name]) <= 31 < _distance(turned, hashes.pdq)


def _bytes(img: Image.Image) -> bytes:
    import io

    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_a_rotated_copy_matches_a_hash_file_only_with_dihedral(tmp_path: Path) -> None:
    original = _texture(seed=4)
    listed = _listed(tmp_path / "d.db", _png(original, tmp_path / "orig" / "o.png"))
    _png(original.transpose(Image.Transpose.ROTATE_90), tmp_path / "query" / "r.png")
    runner = CliRunner()
    hashed = runner.invoke(cli, ["hash", "--json", "--dihedral", str(tmp_path / "query")])
    assert hashed.exit_code == 0, hashed.output
    queries = tmp_path / "q.jsonl"
    queries.write_text(hashed.stdout)
    (query,) = [json.loads(line) for line in hashed.stdout.splitlines()]
    assert _distance(query["pdq"], listed) > 31

    match = ["match", "--db", str(tmp_path / "d.db"), "--hashes", str(queries)]
    plain = runner.invoke(cli, [*match, "--json"])
    assert plain.exit_code == 0 and plain.stdout == ""
    turned = runner.invoke(cli, [*match, "--json", "--dihedral"])
    assert turned.exit_code == 0, turned.output
    (line,) = [json.loads(x) for x in turned.stdout.splitlines()]
    # The query is the listed image turned 90 degrees counter-clockwise: turned 270 more, it is the listed one.
    assert (line["query"], line["hash"], line["transform"]) == (query["pdq"], listed, "rotate270")
    assert line["distance"] == _distance(query["pdq_dihedral"][TRANSFORMS.index("rotate270")], listed) <= 31
    text = runner.invoke(cli, [*match, "--dihedral"])
    assert f"{query['pdq']}  demo  d={line['distance']} (rotate270)" in text.stdout

    (tmp_path / "plain.txt").write_text(query["pdq"] + "\n")  # no dihedral hashes to match with: said so
    bare = runner.invoke(cli, ["match", "--db", str(tmp_path / "d.db"), "--hashes", str(tmp_path / "plain.txt"),
                               "--dihedral"])  # fmt: skip
    assert bare.exit_code == 0 and bare.stdout == ""
    assert "1 query hashes without pdq_dihedral" in bare.stderr


def test_a_stored_rotated_copy_matches_only_with_dihedral(tmp_path: Path) -> None:
    original = _texture(seed=5)
    db = tmp_path / "s.db"
    listed = _listed(db, _png(original, tmp_path / "orig" / "o.png"))
    _png(original.transpose(Image.Transpose.FLIP_LEFT_RIGHT), tmp_path / "seized" / "mirrored.png")
    runner = CliRunner()
    assert runner.invoke(cli, ["run", str(tmp_path / "seized"), "--db", str(db), "--quiet"]).exit_code == 0
    plain = runner.invoke(cli, ["match", "--db", str(db), "--json"])
    assert plain.exit_code == 0 and plain.stdout == ""
    turned = runner.invoke(cli, ["match", "--db", str(db), "--json", "--dihedral"])
    assert turned.exit_code == 0, turned.output
    (line,) = [json.loads(x) for x in turned.stdout.splitlines()]
    assert (line["record"], line["hash"], line["transform"]) == ("mirrored.png", listed, "flipy")
    with Store.open(db) as store, store.transaction(actor="test") as tx:
        (row,) = list(tx.records.export())
        (reason,) = row["reasons"]
        assert f"demo (pdq flipy, distance {line['distance']})" in reason


def test_match_pdq_reports_the_closest_variant_and_prefers_the_query_on_a_tie(store: Store) -> None:
    base = "ab" * 32
    import_list(store, "l", [HashEntry("pdq", base)])
    with store.transaction(actor="test") as tx:
        index = ListIndex(tx.hashlists)
        query = _flip(base, 9)
        far = [_flip(base, 200)] * 7

        def best(variants: list[str]) -> tuple[int, str | None]:
            (found,) = list(index.match_pdq([query], 31, [variants]))
            return found.distance, found.transform

        assert best(far) == (9, None)
        assert best([*far[:3], _flip(base, 3), *far[4:]]) == (3, "flipx")
        assert best([*far[:2], _flip(base, 9), *far[3:]]) == (9, None)  # a tie: the query itself
        assert best([]) == (9, None)  # no variants: the query only
        (found,) = list(index.match_pdq([query], 31, [[*far[:6], base]]))
        assert (found.distance, found.as_json()["transform"]) == (0, "flip_minus1")
        assert "transform" not in next(iter(index.match_pdq([query]))).as_json()
