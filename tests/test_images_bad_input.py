"""Hostile and broken image inputs: each is named and skipped, the rest is hashed and stored (benign images only)."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import numpy as np
from click.testing import CliRunner
from PIL import Image

from himaya.cli import cli
from himaya.images.hashing import hash_image
from himaya.pipeline.hashfiles import hash_paths
from himaya.store import Store


def _png(seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    image = Image.fromarray((rng.random((10, 12, 3)) * 255).astype(np.uint8)).resize((240, 200))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _hostile_folder(root: Path) -> dict[str, str]:
    """A folder of one good photo and bad inputs; returns path -> the words its error must contain."""
    (root / "good.png").write_bytes(_png(1))
    (root / "loop-a.jpg").symlink_to(root / "loop-b.jpg")
    (root / "loop-b.jpg").symlink_to(root / "loop-a.jpg")
    (root / "cycle").mkdir()
    (root / "cycle" / "up").symlink_to(root, target_is_directory=True)  # a folder that contains itself
    with zipfile.ZipFile(root / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("huge.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (40 * 1024 * 1024))
        z.writestr("fine.png", _png(2))
    truncated = _png(3)[:300]
    with tarfile.open(root / "set.tar.gz", "w:gz") as t:
        info = tarfile.TarInfo("cut.png")
        info.size = len(truncated)
        t.addfile(info, io.BytesIO(truncated))
    return {
        str(root / "loop-a.jpg"): "cannot open",
        str(root / "loop-b.jpg"): "cannot open",
        f"{root / 'bomb.zip'}!huge.png": "bomb",
        f"{root / 'set.tar.gz'}!cut.png": "corrupt or truncated",
    }


def test_hash_names_every_bad_input_and_hashes_the_rest(tmp_path: Path) -> None:
    expected_errors = _hostile_folder(tmp_path)
    lines = list(hash_paths([tmp_path], workers=2))
    errors = {line["path"]: line["error"] for line in lines if "error" in line}
    assert set(errors) == set(expected_errors)
    for path, words in expected_errors.items():
        assert words in errors[path], (path, errors[path])
    hashed = {line["path"]: line["sha256"] for line in lines if "error" not in line}
    assert hashed == {
        str(tmp_path / "good.png"): hash_image(_png(1)).sha256,
        f"{tmp_path / 'bomb.zip'}!fine.png": hash_image(_png(2)).sha256,
    }


def test_a_run_over_bad_images_stores_the_good_ones_and_counts_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected_errors = _hostile_folder(folder)
    db = tmp_path / "h.db"
    result = CliRunner().invoke(cli, ["run", str(folder), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert f"{len(expected_errors)} skipped as bad input" in result.output
    with Store.open(db) as store, store.transaction(actor="test") as tx:
        stored = sorted(image["sha256"] for _, _, image in tx.images.hashes())
    assert stored == sorted([hash_image(_png(1)).sha256, hash_image(_png(2)).sha256])
    with Store.open(db) as store, store.transaction(actor="test") as tx:
        problems = {p.source: p.reason for p in tx.records.problems()}
    assert set(problems) == set(expected_errors)
