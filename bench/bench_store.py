"""How the cost of writing analysed records grows with the database (SQLite, the main process's share).

    python bench/bench_store.py --records 40000 --repeat 25

Analyses a synthetic corpus once (inline), then writes its rows ``--repeat`` times into one fresh database,
each time under new content addresses (so the database grows to records x repeat), inside one bulk load as
``himaya run`` does. Prints µs per record (wall and CPU) for each round: random content addresses make every
insert land on a random index page, which is why the cost grows with the database.
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path


def main() -> None:
    from himaya import ingest as readers
    from himaya.model import Record
    from himaya.pipeline import Analyzer
    from himaya.store import Store
    from himaya.store.rows import Rows, to_rows
    from himaya.synth import generate

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=40_000)
    parser.add_argument("--repeat", type=int, default=25)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp) / "corpus", records=args.records, networks=max(10, args.records // 125), seed=5)
        recs = [r for r in readers.read(Path(tmp) / "corpus" / "records.jsonl") if isinstance(r, Record)]
        analyzer = Analyzer()
        batches = [
            to_rows(zip(chunk, analyzer.analyze_batch(chunk), strict=True))
            for chunk in (recs[i : i + args.batch] for i in range(0, len(recs), args.batch))
        ]

        def renamed(rows: Rows, round_no: int) -> Rows:
            if round_no == 0:
                return rows
            new = {uid: hashlib.sha256(f"{uid}/{round_no}".encode()).hexdigest() for uid in rows.uids()}
            return Rows(
                *([(new[t[0]], *t[1:]) for t in part] for part in (rows.records, rows.occurrences, rows.minhashes))
            )

        with Store.open(Path(tmp) / "bench.db") as store:
            with store.transaction(actor="bench") as tx:
                run = tx.runs.begin("bench", [])
            with store.bulk_load(expected=len(recs) * args.repeat):
                for round_no in range(args.repeat):
                    rounds = [renamed(rows, round_no) for rows in batches]
                    wall, cpu = time.perf_counter(), time.process_time()
                    for rows in rounds:
                        with store.transaction(actor="bench") as tx:
                            tx.records.write_rows(run, rows)
                    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                    stored = len(recs) * (round_no + 1)
                    print(f"{stored:>9,} records stored: {wall / len(recs) * 1e6:6.0f} µs/record wall, "
                          f"{cpu / len(recs) * 1e6:6.0f} µs CPU", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
