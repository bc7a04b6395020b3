"""Read models shared by the CLI, the HTML report and (later) the web workspace."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from functools import lru_cache
from typing import Any

from himaya.images.match import RADIUS
from himaya.link.ties import STRENGTH
from himaya.risk import load_lexicon
from himaya.store import Transaction
from himaya.store.models import NetworkRow, Occurrence, RecordRow
from himaya.text.phrase import shared_phrase

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
    ties: dict[str, list[dict[str, Any]]] = {}
    edges = tx.networks.links(network_id)
    for uid, kind, key in edges:
        links.setdefault(uid, []).append(key)
        ties.setdefault(uid, []).append({"kind": kind, "key": key, "strength": STRENGTH.get(kind, 1.0)})
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
                "ties": ties.get(m.uid, []),  # the same, with each tie's kind and strength
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


def related_clusters(tx: Transaction, nets: list[NetworkRow]) -> list[dict[str, Any]]:
    """Clusters of ``nets`` related by weak evidence (shared wording, a handle name ...): the connected
    components of the stored relations among them, each with its networks (highest risk first) and its
    relations (strongest first), every relation with the phrase its two example ads share. Largest risk
    first; networks related to none of the others are left out."""
    by_id = {net.id: net for net in nets}
    rows: list[dict[str, Any]] = []
    for net in nets:
        for rel in tx.networks.related(net.id):
            if rel.other in by_id and net.id < rel.other:
                rows.append(
                    {
                        "a": net.id,
                        "b": rel.other,
                        "kind": rel.kind,
                        "key": rel.key,
                        "records_a": rel.records_here,
                        "records_b": rel.records_there,
                        "strength": rel.strength,
                        "example_a": rel.example_here,
                        "example_b": rel.example_there,
                    }
                )
    if not rows:
        return []
    examples = sorted({uid for r in rows for uid in (r["example_a"], r["example_b"]) if uid})
    texts: dict[str, str] = {}
    for i in range(0, len(examples), _CHUNK):
        texts.update((r.uid, r.text) for r in tx.records.where(uids=examples[i : i + _CHUNK]))
    for r in rows:
        r["phrase"] = _evidence(r["kind"], r["key"], texts.get(r["example_a"] or ""), texts.get(r["example_b"] or ""))
    clusters: list[tuple[list[NetworkRow], list[dict[str, Any]]]] = []
    for ids in _components([(r["a"], r["b"]) for r in rows]):
        members = sorted((by_id[i] for i in ids), key=lambda n: (-n.risk, -n.size, n.id))
        relations = sorted((r for r in rows if r["a"] in ids), key=lambda r: (-r["strength"], r["a"], r["b"], r["key"]))
        clusters.append((members, relations))
    clusters.sort(key=lambda c: (-c[0][0].risk, -len(c[0]), c[0][0].id))
    return [{"networks": members, "relations": relations} for members, relations in clusters]


def _evidence(kind: str, key: str, text_a: str | None, text_b: str | None) -> str:
    """What two related networks share, in words: the phrase of their example ads for shared wording, else
    the shared key's value (a handle name, a selector)."""
    if kind in ("text", "repost") and text_a and text_b:
        return shared_phrase(text_a, text_b)
    return key.partition(":")[2] or key


def _components(pairs: list[tuple[str, str]]) -> list[set[str]]:
    """The connected components of an undirected graph given by its edges."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[str, set[str]] = {}
    for x in list(parent):
        groups.setdefault(root(x), set()).add(x)
    return list(groups.values())
