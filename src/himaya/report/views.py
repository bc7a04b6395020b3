"""Read models shared by the CLI, the HTML report and (later) the web workspace."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from functools import lru_cache
from typing import Any

from himaya.images.match import RADIUS
from himaya.risk import load_lexicon
from himaya.store import Transaction
from himaya.store.models import Occurrence, RecordRow

MAX_MEMBERS = 200
MAX_IMAGE_ROWS = 500  # rows of the known-images table; the counts cover every match
_CHUNK = 500  # record uids per query


@lru_cache(maxsize=1)
def indicator_sources() -> dict[str, str]:
    """Indicator id -> the published evidence behind its weight (from the packaged lexicons)."""
    return {entry.id: entry.source for entry in load_lexicon().entries}


def network_detail(tx: Transaction, network_id: str, max_members: int = MAX_MEMBERS) -> dict[str, Any] | None:
    """A network with its members, each with selectors, reasons and what links it (plain JSON values)."""
    net = tx.networks.get(network_id)
    if net is None:
        return None
    members = tx.records.where(network_id=network_id, limit=max_members)
    uids = [m.uid for m in members]
    selectors = tx.records.occurrences(uids)
    hits = tx.records.hits(uids)
    links: dict[str, list[str]] = {}
    edges = tx.networks.links(network_id)
    for uid, _kind, key in edges:
        links.setdefault(uid, []).append(key)
    sources = indicator_sources()
    for rows in hits.values():
        for h in rows:
            h["source"] = sources.get(h["indicator"], "")
    out = []
    for m in members:
        out.append(
            {
                "uid": m.uid,
                "id": m.id,
                "title": m.title,
                "text": m.text,
                "platform": m.platform,
                "author": m.author,
                "posted_at": m.posted_at,
                "location": m.location,
                "country": m.country,
                "language": m.language,
                "risk": m.risk,
                "typology": m.typology,
                "source": m.source,
                "locator": m.locator,
                "links": links.get(m.uid, []),
                "selectors": [_selector(s) for s in selectors[m.uid]],
                "hits": hits[m.uid],
                "reasons": [f"{h['indicator']} ({h['weight']:+.2f}): \u201c{h['matched']}\u201d" for h in hits[m.uid]],
            }
        )
    return {"network": asdict(net), "members": out, "edges": edges, "truncated": net.size > len(out)}


def _selector(occ: Occurrence) -> dict[str, Any]:
    return {"type": occ.type, "value": occ.value, "raw": occ.raw, "hidden": occ.hidden, "start": occ.start,
            "end": occ.end, "detail": occ.detail}  # fmt: skip


def known_images(tx: Transaction, max_rows: int = MAX_IMAGE_ROWS) -> dict[str, Any] | None:
    """What the stored image matches say: counts by list, category, match kind and series, the PDQ distances,
    and one row per match (hashes only: nothing of any image is shown). ``None`` when no hash list is stored."""
    lists = tx.hashlists.all()
    if not lists:
        return None
    matches = tx.images.matches()
    uids = sorted({m.record_uid for m in matches})
    found: dict[str, RecordRow] = {}
    for i in range(0, len(uids), _CHUNK):
        found.update((r.uid, r) for r in tx.records.where(uids=uids[i : i + _CHUNK]))
    by_list: dict[str, set[str]] = {}
    by_category: dict[str, set[str]] = {}
    by_kind: dict[str, set[str]] = {}
    by_series: dict[str, set[str]] = {}
    distances: Counter[int] = Counter()
    pdq_seen: set[tuple[str, str]] = set()
    rows: list[dict[str, Any]] = []
    for m in matches:
        uid = m.record_uid
        by_list.setdefault(m.list, set()).add(uid)
        by_category.setdefault(m.category or "unrated", set()).add(uid)
        by_kind.setdefault(m.kind, set()).add(uid)
        if m.series:
            by_series.setdefault(m.series, set()).add(uid)
        if m.kind == "pdq" and (uid, m.hash) not in pdq_seen:  # a hash in several lists counted once
            pdq_seen.add((uid, m.hash))
            distances[m.distance] += 1
        rec = found.get(uid)
        rows.append(
            {
                "record": (rec.id if rec else None) or uid[:16],
                "uid": uid,
                "source": (rec.source if rec else None) or "",
                "locator": (rec.locator if rec else None) or "",
                "network": rec.network_id if rec else None,
                "risk": rec.risk if rec else None,
                "list": m.list,
                "category": m.category,
                "series": m.series,
                "kind": m.kind,
                "distance": m.distance,
                "hash": (m.hash or "")[:16],
            }
        )
    rows.sort(key=lambda r: (-(r["risk"] or 0.0), r["distance"], r["record"], r["list"], r["kind"]))
    return {
        "lists": len(lists),
        "list_names": [row.name for row in lists],
        "records": len(uids),
        "matches": len(matches),
        "by_list": _ranked(by_list),
        "by_category": _ranked(by_category),
        "by_kind": _ranked(by_kind),
        "by_series": _ranked(by_series),
        "pdq_distances": _histogram(distances),
        "rows": rows[:max_rows],
        "truncated": len(rows) > max_rows,
    }


def _ranked(groups: dict[str, set[str]]) -> list[tuple[str, int]]:
    """(name, distinct records), most first."""
    return sorted(((name, len(uids)) for name, uids in groups.items()), key=lambda item: (-item[1], item[0]))


def _histogram(distances: Counter[int]) -> list[tuple[str, int]]:
    """PDQ matches per distance, every distance from 0 to the matching radius (or the largest seen)."""
    if not distances:
        return []
    return [(str(d), distances.get(d, 0)) for d in range(max(RADIUS, *distances) + 1)]
