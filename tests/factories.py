"""Build records and analyses directly, for tests of storage and linking that need no reader or lexicon."""

from __future__ import annotations

import hashlib

from himaya.link.minhash import MinHasher, band_keys
from himaya.model import Analysis, IndicatorHit, Record, SelectorHit

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
