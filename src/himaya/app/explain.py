"""Explain: why two records or networks are connected, as the cheapest chain of stored ties between them.

Each end is a record id as its source gave it, a record uid, or a network id; a network stands for all its
members. The search itself is ``himaya.link.explain`` over the store's ties (``tx.ties``); this job resolves
the two ends, reads the records of the chain, shows for each near-duplicate wording tie the phrase the two
ads share (``himaya.text.phrase``), and writes the audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from himaya.errors import UsageError
from himaya.link.explain import MAX_HOPS, MAX_VISITED, describe
from himaya.link.explain import explain as find_chain
from himaya.store.models import RecordRow
from himaya.text.phrase import shared_phrase

if TYPE_CHECKING:
    from himaya.store import Store, Transaction

__all__ = ["ChainRecord", "ChainTie", "End", "ExplainResult", "explain"]

WORDING = frozenset({"text", "repost"})  # ties whose evidence is shared wording: show the shared phrase


@dataclass(frozen=True, slots=True)
class End:
    """One end of the question: what was asked, whether it named a record or a network, and its records."""

    query: str
    kind: str  # "record" or "network"
    records: int  # how many records it stands for (a source id may name records of several sources)


@dataclass(frozen=True, slots=True)
class ChainRecord:
    uid: str
    id: str  # as the source gave it
    network_id: str | None
    source: str
    locator: str


@dataclass(frozen=True, slots=True)
class ChainTie:
    """The tie between two consecutive records of the chain, with its type and strength in words
    (``label``) and, for a wording tie, the phrase the two ads share."""

    key: str
    kind: str
    strength: float
    strong: bool
    label: str
    phrase: str | None = None


@dataclass(frozen=True, slots=True)
class ExplainResult:
    """The chain (``records``, and the ``ties`` between consecutive ones: one fewer) or none (``found``
    False: unrelated, or ``limited``: not within the search's limits), the hub keys both ends show (never
    walked), and how many records the search reached."""

    a: End
    b: End
    found: bool
    records: list[ChainRecord] = field(default_factory=list)
    ties: list[ChainTie] = field(default_factory=list)
    cost: float | None = None
    shared_hubs: list[str] = field(default_factory=list)
    visited: int = 0
    limited: bool = False


def explain(
    store: Store,
    a: str,
    b: str,
    *,
    max_visited: int = MAX_VISITED,
    max_hops: int = MAX_HOPS,
    actor: str,
) -> ExplainResult:
    """The cheapest chain of ties between ``a`` and ``b`` (see the module's docstring). UsageError when
    either names no stored record or network. Audited as "explain" (both ends, whether a chain was found,
    its records)."""
    with store.transaction(actor=actor) as tx:
        (end_a, uids_a), (end_b, uids_b) = _end(tx, a), _end(tx, b)
        found = find_chain(tx.ties, uids_a, uids_b, max_visited=max_visited, max_hops=max_hops)
        rows = {r.uid: r for r in tx.records.where(uids=list(found.records))} if found.records else {}
        tx.audit.record("explain", f"{a} {b}", found=found.found, hops=len(found.hops), records=list(found.records))
    chain, ties = [_record(rows[uid]) for uid in found.records], []
    for hop in found.hops:
        phrase = shared_phrase(rows[hop.a].text, rows[hop.b].text) if hop.kind in WORDING else None
        label = describe(hop.kind, hop.key, hop.strength)
        ties.append(ChainTie(hop.key, hop.kind, hop.strength, hop.strong, label, phrase))
    return ExplainResult(
        end_a,
        end_b,
        found.found,
        chain,
        ties,
        cost=found.cost if found.found else None,
        shared_hubs=list(found.shared_hubs),
        visited=found.visited,
        limited=found.limited and not found.found,
    )


def _end(tx: Transaction, query: str) -> tuple[End, list[str]]:
    """What ``query`` names: a network (its members), a record uid, or records by their source's id."""
    text = query.strip()
    if tx.networks.get(text) is not None:
        uids = [r.uid for r in tx.records.where(network_id=text)]
        return End(text, "network", len(uids)), uids
    rows = tx.records.where(uids=[text.lower()]) if _is_uid(text) else []
    rows = rows or tx.records.where(ids=[text])
    if rows:
        return End(text, "record", len(rows)), [r.uid for r in rows]
    moved = tx.networks.history(text)
    if moved:
        now = sorted({h.new_id for h in moved if h.new_id})
        where = f"its records are now in {', '.join(now)}" if now else "its records are in no network now"
        raise UsageError(f"network {text} no longer exists: {where} (see `himaya show network {text}`)")
    raise UsageError(f"no record or network {query!r} (give a record id, a record uid or a network id)")


def _is_uid(text: str) -> bool:
    return len(text) == 64 and all(ch in "0123456789abcdefABCDEF" for ch in text)


def _record(row: RecordRow) -> ChainRecord:
    return ChainRecord(row.uid, row.id, row.network_id, row.source, row.locator)
