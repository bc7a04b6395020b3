"""What an investigator sees of a network: members, key selectors, risk, typologies, countries, time span."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from himaya.link.graph import Graph
from himaya.link.ties import REPOST, STRENGTH
from himaya.model import network_risk, network_typologies
from himaya.selectors import country_of, region_for

KEY_SELECTORS = 12


@dataclass(slots=True)
class RecordFacts:
    uids: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    risk: list[float] = field(default_factory=list)
    typology: list[str | None] = field(default_factory=list)
    country: list[str | None] = field(default_factory=list)
    posted_at: list[str | None] = field(default_factory=list)

    @classmethod
    def load(cls, rows: Iterable[tuple[Any, ...]]) -> RecordFacts:
        facts = cls()
        for uid, risk, typology, country, location, posted_at in rows:
            facts.index[uid] = len(facts.uids)
            facts.uids.append(uid)
            facts.risk.append(float(risk))
            facts.typology.append(typology)
            facts.country.append(country or region_of_location(location))
            facts.posted_at.append(posted_at)
        return facts


@lru_cache(maxsize=65536)
def region_of_location(location: str | None) -> str | None:
    if not location:
        return None
    return region_for(None, location)


@lru_cache(maxsize=65536)
def selector_country(typ: str, value: str) -> str | None:
    return country_of(typ, value)


def network_id(member_uids: Iterable[str]) -> str:
    return "N" + hashlib.sha256(min(member_uids).encode()).hexdigest()[:10]


def summarise(
    groups: list[np.ndarray],
    ids: list[str],
    graph: Graph,
    keep: np.ndarray,
    pivot_keys: list[str],
    kinds: list[str],
    facts: RecordFacts,
    how: np.ndarray,
) -> tuple[list[dict[str, Any]], list[tuple[str, str]], list[dict[str, Any]]]:
    """Network rows, (record uid, network id) memberships, and link rows explaining each membership: the
    ties each member shares with another member, with their kind and strength (``ties.STRENGTH``); a member
    that came in as a repost (``how``) names its shared wording "repost"."""
    kept = keep[graph.piv]
    rec = graph.rec[kept]
    piv = graph.piv[kept]
    order = np.argsort(rec, kind="stable")
    rec, piv = rec[order], piv[order]
    starts = np.searchsorted(rec, np.arange(graph.n_records))
    ends = np.searchsorted(rec, np.arange(graph.n_records), side="right")

    rows: list[dict[str, Any]] = []
    members: list[tuple[str, str]] = []
    link_rows: list[dict[str, Any]] = []
    for group, nid in zip(groups, ids, strict=True):
        group_list = group.tolist()
        pivots_of = {r: piv[starts[r] : ends[r]].tolist() for r in group_list}
        counts = Counter(p for ps in pivots_of.values() for p in set(ps))
        shared = {p for p, c in counts.items() if c >= 2}
        countries: Counter[str] = Counter()
        for r in group_list:
            found = {facts.country[r]} if facts.country[r] else set()
            for p in pivots_of[r]:
                typ, value = pivot_keys[p].split(":", 1)
                if typ == "phone":
                    c = selector_country(typ, value)
                    if c:
                        found.add(c)
            countries.update(sorted(found))  # sorted: ties keep one order whatever the hash seed
        for r in group_list:
            for p in sorted(set(pivots_of[r]) & shared):
                kind = kinds[p]
                if kind == "text" and how[r] == REPOST:
                    kind = "repost"
                link_rows.append(
                    {
                        "network_id": nid,
                        "record_uid": facts.uids[r],
                        "kind": kind,
                        "key": pivot_keys[p],
                        "strength": STRENGTH[kind],
                    }
                )
            members.append((facts.uids[r], nid))
        key_selectors = [
            [*pivot_keys[p].split(":", 1), c]
            for p, c in sorted(counts.items(), key=lambda pc: (-pc[1], pivot_keys[pc[0]]))
            if kinds[p] == "selector"
        ][:KEY_SELECTORS]
        typology, typologies = network_typologies([facts.typology[r] for r in group_list])
        dates = sorted(d for d in (facts.posted_at[r] for r in group_list) if d)
        rows.append(
            {
                "id": nid,
                "size": len(group_list),
                "risk": network_risk([facts.risk[r] for r in group_list]),
                "typology": typology,
                "typologies": typologies,
                "countries": dict(countries.most_common()),
                "key_selectors": key_selectors,
                "first_seen": dates[0] if dates else None,
                "last_seen": dates[-1] if dates else None,
            }
        )
    return rows, members, link_rows
