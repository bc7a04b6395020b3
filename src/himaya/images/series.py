"""Group near-identical images: connected components of the "PDQ hashes within a radius" graph.

Used to gather unknown images of one series (re-encoded, resized or lightly edited copies hash a few bits
apart) and to link records that posted near-identical images. Two hashes are in one group when a chain of
hashes, each within `radius` of the next, joins them, so a group can be wider than the radius.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from himaya.images.index import PDQIndex

__all__ = ["clusters"]


def clusters(hashes: npt.NDArray[np.uint8], radius: int = 31) -> npt.NDArray[np.int64]:
    """A group label per hash of an (N, 32) uint8 array: hashes joined by chains within `radius` share a label.

    Every hash gets a label, a hash with no neighbour a label of its own; labels are 0, 1, 2, ... numbered in
    the order of each group's first hash, so the result is the same for the same input. Copies of one hash are
    grouped first, and the distinct hashes search the index a chunk at a time, so memory stays bounded by one
    chunk's matches even when a large series makes the number of close pairs grow with its square.
    """
    distinct, first_copy = np.unique(hashes, axis=0, return_inverse=True)
    first_copy = first_copy.reshape(-1)
    index = PDQIndex.build(distinct)
    parent = np.arange(len(distinct), dtype=np.int64)
    for start in range(0, len(distinct), _CHUNK):
        query_rows, rows, _ = index.search(distinct[start : start + _CHUNK], radius)
        parent = _join(parent, query_rows + start, rows)
    # Label each hash by its group's root, then number the groups by their first hash in the input order.
    roots = parent[first_copy]
    _, first, labels = np.unique(roots, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[labels.reshape(-1)]


_CHUNK = 512  # distinct hashes searched at a time: a large series can match thousands each


def _join(
    parent: npt.NDArray[np.int64], left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """Merge the groups of each edge (left[i], right[i]) into a forest where every node points at its root.

    Plain numpy (no scipy in the core), by hooking and pointer jumping: each round points the larger root of
    every edge whose ends differ at the smaller one, then shortens the pointer chains until every node points
    at its root. A root is thus always the smallest node of its group.
    """
    keep = left != right
    left, right = left[keep], right[keep]
    while True:
        left_root, right_root = parent[left], parent[right]
        differ = left_root != right_root
        if not differ.any():
            return parent
        left, right = left[differ], right[differ]
        low = np.minimum(left_root[differ], right_root[differ])
        high = np.maximum(left_root[differ], right_root[differ])
        np.minimum.at(parent, high, low)
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
