"""Analysed records as plain row tuples, ready for a bulk insert.

A pure function, run in the worker processes: tuples of built-in values cross the process boundary several
times faster than dataclasses, and go to the database driver without per-row ORM work. The column orders
here follow ``schema.py``; ``tests/test_store.py`` checks them against it.

A record's indicator hits travel with it as one JSON column: they are read per record (reasons, report),
and one column costs a fraction of a row per hit.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from himaya.model import Analysis, Problem, Record

RECORD_COLUMNS = (
    "uid", "id", "source", "locator", "kind", "title", "text", "url", "platform", "author", "posted_at",
    "location", "country", "images", "attrs", "language", "risk", "typology", "hits",
)  # fmt: skip
OCCURRENCE_COLUMNS = ("record_uid", "type", "value", "start", "end", "raw", "hidden", "detail")
MINHASH_COLUMNS = ("record_uid", "bands", "signature")
HIT_FIELDS = ("indicator", "category", "typology", "weight", "matched", "start", "end", "language")


@dataclass(slots=True)
class Rows:
    records: list[tuple[Any, ...]] = field(default_factory=list)
    occurrences: list[tuple[Any, ...]] = field(default_factory=list)
    minhashes: list[tuple[Any, ...]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # found while analysing (an unreadable image ...)
    image_counts: dict[str, int] = field(default_factory=dict)  # referenced images hashed, missing, remote ...

    def uids(self) -> list[str]:
        return [row[0] for row in self.records]

    def only(self, keep: set[str]) -> Rows:
        """The rows of the records whose uid is in ``keep``."""
        return Rows(
            [r for r in self.records if r[0] in keep],
            [r for r in self.occurrences if r[0] in keep],
            [r for r in self.minhashes if r[0] in keep],
            self.problems,
            self.image_counts,
        )


def _json(value: Any) -> str | None:
    return orjson.dumps(value).decode() if value else None


def hits_json(analysis: Analysis) -> str | None:
    """The hits as a JSON list of objects with HIT_FIELDS, one per (indicator, start)."""
    seen: set[tuple[str, int]] = set()
    out = []
    for h in analysis.hits:
        if (h.indicator, h.start) in seen:
            continue
        seen.add((h.indicator, h.start))
        out.append(
            {"indicator": h.indicator, "category": h.category, "typology": h.typology, "weight": h.weight,
             "matched": h.matched, "start": h.start, "end": h.end, "language": h.language}
        )  # fmt: skip
    return _json(out)


def to_rows(pairs: Iterable[tuple[Record, Analysis]]) -> Rows:
    rows = Rows()
    seen: set[str] = set()
    for rec, an in pairs:
        if rec.uid in seen:
            continue
        seen.add(rec.uid)
        rows.records.append(
            (
                rec.uid, rec.id, rec.source, rec.locator, rec.kind, rec.title, rec.text, rec.url, rec.platform,
                rec.author, rec.posted_at, rec.location, rec.country, _json(rec.images), _json(rec.attrs),
                an.language, an.risk, an.typology, hits_json(an),
            )
        )  # fmt: skip
        occ_keys: set[tuple[str, str, int]] = set()
        for s in an.selectors:
            key = (s.type, s.value, s.start)
            if key not in occ_keys:
                occ_keys.add(key)
                rows.occurrences.append((rec.uid, s.type, s.value, s.start, s.end, s.raw, s.hidden, s.detail))
        if an.band_keys:
            rows.minhashes.append((rec.uid, struct.pack(f"<{len(an.band_keys)}q", *an.band_keys), an.signature))
    return rows
