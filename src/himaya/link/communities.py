"""Split groups too large to be one operation into communities (Louvain, seeded, so repeatable).

The bound is hard: a community still larger than ``max_size`` is split again into its own communities, and,
should Louvain find no split at all (a star of records around one pivot), cut into pieces in record order.
The strong ties a split cuts are kept as relations between the pieces (``ties.relations``).
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt

from himaya.link.graph import Graph

SEED = 7
MAX_DEPTH = 6


def split_large(
    groups: list[npt.NDArray[np.int64]],
    graph: Graph,
    keep: npt.NDArray[np.bool_],
    extra: npt.NDArray[np.int64],
    max_size: int,
) -> list[npt.NDArray[np.int64]]:
    """Groups no larger than ``max_size`` pass through; larger ones are split into communities of at most
    ``max_size`` records over the ``keep`` pivots' edges and the ``extra`` record pairs."""
    if all(len(g) <= max_size for g in groups):
        return groups
    in_group = np.full(graph.n_records, -1, dtype=np.int64)
    large = [g for g in groups if len(g) > max_size]
    for i, g in enumerate(large):
        in_group[g] = i
    kept_edges = keep[graph.piv] & (in_group[graph.rec] >= 0)
    rec, piv = graph.rec[kept_edges], graph.piv[kept_edges]
    which = in_group[rec]
    extra = extra[in_group[extra[:, 0]] >= 0] if len(extra) else extra
    out = [g for g in groups if len(g) <= max_size]
    for i, group in enumerate(large):
        g = nx.Graph()
        g.add_nodes_from(group.tolist())
        sel = which == i
        g.add_edges_from(zip(rec[sel].tolist(), (-1 - piv[sel]).tolist(), strict=True))  # pivots negative
        if len(extra):
            pairs = extra[in_group[extra[:, 0]] == i]
            g.add_edges_from(pairs.tolist())
        out.extend(np.array(part, dtype=np.int64) for part in _bounded(g, max_size, 0) if len(part) >= 2)
    return out


def _bounded(g: Any, max_size: int, depth: int) -> list[list[int]]:
    """Record lists (records are the graph's non-negative nodes) of at most ``max_size`` each."""
    records = sorted(n for n in g if n >= 0)
    if len(records) <= max_size:
        return [records]
    parts = nx.community.louvain_communities(g, seed=SEED) if depth < MAX_DEPTH else [records]
    if len(parts) == 1:  # no community structure left (a star around one pivot): pieces in record order
        return [records[k : k + max_size] for k in range(0, len(records), max_size)]
    out: list[list[int]] = []
    for part in parts:
        out.extend(_bounded(g.subgraph(part), max_size, depth + 1))
    return out
