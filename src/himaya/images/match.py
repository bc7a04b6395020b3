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

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from himaya.images import kinds
from himaya.images.hashing import PDQ_RADIUS, usable_pdq
from himaya.images.index import PDQIndex, hashes_from_hex, to_hex

if TYPE_CHECKING:
    from himaya.store import Transaction
    from himaya.store.hashlists import HashListRepository

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


class ListIndex:
    """The stored lists, ready to match: PDQ hashes in a PDQIndex, the rest looked up in the store (use it
    inside the transaction whose ``tx.hashlists`` it is given)."""

    def __init__(self, lists: HashListRepository) -> None:
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


# A match with a list entry of one of these categories is known abuse material: the record's risk is raised to
# MATCH_RISK and its typology set. Other categories (exploitative, comparison, unrated) are reasons only.
KNOWN = frozenset({"known_abuse"})
MATCH_RISK = 0.99


def reason(matches: list[dict[str, Any]]) -> dict[str, Any]:
    """The indicator hit a record's image matches give it (stored with its other hits, shown as its reason)."""
    known = any(m.get("category") in KNOWN for m in matches)
    best = min(matches, key=lambda m: (m["distance"], m["list"]))
    words = ", ".join(sorted({f"{m['list']} ({m['kind']}{_turned(m)}, distance {m['distance']})" for m in matches}))
    return {
        "indicator": "image.known_hash" if known else "image.listed_hash", "category": "known_image",
        "typology": "child_sexual_exploitation" if known else None, "weight": MATCH_RISK if known else 0.0,
        "matched": words, "start": 0, "end": 0, "language": "", "series": best.get("series"),
    }  # fmt: skip


def _turned(match: dict[str, Any]) -> str:
    return f" {match['transform']}" if match.get("transform") else ""


def match_stored_images(
    tx: Transaction, radius: int = RADIUS, dihedral: bool = False
) -> tuple[int, int, list[dict[str, Any]]]:
    """Match every stored image against the lists and store the result (risk, typology and reasons of the
    matched records; earlier matches that no longer hold are undone). With ``dihedral``, images stored with
    their dihedral hashes also match by their rotations and flips. Returns (images, matched records, matches
    as JSON lines with the record's id and uid)."""
    index = ListIndex(tx.hashlists)
    found: dict[str, list[dict[str, Any]]] = {}
    lines: list[dict[str, Any]] = []
    images = 0
    for uid, record_id, image in tx.images.hashes():
        images += 1
        matches = [m.as_json() for m in index.match_image(image, radius, dihedral)]
        if matches:
            found.setdefault(uid, []).extend(matches)  # a record may reference several images
            lines.extend({"record": record_id, "uid": uid, "path": image.get("path"), **m} for m in matches)
    matched = tx.images.replace_matches(found, reason)
    return images, matched, lines
