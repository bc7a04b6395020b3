"""The records export of DESIGN.md: one JSON object per record, other tools and evaluations read it."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import orjson

from himaya.store import Transaction


def write_export(tx: Transaction, out: Path | IO[Any]) -> int:
    """Write every record; returns how many. ``out`` is a path or an open text stream."""
    count = 0
    if isinstance(out, Path):
        with out.open("wb") as fh:
            for row in tx.records.export():
                fh.write(orjson.dumps(row) + b"\n")
                count += 1
        return count
    for row in tx.records.export():
        out.write(orjson.dumps(row).decode() + "\n")
        count += 1
    return count
