"""The networks: ranked by risk, and one in full, with the networks related to it and the history of its id.

A network id outlives the network: after a relink an id that no longer names a network still says where its
records went (``himaya.link.ids``), so an id written in a case file months ago leads somewhere.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from himaya.report.views import network_detail
from himaya.store.models import HistoryRow, NetworkRow

if TYPE_CHECKING:
    from himaya.store import Store

__all__ = ["NetworkListing", "network", "network_listing", "ranked_networks"]


@dataclass(frozen=True, slots=True)
class NetworkListing:
    """Networks ranked by risk, and how many other networks each is related to (none: left out)."""

    rows: list[NetworkRow]
    related: dict[str, int]


def network_listing(store: Store, *, limit: int | None = 50, min_size: int = 2, actor: str) -> NetworkListing:
    """Networks of at least ``min_size`` records, highest risk first (``limit`` None: all), with their key
    selectors and counts of related networks; audited as "networks" with how many were listed."""
    with store.transaction(actor=actor) as tx:
        found = tx.networks.ranked(limit=limit, min_size=min_size)
        related = tx.networks.related_counts([row.id for row in found])
        tx.audit.record("networks", "", listed=len(found), limit=limit, min_size=min_size)
    return NetworkListing(found, related)


def ranked_networks(store: Store, *, limit: int | None = 50, min_size: int = 2, actor: str) -> list[NetworkRow]:
    """The rows of ``network_listing``."""
    return network_listing(store, limit=limit, min_size=min_size, actor=actor).rows


def network(store: Store, network_id: str, *, actor: str) -> dict[str, Any] | None:
    """One network with its members, their selectors, reasons and links, its related networks (``related``,
    strongest first) and the history of its id (``history``), as plain JSON values. For an id that no
    longer names a network but once did, ``network`` is None and ``history`` says where its records went;
    None when the id is unknown. Audited as "show.network" unless unknown."""
    with store.transaction(actor=actor) as tx:
        detail = network_detail(tx, network_id)
        history = [_history(row) for row in tx.networks.history(network_id)]
        if detail is not None:
            detail["related"] = [asdict(r) for r in tx.networks.related(network_id)]
            detail["history"] = history
            tx.audit.record("show.network", network_id, members=len(detail["members"]))
        elif history:
            detail = {"id": network_id, "network": None, "members": [], "related": [], "history": history}
            tx.audit.record("show.network", network_id, members=0, gone=True)
    return detail


def _history(row: HistoryRow) -> dict[str, Any]:
    return {"old_id": row.old_id, "new_id": row.new_id, "records": row.records, "at": row.at.isoformat()}
