"""Speed budgets that used to be unit tests: language detection per call, and a 10,000-record synthetic corpus.

    python bench/speed_budgets.py [--calls 2000] [--records 10000] [--networks 120]
                                  [--detect-budget-us 100] [--synth-budget-s 8]

Prints each figure next to its budget and exits 1 when one is over (or the corpus has the wrong size), so a
slow machine fails a benchmark run instead of the test suite. The budgets are the old tests' thresholds:
``detect`` under 100 µs a call (the aim is 20 µs; the margin is for slow CI machines), and ``generate`` of
10,000 records and 120 networks under 8 s. One process, one core.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time

from himaya.synth import generate
from himaya.text.lang import detect

AD = "Workers needed urgently for farms in Europe, visa and air ticket paid by the company, " * 3


def detect_per_call(calls: int) -> float:
    """Seconds per ``detect`` call on a three-sentence English job ad."""
    start = time.perf_counter()
    for _ in range(calls):
        detect(AD)
    return (time.perf_counter() - start) / calls


def synth_seconds(records: int, networks: int) -> tuple[float, int]:
    """Seconds to generate a corpus of ``records`` records and ``networks`` networks, and the records written."""
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        summary = generate(out, records=records, networks=networks, seed=3)
        return time.perf_counter() - start, summary["records"]


def _report(figure: str, value: float, budget: float, unit: str) -> bool:
    """Print the figure against its budget; True when it is over."""
    over = value >= budget
    print(f"{figure}; budget {budget:g} {unit}{'  OVER' if over else ''}")
    return over


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--networks", type=int, default=120)
    parser.add_argument("--detect-budget-us", type=float, default=100.0)
    parser.add_argument("--synth-budget-s", type=float, default=8.0)
    args = parser.parse_args(argv)
    failed = False

    per_call_us = detect_per_call(args.calls) * 1e6
    failed |= _report(f"detect: {per_call_us:.1f} µs per call ({args.calls} calls)", per_call_us,
                      args.detect_budget_us, "µs")  # fmt: skip

    seconds, written = synth_seconds(args.records, args.networks)
    failed |= _report(f"generate: {written:,} records, {args.networks} networks in {seconds:.2f} s", seconds,
                      args.synth_budget_s, "s")  # fmt: skip
    if written != args.records:
        print(f"generate: wrote {written:,} records, asked for {args.records:,}", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
