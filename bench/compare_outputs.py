"""Behaviour unchanged? Run the main job through the CLI and keep everything it shows a user, then compare.

    python bench/compare_outputs.py capture --out /tmp/before samples/corpus --hashlist samples/watchlist.txt
    ... change the code ...
    python bench/compare_outputs.py capture --out /tmp/after samples/corpus --hashlist samples/watchlist.txt
    python bench/compare_outputs.py diff /tmp/before /tmp/after

``capture`` runs ``himaya hashlist import`` (optional), ``himaya run``, then writes what the commands print:
the records export, the networks (``--json``), image series and matches, search results for the first few
selectors, and the HTML report. ``diff`` compares two captures file by file, byte for byte, and exits 1 on
any difference, naming the file and the first differing line. Run it on the sample corpus and on a synthetic
corpus (``himaya synth --records 100000 --networks 800 --seed 7 --out /tmp/c100k``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

HIMAYA = [str(Path(sys.executable).parent / "himaya")]  # the installed command, as a user runs it


def _run(args: list[str], out: Path | None = None) -> str:
    done = subprocess.run([*HIMAYA, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"himaya {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    if out is not None:
        out.write_text(done.stdout, encoding="utf-8")
    return done.stdout


def capture(out: Path, inputs: list[str], hashlist: str | None, workers: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    db = out / "capture.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    if hashlist:
        _run(["hashlist", "import", hashlist, "--name", "watchlist", "--db", str(db)])
    _run(["run", *inputs, "--db", str(db), "--workers", str(workers), "-q", "--report", str(out / "report.html")])
    _run(["export", "records", "--db", str(db), "--out", str(out / "records.jsonl")])
    _run(["networks", "--db", str(db), "--json", "--limit", "0"], out / "networks.jsonl")
    _run(["series", "--db", str(db), "--json", "--limit", "0"], out / "series.jsonl")
    if hashlist:
        _run(["match", "--db", str(db), "--json"], out / "matches.jsonl")
    searched = []
    with (out / "records.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            for selector in json.loads(line)["selectors"]:
                if selector["type"] in ("phone", "email", "crypto") and len(searched) < 5:
                    searched.append(selector["value"])
            if len(searched) >= 5:
                break
    with (out / "search.txt").open("w", encoding="utf-8") as found:
        for value in searched:
            found.write(f"## {value}\n")
            found.write(_run(["search", value, "--db", str(db), "--json"]))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    print(f"captured {len(list(out.iterdir()))} files in {out}")


def _masked(data: bytes) -> bytes:
    """What differs between two runs of the same code: the report's generation time, and the runs' start times
    and durations (the report lists the runs)."""
    data = re.sub(rb"Generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", b"Generated (time) UTC", data)
    data = re.sub(rb"<td>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ</td>", b"<td>(time)</td>", data)
    return re.sub(rb"(&#39;seconds&#39;: )[0-9.]+", rb"\1(s)", data)


def diff(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    failed = 0
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            print(f"{name}: only in {'after' if not a.exists() else 'before'}")
            failed += 1
            continue
        left, right = _masked(a.read_bytes()), _masked(b.read_bytes())
        if left == right:
            print(f"{name}: identical ({len(left):,} bytes)")
            continue
        failed += 1
        for number, (x, y) in enumerate(zip(left.splitlines(), right.splitlines(), strict=False), 1):
            if x != y:
                print(f"{name}: differs at line {number}\n  before: {x[:300]!r}\n  after:  {y[:300]!r}")
                break
        else:
            print(f"{name}: differs in length ({len(left):,} vs {len(right):,} bytes)")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    cap = sub.add_parser("capture")
    cap.add_argument("inputs", nargs="+")
    cap.add_argument("--out", type=Path, required=True)
    cap.add_argument("--hashlist")
    cap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    dif = sub.add_parser("diff")
    dif.add_argument("before", type=Path)
    dif.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "capture":
        capture(args.out, args.inputs, args.hashlist, args.workers)
        return 0
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
