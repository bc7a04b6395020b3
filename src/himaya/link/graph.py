"""Records and the pivots they share, with hubs kept from linking.

The graph is bipartite: record nodes and pivot nodes (a selector such as a phone, a near-duplicate text
group, a series of near-identical images). ``himaya.link.ties`` decides which ties make networks (strong
ones) and which only attach or relate (weak ones); this module finds the hubs among the strong pivots.

A *hub* is a pivot shared by many records that are otherwise unrelated: a public hotline printed in ads, a
platform's support address, a template phrase every poster copies. Hub test, for a pivot ``p`` used by at
least ``min_degree`` records:

* take the graph of the strong pivots without any such frequent pivot (the *base* graph), and its
  components;
* count ``k`` = the distinct base components among p's records that carry another selector of their own
  (their own contact) or are tied to other records already;
* ``p`` is a hub when ``k >= min_components`` and ``k >= ratio * degree(p)``: most of its records belong
  to different, independently anchored groups. A network's shared phone fails the test, because its ads
  are tied together by the network's other phones, handles and images, or have no contact of their own.
* A helpline is printed in many more ads than one network posts, most of them by posters with no other
  contact (awareness posts, one-off ads): from ``large_degree`` records on, ``k`` is compared with the
  anchored records only.

Only a contact printed in the text anchors a record (``anchors``): a posting account used once (a new
throwaway account per post) says nothing of who else posts the same phone.

Weak pivots (shared wording, a handle name) are not tested: they never merge anchored groups anyway.

Everything here works on integer ids and numpy arrays, so a million records fit in a few hundred MB.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from himaya.settings import DEFAULTS


@dataclass(frozen=True, slots=True)
class HubRules:
    """When a pivot is a hub (see the module's docstring); the first three are ``himaya.settings``' hub_*."""

    min_degree: int = DEFAULTS["hub_min_degree"]
    min_components: int = DEFAULTS["hub_min_components"]
    ratio: float = DEFAULTS["hub_ratio"]
    max_share: float = 0.05  # a pivot in more than this share of all records (and > 1000 of them) is a hub
    large_degree: int = 50  # from this many records on, the share counts only the anchored ones
    text_min_degree: int = 3  # groups (series of near-identical images) are tested from this size on
    text_min_components: int = 3


@dataclass(slots=True)
class Graph:
    """Edges between ``n_records`` records and ``n_pivots`` pivots (arrays of equal length)."""

    n_records: int
    n_pivots: int
    rec: np.ndarray  # int64 record index per edge
    piv: np.ndarray  # int64 pivot index per edge
    is_group: np.ndarray  # bool per pivot: a group (near-duplicate texts, near-identical images), not a selector

    def dedupe(self) -> None:
        """Drop repeated (record, pivot) edges (a record naming one handle on two platforms, say)."""
        if not len(self.rec):
            return
        key = np.unique(self.rec * self.n_pivots + self.piv)
        self.rec, self.piv = key // self.n_pivots, key % self.n_pivots

    def degrees(self) -> np.ndarray:
        return np.bincount(self.piv, minlength=self.n_pivots)

    def components(self, keep_pivot: np.ndarray) -> np.ndarray:
        """Component label per record, using only the pivots where ``keep_pivot`` is true."""
        mask = keep_pivot[self.piv]
        n = self.n_records + self.n_pivots
        rows = self.rec[mask]
        cols = self.piv[mask] + self.n_records
        adj = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n, n))
        _, labels = connected_components(adj, directed=False)
        return labels[: self.n_records]


def find_hubs(
    graph: Graph,
    rules: HubRules,
    stop: np.ndarray | None = None,
    consider: np.ndarray | None = None,
    anchors: np.ndarray | None = None,
) -> dict[int, str]:
    """Pivot index -> why it is a hub, among the ``consider`` pivots (default: all) and the stop-listed.
    ``anchors``: the pivots that make a record's own contact (default: every selector)."""
    deg = graph.degrees()
    hubs: dict[int, str] = {}
    if stop is not None:
        for p in np.flatnonzero(stop):
            hubs[int(p)] = "stop-list"
    frequent = np.where(graph.is_group, deg >= rules.text_min_degree, deg >= rules.min_degree)
    if stop is not None:
        frequent &= ~stop
    if consider is not None:
        frequent &= consider
    if not frequent.any():
        return hubs
    base_keep = ~frequent
    if stop is not None:
        base_keep &= ~stop
    if consider is not None:
        base_keep &= consider
    labels = graph.components(base_keep)
    # records that carry a selector of their own which is not frequent (their own contact)
    own = np.zeros(graph.n_records, dtype=bool)
    own_edges = base_keep[graph.piv] & ~graph.is_group[graph.piv]
    if anchors is not None:
        own_edges &= anchors[graph.piv]
    own[graph.rec[own_edges]] = True
    comp_sizes = np.bincount(labels, minlength=labels.max() + 1 if len(labels) else 0)
    multi = comp_sizes[labels] >= 2  # record's base component ties two or more records

    order = np.argsort(graph.piv, kind="stable")
    piv_sorted = graph.piv[order]
    rec_sorted = graph.rec[order]
    starts = np.searchsorted(piv_sorted, np.arange(graph.n_pivots))
    ends = np.searchsorted(piv_sorted, np.arange(graph.n_pivots), side="right")
    big = max(1000, int(rules.max_share * graph.n_records))
    for p in np.flatnonzero(frequent):
        recs = rec_sorted[starts[p] : ends[p]]
        d = len(recs)
        if d > big:
            hubs[int(p)] = f"in {d} records ({d / graph.n_records:.1%} of all)"
            continue
        anchored = recs[own[recs] | multi[recs]]
        k = len(np.unique(labels[anchored]))
        min_k = rules.text_min_components if graph.is_group[p] else rules.min_components
        spread = k >= rules.ratio * d or (d >= rules.large_degree and k >= rules.ratio * len(anchored))
        if k >= min_k and spread:
            hubs[int(p)] = f"joins {k} otherwise unrelated groups among its {d} records"
    return hubs
