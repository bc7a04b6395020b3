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
    the order of each group's first hash, so the result is the same for the same input.
    """
    index = PDQIndex.build(hashes)
    query_rows, rows, _ = index.search(index.hashes, radius)
    return _components(len(index), query_rows, rows)


def _components(count: int, left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Connected components of an undirected graph given as edge lists, by hooking and pointer jumping.

    Plain numpy (no scipy in the core): each round points the larger root of every edge at the smaller one,
    then shortens the pointer chains until every node points at its root. Rounds needed grow with the log of
    the component diameter.
    """
    parent = np.arange(count, dtype=np.int64)
    keep = left != right
    left, right = left[keep], right[keep]
    while True:
        left_root, right_root = parent[left], parent[right]
        differ = left_root != right_root
        if not differ.any():
            break
        low = np.minimum(left_root[differ], right_root[differ])
        high = np.maximum(left_root[differ], right_root[differ])
        np.minimum.at(parent, high, low)
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
    # Every root is the smallest row of its group, so numbering roots by value numbers groups by first member.
    _, labels = np.unique(parent, return_inverse=True)
    return labels.reshape(-1).astype(np.int64)
