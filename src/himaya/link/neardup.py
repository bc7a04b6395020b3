"""Near-duplicate groups from MinHash LSH band keys, each candidate pair checked before it merges.

Records whose keys agree in any band are candidates; a candidate pair merges only when the estimated
Jaccard similarity of their signatures reaches ``threshold``. Very large buckets (a phrase everyone
copies) are not expanded into all pairs: each member is checked against a few of the bucket's members
only, which keeps the work linear while still joining true copies.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

MAX_BUCKET_PAIRS = 16  # buckets larger than this: each member is compared with the bucket's anchors only
ANCHORS = 4


def candidate_pairs(bands: np.ndarray) -> np.ndarray:
    """(i, j) index pairs, i < j, of records that share at least one band key."""
    n, n_bands = bands.shape
    out: list[np.ndarray] = []
    for b in range(n_bands):
        keys = bands[:, b]
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        boundaries = np.flatnonzero(np.diff(sorted_keys)) + 1
        starts = np.concatenate(([0], boundaries))
        sizes = np.diff(np.concatenate((starts, [n])))
        for size in np.unique(sizes[(sizes >= 2) & (sizes <= MAX_BUCKET_PAIRS)]).tolist():
            # every bucket of this size at once: a (buckets x size) matrix of members, all pairs of columns
            members = order[starts[sizes == size][:, None] + np.arange(size)]
            i, j = np.triu_indices(size, k=1)
            out.append(np.stack([members[:, i].ravel(), members[:, j].ravel()], axis=1))
        for s, size in zip(
            starts[sizes > MAX_BUCKET_PAIRS].tolist(), sizes[sizes > MAX_BUCKET_PAIRS].tolist(), strict=True
        ):
            members = order[s : s + size]
            anchors = members[:ANCHORS]
            rest = members[ANCHORS:]
            out.append(np.stack([np.repeat(anchors, len(rest)), np.tile(rest, len(anchors))], axis=1))
            i, j = np.triu_indices(len(anchors), k=1)
            out.append(np.stack([anchors[i], anchors[j]], axis=1))
    if not out:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(out).astype(np.int64)
    pairs.sort(axis=1)
    keys = np.unique(pairs[:, 0] * n + pairs[:, 1])  # one int64 per pair: far faster than unique(axis=0)
    return np.stack([keys // n, keys % n], axis=1)


def verified_pairs(pairs: np.ndarray, signatures: np.ndarray, threshold: float) -> np.ndarray:
    """The candidate pairs whose estimated Jaccard similarity is at least ``threshold``."""
    if len(pairs) == 0:
        return pairs
    keep = np.empty(len(pairs), dtype=bool)
    step = 200_000
    for k in range(0, len(pairs), step):
        chunk = pairs[k : k + step]
        equal = signatures[chunk[:, 0]] == signatures[chunk[:, 1]]
        keep[k : k + step] = equal.mean(axis=1) >= threshold
    return pairs[keep]


def groups(n: int, pairs: np.ndarray) -> np.ndarray:
    """Group label per record: records joined by pairs share a label; -1 for records in no pair."""
    labels = np.full(n, -1, dtype=np.int64)
    if len(pairs) == 0:
        return labels
    adj = coo_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, comp = connected_components(adj, directed=False)
    touched = np.zeros(n, dtype=bool)
    touched[pairs.ravel()] = True
    labels[touched] = comp[touched]
    return labels
