"""Read models shared by the CLI, the HTML report and (later) the web workspace."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from himaya.store import Store

MAX_MEMBERS = 200


@lru_cache(maxsize=1)
def indicator_sources() -> dict[str, str]:
    """Indicator id -> the published evidence behind its weight (from the packaged lexicons)."""
    from himaya.risk import load_lexicon

    return {entry.id: entry.source for entry in load_lexicon().entries}


def network_detail(store: Store, network_id: str, max_members: int = MAX_MEMBERS) -> dict[str, Any] | None:
    """A network with its members, each with selectors, reasons and what links it."""
    net = store.network(network_id)
    if net is None:
        return None
    members = store.records_where(network_id=network_id, limit=max_members)
    uids = [m["uid"] for m in members]
    selectors = store.selectors_of(uids)
    hits = store.hits_of(uids)
    links: dict[str, list[str]] = {}
    edges = store.network_links(network_id)
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
                "uid": m["uid"],
                "id": m["id"],
                "title": m["title"],
                "text": m["text"],
                "platform": m["platform"],
                "author": m["author"],
                "posted_at": m["posted_at"],
                "location": m["location"],
                "country": m["country"],
                "language": m["language"],
                "risk": m["risk"],
                "typology": m["typology"],
                "source": m["source"],
                "locator": m["locator"],
                "links": links.get(m["uid"], []),
                "selectors": [
                    {k: s[k] for k in ("type", "value", "raw", "hidden", "start", "end", "detail")}
                    for s in selectors[m["uid"]]
                ],
                "hits": hits[m["uid"]],
                "reasons": [
                    f"{h['indicator']} ({h['weight']:+.2f}): \u201c{h['matched']}\u201d" for h in hits[m["uid"]]
                ],
            }
        )
    return {"network": net, "members": out, "edges": edges, "truncated": net["size"] > len(out)}
