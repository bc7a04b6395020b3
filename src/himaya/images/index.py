"""Exact range search over PDQ hashes: every list entry within a Hamming radius of a query, none missed.

A known image matches a hash-list entry when the Hamming distance between their 256-bit PDQ hashes is at most
31 (the usual threshold). Scanning a list of ten million hashes costs tens of milliseconds per query, so the
index uses multi-index hashing (Norouzi, Punjani and Fleet, "Fast exact search in Hamming space with multi-index
hashing", TPAMI 2014):

- The 256 bits are cut into 12 disjoint substrings: each 64-bit word gives one of 22 bits and two of 21.
- Pigeonhole: write radius r = 12 s + a with 0 <= a < 12. If a hash is within r of the query, then one of the
  first a + 1 substrings is within s of the query's substring, or one of the others is within s - 1 (otherwise
  the distance would be at least (a + 1)(s + 1) + (11 - a) s = r + 1). For r = 31: 8 tables probed with every
  value within 2 bits (the four 22-bit ones, 254 probes each, and four 21-bit ones, 232 each) and 4 tables
  within 1 bit (22 probes each): about 2,000 probes and, for 10 million uniform hashes, 7,300 candidates.
- Each table is the row numbers sorted by key (stably: ascending rows within a bucket, which measured faster)
  plus an offsets array of 2**k + 1 entries, so a probe is two array reads. The key is the substring, or its
  low k bits for lists under a million hashes (k = bits of N, 4 to 21, one more for the 22-bit substrings:
  about one bucket per hash; the bound still holds, a probe just finds more). Row numbers are stored as a
  16-bit low part and an 8-bit high part (24 bits, enough for 16.7 million hashes; a 16-bit high part beyond
  that) to keep 10 million hashes, index included, under 1 GB (776 MiB of arrays).
- Candidates are checked with their exact distance (XOR and popcount over four 64-bit words), so the answer is
  exactly the brute-force answer. A match that several tables find is reported by the first of them only.
- Skewed lists (near-duplicate families, low-entropy hashes) make some buckets large: candidates are checked
  in bounded chunks so memory stays flat, and the time grows with the candidates (see bench/bench_match.py).

Queries are answered in batches with numpy only. Every array is a plain numpy array: `save` writes them with
`numpy.save` and `load` can memory-map them, so several processes can share one index.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt

from himaya.images.hashing import PDQ_RADIUS

__all__ = ["HASH_BYTES", "PDQIndex", "hashes_from_hex", "to_hex"]

HASH_BYTES = 32
SUBSTRING_BITS = 21
TABLES = 12
# (word, first bit, width) of each table's substring; the 22-bit ones first, where the plan probes 2 bits.
_LAYOUT = [(word, 0, 22) for word in range(4)] + [(word, shift, 21) for word in range(4) for shift in (22, 43)]
_QUERY_CHUNK = 256  # queries answered together
_CANDIDATE_CHUNK = 1 << 17  # candidates checked together: bounds the working memory on skewed lists
_BUILD_CHUNK = 1 << 18  # rows per build step: small temporaries (peak memory)
_HEX = re.compile(r"[0-9a-fA-F]{64}")

Method = Literal["auto", "index", "scan"]


def hashes_from_hex(values: Iterable[str]) -> npt.NDArray[np.uint8]:
    """PDQ hashes written as 64 hex digits -> an (N, 32) uint8 array, bytes in the order they are written.

    Raises ValueError naming the first value that is not exactly 64 hex digits.
    """
    items = list(values)
    for value in items:
        if not isinstance(value, str) or not _HEX.fullmatch(value):
            raise ValueError(f"not a PDQ hash (64 hex digits expected): {value!r}")
    data = bytes.fromhex("".join(items))
    return np.frombuffer(data, dtype=np.uint8).reshape(len(items), HASH_BYTES).copy()


def to_hex(hashes: npt.NDArray[np.uint8]) -> list[str]:
    """An (N, 32) uint8 array -> N strings of 64 lower-case hex digits (the inverse of `hashes_from_hex`)."""
    array = _as_hashes(hashes, "hashes")
    text = array.tobytes().hex()
    width = 2 * HASH_BYTES
    return [text[start : start + width] for start in range(0, len(text), width)]


class PDQIndex:
    """Exact Hamming range search over a fixed list of PDQ hashes (see the module docstring for the method)."""

    def __init__(
        self,
        hashes: npt.NDArray[np.uint8],
        offsets: npt.NDArray[np.uint32],
        rows_low: npt.NDArray[np.uint16],
        rows_high: npt.NDArray[np.unsignedinteger],
    ) -> None:
        """Wrap arrays made by `build` (or loaded by `load`); use those rather than calling this directly."""
        self.hashes = hashes
        self.offsets = offsets
        self.rows_low = rows_low
        self.rows_high = rows_high
        self._words = hashes.view(np.uint64)
        # offsets holds the tables one after another: 4 of 2**(k + 1) + 1 entries, 8 of 2**k + 1.
        key_bits = ((len(offsets) - 12) // 16).bit_length() - 1
        self._keys = [(word, shift, key_bits + width - SUBSTRING_BITS) for word, shift, width in _LAYOUT]
        ends = np.cumsum([(1 << bits) + 1 for _, _, bits in self._keys])
        self._offsets = [
            offsets[end - (1 << bits) - 1 : end] for end, (_, _, bits) in zip(ends, self._keys, strict=True)
        ]

    @classmethod
    def build(cls, hashes: npt.NDArray[np.uint8]) -> PDQIndex:
        """Index an (N, 32) uint8 array of hashes (kept, not copied, when already C-contiguous)."""
        array = _as_hashes(hashes, "hashes")
        # Keys of up to 21 bits, about one bucket per hash: a small list gets small tables.
        return cls._build(array, min(SUBSTRING_BITS, max(4, (len(array) - 1).bit_length())))

    @classmethod
    def _build(cls, array: npt.NDArray[np.uint8], key_bits: int) -> PDQIndex:
        count = len(array)
        if count >= 1 << 32:
            raise ValueError(f"at most 2**32 - 1 hashes per index, got {count}")
        words = array.view(np.uint64)
        offsets = np.zeros(16 * (1 << key_bits) + 12, dtype=np.uint32)
        rows_low = np.empty((TABLES, count), dtype=np.uint16)
        rows_high = np.empty((TABLES, count), dtype=np.uint8 if count <= 1 << 24 else np.uint16)
        index = cls(array, offsets, rows_low, rows_high)
        for table in range(TABLES):
            _fill_table(words, index._keys[table], index._offsets[table], rows_low[table], rows_high[table])
        return index

    def __len__(self) -> int:
        return len(self.hashes)

    def search(
        self, queries: npt.NDArray[np.uint8], radius: int = PDQ_RADIUS, *, method: Method = "auto"
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int32]]:
        """Every (query row, index row, distance) with distance <= radius, sorted by query row then index row.

        `method` "index" probes the tables, "scan" compares with every hash (the same answer, slower on large
        lists); "auto" picks the index unless the radius is so large that probing would cost more than a scan.
        """
        query_array = _as_hashes(queries, "queries")
        if not 0 <= radius <= 8 * HASH_BYTES:
            raise ValueError(f"radius must be between 0 and 256, got {radius}")
        plan = self._plan(radius)
        if method == "auto":
            probes = sum(len(masks) for _, _, masks in plan)
            candidates = sum(len(masks) * len(self) / len(self._offsets[table]) for table, _, masks in plan)
            method = "index" if probes + candidates < len(self) / 4 else "scan"
        query_words = query_array.view(np.uint64)
        found: list[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int32]]] = []
        for start in range(0, len(query_words), _QUERY_CHUNK):
            chunk = query_words[start : start + _QUERY_CHUNK]
            parts = self._scan(chunk, radius) if method == "scan" else self._probe(chunk, radius, plan)
            for query_rows, rows, distances in parts:
                found.append((query_rows + start, rows, distances))
        return _sorted_matches(found)

    def candidates(self, queries: npt.NDArray[np.uint8], radius: int = PDQ_RADIUS) -> npt.NDArray[np.int64]:
        """How many rows the tables hand to the exact check for each query (repeats included): a cost measure."""
        words = _as_hashes(queries, "queries").view(np.uint64)
        total = np.zeros(len(words), dtype=np.int64)
        for table, _, masks in self._plan(radius):
            probes = _key(words, self._keys[table])[:, None] ^ masks[None, :]
            offsets = self._offsets[table]
            total += (offsets[probes + 1].astype(np.int64) - offsets[probes]).sum(axis=1)
        return total

    def _plan(self, radius: int) -> list[tuple[int, int, npt.NDArray[np.uint32]]]:
        """(table, distance, masks) to probe for `radius`, from the refined pigeonhole bound in the module docstring.

        With keys shorter than their substring the bound still holds (a key is part of it), probes find more.
        """
        share, extra = divmod(radius, TABLES)
        plan = []
        for table, (_, _, bits) in enumerate(self._keys):
            distance = share if table <= extra else share - 1
            if distance >= 0:
                plan.append((table, distance, _masks(distance, bits)))
        return plan

    def _probe(
        self, chunk: npt.NDArray[np.uint64], radius: int, plan: list[tuple[int, int, npt.NDArray[np.uint32]]]
    ) -> Iterable[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int32]]]:
        """Candidates from every table's probes, checked exactly; each match is reported by one table only."""
        for step, (table, _, masks) in enumerate(plan):
            probes = (_key(chunk, self._keys[table])[:, None] ^ masks[None, :]).ravel()
            offsets = self._offsets[table]
            starts = np.take(offsets, probes).astype(np.int64)
            counts = np.take(offsets, probes + 1).astype(np.int64) - starts
            hit = np.flatnonzero(counts)
            if len(hit) == 0:
                continue
            starts, counts, probe_query = starts[hit], counts[hit], hit // len(masks)
            if counts.max() > _CANDIDATE_CHUNK:  # a huge bucket (many copies of one hash): cut it in pieces
                starts, counts, probe_query = _split_ranges(starts, counts, probe_query)
            ends = np.cumsum(counts)
            # Split the probes so that one check handles about _CANDIDATE_CHUNK candidates (bounded memory).
            cuts = np.searchsorted(ends, np.arange(_CANDIDATE_CHUNK, int(ends[-1]), _CANDIDATE_CHUNK))
            bounds = [0, *np.unique(cuts).tolist(), len(ends)]
            for low, high in itertools.pairwise(bounds):
                if high <= low:
                    continue
                positions = _expand(starts[low:high], counts[low:high])
                query_rows = np.repeat(probe_query[low:high], counts[low:high])
                rows = np.take(self.rows_low[table], positions).astype(np.int64)
                rows |= np.take(self.rows_high[table], positions).astype(np.int64) << 16
                del positions
                query_rows, rows, distances = _check(self._words, chunk, query_rows, rows, radius)
                # A pair an earlier table also finds is that table's to report.
                differences = np.take(self._words, rows, axis=0) ^ np.take(chunk, query_rows, axis=0)
                first = np.ones(len(rows), dtype=bool)
                for earlier, distance, _ in plan[:step]:
                    first &= _popcount(_key(differences, self._keys[earlier])) > distance
                yield query_rows[first], rows[first], distances[first]

    def _scan(
        self, chunk: npt.NDArray[np.uint64], radius: int
    ) -> Iterable[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int32]]]:
        """Compare the queries with every hash, a block of rows at a time."""
        block = max(1, (1 << 20) // max(1, len(chunk)))
        for start in range(0, len(self), block):
            words = self._words[start : start + block]
            distances = _popcount(words[None, :, :] ^ chunk[:, None, :]).sum(axis=2, dtype=np.int32)
            query_rows, rows = np.nonzero(distances <= radius)
            yield query_rows.astype(np.int64), rows.astype(np.int64) + start, distances[query_rows, rows]

    def save(self, directory: str | Path) -> None:
        """Write the index's arrays as .npy files into `directory` (created if needed)."""
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        for name in ("hashes", "offsets", "rows_low", "rows_high"):
            np.save(path / f"{name}.npy", getattr(self, name))

    @classmethod
    def load(cls, directory: str | Path, *, mmap: bool = True) -> PDQIndex:
        """Read an index written by `save`; with `mmap` the arrays stay on disk and are shared between processes."""
        path = Path(directory)
        mode: Literal["r"] | None = "r" if mmap else None
        arrays = [
            np.load(path / f"{name}.npy", mmap_mode=mode) for name in ("hashes", "offsets", "rows_low", "rows_high")
        ]
        hashes, offsets, rows_low, rows_high = arrays
        buckets = (len(offsets) - 12) // 16
        if hashes.shape[1:] != (HASH_BYTES,) or offsets.ndim != 1 or len(offsets) != 16 * buckets + 12:
            raise ValueError(f"not a PDQ index written by this version: {path}")
        return cls(hashes, offsets, rows_low, rows_high)


def _as_hashes(hashes: npt.NDArray[np.uint8], name: str) -> npt.NDArray[np.uint8]:
    """Check the (N, 32) uint8 shape and return a C-contiguous array (a copy only when needed)."""
    if not isinstance(hashes, np.ndarray) or hashes.dtype != np.uint8 or hashes.ndim != 2:
        raise ValueError(f"{name} must be an (N, 32) uint8 array")
    if hashes.shape[1] != HASH_BYTES:
        raise ValueError(f"{name} must have 32 bytes per hash, got {hashes.shape[1]}")
    return np.ascontiguousarray(hashes)


def _fill_table(
    words: npt.NDArray[np.uint64],
    key: tuple[int, int, int],
    offsets: npt.NDArray[np.uint32],
    rows_low: npt.NDArray[np.uint16],
    rows_high: npt.NDArray[np.unsignedinteger],
) -> None:
    """Counting sort of the rows by substring `table`, a chunk at a time (no full-size temporary arrays)."""
    count = len(words)
    buckets = len(offsets) - 1
    counts = np.zeros(buckets, dtype=np.int64)
    for start in range(0, count, _BUILD_CHUNK):
        counts += np.bincount(_key(words[start : start + _BUILD_CHUNK], key), minlength=buckets)
    np.cumsum(counts, out=offsets[1:])
    free = offsets[:-1].astype(np.int64)  # next free slot of each bucket
    for start in range(0, count, _BUILD_CHUNK):
        keys = _key(words[start : start + _BUILD_CHUNK], key)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        run_start = np.ones(len(keys), dtype=bool)
        run_start[1:] = sorted_keys[1:] != sorted_keys[:-1]
        firsts = np.flatnonzero(run_start)
        run_lengths = np.diff(np.append(firsts, len(keys)))
        slots = free[sorted_keys] + (np.arange(len(keys)) - np.repeat(firsts, run_lengths))
        rows = order + start
        rows_low[slots] = rows.astype(np.uint16)
        rows_high[slots] = (rows >> 16).astype(rows_high.dtype)
        free[sorted_keys[firsts]] += run_lengths


def _key(words: npt.NDArray[np.uint64], key: tuple[int, int, int]) -> npt.NDArray[np.uint32]:
    """A table's key for each hash: `bits` bits from bit `shift` of the little-endian 64-bit word `word`."""
    word, shift, bits = key
    return ((words[:, word] >> np.uint64(shift)) & np.uint64((1 << bits) - 1)).astype(np.uint32)


@lru_cache(maxsize=64)
def _masks(distance: int, bits: int) -> npt.NDArray[np.uint32]:
    """Every `bits`-bit value with at most `distance` bits set: the XOR masks of one table's probes."""
    values = [
        sum(1 << bit for bit in chosen)
        for flips in range(min(distance, bits) + 1)
        for chosen in itertools.combinations(range(bits), flips)
    ]
    return np.array(values, dtype=np.uint32)


def _split_ranges(
    starts: npt.NDArray[np.int64], counts: npt.NDArray[np.int64], owners: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Cut ranges longer than _CANDIDATE_CHUNK into pieces of at most that length, in order."""
    pieces = -(-counts // _CANDIDATE_CHUNK)
    first_piece = np.cumsum(pieces) - pieces
    piece = np.arange(int(pieces.sum())) - np.repeat(first_piece, pieces)
    offset = piece * _CANDIDATE_CHUNK
    lengths = np.minimum(np.repeat(counts, pieces) - offset, _CANDIDATE_CHUNK)
    return np.repeat(starts, pieces) + offset, lengths, np.repeat(owners, pieces)


def _expand(starts: npt.NDArray[np.int64], counts: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Concatenate the ranges starts[i] .. starts[i] + counts[i] - 1 (all counts > 0) with one cumsum."""
    ends = np.cumsum(counts)
    steps = np.ones(int(ends[-1]), dtype=np.int64)
    steps[0] = starts[0]
    steps[ends[:-1]] = starts[1:] - (starts[:-1] + counts[:-1] - 1)
    return np.cumsum(steps)


def _check(
    words: npt.NDArray[np.uint64],
    queries: npt.NDArray[np.uint64],
    query_rows: npt.NDArray[np.int64],
    rows: npt.NDArray[np.int64],
    radius: int,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int32]]:
    """Keep the candidate pairs whose exact distance is within the radius."""
    # np.take, not words[rows]: numpy's fancy indexing of 2-d arrays is several times slower here.
    differences = np.take(words, rows, axis=0)
    differences ^= np.take(queries, query_rows, axis=0)
    counts = _popcount(differences)
    distances = counts[:, 0].astype(np.int32)
    for column in range(1, 4):
        distances += counts[:, column]
    keep = np.flatnonzero(distances <= radius)
    return query_rows[keep], rows[keep], distances[keep]


def _popcount(words: npt.NDArray[np.unsignedinteger]) -> npt.NDArray[np.uint8]:
    """Bits set in each word (numpy 2's bitwise_count, or a byte table on numpy 1)."""
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(words)  # type: ignore[no-any-return]
    as_bytes = np.ascontiguousarray(words).view(np.uint8).reshape(*words.shape, words.itemsize)
    return _BYTE_BITS[as_bytes].sum(axis=-1, dtype=np.uint8)  # type: ignore[no-any-return]


_BYTE_BITS = np.array([bin(value).count("1") for value in range(256)], dtype=np.uint8)


def _sorted_matches(
    found: list[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int32]]],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int32]]:
    """Concatenate the matches and sort them by query row, then index row."""
    if not found:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy(), np.empty(0, dtype=np.int32)
    query_rows = np.concatenate([part[0] for part in found])
    rows = np.concatenate([part[1] for part in found])
    distances = np.concatenate([part[2] for part in found]).astype(np.int32)
    order = np.lexsort((rows, query_rows))
    return query_rows[order], rows[order], distances[order]
