"""Why two records (or networks) are connected: the cheapest chain of ties between them.

The link stage stores every record's tie to a pivot that two or more records share (``ties.tie_rows``): a
phone, an e-mail, a wallet, a near-duplicate text group, an image series, a handle name. ``explain`` walks
those ties from the records of one side to the records of the other and returns the chain that costs least,
where a tie costs ``1 / strength``: a strong tie (a shared contact, strength 1.0) costs 1, a near-duplicate
wording tie (0.5) costs 2. So a chain through two shared phones is shown rather than one shared wording (at
equal cost the chain with fewer weak ties wins), and one shared wording rather than a chain of three phones.

Hubs (a hotline or an agency's number shared by hundreds of unrelated ads) are never walked: they are why
the link stage kept those ads apart. When both ends show the same hub, the explanation says so instead.

The search is a bidirectional Dijkstra over a bipartite graph of records and pivot keys (each tie's cost
split evenly over its two half-edges; the side with the smaller frontier grows, so a side that runs out ends
the search early), reading ties through a two-method lookup (``TieLookup``: the store's ``tx.ties`` or a dict
in a test), in batches, with a cap on the records it may reach and on the ties of a chain; it says when it
stopped at a limit. On 100,000 synthetic records (``himaya synth --records 100000 --networks 800``) an
answer takes 1-15 ms; on a worst case, 100,000 records whose 190,000 ties form two giant components, a
question across them reads ties until the cap: 0.7-1.0 s (most of it decoding rows in the store).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from himaya.link.ties import WEAK_KINDS

MAX_VISITED = 20_000  # records the search may reach before it gives up (see the module's docstring)
MAX_HOPS = 8  # ties in one chain
BATCH = 256  # records or keys whose ties one lookup reads
_NUDGE = 1e-6

# What each kind of tie is, as a sentence fragment ("ad A -[phone +33..., strong 1.0]- ad B").
KIND_NAMES = {
    "text": "near-duplicate wording",
    "repost": "reposted text",
    "handle-name": "handle name",
    "image-series": "near-identical images",
}


class TieLike(Protocol):
    """One record's tie to a pivot key (``himaya.store.models.Tie`` has these fields)."""

    @property
    def record_uid(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def strength(self) -> float: ...
    @property
    def hub(self) -> bool: ...


class TieLookup(Protocol):
    """Where the search reads ties: those of some records, and those of some keys (every record sharing one)."""

    def of_records(self, uids: Sequence[str]) -> Iterable[TieLike]: ...

    def of_keys(self, keys: Sequence[str]) -> Iterable[TieLike]: ...


@dataclass(frozen=True, slots=True)
class Hop:
    """Two records of a chain and the tie they share."""

    a: str  # record uid
    b: str  # record uid
    key: str  # the shared pivot, "phone:+12015550123", "text:ab12cd34ef56" ...
    kind: str  # "selector", "text", "image-series", "handle-name"
    strength: float

    @property
    def strong(self) -> bool:
        return is_strong(self.kind)


@dataclass(frozen=True, slots=True)
class Explanation:
    """The cheapest chain between the two sides (``hops`` empty and ``found`` True when one record is on both
    sides), the hub keys both sides show (never walked), and how far the search went: ``limited`` says it
    stopped at ``MAX_VISITED`` or ``MAX_HOPS`` without a chain, so "unrelated" holds only within those limits."""

    found: bool
    records: tuple[str, ...] = ()  # the chain's record uids, from the first side to the second
    hops: tuple[Hop, ...] = ()
    cost: float = math.inf
    shared_hubs: tuple[str, ...] = ()
    visited: int = 0
    limited: bool = False


def is_strong(kind: str) -> bool:
    """Whether a tie of ``kind`` may make a network (``ties.WEAK_KINDS`` and reposts only attach or relate)."""
    return kind not in WEAK_KINDS and kind != "repost"


def cost_of(strength: float) -> float:
    """What a tie of ``strength`` adds to a chain: 1 for a strong tie, more for a weaker one."""
    return 1.0 / max(strength, 1e-6)


def describe(kind: str, key: str, strength: float) -> str:
    """A tie as one bracket's worth of words: "phone +12015550123, strong 1.0", "near-duplicate wording
    text:ab12, weak 0.5"."""
    grade = "strong" if is_strong(kind) else "weak"
    if kind == "selector":
        typ, _, value = key.partition(":")
        what = f"{typ} {value}"
    else:
        what = f"{KIND_NAMES.get(kind, kind)} {key}"
    return f"{what}, {grade} {strength:.1f}"


Node = tuple[str, str]  # ("r", record uid) or ("k", pivot key)


@dataclass(slots=True)
class _Side:
    """One direction of the search: distances, hops and parents of the nodes it reached, and its frontier."""

    dist: dict[Node, float] = field(default_factory=dict)
    hops: dict[Node, int] = field(default_factory=dict)
    parent: dict[Node, Node | None] = field(default_factory=dict)
    heap: list[tuple[float, Node]] = field(default_factory=list)
    done: set[Node] = field(default_factory=set)

    def start(self, uids: Iterable[str]) -> None:
        for uid in uids:
            node = ("r", uid)
            self.dist[node], self.hops[node], self.parent[node] = 0.0, 0, None
            self.heap.append((0.0, node))
        heapq.heapify(self.heap)

    def top(self) -> float:
        while self.heap and self.heap[0][1] in self.done:
            heapq.heappop(self.heap)
        return self.heap[0][0] if self.heap else math.inf

    def path(self, node: Node) -> list[Node]:
        """From a start of this side to ``node``."""
        out: list[Node] = []
        cur: Node | None = node
        while cur is not None:
            out.append(cur)
            cur = self.parent[cur]
        return out[::-1]


class _Ties:
    """The ties read so far, per record and per key, read in batches of the frontier's nearest nodes."""

    def __init__(self, lookup: TieLookup) -> None:
        self.lookup = lookup
        self.of_record: dict[str, list[TieLike]] = {}
        self.of_key: dict[str, list[TieLike]] = {}

    def load_records(self, uids: Iterable[str]) -> None:
        wanted = [u for u in dict.fromkeys(uids) if u not in self.of_record]
        if not wanted:
            return
        for uid in wanted:
            self.of_record[uid] = []
        for tie in self.lookup.of_records(wanted):
            self.of_record.setdefault(tie.record_uid, []).append(tie)

    def load_keys(self, keys: Iterable[str]) -> None:
        wanted = [k for k in dict.fromkeys(keys) if k not in self.of_key]
        if not wanted:
            return
        for key in wanted:
            self.of_key[key] = []
        for tie in self.lookup.of_keys(wanted):
            self.of_key.setdefault(tie.key, []).append(tie)

    def neighbours(self, node: Node, side: _Side) -> list[tuple[Node, float]]:
        """The nodes next to ``node`` (hubs left out) and the half-cost of the edge to each; reads the ties of
        ``node`` and of up to ``BATCH - 1`` other unread nodes of the same kind near the top of ``side``'s
        frontier, which the search will most likely reach next."""
        kind, name = node
        cache = self.of_record if kind == "r" else self.of_key
        if name not in cache:
            # the top levels of the heap hold its nearest nodes (not exactly the nearest: enough for a batch)
            near = side.heap[: 4 * BATCH]
            batch = [name, *(n for _, (k, n) in near if k == kind and n not in cache)][:BATCH]
            (self.load_records if kind == "r" else self.load_keys)(batch)
        out: list[tuple[Node, float]] = []
        for tie in cache[name]:
            if tie.hub:
                continue
            other: Node = ("k", tie.key) if kind == "r" else ("r", tie.record_uid)
            # at equal cost, the chain with fewer weak ties: a weak tie weighs a hair more than its cost
            out.append((other, (cost_of(tie.strength) + (0.0 if is_strong(tie.kind) else _NUDGE)) / 2))
        return out


def explain(
    lookup: TieLookup,
    sources: Iterable[str],
    targets: Iterable[str],
    *,
    max_visited: int = MAX_VISITED,
    max_hops: int = MAX_HOPS,
) -> Explanation:
    """The cheapest chain of non-hub ties from any record of ``sources`` to any of ``targets`` (record uids),
    and the hub keys both sides show (see the module's docstring)."""
    src, dst = list(dict.fromkeys(sources)), list(dict.fromkeys(targets))
    ties = _Ties(lookup)
    ties.load_records(src + dst)
    hubs_of = [{t.key for u in uids for t in ties.of_record.get(u, ()) if t.hub} for uids in (src, dst)]
    shared_hubs = tuple(sorted(hubs_of[0] & hubs_of[1]))
    common = sorted(set(src) & set(dst))
    if common:
        return Explanation(True, (common[0],), (), 0.0, shared_hubs, len(set(src) | set(dst)))
    if not src or not dst:
        return Explanation(False, shared_hubs=shared_hubs)

    forward, backward = _Side(), _Side()
    forward.start(src)
    backward.start(dst)
    seen_records = set(src) | set(dst)
    best, meet = math.inf, None
    limited = False
    while True:
        top_f, top_b = forward.top(), backward.top()
        if top_f + top_b >= best or math.isinf(top_f) or math.isinf(top_b):
            break
        if len(seen_records) > max_visited:
            limited = True
            break
        # grow the side with the smaller frontier: the search stops as soon as one side runs out
        side, other = (forward, backward) if len(forward.heap) <= len(backward.heap) else (backward, forward)
        d, node = heapq.heappop(side.heap)
        if node in side.done:
            continue
        side.done.add(node)
        hops = side.hops[node]
        if node[0] == "r" and hops >= max_hops:
            limited = True  # a chain through here would be longer than max_hops
            continue
        for nxt, half in ties.neighbours(node, side):
            nd = d + half
            nhops = hops + (nxt[0] == "k")
            if nd < side.dist.get(nxt, math.inf):
                side.dist[nxt], side.hops[nxt], side.parent[nxt] = nd, nhops, node
                heapq.heappush(side.heap, (nd, nxt))
                if nxt[0] == "r":
                    seen_records.add(nxt[1])
            if nxt in other.dist and nd + other.dist[nxt] < best and nhops + other.hops[nxt] <= max_hops:
                best, meet = nd + other.dist[nxt], nxt
    if meet is None:
        return Explanation(False, shared_hubs=shared_hubs, visited=len(seen_records), limited=limited)
    nodes = forward.path(meet) + backward.path(meet)[::-1][1:]
    return _chain(nodes, ties, shared_hubs, len(seen_records))


def _chain(nodes: list[Node], ties: _Ties, shared_hubs: tuple[str, ...], visited: int) -> Explanation:
    """The explanation of a path of alternating record and key nodes (records at both ends)."""
    records = tuple(name for kind, name in nodes if kind == "r")
    hops: list[Hop] = []
    for i in range(1, len(nodes) - 1, 2):
        key = nodes[i][1]
        a, b = nodes[i - 1][1], nodes[i + 1][1]
        # the side that reached the key read the ties of a, of b or of the key itself
        known = [*ties.of_record.get(a, ()), *ties.of_record.get(b, ()), *ties.of_key.get(key, ())]
        tie = next(t for t in known if t.key == key)
        hops.append(Hop(a, b, key, tie.kind, tie.strength))
    cost = round(sum(cost_of(h.strength) for h in hops), 6)
    return Explanation(True, records, tuple(hops), cost, shared_hubs, visited)
