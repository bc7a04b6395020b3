"""Image hashing speed against Meta's reference C++ PDQ hasher, on the same benign photos.

    python bench/bench_hash.py [--photos 200] [--size 3000x2000 --size 4000x3000] [--reference BIN] [--dir DIR]

Writes ``--photos`` synthetic photo-like JPEGs (smooth random textures with fine noise, quality 90: benign,
generated here) of each ``--size`` into a temporary folder (or into ``--dir``, where they are kept and reused),
then times ``himaya hash --json`` as a user runs it (a fresh process each time) with one worker process and with
``--workers`` (default: one per core), and, when given, the reference ``pdq-photo-hasher`` (which decodes every
photo at full size, in one process). Himaya also computes MD5, SHA-1 and SHA-256 of every file.

Start-up (interpreter, imports, starting the worker pool) is reported apart: each configuration hashes the
first half of the photos, then all of them, and the line through the two timings gives the net images/s (its
slope) and the start-up (where it meets zero photos). With two workers ``himaya hash`` hashes in two threads,
which start at once; with more, in processes, and in its own while they start. The start-up of the command
alone (two tiny images) is printed too. Also printed: images/s end to end, the speed-ups over the
reference, the PDQ distances between Himaya's and the reference's hash of each photo (median and max, over the
photos the reference gives quality >= 80), and the load average before and after (a busy machine gives noise).

The reference is the ``pdq-photo-hasher`` of facebook/ThreatExchange (``pdq/cpp``); its sources ship inside
the ``pdqhash`` sdist on PyPI. Built with g++ -O2, libjpeg and libpng (see docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

MIN_QUALITY = 80  # the distance bound is stated for photos of at least this PDQ quality


def _photo(width: int, height: int, seed: int, *, cell: int = 48, noise: int = 8, quality: int = 90) -> bytes:
    """A benign photo-like JPEG: a random colour field (one random colour per ``cell`` pixels, bicubic in
    between) with per-pixel noise of up to ``noise`` levels."""
    from PIL import Image

    rng = np.random.default_rng(seed)
    coarse = rng.random((height // cell + 2, width // cell + 2, 3))
    img = Image.fromarray((coarse * 255).astype(np.uint8)).resize((width, height), Image.Resampling.BICUBIC)
    pixels = np.asarray(img, dtype=np.int16) + rng.integers(-noise, noise + 1, (height, width, 3), dtype=np.int16)
    out = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=quality)
    return out.getvalue()


def _photos(folder: Path, count: int, width: int, height: int) -> list[Path]:
    """``count`` photos in ``folder`` (made if missing; a folder of earlier runs is reused)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(count):
        path = folder / f"photo{i:04d}.jpg"
        if not path.exists():
            path.write_bytes(_photo(width, height, seed=i))
        files.append(path)
    return files


def _himaya() -> list[str]:
    script = Path(sys.executable).parent / "himaya"
    return [str(script)] if script.exists() else [sys.executable, "-m", "himaya.cli.main"]


def _timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - started, out


def _hash(files: list[Path], workers: int) -> tuple[float, dict[str, str]]:
    """Seconds of ``himaya hash --json --workers N`` over ``files`` (one fresh process), and PDQ by path."""
    seconds, out = _timed([*_himaya(), "hash", "--json", "--workers", str(workers), *map(str, files)])
    lines = [json.loads(line) for line in out.splitlines()]
    return seconds, {line["path"]: line["pdq"] for line in lines if line.get("pdq")}


def _start_up(tiny: list[Path], repeat: int = 3) -> float:
    """Seconds of ``himaya hash`` over two tiny images: the command's start-up (the best of ``repeat`` runs)."""
    return min(_hash(tiny, 1)[0] for _ in range(repeat))


def _line(files: list[Path], workers: int) -> tuple[float, float, float, dict[str, str]]:
    """(seconds for all ``files``, net images/s, start-up seconds, PDQ by path): the line through the timings
    of the first half of the files and of all of them."""
    half = len(files) // 2
    half_s, _ = _hash(files[:half], workers)
    all_s, found = _hash(files, workers)
    rate = (len(files) - half) / max(all_s - half_s, 1e-9)
    return all_s, rate, all_s - len(files) / rate, found


def _distances(ours: dict[str, str], reference: dict[str, tuple[str, int]]) -> list[int]:
    return [
        (int(ours[path], 16) ^ int(pdq, 16)).bit_count()
        for path, (pdq, quality) in reference.items()
        if quality >= MIN_QUALITY and path in ours
    ]


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def _load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def bench(folder: Path, args: argparse.Namespace, width: int, height: int, workers: int) -> None:
    files = _photos(folder / f"{width}x{height}", args.photos, width, height)
    tiny = _photos(folder / "tiny", 2, 64, 64)
    print(f"\n{len(files)} photos of {width} x {height} (JPEG q90); load average {_load()}")
    print(f"  start-up of himaya hash (two tiny images): {_start_up(tiny):.2f} s")
    runs = {n: _line(files, n) for n in (1, workers)}
    for n, (seconds, rate, start, _) in runs.items():
        print(
            f"  himaya hash --workers {n}: {len(files) / seconds:6.1f} images/s end to end "
            f"({seconds:.2f} s), {rate:6.1f} images/s net of {start:.2f} s start-up"
        )
    if args.reference:
        ref_s, out = _timed([str(args.reference), *map(str, files)])
        reference = {
            row[2]: (row[0], int(row[1])) for row in (line.split(",", 2) for line in out.splitlines()) if len(row) == 3
        }
        print(f"  reference C++ (1 process, full-size decode): {len(files) / ref_s:6.1f} images/s ({ref_s:.2f} s)")
        for n, (seconds, rate, _, _) in runs.items():
            print(f"  speed-up, --workers {n}: {ref_s / seconds:.2f}x end to end, {rate * ref_s / len(files):.2f}x net")
        _print_distances(runs[workers][3], reference)
    print(f"  load average after: {_load()}")


def _print_distances(ours: dict[str, str], reference: dict[str, tuple[str, int]]) -> None:
    distances = _distances(ours, reference)
    if distances:
        print(
            f"  PDQ distance to the reference: median {np.median(distances):.0f}, max {max(distances)} bits "
            f"over {len(distances)} photos of quality >= {MIN_QUALITY}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--size", dest="sizes", action="append", type=_size, help="WxH (repeatable)")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--reference", type=Path, help="the reference pdq-photo-hasher binary")
    parser.add_argument("--dir", type=Path, help="keep the photos here and reuse them (default: a temporary one)")
    args = parser.parse_args()
    sizes = args.sizes or [(3000, 2000), (4000, 3000)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        for width, height in sizes:
            bench(folder, args, width, height, max(2, args.workers))


if __name__ == "__main__":
    main()
