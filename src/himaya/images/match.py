"""Matching images against the stored hash lists: exact digests (MD5, SHA-1, SHA-256) and PDQ within a radius.

A PDQ hash matches a list entry when their Hamming distance is at most ``radius`` (31 by default) and the
image's PDQ quality is at least ``MIN_QUALITY`` (50): below that, PDQ itself says the hash is not reliable
(flat or tiny images). The PDQ search is exact (``himaya.images.index``): no entry within the radius is missed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select

from himaya.images.index import PDQIndex, hashes_from_hex
from himaya.store.schema import hash_entries, hash_lists

RADIUS = 31
MIN_QUALITY = 50
DIGESTS = ("md5", "sha1", "sha256")


@dataclass(frozen=True, slots=True)
class Match:
    query: str  # the image's hash (hex) that matched
    list: str  # the hash list's name
    kind: str  # md5, sha1, sha256 or pdq
    hash: str  # the list entry's hash (hex)
    distance: int  # Hamming distance (0 for digests)
    category: str | None = None
    series: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"query": self.query, "list": self.list, "hash": self.hash, "distance": self.distance,
                "kind": self.kind, "category": self.category, "series": self.series}  # fmt: skip


class ListIndex:
    """Every stored list entry, ready to match: digests in a dictionary, PDQ hashes in a PDQIndex."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str | None, str | None]]) -> None:
        self.digests: dict[tuple[str, str], list[tuple[str, str | None, str | None]]] = {}
        pdq_values: list[str] = []
        self.pdq_info: list[tuple[str, str | None, str | None]] = []
        for name, kind, value, category, series in rows:
            if kind == "pdq":
                pdq_values.append(value)
                self.pdq_info.append((name, category, series))
            else:
                self.digests.setdefault((kind, value), []).append((name, category, series))
        self.pdq_values = pdq_values
        self.index = PDQIndex.build(hashes_from_hex(pdq_values)) if pdq_values else None

    @classmethod
    def from_store(cls, store: Any) -> ListIndex:
        query = select(
            hash_lists.c.name, hash_entries.c.kind, hash_entries.c.value, hash_entries.c.category,
            hash_entries.c.series,
        ).join(hash_lists, hash_lists.c.id == hash_entries.c.list_id)  # fmt: skip
        with store.engine.connect() as conn:
            return cls(tuple(row) for row in conn.execution_options(yield_per=50_000).execute(query))

    def __len__(self) -> int:
        return len(self.pdq_values) + sum(len(v) for v in self.digests.values())

    def match_digest(self, kind: str, value: str) -> list[Match]:
        return [
            Match(value, name, kind, value, 0, category, series)
            for name, category, series in self.digests.get((kind, value.lower()), ())
        ]

    def match_pdq(self, queries: list[str], radius: int = RADIUS) -> Iterator[Match]:
        """Matches of PDQ hashes (hex) within ``radius``, by query order, then distance."""
        if self.index is None or not queries:
            return
        query_rows, rows, distances = self.index.search(hashes_from_hex(queries), radius)
        order = np.lexsort((rows, distances, query_rows))
        for q, r, d in zip(query_rows[order].tolist(), rows[order].tolist(), distances[order].tolist(), strict=True):
            name, category, series = self.pdq_info[r]
            yield Match(queries[q], name, "pdq", self.pdq_values[r], int(d), category, series)

    def match_image(self, image: dict[str, Any], radius: int = RADIUS) -> list[Match]:
        """Matches of one hashed image (``himaya.images.hashing.ImageHashes.as_json``)."""
        found = [m for kind in DIGESTS if image.get(kind) for m in self.match_digest(kind, image[kind])]
        if image.get("pdq") and (image.get("pdq_quality") or 0) >= MIN_QUALITY:
            found.extend(self.match_pdq([image["pdq"]], radius))
        return found
