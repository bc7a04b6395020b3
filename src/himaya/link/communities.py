"""Split components too large to be one operation into communities (Louvain, seeded, so repeatable)."""

from __future__ import annotations

import networkx as nx
import numpy as np

from himaya.link.graph import Graph

SEED = 7


def split_large(groups: list[np.ndarray], graph: Graph, keep: np.ndarray, max_size: int) -> list[np.ndarray]:
    """Groups no larger than ``max_size`` pass through; larger ones are split into their communities."""
    if all(len(g) <= max_size for g in groups):
        return groups
    in_group = np.full(graph.n_records, -1, dtype=np.int64)
    large = [g for g in groups if len(g) > max_size]
    for i, g in enumerate(large):
        in_group[g] = i
    kept_edges = keep[graph.piv] & (in_group[graph.rec] >= 0)
    rec = graph.rec[kept_edges]
    piv = graph.piv[kept_edges]
    which = in_group[rec]
    out = [g for g in groups if len(g) <= max_size]
    for i in range(len(large)):
        sel = which == i
        g = nx.Graph()
        g.add_edges_from(zip(rec[sel].tolist(), (-1 - piv[sel]).tolist(), strict=True))  # pivots negative
        for community in nx.community.louvain_communities(g, seed=SEED):
            members = np.array(sorted(n for n in community if n >= 0), dtype=np.int64)
            if len(members) >= 2:
                out.append(members)
    return out
