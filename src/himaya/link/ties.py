"""Two kinds of tie, and what each may do.

Evidence has strengths. A *strong* tie is evidence that two ads are run by the same people: the same phone,
e-mail, wallet, payment tag, page, hidden service, handle on one platform, or the same or a near-identical
image. A *weak* tie is evidence of shared wording or a shared name: near-duplicate text (templates are copied,
sold and shared in channels) and one handle name seen on different platforms or without one (a bare
``@name``: people choose the same short names).

Networks are built from strong ties only (the *strong components*, after hub control). A weak tie may then:

* stay inside one strong component (it explains, it adds nothing);
* attach a record that has no contact of its own (a *bare* record) to the one group its weak ties touch;
  bare records whose weak ties touch no group at all form a group of their own;
* attach a *repost*: an ad with a single-use contact of its own whose text is the same as an ad of exactly
  one group (estimated Jaccard similarity at least ``repost_threshold``). A network that reposts its ad with
  a new burner phone each time stays one network; an edited copy by another poster does not attach.

A weak tie never merges two groups that are each anchored by their own contacts, however many ads it spans:
it *relates* them (``relations``), with its evidence and a strength, so that "one organisation may run these"
is visible without the networks being merged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from himaya.link import neardup
from himaya.link.graph import Graph

# How much one tie says that two records are run by the same people (shown with every tie and relation).
STRENGTH = {"selector": 1.0, "image-series": 0.9, "repost": 0.8, "handle-name": 0.6, "text": 0.5}
WEAK_KINDS = frozenset({"text", "handle-name"})
MAX_RELATED = 12  # a tie spanning more networks than this is common wording, too common to relate them by

# how a record came into its network (``Resolved.how``)
STRONG, BARE, REPOST = 0, 1, 2


@dataclass(slots=True)
class Resolved:
    """Records joined by strong ties and the weak ties allowed to attach (see the module's docstring)."""

    labels: npt.NDArray[np.int64]  # component label per record
    how: npt.NDArray[np.int8]  # STRONG, BARE or REPOST per record
    extra: npt.NDArray[np.int64]  # (k, 2) record pairs the weak ties joined (for splitting large groups)


def resolve(
    graph: Graph,
    keep: npt.NDArray[np.bool_],
    weak: npt.NDArray[np.bool_],
    contact: npt.NDArray[np.bool_],
    repost_label: npt.NDArray[np.int64],
    printed: npt.NDArray[np.bool_],
) -> Resolved:
    """Component per record under the tie model. ``keep``: pivots not hubs or stop-listed; ``weak``: weak
    pivots; ``contact``: pivots that are a contact point (a selector other than an image); ``repost_label``:
    per record, its group of reposts (near-identical texts), -1 for none; ``printed``: contacts written in
    the text (not the posting account)."""
    n = graph.n_records
    strong = keep & ~weak
    labels = graph.components(strong)
    size = np.bincount(labels, minlength=n)
    in_group = size[labels] >= 2
    contacted = np.zeros(n, dtype=bool)
    contacted[graph.rec[strong[graph.piv] & contact[graph.piv]]] = True
    bare = ~in_group & ~contacted
    how = np.zeros(n, dtype=np.int8)

    # Weak ties: the definite target group of each bare record, and the bare records tied to nothing anchored.
    targets, together = _weak_targets(graph, keep & weak, labels, in_group, contacted, bare)
    pairs: list[npt.NDArray[np.int64]] = []
    clusters = _components(n, together)
    target_of_cluster = np.full(n, -1, dtype=np.int64)
    per_cluster = np.zeros(n, dtype=np.int64)
    if len(targets):
        cluster_target = np.unique(np.stack([clusters[targets[:, 0]], targets[:, 1]], axis=1), axis=0)
        per_cluster = np.bincount(cluster_target[:, 0], minlength=n)
        definite = cluster_target[per_cluster[cluster_target[:, 0]] == 1]
        target_of_cluster[definite[:, 0]] = definite[:, 1]
        joined = bare & (target_of_cluster[clusters] >= 0)
        if joined.any():
            rep = _representatives(labels)
            members = np.flatnonzero(joined)
            pairs.append(np.stack([members, rep[target_of_cluster[clusters[members]]]], axis=1))
            how[members] = BARE
    # bare records tied only to each other (no group in reach): a group of their own; a cluster whose
    # records reach two or more groups stays apart (any of them could be theirs)
    alone = together[per_cluster[clusters[together[:, 0]]] == 0] if len(together) else together
    if len(alone):
        pairs.append(alone)
        how[alone.ravel()] = BARE

    # Reposts: single-use contacts whose text is the same as that of exactly one group's ads.
    reposts = _repost_pairs(labels, in_group, contacted, repost_label)
    if len(reposts):
        pairs.append(reposts)
        how[reposts[:, 0]] = REPOST
    # Burner operations: one text reposted, mostly with contacts used once, a few contacts repeated in small
    # groups that post nothing else: one network.
    burner = _single_use(graph, strong & printed)
    burners = _burner_pairs(labels, in_group, burner, repost_label)
    if len(burners):
        pairs.append(burners)
        alone = burners[:, 0][~in_group[burners[:, 0]] & (how[burners[:, 0]] == STRONG)]
        how[alone] = REPOST  # records in a group are in by its strong ties; the group came in as a repost

    extra = np.concatenate(pairs) if pairs else np.empty((0, 2), dtype=np.int64)
    if len(extra):
        labels = _merge(labels, extra)
    return Resolved(labels=labels, how=how, extra=extra)


def _weak_targets(
    graph: Graph,
    weak_kept: npt.NDArray[np.bool_],
    labels: npt.NDArray[np.int64],
    in_group: npt.NDArray[np.bool_],
    contacted: npt.NDArray[np.bool_],
    bare: npt.NDArray[np.bool_],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(bare record, target component) pairs, and (bare, bare) pairs of weak ties that touch no anchor."""
    edges = weak_kept[graph.piv]
    rec, piv = graph.rec[edges], graph.piv[edges]
    order = np.argsort(piv, kind="stable")
    rec, piv = rec[order], piv[order]
    bounds = np.flatnonzero(np.diff(piv)) + 1
    targets: list[tuple[int, int]] = []
    together: list[tuple[int, int]] = []
    for recs in np.split(rec, bounds):
        if len(recs) < 2:
            continue
        loose = recs[bare[recs]]
        if not len(loose):
            continue
        groups = np.unique(labels[recs[in_group[recs]]])
        if len(groups) == 1:
            target = int(groups[0])
        elif len(groups) == 0:
            singles = recs[contacted[recs] & ~in_group[recs]]
            if len(singles) == 1:
                target = int(labels[singles[0]])
            elif len(singles) == 0:
                first = int(loose[0])
                together.extend((first, int(r)) for r in loose[1:])
                continue
            else:
                continue  # several posters with their own contacts share this wording: nothing to attach to
        else:
            continue  # the wording of several groups: a bare record of it could be any of theirs
        targets.extend((int(r), target) for r in loose)
    return _pairs(targets), _pairs(together)


def _repost_pairs(
    labels: npt.NDArray[np.int64],
    in_group: npt.NDArray[np.bool_],
    contacted: npt.NDArray[np.bool_],
    repost_label: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """(single-use contact record, a record of its group) for reposts of exactly one group's ads."""
    has = repost_label >= 0
    grouped = np.flatnonzero(has & in_group)
    if not len(grouped):
        return np.empty((0, 2), dtype=np.int64)
    touched = np.unique(np.stack([repost_label[grouped], labels[grouped]], axis=1), axis=0)
    per_repost = np.bincount(touched[:, 0], minlength=int(repost_label.max()) + 1)
    single = touched[per_repost[touched[:, 0]] == 1]  # repost groups that touch one group only
    target = np.full(len(per_repost), -1, dtype=np.int64)
    target[single[:, 0]] = single[:, 1]
    candidates = np.flatnonzero(has & contacted & ~in_group)
    candidates = candidates[target[repost_label[candidates]] >= 0]
    if not len(candidates):
        return np.empty((0, 2), dtype=np.int64)
    rep = _representatives(labels)
    return np.stack([candidates, rep[target[repost_label[candidates]]]], axis=1)


MIN_BURNERS = 3


def _single_use(graph: Graph, printed: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Per record: it prints a contact, and every contact it prints appears in no other record (a burner)."""
    degree = graph.degrees()
    edges = printed[graph.piv]
    prints = np.zeros(graph.n_records, dtype=bool)
    prints[graph.rec[edges]] = True
    reused = np.zeros(graph.n_records, dtype=bool)
    reused[graph.rec[edges & (degree[graph.piv] >= 2)]] = True
    return prints & ~reused


def _burner_pairs(
    labels: npt.NDArray[np.int64],
    in_group: npt.NDArray[np.bool_],
    burner: npt.NDArray[np.bool_],
    repost_label: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """Record pairs joining the ads of each repost group that looks like one operation rotating burner phones:
    at least MIN_BURNERS ads, and half of its ads, print only contacts used nowhere else, and the groups it
    touches (its few repeated contacts, its accounts: at least one) each post mostly this text (at least half
    of their ads). Rival networks that share a template print contacts they repeat: they do not pass."""
    has = np.flatnonzero(repost_label >= 0)
    if not len(has):
        return np.empty((0, 2), dtype=np.int64)
    size = np.bincount(labels)
    order = has[np.argsort(repost_label[has], kind="stable")]
    bounds = np.flatnonzero(np.diff(repost_label[order])) + 1
    out: list[tuple[int, int]] = []
    for recs in np.split(order, bounds):
        burners = int(burner[recs].sum())
        if burners < MIN_BURNERS or 2 * burners < len(recs):
            continue
        grouped = recs[in_group[recs]]
        comps, inside = np.unique(labels[grouped], return_counts=True)
        if len(comps) < 1 or (2 * inside < size[comps]).any():
            continue
        anchor = int(grouped[0])
        out.extend((int(r), anchor) for r in recs if r != anchor)
    return _pairs(out)


def repost_groups(
    n: int, pairs: npt.NDArray[np.int64], similarity: npt.NDArray[np.float32], threshold: float
) -> npt.NDArray[np.int64]:
    """Per record, the group of texts joined by pairs at least ``threshold`` similar; -1 for none."""
    return neardup.groups(n, pairs[similarity >= threshold])


def relations(
    net_of: npt.NDArray[np.int64],
    graph: Graph,
    keep: npt.NDArray[np.bool_],
    kinds: list[str],
    pivot_keys: list[str],
    ids: list[str],
    uids: list[str],
) -> list[dict[str, object]]:
    """A row per (network, network, tie) for each kept tie whose records lie in 2..MAX_RELATED networks:
    shared wording between independently anchored networks, or a strong tie cut when a too-large group was
    split. ``net_of``: network index per record (-1: none)."""
    edges = keep[graph.piv] & (net_of[graph.rec] >= 0)
    piv, rec = graph.piv[edges], graph.rec[edges]
    if not len(piv):
        return []
    net = net_of[rec]
    order = np.lexsort((rec, net, piv))
    piv, net, rec = piv[order], net[order], rec[order]
    first = np.concatenate(([True], (piv[1:] != piv[:-1]) | (net[1:] != net[:-1])))
    starts = np.flatnonzero(first)
    counts = np.diff(np.concatenate((starts, [len(piv)])))
    p_of, n_of, example = piv[starts], net[starts], rec[starts]  # one entry per (pivot, network)
    spans = np.flatnonzero(np.concatenate(([True], p_of[1:] != p_of[:-1])))
    ends = np.concatenate((spans[1:], [len(p_of)]))
    rows: list[dict[str, object]] = []
    for a, b in zip(spans.tolist(), ends.tolist(), strict=True):
        if not 2 <= b - a <= MAX_RELATED:
            continue
        p = int(p_of[a])
        kind = kinds[p]
        for i in range(a, b):
            for j in range(i + 1, b):
                x, y = (i, j) if ids[n_of[i]] < ids[n_of[j]] else (j, i)
                rows.append(
                    {
                        "network_a": ids[n_of[x]],
                        "network_b": ids[n_of[y]],
                        "kind": kind,
                        "key": pivot_keys[p],
                        "records_a": int(counts[x]),
                        "records_b": int(counts[y]),
                        "strength": STRENGTH[kind],
                        "example_a": uids[example[x]],
                        "example_b": uids[example[y]],
                    }
                )
    return rows


def tie_rows(
    graph: Graph, keep: npt.NDArray[np.bool_], kinds: list[str], pivot_keys: list[str], uids: list[str]
) -> Iterator[tuple[str, str, str, float, bool]]:
    """(record uid, key, kind, strength, hub) for every record's tie to a pivot shared by two or more records:
    what ``himaya explain`` walks. Streams: a million records have a few million ties."""
    degree = graph.degrees()
    shared = degree[graph.piv] >= 2
    rec, piv = graph.rec[shared], graph.piv[shared]
    for r, p in zip(rec.tolist(), piv.tolist(), strict=True):
        kind = kinds[p]
        yield uids[r], pivot_keys[p], kind, STRENGTH[kind], not bool(keep[p])


def _pairs(items: list[tuple[int, int]]) -> npt.NDArray[np.int64]:
    return np.asarray(items, dtype=np.int64).reshape(-1, 2)


def _components(n: int, pairs: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Component label per record over record pairs (every record has one, alone or not)."""
    if not len(pairs):
        return np.arange(n, dtype=np.int64)
    adj = coo_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    return connected_components(adj, directed=False)[1].astype(np.int64)


def _merge(labels: npt.NDArray[np.int64], pairs: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Component labels with the components of each pair's two records joined."""
    k = int(labels.max()) + 1
    adj = coo_matrix((np.ones(len(pairs), dtype=np.int8), (labels[pairs[:, 0]], labels[pairs[:, 1]])), shape=(k, k))
    return connected_components(adj, directed=False)[1][labels].astype(np.int64)


def _representatives(labels: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The first record of each component label (index by label)."""
    rep = np.full(int(labels.max()) + 1, -1, dtype=np.int64)
    rep[labels[::-1]] = np.arange(len(labels) - 1, -1, -1)
    return rep
