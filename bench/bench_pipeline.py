"""End-to-end benchmark: synthetic corpus -> `himaya run` (ingest, analyse, store, link) -> quality.

    python bench/bench_pipeline.py --records 1000000 --networks 8000

Prints records/s for each stage, peak memory of the whole process tree (main + workers, sampled from
/proc), and the quality metrics against the corpus ground truth. Results go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time
from pathlib import Path


def _rss_tree(pid: int) -> int:
    """Resident memory in bytes of ``pid`` and all its descendants."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


class PeakMemory:
    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _rss_tree(os.getpid()))
            self._stop.wait(0.2)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    from himaya.pipeline import ingest, link
    from himaya.report.export import write_export
    from himaya.store import Store
    from himaya.synth import evaluate, generate
    from himaya.synth.evaluate import format_report

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--networks", type=int, default=0, help="default: records / 125")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--dir", type=Path, default=None, help="keep corpus and database here")
    parser.add_argument("--json", type=Path, default=None, help="write the results here too")
    args = parser.parse_args()
    networks = args.networks or max(10, args.records // 125)

    with tempfile.TemporaryDirectory() as tmp:
        work = args.dir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        corpus = work / "corpus"
        corpus.mkdir(exist_ok=True)
        t0 = time.perf_counter()
        generate(corpus, records=args.records, networks=networks, seed=args.seed)
        gen_s = time.perf_counter() - t0
        db = work / "bench.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        with PeakMemory() as mem, Store.open(db) as store:
            t1 = time.perf_counter()
            summary = ingest(store, [corpus / "records.jsonl"], workers=args.workers or None)
            t2 = time.perf_counter()
            with store.transaction(actor="bench") as tx:
                linked = link(tx)
            t3 = time.perf_counter()
        total = t3 - t1
        with Store.open(db) as store, store.transaction(actor="bench") as tx:
            export = work / "export.jsonl"
            write_export(tx, export)
        metrics = evaluate(export, corpus / "truth.jsonl")
        result = {
            "records": args.records,
            "networks_generated": networks,
            "workers": args.workers or os.cpu_count(),
            "generate_s": round(gen_s, 1),
            "ingest_s": round(t2 - t1, 1),
            "link_s": round(t3 - t2, 1),
            "total_s": round(total, 1),
            "records_per_s": round(args.records / total),
            "ingest_records_per_s": round(args.records / (t2 - t1)),
            "peak_rss_mb": round(mem.peak / 2**20),
            "networks_found": linked.networks,
            "hubs": linked.hubs,
            "problems": summary.problems,
        }
        print(json.dumps(result, indent=2))
        print(format_report(metrics))
        if args.json:
            args.json.write_text(json.dumps({"result": result, "metrics": metrics}, indent=2, default=str))


if __name__ == "__main__":
    main()
