"""Image hashing: PDQ conformance, reduced-scale decoding, bad input, the worker pool, the `himaya hash` command.

Every image here is benign: the published PDQ test images, or textures and patterns generated from numbers.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from himaya.cli import cli
from himaya.images import hashing
from himaya.images.hashing import ImageError, hash_image
from himaya.pipeline import hashfiles
from himaya.pipeline.hashfiles import hash_paths

FIXTURES = Path(__file__).parent / "data" / "images" / "pdq-reference"
# Published with the fixtures (python-threatexchange's test_pdq_hasher.py): hash, quality.
REFERENCE = {
    "LA.png": ("accb6d39648035f8125c8ce6ba65007de7b54c67a2d93ef7b8f33b0611306715", 100),
    "I16.png": ("de2ef0e99ecdfc1d248a0eb055f023d1d61e79c3920cbb55d561c02accab1763", 36),
    "rgb.jpeg": ("fb4eed46cb8a6c78819ca06b756c541f7b07ef6d02c82fccd00f862166272cda", 100),
}


def _distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _texture(width: int, height: int, seed: int) -> Image.Image:
    """A benign photo-like texture: smooth random fields in three channels, some fine noise."""
    rng = np.random.default_rng(seed)
    coarse = rng.random((height // 32 + 2, width // 32 + 2, 3))
    img = Image.fromarray((coarse * 255).astype(np.uint8)).resize((width, height), Image.Resampling.BICUBIC)
    noise = rng.normal(0, 6, (height, width, 3))
    return Image.fromarray(np.clip(np.asarray(img, dtype=np.float64) + noise, 0, 255).astype(np.uint8))


def _jpeg(img: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_pdq_equals_the_published_reference_hashes(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    got = hash_image(data)
    assert (got.pdq, got.pdq_quality) == REFERENCE[name]
    assert (got.width, got.height) == Image.open(io.BytesIO(data)).size


def _pattern(width: int, height: int, grey: bool = False) -> np.ndarray:
    """Benign and deterministic pixels (integer arithmetic only): blocks of 40 pixels at pseudo-random levels,
    and pseudo-random fine noise, which makes the hash depend on exactly which pixels a resize takes."""
    y, x = np.mgrid[0:height, 0:width].astype(np.int64)
    channels = []
    for c in range(1 if grey else 3):
        block = ((x // 40) * 7919 + (y // 40) * 104729 + c * 31337) * 2654435761 % 4294967296 >> 24
        noise = ((x * 73856093) ^ (y * 19349663) ^ (c * 83492791)) % 41 - 20
        channels.append(np.clip(block + noise, 0, 255).astype(np.uint8))
    return channels[0] if grey else np.dstack(channels)


# Hashes of _pattern images saved as PNG, by Meta's reference pdq-photo-hasher (facebook/ThreatExchange pdq/cpp,
# from the pdqhash 0.2.8 sdist): all larger than 512, so resized to 512 x 512 first, one only along a side.
RESIZED = {
    (1100, 700, False): "c6a8c3d2d866dbacc8ee5275cb0a715fdd35ca14f954ea46ed11520046faa61d",
    (700, 400, False): "585bb05861fddca1e5c6748b2b548b701abb3b9e9e024ba7a6a43bd2e780752a",
    (1300, 900, True): "fea843d5697d15d3e11d57bfad593d26fbcd14763082157bb554e8204a706808",
}


@pytest.mark.parametrize(("width", "height", "grey"), sorted(RESIZED))
def test_pdq_of_images_resized_for_hashing_equals_the_reference_binary(width: int, height: int, grey: bool) -> None:
    out = io.BytesIO()
    Image.fromarray(_pattern(width, height, grey)).save(out, "PNG")
    got = hash_image(out.getvalue())
    assert (got.pdq, got.pdq_quality, got.width, got.height) == (RESIZED[width, height, grey], 100, width, height)


@pytest.mark.parametrize("size", [(3001, 1999), (513, 4000), (700, 400), (2048, 1536)])
def test_resize_takes_the_pixels_the_reference_takes(size: tuple[int, int]) -> None:
    width, height = size
    pixels = _pattern(width, height)
    sampled = np.asarray(hashing._sample(Image.fromarray(pixels), Image))
    rows, cols = (np.arange(512) * height) // 512, (np.arange(512) * width) // 512  # CImg: floor(x * w / 512)
    assert np.array_equal(sampled, pixels[rows][:, cols])


@pytest.mark.parametrize("mode", sorted(hashing.SAMPLED_BEFORE_CONVERT))
def test_converting_to_rgb_after_the_resize_changes_no_pixel(mode: str) -> None:
    rng = np.random.default_rng(9)
    if mode == "P":
        img = Image.fromarray(_pattern(700, 600)).quantize(200)
    elif mode == "I;16":
        img = Image.frombytes(mode, (700, 600), rng.integers(0, 65536, (600, 700), dtype=np.uint16).tobytes())
    elif mode == "I":
        img = Image.fromarray(rng.integers(-1000, 70000, (600, 700), dtype=np.int32), mode)
    elif mode == "F":
        img = Image.fromarray(rng.normal(100, 80, (600, 700)).astype(np.float32), mode)
    else:
        rgba = np.dstack([_pattern(700, 600), rng.integers(0, 256, (600, 700), dtype=np.uint8)])
        img = Image.fromarray(rgba, "RGBA").convert(mode)
    before = hashing._sample(img.convert("RGB"), Image)
    after = hashing._sample(img, Image).convert("RGB")
    assert np.array_equal(np.asarray(before), np.asarray(after))


def test_digests_are_of_the_file_bytes() -> None:
    import hashlib

    data = (FIXTURES / "rgb.jpeg").read_bytes()
    got = hash_image(data)
    assert got.md5 == hashlib.md5(data).hexdigest()
    assert got.sha1 == hashlib.sha1(data).hexdigest()
    assert got.sha256 == hashlib.sha256(data).hexdigest()


def test_dihedral_hashes_include_the_rotated_image() -> None:
    img = _texture(300, 200, seed=4)
    plain = hash_image(_jpeg(img, 95), dihedral=True)
    assert len(plain.dihedral) == 7 and plain.pdq == hash_image(_jpeg(img, 95)).pdq
    rotated = hash_image(_jpeg(img.transpose(Image.Transpose.ROTATE_90), 95))
    assert rotated.pdq is not None
    assert min(_distance(rotated.pdq, h) for h in plain.dihedral) <= 31 < _distance(rotated.pdq, plain.pdq)


def test_large_jpeg_decoded_at_reduced_scale_stays_within_ten_bits_of_a_full_decode() -> None:
    import pdqhash

    # Decoded at 1/8 of their size; compared with the full decode resized as the reference does.
    for seed, size in ((1, (2400, 1600)), (2, (1600, 2400)), (3, (4000, 3000))):
        data = _jpeg(_texture(*size, seed=seed))
        got = hash_image(data)
        full = hashing._sample(Image.open(io.BytesIO(data)).convert("RGB"), Image)
        bits, quality = pdqhash.compute(np.asarray(full))
        reference = bytes(np.packbits(np.asarray(bits, dtype=np.uint8))).hex()
        assert quality >= 80
        assert got.pdq is not None and _distance(got.pdq, reference) <= 10
        assert (got.width, got.height) == size


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"just some text named like a photo", "not an image"),
        (_jpeg(_texture(64, 64, seed=5))[:400], "corrupt or truncated"),
        (_png_header(60_000, 60_000), "bomb"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 64, "image"),
    ],
)
def test_bad_images_raise_a_clear_error(data: bytes, why: str) -> None:
    with pytest.raises(ImageError, match=why):
        hash_image(data)


def test_hash_paths_reads_folders_and_archives_and_reports_bad_files(tmp_path: Path) -> None:
    good = _jpeg(_texture(200, 150, seed=6))
    (tmp_path / "a.jpg").write_bytes(good)
    (tmp_path / "fake.jpg").write_bytes(b"not an image")
    with zipfile.ZipFile(tmp_path / "set.zip", "w") as z:
        z.writestr("inner/b.png", (FIXTURES / "LA.png").read_bytes())
        z.writestr("inner/broken.png", b"\x89PNG\r\n\x1a\n broken")
    lines = list(hash_paths([tmp_path]))
    by_path = {line["path"]: line for line in lines}
    assert by_path[str(tmp_path / "a.jpg")]["sha256"] == hash_image(good).sha256
    assert by_path[f"{tmp_path / 'set.zip'}!inner/b.png"]["pdq"] == REFERENCE["LA.png"][0]
    errors = sorted(line["path"] for line in lines if "error" in line)
    assert errors == sorted([f"{tmp_path / 'set.zip'}!inner/broken.png", str(tmp_path / "fake.jpg")])


@pytest.mark.parametrize("workers", [2, 3])  # threads; processes (more than hashfiles.THREADS)
def test_hash_paths_in_parallel_gives_the_lines_of_one_worker_in_order(
    workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warnings

    monkeypatch.setattr(hashfiles, "POOL_MIN_BYTES", 0)  # processes even for a few small files
    for i in range(13):
        (tmp_path / f"{i:02d}.jpg").write_bytes(_jpeg(_texture(120 + 10 * i, 90, seed=20 + i)))
    (tmp_path / "05b.jpg").write_bytes(b"not an image")
    (tmp_path / "09b.png").write_bytes(_png_header(9500, 9500))  # over Pillow's bomb warning, not its error
    with zipfile.ZipFile(tmp_path / "07b.zip", "w") as z:
        z.writestr("a.png", (FIXTURES / "LA.png").read_bytes())
        z.writestr("b.png", (FIXTURES / "I16.png").read_bytes())
    one = list(hash_paths([tmp_path], workers=1, dihedral=True))
    filters = list(warnings.filters)
    two = list(hash_paths([tmp_path], workers=workers, dihedral=True))
    assert two == one
    assert warnings.filters == filters  # set once around the threads, then put back
    assert [Path(line["path"]).name for line in two][:9] == [
        "00.jpg", "01.jpg", "02.jpg", "03.jpg", "04.jpg", "05.jpg", "05b.jpg", "06.jpg", "07.jpg"
    ]  # fmt: skip
    assert [line["path"].split("!")[-1] for line in two if "!" in line["path"]] == ["a.png", "b.png"]
    assert len(two) == 17 and all(len(line.get("pdq_dihedral", [])) == 7 for line in two if "error" not in line)
    errors = {Path(line["path"]).name: line["error"] for line in two if "error" in line}
    assert sorted(errors) == ["05b.jpg", "09b.png"] and "probable decompression bomb" in errors["09b.png"]


def test_hash_command_writes_one_json_line_per_file(tmp_path: Path) -> None:
    (tmp_path / "rgb.jpeg").write_bytes((FIXTURES / "rgb.jpeg").read_bytes())
    (tmp_path / "notes.jpg").write_text("hello")
    result = CliRunner().invoke(cli, ["hash", "--json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [sorted(line) for line in lines] == [
        ["error", "path"],
        ["height", "md5", "path", "pdq", "pdq_quality", "sha1", "sha256", "width"],
    ]
    assert lines[1]["pdq"] == REFERENCE["rgb.jpeg"][0]
    assert "1 images hashed, 1 files skipped" in result.stderr

    result = CliRunner().invoke(cli, ["hash", "--json", "--dihedral", str(tmp_path / "rgb.jpeg")])
    (line,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert line["pdq"] == REFERENCE["rgb.jpeg"][0]
    assert line["pdq_dihedral"] == list(hash_image((FIXTURES / "rgb.jpeg").read_bytes(), dihedral=True).dihedral)
    assert len(set(line["pdq_dihedral"])) == 7


def test_images_become_records_without_pixels(tmp_path: Path) -> None:
    from himaya import ingest
    from himaya.model import Record

    (tmp_path / "LA.png").write_bytes((FIXTURES / "LA.png").read_bytes())
    (record,) = [r for r in ingest.read(tmp_path) if isinstance(r, Record)]
    assert record.kind == "image" and record.text == ""
    assert record.uid == record.attrs["image"]["sha256"]
    assert record.attrs["image"]["pdq"] == REFERENCE["LA.png"][0]
    assert not any(isinstance(v, bytes) for v in record.attrs["image"].values())


def test_hashing_is_a_leaf_that_reads_no_files() -> None:
    """Hashing bytes imports nothing of Himaya but its errors (walking files is himaya.pipeline.hashfiles)."""
    import ast

    tree = ast.parse(Path(hashing.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert {name for name in imported if name.startswith("himaya")} == {"himaya.errors"}
    assert "open(" not in Path(hashing.__file__).read_text(encoding="utf-8").replace("Image.open(", "")
