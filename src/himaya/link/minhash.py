"""MinHash signatures and LSH band keys for near-duplicate text, computed per batch (a pure function).

Shingles are pairs of consecutive folded words, so the same template in Arabic, accented French or Spanish
compares as well as English; numbers are left out (they are selectors or prices, which are compared as
selectors). The band keys let the link stage find candidate pairs by grouping equal keys, which is how the
same step runs as a Spark ``groupBy`` later.

Signatures are datasketch's ``MinHash`` (``scheme="affine32"``, crc32 of each shingle, its seeded
permutations). ``MinHasher.signatures`` computes the same values for a whole batch at once: every shingle
of the batch is permuted in one array operation and reduced per record, instead of building one MinHash
object per record (a test checks it against datasketch record by record).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import cached_property
from itertools import pairwise

import numpy as np

from himaya.text.normalize import words

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above a Jaccard of about 0.5 become candidates
ROWS = NUM_PERM // BANDS
MIN_WORDS = 4  # texts shorter than this are not compared as text
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5], dtype=np.uint64)
_BAND_SALT = (np.arange(BANDS, dtype=np.uint64) + np.uint64(1)) * np.uint64(0xFF51AFD7ED558CCD)
# MurmurHash3's 32-bit finalizer, which datasketch's affine32 scheme applies to each hash before permuting.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def shingles(text: str, folded: list[str] | None = None) -> set[bytes]:
    """Pairs of consecutive folded words; ``folded``: the text's words (numbers left out) if already known."""
    tokens = [w for w in words(text) if not w.isdigit()] if folded is None else folded
    if len(tokens) < MIN_WORDS:
        return set()
    return {f"{a} {b}".encode() for a, b in pairwise(tokens)}


class MinHasher:
    """Builds signatures with fixed permutations (the same in every worker process and run).

    ``permutations``: datasketch's, when the caller has them already (worker processes get them from the
    main process and so never import datasketch, which loads scipy: half a second each)."""

    seed = 1

    def __init__(self, permutations: np.ndarray | None = None) -> None:
        if permutations is not None:
            self.__dict__["permutations"] = permutations

    @cached_property
    def permutations(self) -> np.ndarray:
        from datasketch import MinHash  # in the main process only: workers get the permutations, not datasketch

        return MinHash(num_perm=NUM_PERM, seed=self.seed, hashfunc=zlib.crc32, scheme="affine32").permutations

    def signature(self, text: str, folded: list[str] | None = None) -> np.ndarray | None:
        """One text's signature (uint32 values), or None when it is too short to compare."""
        return self.signatures([shingles(text, folded)])[0]

    def signatures(self, grams: Sequence[set[bytes]]) -> list[np.ndarray | None]:
        """The signatures of many shingle sets (None for an empty set), in one vectorised pass."""
        out: list[np.ndarray | None] = [None] * len(grams)
        starts: list[int] = []
        owners: list[int] = []
        hashes: list[int] = []
        crc = zlib.crc32
        for i, shingle_set in enumerate(grams):
            if shingle_set:
                owners.append(i)
                starts.append(len(hashes))
                hashes.extend(map(crc, shingle_set))
        if not hashes:
            return out
        s1, m1, s2, m2, s3 = _FMIX32
        hv = np.array(hashes, dtype=np.uint32)
        hv ^= hv >> s1
        hv *= m1
        hv ^= hv >> s2
        hv *= m2
        hv ^= hv >> s3
        a, b = self.permutations
        permuted = np.multiply.outer(hv, a)  # uint32 arithmetic wraps, as in datasketch
        permuted += b
        minima = np.minimum.reduceat(permuted, np.array(starts, dtype=np.intp), axis=0)
        for i, row in zip(owners, minima, strict=True):
            out[i] = row
        return out


def band_keys(signature: np.ndarray) -> list[int]:
    """One signed 64-bit key per band; equal keys mean an identical band."""
    return band_keys_many(signature[None, :])[0]


def band_keys_many(signatures: np.ndarray) -> list[list[int]]:
    """Band keys for each row of a (records x NUM_PERM) uint32 array."""
    rows = signatures.astype(np.uint64).reshape(len(signatures), BANDS, ROWS)
    with np.errstate(over="ignore"):
        mixed = (rows * _MIX[:ROWS]).sum(axis=2, dtype=np.uint64) ^ _BAND_SALT
    return mixed.view(np.int64).tolist()  # type: ignore[no-any-return]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)
