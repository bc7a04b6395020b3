"""The networks: ranked by risk, and one in full."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from himaya.report.views import network_detail
from himaya.store.models import NetworkRow

if TYPE_CHECKING:
    from himaya.store import Store

__all__ = ["network", "ranked_networks"]


def ranked_networks(store: Store, *, limit: int | None = 50, min_size: int = 2, actor: str) -> list[NetworkRow]:
    """Networks of at least ``min_size`` records, highest risk first (``limit`` None: all), with their key
    selectors; audited as "networks" with how many were listed."""
    with store.transaction(actor=actor) as tx:
        found = tx.networks.ranked(limit=limit, min_size=min_size)
        tx.audit.record("networks", "", listed=len(found), limit=limit, min_size=min_size)
    return found


def network(store: Store, network_id: str, *, actor: str) -> dict[str, Any] | None:
    """One network with its members, their selectors, reasons and links (plain JSON values), or None when
    there is no such network. Audited as "show.network" when found."""
    with store.transaction(actor=actor) as tx:
        detail = network_detail(tx, network_id)
        if detail is not None:
            tx.audit.record("show.network", network_id, members=len(detail["members"]))
    return detail
