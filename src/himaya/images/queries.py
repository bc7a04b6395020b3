"""Query files for ``himaya match --hashes``: PDQ hashes one a line (with an optional quality), or the JSON
lines of ``himaya hash --json`` (with their dihedral hashes when hashed with ``--dihedral``).

Pure parsing: a bad line is counted and described, never raised, so a long file is read to its end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from himaya.images.hashing import MIN_QUALITY
from himaya.images.lists import normalize_hex
from himaya.images.match import TRANSFORMS

__all__ = ["MAX_PROBLEMS", "QueryFile", "parse_line", "read_queries"]

MAX_PROBLEMS = 20  # bad lines described (all are counted)


@dataclass(slots=True)
class QueryFile:
    """The hex PDQ hashes of a query file, each one's dihedral hashes (empty for a plain line), the number
    of bad lines and the first ``MAX_PROBLEMS`` of them described ("file:line: why")."""

    queries: list[str] = field(default_factory=list)
    variants: list[list[str]] = field(default_factory=list)
    bad: int = 0
    problems: list[str] = field(default_factory=list)


def read_queries(path: Path, min_quality: int = MIN_QUALITY) -> QueryFile:
    """The query hashes of the file at ``path``; lines under ``min_quality`` are bad lines."""
    out = QueryFile()
    with open(path, encoding="utf-8-sig", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            try:
                query = parse_line(line, min_quality)
            except ValueError as exc:
                out.bad += 1
                if out.bad <= MAX_PROBLEMS:
                    out.problems.append(f"{path}:{number}: {exc}")
                continue
            if query is not None:
                out.queries.append(query[0])
                out.variants.append(query[1])
    return out


def parse_line(line: str, min_quality: int = MIN_QUALITY) -> tuple[str, list[str]] | None:
    """(hash, dihedral hashes) of one query line, None for a blank or comment line; ValueError says why not."""
    if line.lstrip().startswith("{"):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not a JSON object: {exc}") from None
        if not isinstance(item, dict) or not item.get("pdq"):
            raise ValueError(str(item.get("error") or "no pdq") if isinstance(item, dict) else "not a JSON object")
        value, quality = str(item["pdq"]), "" if item.get("pdq_quality") is None else str(item["pdq_quality"])
        dihedral = item.get("pdq_dihedral") or []
        if not isinstance(dihedral, list) or len(dihedral) not in (0, len(TRANSFORMS)):
            raise ValueError(f"pdq_dihedral: {len(TRANSFORMS)} hashes expected")
    else:
        text = line.split("#", 1)[0].strip()
        if not text:
            return None
        value, _, quality = text.replace(" ", ",").replace("\t", ",").partition(",")
        dihedral = []
    hexed = normalize_hex(value, "pdq")
    if quality.strip() and int(quality) < min_quality:
        raise ValueError(f"quality {quality.strip()} is under {min_quality}")
    return hexed, [normalize_hex(str(h), "pdq") for h in dihedral]
