"""Ingest speed: records/s and peak memory on 200k synthetic short ads, plain and gzipped JSONL.

    python bench/bench_ingest.py [--lines 200000]

Each format runs in a fresh child process so that its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PHRASES = [
    "Waitress wanted abroad, free visa and flight",
    "Cleaner needed, live-in, accommodation provided",
    "Models for photo shoot, no experience",
    "Factory work in Europe, salary paid monthly",
    "Nanny for family, documents arranged by agent",
]
PHONES = ["+1 201-555-0123", "+44 7400 123456", "+1 201-555-0199", "+44 7400 654321"]


def write_ads(path: Path, lines: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for i in range(lines):
            ad = {
                "id": f"ad{i}",
                "title": rng.choice(PHRASES)[:24],
                "text": f"{rng.choice(PHRASES)}. Call {rng.choice(PHONES)} or jobs{i % 97}@agency.example",
                "platform": "board.example",
                "posted_at": f"2024-03-{1 + i % 28:02d}T{i % 24:02d}:00:00Z",
                "country": rng.choice(["us", "GB", "ae", "QA"]),
                "kind": "ad",
            }
            out.write(json.dumps(ad) + "\n")


def child(path: str) -> None:
    from himaya.ingest import read
    from himaya.model import Record

    start = time.perf_counter()
    count = sum(1 for item in read(path) if isinstance(item, Record))
    elapsed = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"records": count, "seconds": round(elapsed, 3), "peak_rss_mib": round(peak_mib, 1)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "ads.jsonl"
        write_ads(plain, args.lines)
        packed = Path(tmp) / "ads.jsonl.gz"
        packed.write_bytes(gzip.compress(plain.read_bytes(), compresslevel=6))
        for path in (plain, packed):
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path)], check=True, capture_output=True, text=True
            )
            result = json.loads(out.stdout)
            rate = result["records"] / result["seconds"]
            size = path.stat().st_size / 1024 / 1024
            print(
                f"{path.name:14} {size:7.1f} MiB  {result['records']:>8} records  {result['seconds']:6.2f} s"
                f"  {rate:>10,.0f} records/s  peak RSS {result['peak_rss_mib']:.0f} MiB"
            )


if __name__ == "__main__":
    main()
