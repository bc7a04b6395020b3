"""Benchmark the PDQ matching index: build time, peak memory, queries per second at radius 31, exact recall.

    python bench/bench_match.py --hashes 10000000 --queries 2000

Each hash set (uniform random, then clustered) runs in a fresh process so that its peak memory is its own. The
clustered set imitates real PDQ lists: families of near-duplicates around a centre (Zipf-like family sizes, members
a few to 24 bit flips away), exact duplicates, a share of low-entropy hashes whose bits are biased towards 0, and
a few all-zero hashes. Queries: half are indexed hashes moved by 0 to 40 random bit flips (so matches exist at and
around the threshold), the rest unrelated (uniform, or biased like the low-entropy share). Recall is checked against
a brute-force scan on a sample of the queries. All data is random: no images are involved.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import subprocess
import sys
import time

import numpy as np
import numpy.typing as npt

from himaya.images.index import PDQIndex

Hashes = npt.NDArray[np.uint8]


def memory_kib(field: str) -> int:
    """VmRSS or VmHWM of this process in KiB (Linux), else the peak from getrusage."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def flip_bits(hashes: Hashes, flips: npt.NDArray[np.int64], rng: np.random.Generator) -> None:
    """Flip up to flips[i] random bits of row i in place (two picks of one bit cancel: distance <= flips[i])."""
    most = int(flips.max(initial=0))
    if most == 0:
        return
    positions = rng.integers(0, 256, size=(len(hashes), most))
    rows = np.broadcast_to(np.arange(len(hashes))[:, None], positions.shape)
    used = np.arange(most)[None, :] < flips[:, None]
    positions, rows = positions[used], rows[used]
    np.bitwise_xor.at(hashes, (rows, positions >> 3), (1 << (7 - (positions & 7))).astype(np.uint8))


def biased_hashes(count: int, rng: np.random.Generator, one_bits: float = 0.3) -> Hashes:
    """Low-entropy hashes: each bit is 1 with probability `one_bits`."""
    out = np.empty((count, 32), dtype=np.uint8)
    for start in range(0, count, 1 << 14):
        part = min(1 << 14, count - start)
        out[start : start + part] = np.packbits(rng.random((part, 256), dtype=np.float32) < one_bits, axis=1)
    return out


def uniform_set(count: int, rng: np.random.Generator) -> Hashes:
    return rng.integers(0, 256, size=(count, 32), dtype=np.uint8)


