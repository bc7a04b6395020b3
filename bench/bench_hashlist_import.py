"""Benchmark `himaya hashlist import` as a user runs it: a large plain PDQ list, then a newer version of it.

    python bench/bench_hashlist_import.py --entries 10000000
    python bench/bench_hashlist_import.py --entries 1000000 --db postgresql://postgres@127.0.0.1:5432/bench
    python bench/bench_hashlist_import.py --entries 1000000 --src /tmp/old/src   # another checkout's code

Writes two plain lists of random PDQ hashes (seeded) into a temporary folder: version 1 with ``--entries``
hashes, and version 2 in which ``--change`` of them changed: half of that share retracted, as many new hashes
added, and a tenth of it given a PDQ quality (changed entries). Each import runs as a fresh ``himaya hashlist
import`` process (``python -c`` of what the ``himaya`` script runs; with ``--src``, that folder first on
PYTHONPATH); its wall time, CPU time and own peak resident memory (``os.wait4``'s rusage) are printed in a
table, and the counts the command reports are checked against the ones the generator made. ``--identical``
also re-imports version 2 as it is. The SQLite database is a fresh file in the folder; a PostgreSQL database
given with ``--db`` is emptied first. All data is random hex: no images are involved.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

_REPORT = re.compile(r"(\d+) entries; (\d+) added, (\d+) retracted, (\d+) changed")
_BLOCK = 1_000_000
_MAIN = "from himaya.cli.main import main; main()"  # what the `himaya` script runs


def hashes(rng: np.random.Generator, count: int) -> list[str]:
    """``count`` random 64-digit hex PDQ hashes."""
    raw = rng.bytes(32 * count).hex()
    return [raw[i : i + 64] for i in range(0, len(raw), 64)]


def write_lists(folder: Path, entries: int, change: float, seed: int) -> tuple[Path, Path, dict[str, int]]:
    """Version 1 and 2 of the list, written in blocks (the generator holds one block of hashes at a time), and
    the counts version 2 should report. Version 2 keeps each hash of version 1 in place, drops a share of them,
    gives a quality to another share, and appends the new ones."""
    rng = np.random.default_rng(seed)
    retract = int(entries * change / 2)
    add = retract
    quality = int(entries * change / 10)
    dropped = set(rng.choice(entries, retract + quality, replace=False).tolist())
    with_quality = set(list(dropped)[:quality])
    dropped -= with_quality
    v1, v2 = folder / "v1.txt", folder / "v2.txt"
    with open(v1, "w") as one, open(v2, "w") as two:
        for start in range(0, entries, _BLOCK):
            block = hashes(rng, min(_BLOCK, entries - start))
            one.write("\n".join(block) + "\n")
            two.writelines(
                f"{value},90\n" if start + i in with_quality else f"{value}\n"
                for i, value in enumerate(block)
                if start + i not in dropped
            )
        for start in range(0, add, _BLOCK):
            two.write("\n".join(hashes(rng, min(_BLOCK, add - start))) + "\n")
    expected = {"entries": entries - retract + add, "added": add, "retracted": retract, "changed": quality}
    return v1, v2, expected


def run_import(path: Path, db: str, src: str | None) -> tuple[float, float, int, dict[str, int]]:
    """(wall seconds, CPU seconds, peak RSS in MiB, reported counts) of one `himaya hashlist import` process."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-c", _MAIN, "hashlist", "import", str(path), "--name", "bench"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([*command, "--db", db], env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not the sum of all children
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        output, errors = out.read().decode(), err.read().decode()
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"import failed ({os.waitstatus_to_exitcode(status)}): {errors[-2000:]}")
    found = _REPORT.search(output)
    if found is None:
        raise SystemExit(f"unexpected output: {output}")
    counts = dict(zip(("entries", "added", "retracted", "changed"), map(int, found.groups()), strict=True))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--change", type=float, default=0.01, help="share of version 1 changed in version 2")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--db", help="a PostgreSQL URL (emptied first); default: a fresh SQLite file")
    parser.add_argument("--src", help="run the command with this src folder first on PYTHONPATH (old code)")
    parser.add_argument("--identical", action="store_true", help="also re-import version 2 unchanged")
    parser.add_argument("--dir", type=Path, help="folder for the lists and the SQLite file (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        v1, v2, expected = write_lists(folder, args.entries, args.change, args.seed)
        print(f"lists written in {time.perf_counter() - start:.1f} s: {v1.stat().st_size / 2**20:.0f} MiB")
        db = args.db or str(folder / "bench.db")
        if args.db:
            _empty_postgres(args.db, args.src)
        steps = [("first import", v1), ("re-import, changed", v2)] + ([("re-import, identical", v2)] * args.identical)
        first = {"entries": args.entries, "added": args.entries, "retracted": 0, "changed": 0}
        same = {"entries": expected["entries"], "added": 0, "retracted": 0, "changed": 0}
        print("| step | entries | added | retracted | changed | wall | CPU (user + system) | peak RSS |")
        print("|---|---|---|---|---|---|---|---|")
        for (step, path), want in zip(steps, (first, expected, same), strict=False):
            wall, cpu, rss, got = run_import(path, db, args.src)
            print(
                f"| {step} | {got['entries']:,} | {got['added']:,} | {got['retracted']:,} | {got['changed']:,} "
                f"| {wall:.1f} s | {cpu:.1f} s | {rss:,} MiB |",
                flush=True,
            )
            if got != want:
                print(f"counts differ from the generator's: expected {want}", file=sys.stderr)
                return 1
    return 0


def _empty_postgres(url: str, src: str | None) -> None:
    """Drop every table of the database at ``url`` (a fresh start, as for the SQLite file)."""
    code = "import sys; from himaya.store import Store; s = Store.open(sys.argv[1]); s.drop_all(); s.close()"
    env = dict(os.environ) | ({"PYTHONPATH": src} if src else {})
    subprocess.run([sys.executable, "-c", code, url], check=True, env=env)


if __name__ == "__main__":
    raise SystemExit(main())
