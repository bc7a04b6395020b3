"""Analysed records as plain row tuples, ready for a bulk insert.

A pure function, run in the worker processes: tuples of built-in values cross the process boundary several
times faster than dataclasses, and go to the database driver without per-row ORM work. The column orders
here follow ``schema.py``; ``tests/test_store.py`` checks them against it.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from himaya.model import Analysis, Record

RECORD_COLUMNS = (
    "uid", "id", "source", "locator", "kind", "title", "text", "url", "platform", "author", "posted_at",
    "location", "country", "images", "attrs", "language", "risk", "typology",
)  # fmt: skip
OCCURRENCE_COLUMNS = ("record_uid", "type", "value", "start", "end", "raw", "hidden", "detail")
HIT_COLUMNS = (
    "record_uid", "indicator", "start", "end", "category", "typology", "weight", "matched", "language", "source",
)  # fmt: skip
MINHASH_COLUMNS = ("record_uid", "bands", "signature")


@dataclass(slots=True)
class Rows:
    records: list[tuple[Any, ...]] = field(default_factory=list)
    occurrences: list[tuple[Any, ...]] = field(default_factory=list)
    hits: list[tuple[Any, ...]] = field(default_factory=list)
    minhashes: list[tuple[Any, ...]] = field(default_factory=list)

    def uids(self) -> list[str]:
        return [row[0] for row in self.records]

    def only(self, keep: set[str]) -> Rows:
        """The rows of the records whose uid is in ``keep``."""
        return Rows(
            [r for r in self.records if r[0] in keep],
            [r for r in self.occurrences if r[0] in keep],
            [r for r in self.hits if r[0] in keep],
            [r for r in self.minhashes if r[0] in keep],
        )


def _json(value: Any) -> str | None:
    return orjson.dumps(value).decode() if value else None


def to_rows(pairs: Iterable[tuple[Record, Analysis]]) -> Rows:
    rows = Rows()
    seen: set[str] = set()
    for rec, an in pairs:
        if rec.uid in seen:
            continue
        seen.add(rec.uid)
        rows.records.append(
            (
                rec.uid,
                rec.id,
                rec.source,
                rec.locator,
                rec.kind,
                rec.title,
                rec.text,
                rec.url,
                rec.platform,
                rec.author,
                rec.posted_at,
                rec.location,
                rec.country,
                _json(rec.images),
                _json(rec.attrs),
                an.language,
                an.risk,
                an.typology,
            )
        )
        occ_keys: set[tuple[str, str, int]] = set()
        for s in an.selectors:
            key = (s.type, s.value, s.start)
            if key not in occ_keys:
                occ_keys.add(key)
                rows.occurrences.append((rec.uid, s.type, s.value, s.start, s.end, s.raw, s.hidden, s.detail))
        hit_keys: set[tuple[str, int]] = set()
        for h in an.hits:
            if (h.indicator, h.start) not in hit_keys:
                hit_keys.add((h.indicator, h.start))
                rows.hits.append(
                    (
                        rec.uid,
                        h.indicator,
                        h.start,
                        h.end,
                        h.category,
                        h.typology,
                        h.weight,
                        h.matched,
                        h.language,
                        None,  # the citation lives in the lexicon (by indicator id), not in every row
                    )
                )
        if an.band_keys:
            rows.minhashes.append((rec.uid, struct.pack(f"<{len(an.band_keys)}q", *an.band_keys), an.signature))
    return rows
