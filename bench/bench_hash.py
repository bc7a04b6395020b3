"""Image hashing speed against Meta's reference C++ PDQ hasher, on the same benign photos.

    python bench/bench_hash.py --photos 120 [--reference /path/to/pdq-photo-hasher]

Writes ``--photos`` synthetic photo-like JPEGs (smooth random textures with fine noise, 3000 x 2000 by default:
benign, generated here) into a temporary folder, then times Himaya's hashing (MD5, SHA-1, SHA-256 and PDQ)
in one process and in one process per core, and, when given, the reference ``pdq-photo-hasher`` (which
decodes every photo at full size). Prints images/s and the Hamming distances between the two PDQ hashes.

The reference is the ``pdq-photo-hasher`` of facebook/ThreatExchange (``pdq/cpp``); its sources ship inside
the ``pdqhash`` sdist on PyPI. Built with g++ -O2, libjpeg and libpng (see docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np


def _photo(width: int, height: int, seed: int) -> bytes:
    from PIL import Image

    rng = np.random.default_rng(seed)
    coarse = rng.random((height // 48 + 2, width // 48 + 2, 3))
    img = Image.fromarray((coarse * 255).astype(np.uint8)).resize((width, height), Image.Resampling.BICUBIC)
    pixels = np.asarray(img, dtype=np.int16) + rng.integers(-8, 9, (height, width, 3), dtype=np.int16)
    out = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=90)
    return out.getvalue()


def _ours(files: list[str], workers: int) -> tuple[float, dict[str, str | None]]:
    from himaya.images.hashing import hash_paths

    started = time.perf_counter()
    found = {line["path"]: line.get("pdq") for line in hash_paths(files, workers=workers)}
    return time.perf_counter() - started, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=120)
    parser.add_argument("--width", type=int, default=3000)
    parser.add_argument("--height", type=int, default=2000)
    parser.add_argument("--reference", type=Path, help="the reference pdq-photo-hasher binary")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(args.photos):
            path = os.path.join(tmp, f"photo{i:04d}.jpg")
            Path(path).write_bytes(_photo(args.width, args.height, seed=i))
            files.append(path)
        _ours(files[:1], 1)  # warm: imports
        one_s, ours = _ours(files, 1)
        cores = len(os.sched_getaffinity(0))
        all_s, _ = _ours(files, cores)
        print(f"{args.photos} photos of {args.width} x {args.height} (JPEG q90)")
        print(f"himaya, 1 process:   {args.photos / one_s:7.1f} images/s")
        print(f"himaya, {cores} processes (himaya hash): {args.photos / all_s:7.1f} images/s")
        if args.reference:
            started = time.perf_counter()
            out = subprocess.run([str(args.reference), *files], check=True, capture_output=True, text=True).stdout
            ref_s = time.perf_counter() - started
            reference = {line.split(",")[2]: line.split(",")[0] for line in out.splitlines() if line.count(",") >= 2}
            print(f"reference C++ (1 process, full-size decode): {args.photos / ref_s:7.1f} images/s")
            print(f"speed-up: {ref_s / one_s:.1f}x on one core, {ref_s / all_s:.1f}x with {cores} processes")
            distances = [
                (int(ours[f], 16) ^ int(reference[f], 16)).bit_count() for f in files if ours[f] and f in reference
            ]
            print(
                f"PDQ distance to the reference: median {np.median(distances):.0f}, max {max(distances)} bits "
                f"over {len(distances)} photos"
            )


if __name__ == "__main__":
    main()
