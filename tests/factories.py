"""Build records and analyses directly, for tests of storage and linking that need no reader or lexicon."""

from __future__ import annotations

import hashlib
from typing import Any

from himaya.link import LinkSettings, LinkSummary
from himaya.link.minhash import MinHasher, band_keys
from himaya.model import Analysis, IndicatorHit, Record, SelectorHit
from himaya.pipeline import link
from himaya.store import Store
from himaya.store.hashlists import ListImport

_hasher = MinHasher()


def record(rid: str, text: str, **fields: object) -> Record:
    uid = hashlib.sha256(f"{rid}\n{text}".encode()).hexdigest()
    return Record(uid=uid, id=rid, text=text, source="test.jsonl", locator=f"line {rid}", **fields)  # type: ignore[arg-type]


def analysis(
    rec: Record,
    selectors: list[tuple[str, str]] = (),
    risk: float = 0.1,
    typology: str | None = None,
    near_dup: bool = True,
) -> Analysis:
    hits = []
    if typology:
        hits.append(
            IndicatorHit(
                indicator=f"en.{typology}.test",
                category="test",
                typology=typology,
                weight=0.5,
                matched=rec.text[:5],
                start=0,
                end=5,
                language="en",
            )
        )
    sel = [SelectorHit(type=t, value=v, raw=v, start=i, end=i + 1) for i, (t, v) in enumerate(selectors)]
    sig = _hasher.signature(rec.text) if near_dup else None
    return Analysis(
        uid=rec.uid,
        language="en",
        selectors=sel,
        hits=hits,
        risk=risk,
        typology=typology,
        band_keys=band_keys(sig) if sig is not None else [],
        signature=sig.tobytes() if sig is not None else b"",
    )


def store_batch(store: Store, pairs: list[tuple[Record, Analysis]]) -> int:
    """Write ``pairs`` as one run's batch, in one transaction; returns the run's id."""
    with store.transaction(actor="test") as tx:
        run = tx.runs.begin("test", [])
        tx.records.write_batch(run, pairs)
    return run


def relink(store: Store, settings: LinkSettings | None = None) -> LinkSummary:
    """The link stage over everything stored, in one transaction."""
    with store.transaction(actor="test") as tx:
        return link(tx, settings)


def import_list(
    store: Store, name: str, entries: list[Any], source: str = "", now: str = "2026-11-26T00:00:00Z"
) -> ListImport:
    """Import ``entries`` (``HashEntry``) as the plain hash list ``name``, in one transaction."""
    with store.transaction(actor="test") as tx:
        return tx.hashlists.import_list(name, "plain", source or f"{name}.txt", entries, now)