def clustered_set(count: int, rng: np.random.Generator) -> Hashes:
    """60% near-duplicate families, 5% exact duplicates, 20% biased bits, 15% uniform, 100 zero hashes."""
    out = np.empty((count, 32), dtype=np.uint8)
    families = count * 60 // 100
    centres = uniform_set(max(1, families // 20), rng)
    # Zipf-like family sizes: a few large series, many small ones.
    weights = 1.0 / np.arange(1, len(centres) + 1) ** 0.8
    chunk = 1 << 18
    for start in range(0, families, chunk):
        part = min(chunk, families - start)
        members = centres[rng.choice(len(centres), size=part, p=weights / weights.sum())]
        flip_bits(members, rng.integers(0, 25, size=part), rng)
        out[start : start + part] = members
    at = families
    duplicates = count * 5 // 100
    out[at : at + duplicates] = out[rng.integers(0, max(1, families), size=duplicates)]
    at += duplicates
    biased = count * 20 // 100
    out[at : at + biased] = biased_hashes(biased, rng)
    at += biased
    out[at:] = uniform_set(count - at, rng)
    out[at : at + min(100, count - at)] = 0
    return out


def make_queries(hashes: Hashes, count: int, clustered: bool, rng: np.random.Generator) -> Hashes:
    """Half near indexed hashes (0..40 flips), half unrelated (uniform; for clustered, half of those biased)."""
    near = count // 2
    queries = np.empty((count, 32), dtype=np.uint8)
    queries[:near] = hashes[rng.integers(0, len(hashes), size=near)]
    flip_bits(queries[:near], rng.integers(0, 41, size=near), rng)
    rest = count - near
    if clustered:
        queries[near : near + rest // 2] = biased_hashes(rest // 2, rng)
        queries[near + rest // 2 :] = uniform_set(rest - rest // 2, rng)
    else:
        queries[near:] = uniform_set(rest, rng)
    return queries[rng.permutation(count)]


_SHARED: PDQIndex | None = None


def _search_part(queries: Hashes) -> int:
    assert _SHARED is not None
    return len(_SHARED.search(queries)[0])


def run_one(kind: str, count: int, query_count: int, seed: int, sample: int) -> None:
    global _SHARED
    rng = np.random.default_rng(seed)
    base = memory_kib("VmRSS")
    started = time.perf_counter()
    hashes = clustered_set(count, rng) if kind == "clustered" else uniform_set(count, rng)
    queries = make_queries(hashes, query_count, kind == "clustered", rng)
    made = time.perf_counter() - started
    started = time.perf_counter()
    index = PDQIndex.build(hashes)
    build = time.perf_counter() - started
    after_build = memory_kib("VmHWM")
    index.search(queries[:64])  # warm up
    started = time.perf_counter()
    query_rows, rows, distances = index.search(queries, 31)
    seconds = time.perf_counter() - started
    peak = memory_kib("VmHWM")
    candidates = index.candidates(queries, 31)
    _SHARED = index
    halves = np.array_split(queries, 2)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_search_part, [queries[:64], queries[64:128]])
        started = time.perf_counter()
        matched = sum(pool.map(_search_part, halves))
        two = time.perf_counter() - started
    assert matched == len(rows)
    picks = rng.choice(query_count, size=min(sample, query_count), replace=False)
    exact = index.search(queries[picks], 31, method="scan")
    mine = np.isin(query_rows, picks)
    lookup = {int(q): i for i, q in enumerate(picks)}
    got = sorted(
        zip((lookup[int(q)] for q in query_rows[mine]), rows[mine].tolist(), distances[mine].tolist(), strict=True)
    )
    want = sorted(zip(exact[0].tolist(), exact[1].tolist(), exact[2].tolist(), strict=True))
    recall = "exact" if got == want else f"MISMATCH ({len(got)} found, {len(want)} by brute force)"
    print(f"{kind}: {count:,} hashes, {query_count:,} queries (generated in {made:.1f} s)")
    print(f"  build {build:.1f} s; peak RSS growth {(after_build - base) / 1024:.0f} MiB after build, ")
    print(f"  {(peak - base) / 1024:.0f} MiB after searching (index arrays {index_bytes(index) / 2**20:.0f} MiB)")
    print(f"  radius 31: {query_count / seconds:,.0f} queries/s in one process, {query_count / two:,.0f} with two")
    print(f"  matches {len(rows):,} ({np.count_nonzero(np.bincount(query_rows, minlength=query_count))} queries)")
    print(
        f"  candidates/query: mean {candidates.mean():,.0f}, median {np.median(candidates):,.0f}, "
        f"p99 {np.percentile(candidates, 99):,.0f}, max {candidates.max():,}"
    )
    print(f"  recall on {len(picks)} queries against brute force: {recall}", flush=True)


def index_bytes(index: PDQIndex) -> int:
    return index.hashes.nbytes + index.offsets.nbytes + index.rows_low.nbytes + index.rows_high.nbytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hashes", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--sets", default="uniform,clustered", help="comma-separated: uniform, clustered")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample", type=int, default=50, help="queries checked against brute force")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one, args.hashes, args.queries, args.seed, args.sample)
        return
    for kind in args.sets.split(","):
        command = [sys.argv[0], "--one", kind, "--hashes", str(args.hashes), "--queries", str(args.queries)]
        command += ["--seed", str(args.seed), "--sample", str(args.sample)]
        subprocess.run([sys.executable, *command], check=True)


if __name__ == "__main__":
    main()
