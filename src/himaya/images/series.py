"""Group near-identical images: connected components of the "PDQ hashes within a radius" graph.

Used to gather unknown images of one series (re-encoded, resized or lightly edited copies hash a few bits
apart) and to link records that posted near-identical images. Two hashes are in one group when a chain of
hashes, each within `radius` of the next, joins them, so a group can be wider than the radius.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from himaya.images.hashing import PDQ_RADIUS, usable_pdq
from himaya.images.index import PDQIndex

if TYPE_CHECKING:
    from himaya.store import Transaction

__all__ = ["clusters", "groups", "stored_series"]


def clusters(hashes: npt.NDArray[np.uint8], radius: int = PDQ_RADIUS) -> npt.NDArray[np.int64]:
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


def groups(pdq_of: dict[str, str], radius: int = PDQ_RADIUS) -> list[list[str]]:
    """The groups of ``clusters`` among images given as {SHA-256: PDQ hex}, as sorted lists of SHA-256, for
    groups of two or more distinct images, ordered by their first SHA-256."""
    if len(pdq_of) < 2:
        return []
    shas = sorted(pdq_of)
    hashes = np.frombuffer(b"".join(bytes.fromhex(pdq_of[s]) for s in shas), dtype=np.uint8).reshape(-1, 32)
    found: dict[int, list[str]] = {}
    for sha, label in zip(shas, clusters(hashes, radius).tolist(), strict=True):
        found.setdefault(label, []).append(sha)
    return [members for members in found.values() if len(members) >= 2]


def stored_series(tx: Transaction, radius: int = PDQ_RADIUS, min_images: int = 2) -> list[dict[str, Any]]:
    """Series of near-identical stored images (image records and the images records reference), largest first.

    A series is a group of ``clusters`` with at least ``min_images`` distinct images (SHA-256); for each: its
    images, the records that show them with their networks, and the hash lists any of those records matched.
    Images whose PDQ quality is under ``MIN_QUALITY`` are left out: their hashes say too little to group by."""
    pdq_of: dict[str, str] = {}
    shown_in: dict[str, set[tuple[str, str]]] = {}
    for uid, record_id, image in tx.images.hashes():
        sha, pdq = image.get("sha256"), usable_pdq(image)
        if sha and pdq:
            pdq_of[sha] = pdq
            shown_in.setdefault(sha, set()).add((uid, record_id))
    kept = [members for members in groups(pdq_of, radius) if len(members) >= min_images]
    uids = sorted({uid for members in kept for sha in members for uid, _ in shown_in[sha]})
    network = tx.networks.of_records(uids)
    matched: dict[str, set[str]] = {}
    for match in tx.images.matches():
        matched.setdefault(match.record_uid, set()).add(f"{match.list} ({match.category or 'no category'})")
    out: list[dict[str, Any]] = []
    for members in kept:
        records = sorted({pair for sha in members for pair in shown_in[sha]}, key=lambda pair: pair[1])
        out.append(
            {
                "series": f"S{members[0][:12]}",
                "images": len(members),
                "sha256": members,
                "pdq": [pdq_of[sha] for sha in members],
                "records": [record_id for _, record_id in records],
                "networks": sorted({network[uid] for uid, _ in records if network.get(uid)}),
                "matched": sorted({m for uid, _ in records for m in matched.get(uid, ())}),
            }
        )
    out.sort(key=lambda row: (-row["images"], -len(row["records"]), row["series"]))
    return out


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
