"""Images through the main job: a folder of photos, and posts that reference them, ingested and linked.

    python bench/bench_image_ingest.py --photos 400 [--width 1280 --height 960] [--workers 2]

Writes ``--photos`` benign generated photo-like JPEGs (smooth random colour fields with fine noise, quality
85; messaging apps send photos at about 1280 pixels a side) into a temporary folder, a copy of every tenth
photo re-encoded at a smaller size, and a JSONL file of short posts that reference them (each photo in one to
three posts, by different accounts). Then times, on a fresh SQLite database:

1. ``himaya run``'s ingest stage on the photo folder alone (image records: one per file);
2. the ingest stage on the posts (each referenced photo read and hashed beside its post);
3. the link stage (shared images and series of near-identical ones).

Prints images/s for each, the peak memory of the main process, and the networks found.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import tempfile
import time
from pathlib import Path

import bench_hash  # the same benign photo generator (bench/ is on the path when run as a script)

_VOCABULARY = (
    "sofa table chair lamp bicycle garden tools books shelf mirror desk bed kettle radio camera boots coat "
    "jacket toys puzzle guitar piano drum oven fridge washer dryer fan heater rug curtain vase plant pots "
    "boxes bags blender cooker stove cabinet drawer window door frame tiles paint brushes ladder hammer saw "
    "drill nails screws glue tape wire cable charger phone tablet laptop screen keyboard mouse printer "
    "small large used new clean old blue red green black white wooden metal plastic cheap spare extra "
    "collect deliver today weekend evening morning nearby town centre station market street corner"
)
WORDS = _VOCABULARY.split()


def _photo(width: int, height: int, seed: int) -> bytes:
    return bench_hash._photo(width, height, seed, cell=40, noise=6, quality=85)


def _smaller(data: bytes) -> bytes:
    from PIL import Image

    img = Image.open(io.BytesIO(data))
    out = io.BytesIO()
    img.resize((img.width * 3 // 4, img.height * 3 // 4), Image.Resampling.LANCZOS).save(out, "JPEG", quality=70)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=400)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=960)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()

    from himaya.pipeline import ingest, link
    from himaya.store import Store

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        photos = root / "posts" / "photos"
        photos.mkdir(parents=True)
        names = []
        for i in range(args.photos):
            data = _photo(args.width, args.height, seed=i)
            (photos / f"p{i:05d}.jpg").write_bytes(data)
            names.append(f"photos/p{i:05d}.jpg")
            if i % 10 == 0:
                (photos / f"p{i:05d}-small.jpg").write_bytes(_smaller(data))
                names.append(f"photos/p{i:05d}-small.jpg")
        with (root / "posts" / "posts.jsonl").open("w") as out:
            for n, name in enumerate(names):
                for k in range(rng.randint(1, 3)):
                    text = " ".join(rng.choices(WORDS, k=14)).capitalize() + "."  # no two posts alike
                    out.write(json.dumps({"id": f"{n}-{k}", "text": text, "author": f"user{n}_{k}", "images": [name]}))
                    out.write("\n")
        size = sum(f.stat().st_size for f in photos.iterdir())
        kib = size / len(names) / 1024
        print(f"{len(names)} photos of {args.width} x {args.height} (JPEG q85, {kib:.0f} KiB each)")

        with Store.open(root / "folder.db") as store:
            started = time.perf_counter()
            summary = ingest(store, [photos], workers=args.workers)
            took = time.perf_counter() - started
        print(f"photo folder: {summary.new} image records in {took:.1f} s ({summary.new / took:.1f} images/s)")

        with Store.open(root / "posts.db") as store:
            started = time.perf_counter()
            summary = ingest(store, [root / "posts" / "posts.jsonl"], workers=args.workers)
            took = time.perf_counter() - started
            hashed = summary.images["hashed"]
            print(
                f"posts: {summary.new} posts, {hashed} referenced photos hashed in {took:.1f} s "
                f"({hashed / took:.1f} images/s; a photo in several posts is decoded once per worker)"
            )
            started = time.perf_counter()
            with store.transaction(actor="bench") as tx:
                linked = link(tx)
            took = time.perf_counter() - started
            print(
                f"link: {linked.networks} networks, {linked.image_series} image series, largest {linked.largest} "
                f"records, in {took:.2f} s"
            )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of the main process: {peak:.0f} MiB (workers: {args.workers})")


if __name__ == "__main__":
    main()
