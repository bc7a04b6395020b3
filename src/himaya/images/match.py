"""Matching images against the stored hash lists: exact digests (MD5, SHA-1, SHA-256) and PDQ within a radius.

A PDQ hash matches a list entry when their Hamming distance is at most ``radius`` (31 by default) and the
image's PDQ quality is at least ``MIN_QUALITY`` (50): below that, PDQ itself says the hash is not reliable
(flat or tiny images). The PDQ search is exact (``himaya.images.index``): no entry within the radius is missed.

Rotated and flipped copies: asked to (``dihedral``), a query also matches by the PDQ of its 7 other rotations
and flips (``pdq_dihedral``, see ``himaya.images.hashing``; they need the pixels, so only images hashed with
them have them). A match reports the smallest distance of the 8 and, when that came from a variant, its name
in ``transform``: the rotation (counter-clockwise) or flip of the query image that matched the list's image,
as PDQ names them (``rotate90`` ... ``flip_minus1``). The query itself wins a tie.

Memory stays with the index: the PDQ hashes are held as one (N, 32) byte array (with each row's list), and
digests and the entries' details are looked up in the store (indexed) only for what matched, so a list of
ten million hashes fits in the index's own budget.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from himaya.images import kinds
from himaya.images.hashing import PDQ_RADIUS, usable_pdq
from himaya.images.index import PDQIndex, hashes_from_hex, to_hex

RADIUS = PDQ_RADIUS  # the default radius of a match
DIGESTS = tuple(kind.name for kind in kinds.builtin() if not kind.perceptual)  # matched by equality
# The other 7 of PDQ's dihedral hashes, in the order of ``pdq_dihedral``: rotations are counter-clockwise, flipx
# mirrors top to bottom, flipy left to right, flip_plus1 about the main diagonal (a transpose), flip_minus1
# about the other one.
TRANSFORMS = ("rotate90", "rotate180", "rotate270", "flipx", "flipy", "flip_plus1", "flip_minus1")
_LOAD_CHUNK = 100_000


@dataclass(frozen=True, slots=True)
class Match:
    query: str  # the image's hash (hex) that matched
    list: str  # the hash list's name
    kind: str  # md5, sha1, sha256 or pdq
    hash: str  # the list entry's hash (hex)
    distance: int  # Hamming distance (0 for digests)
    category: str | None = None
    series: str | None = None
    transform: str | None = None  # the query's rotation or flip that matched (TRANSFORMS); None: the query itself

    def as_json(self) -> dict[str, Any]:
        out = {"query": self.query, "list": self.list, "hash": self.hash, "distance": self.distance,
               "kind": self.kind, "category": self.category, "series": self.series}  # fmt: skip
        if self.transform:
            out["transform"] = self.transform
        return out


class ListEntries(Protocol):
    """Where a ``ListIndex`` finds the hash lists' entries: the store's ``tx.hashlists`` is one (use the index
    inside that transaction), a test's dictionary another."""

    def pdq_values(self) -> Iterable[str]:
        """The PDQ hex of every entry of every list (one per list that holds it)."""
        ...

    def entries_for(self, kind: str, values: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
        """(list name, value, category, series) of the entries of ``kind`` with one of ``values``."""
        ...


class ListIndex:
    """The lists, ready to match: PDQ hashes in a PDQIndex, the rest looked up in ``lists`` when asked."""

    def __init__(self, lists: ListEntries) -> None:
        self.lists = lists
        chunks: list[np.ndarray] = []
        hexes: list[str] = []
        for value in lists.pdq_values():
            hexes.append(value)
            if len(hexes) >= _LOAD_CHUNK:
                chunks.append(hashes_from_hex(hexes))
                hexes = []
        if hexes:
            chunks.append(hashes_from_hex(hexes))
        # A hash in several lists is indexed once per list; matches are reported once per (query, hash, list).
        self.index = PDQIndex.build(np.concatenate(chunks)) if chunks else None

    def __len__(self) -> int:
        return len(self.index) if self.index is not None else 0

    def match_digest(self, kind: str, value: str) -> list[Match]:
        return [
            Match(value, name, kind, found, 0, category, series)
            for name, found, category, series in self.lists.entries_for(kind, [value.lower()])
        ]

    def match_pdq(
        self, queries: Sequence[str], radius: int = RADIUS, variants: Sequence[Sequence[str]] | None = None
    ) -> Iterator[Match]:
        """Matches of PDQ hashes (hex) within ``radius``, by query order, then distance and list. ``variants``:
        for each query, the PDQ of its other rotations and flips (TRANSFORMS order; empty when unknown), which
        match too; one match a list entry, at the smallest distance."""
        if self.index is None or not queries:
            return
        flat, owner, which = list(queries), list(range(len(queries))), [0] * len(queries)
        for q, hashes in enumerate(variants or ()):
            flat.extend(hashes)
            owner.extend([q] * len(hashes))
            which.extend(range(1, len(hashes) + 1))
        found, rows, distances = self.index.search(hashes_from_hex(flat), radius)
        query_rows, transforms = np.asarray(owner)[found], np.asarray(which)[found]
        matched = to_hex(self.index.hashes[np.unique(rows)]) if len(rows) else []
        details: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for name, value, category, series in self.lists.entries_for("pdq", matched):
            details.setdefault(value, []).append((name, category, series))
        order = np.lexsort((transforms, rows, distances, query_rows))
        seen: set[tuple[int, str]] = set()
        for q, r, d, t in zip(
            query_rows[order].tolist(), rows[order].tolist(), distances[order].tolist(), transforms[order].tolist(),
            strict=True,
        ):  # fmt: skip
            value = to_hex(self.index.hashes[r : r + 1])[0]
            if (q, value) in seen:
                continue
            seen.add((q, value))
            transform = TRANSFORMS[t - 1] if t else None
            for name, category, series in sorted(details.get(value, []), key=lambda x: x[0]):
                yield Match(queries[q], name, "pdq", value, int(d), category, series, transform)

    def match_image(self, image: dict[str, Any], radius: int = RADIUS, dihedral: bool = False) -> list[Match]:
        """Matches of one hashed image (``himaya.images.hashing.ImageHashes.as_json``); with ``dihedral``,
        also by its ``pdq_dihedral`` hashes when it has them."""
        found = [m for kind in DIGESTS if image.get(kind) for m in self.match_digest(kind, image[kind])]
        if usable_pdq(image):
            variants = dihedral_hashes(image) if dihedral else []
            found.extend(self.match_pdq([image["pdq"]], radius, [variants]))
        return found


def dihedral_hashes(image: dict[str, Any]) -> list[str]:
    """The 7 dihedral PDQ hashes of a hashed image, or none when it was hashed without them."""
    value = image.get("pdq_dihedral")
    if isinstance(value, list) and len(value) == len(TRANSFORMS) and all(isinstance(h, str) for h in value):
        return value
    return []


@dataclass(slots=True)
class ImageMatches:
    """The matches of a set of images: how many images were looked at, the matches of each record (as
    ``Match.as_json``; a record may show several images), and every match as a line with its record."""

    images: int = 0
    by_record: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    lines: list[dict[str, Any]] = field(default_factory=list)


def match_images(
    index: ListIndex, images: Iterable[tuple[str, str, dict[str, Any]]], radius: int = RADIUS, dihedral: bool = False
) -> ImageMatches:
    """Match images given as (record uid, record id, hashes) against ``index``; with ``dihedral``, images
    hashed with their dihedral hashes also match by their rotations and flips."""
    out = ImageMatches()
    for uid, record_id, image in images:
        out.images += 1
        matches = [m.as_json() for m in index.match_image(image, radius, dihedral)]
        if matches:
            out.by_record.setdefault(uid, []).extend(matches)
            out.lines.extend({"record": record_id, "uid": uid, "path": image.get("path"), **m} for m in matches)
    return out
