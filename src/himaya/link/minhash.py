"""MinHash signatures and LSH band keys for near-duplicate text, computed per record (a pure function).

Shingles are pairs of consecutive folded words, so the same template in Arabic, accented French or Spanish
compares as well as English; numbers are left out (they are selectors or prices, which are compared as
selectors). The band keys let the link stage find candidate pairs by grouping equal keys, which is how the
same step runs as a Spark ``groupBy`` later.
"""

from __future__ import annotations

import zlib
from functools import cached_property
from itertools import pairwise

import numpy as np
from datasketch import MinHash

from himaya.text.normalize import words

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above a Jaccard of about 0.5 become candidates
ROWS = NUM_PERM // BANDS
MIN_WORDS = 4  # texts shorter than this are not compared as text
_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5], dtype=np.uint64
)
_BAND_SALT = (np.arange(BANDS, dtype=np.uint64) + np.uint64(1)) * np.uint64(0xFF51AFD7ED558CCD)


def shingles(text: str, folded: list[str] | None = None) -> set[bytes]:
    """Pairs of consecutive folded words; ``folded``: the text's words (numbers left out) if already known."""
    tokens = [w for w in words(text) if not w.isdigit()] if folded is None else folded
    if len(tokens) < MIN_WORDS:
        return set()
    return {f"{a} {b}".encode() for a, b in pairwise(tokens)}


class MinHasher:
    """Builds signatures with fixed permutations (the same in every worker process and run)."""

    seed = 1

    @cached_property
    def _permutations(self) -> np.ndarray:
        return MinHash(num_perm=NUM_PERM, seed=self.seed, hashfunc=zlib.crc32).permutations

    def signature(self, text: str, folded: list[str] | None = None) -> np.ndarray | None:
        grams = shingles(text, folded)
        if not grams:
            return None
        mh = MinHash(
            num_perm=NUM_PERM,
            seed=self.seed,
            hashfunc=zlib.crc32,
            permutations=self._permutations,
            scheme="affine32",
        )
        mh.update_batch(grams)
        return np.asarray(mh.hashvalues, dtype=np.uint32)


def band_keys(signature: np.ndarray) -> list[int]:
    """One signed 64-bit key per band; equal keys mean an identical band."""
    rows = signature.astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        mixed = (rows * _MIX[:ROWS]).sum(axis=1, dtype=np.uint64) ^ _BAND_SALT
    return [int(k) for k in mixed.view(np.int64)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)
