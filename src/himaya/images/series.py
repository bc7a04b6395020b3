"""Group near-identical images: connected components of the "PDQ hashes within a radius" graph.

Used to gather unknown images of one series (re-encoded, resized or lightly edited copies hash a few bits
apart) and to link records that posted near-identical images. Two hashes are in one group when a chain of
hashes, each within `radius` of the next, joins them, so a group can be wider than the radius.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from himaya.images.hashing import PDQ_RADIUS, usable_pdq
from himaya.images.index import PDQIndex

__all__ = ["ImageSeries", "clusters", "find_series", "groups"]


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


@dataclass(frozen=True, slots=True)
class ImageSeries:
    """A series of near-identical images: its name, its images (SHA-256 and PDQ, in one order) and the
    records that show them as (uid, id), by id."""

    name: str
    sha256: list[str]
    pdq: list[str]
    records: list[tuple[str, str]]


def find_series(
    images: Iterable[tuple[str, str, dict[str, Any]]], radius: int = PDQ_RADIUS, min_images: int = 2
) -> list[ImageSeries]:
    """Series among images given as (record uid, record id, hashes), largest first (by images, then records).

    A series is a group of ``clusters`` with at least ``min_images`` distinct images (SHA-256). Images whose
    PDQ quality is under ``MIN_QUALITY`` are left out: their hashes say too little to group by."""
    pdq_of: dict[str, str] = {}
    shown_in: dict[str, set[tuple[str, str]]] = {}
    for uid, record_id, image in images:
        sha, pdq = image.get("sha256"), usable_pdq(image)
        if sha and pdq:
            pdq_of[sha] = pdq
            shown_in.setdefault(sha, set()).add((uid, record_id))
    out = [
        ImageSeries(
            f"S{members[0][:12]}",
            members,
            [pdq_of[sha] for sha in members],
            sorted({pair for sha in members for pair in shown_in[sha]}, key=lambda pair: pair[1]),
        )
        for members in groups(pdq_of, radius)
        if len(members) >= min_images
    ]
    out.sort(key=lambda found: (-len(found.sha256), -len(found.records), found.name))
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
