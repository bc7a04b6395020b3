"""Building networks: a pure function from the link stage's inputs (``inputs.LinkInputs``) and its settings.

1. pivots: a strong one per selector (a phone, a handle on its platform, the account that posted a record:
   ``accounts``) and a weak one per name (a handle or author name on any platform); near-duplicate text
   groups and repost groups from MinHash LSH bands (``neardup``); series of near-identical images from their
   PDQ hashes (``himaya.images.series``; identical images already share an ``image`` selector);
2. a bipartite graph of records and pivots, with hubs among the strong pivots and stop-listed selectors kept
   from linking (``graph``);
3. the tie model (``ties``): components of the strong ties, the records weak ties may attach, reposts and
   burner operations; groups larger than ``max_network_size`` split into communities (``communities``);
4. ids carried over from the last link (``ids``), a summary per network (``summary``), the relations between
   networks that share only weak ties, and every shared tie (for ``himaya explain``).

No store, no files: the same function runs on arrays a test writes by hand, on those
``himaya.pipeline.linking.load_inputs`` reads from a database, or in a Spark driver;
``himaya.pipeline.linking.link`` composes load, build and save.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from himaya.link import neardup, ties
from himaya.link.accounts import account_keys
from himaya.link.communities import split_large
from himaya.link.graph import Graph, HubRules, find_hubs
from himaya.link.ids import assign_ids
from himaya.link.inputs import LinkInputs
from himaya.link.summary import selector_country, summarise
from himaya.selectors import pivot_types as registered_pivot_types
from himaya.settings import DEFAULTS

Step = Callable[[str], None]


def _pivot_types() -> tuple[str, ...]:
    """The selector types that link records: those the selector registry marks as pivots (plug-ins included)."""
    return (*registered_pivot_types(), "account")


@dataclass(frozen=True, slots=True)
class LinkSettings:
    """How records link. The defaults are ``himaya.settings.SETTINGS``' (those of ``himaya run``'s flags)."""

    near_duplicate_threshold: float = DEFAULTS["near_duplicate_threshold"]
    repost_threshold: float = DEFAULTS["repost_threshold"]  # a single-use contact's ad this close is a repost
    hubs: HubRules = field(default_factory=HubRules)
    max_network_size: int = DEFAULTS["max_network_size"]
    stoplist: tuple[tuple[str, str], ...] = ()  # (type, value) pairs never used to link
    pivot_types: tuple[str, ...] = field(default_factory=_pivot_types)
    image_radius: int = DEFAULTS["image_radius"]  # PDQ bits within which two images are copies; negative: off


def link_settings(values: dict[str, Any], stoplist: tuple[tuple[str, str], ...] = ()) -> LinkSettings:
    """LinkSettings from setting values by name (``himaya.settings``), a value of None taking the default."""
    v = {**DEFAULTS, **{k: val for k, val in values.items() if val is not None}}
    return LinkSettings(
        near_duplicate_threshold=float(v["near_duplicate_threshold"]),
        repost_threshold=float(v["repost_threshold"]),
        image_radius=int(v["image_radius"]),
        hubs=HubRules(
            min_degree=int(v["hub_min_degree"]),
            min_components=int(v["hub_min_components"]),
            ratio=float(v["hub_ratio"]),
        ),
        max_network_size=int(v["max_network_size"]),
        stoplist=stoplist,
    )


@dataclass(slots=True)
class LinkSummary:
    records: int = 0
    pivots: int = 0
    text_groups: int = 0
    image_series: int = 0
    hubs: int = 0
    networks: int = 0
    networked_records: int = 0
    related: int = 0  # pairs of related networks
    attached: int = 0  # records in a network by weak ties (no contact of their own, or reposts)
    largest: int = 0
    seconds: float = 0.0
    hub_examples: list[tuple[str, str]] = field(default_factory=list)
    steps: dict[str, float] = field(default_factory=dict)  # seconds per step


@dataclass(slots=True)
class Networks:
    """What linking found, shaped as the store's ``replace_networks`` takes it, and its counts."""

    rows: list[dict[str, Any]]  # one per network: id, size, risk, typology, typologies, countries, ...
    members: list[tuple[str, str]]  # (record uid, network id)
    links: list[dict[str, Any]]  # why each member is in its network: network_id, record_uid, kind, key, strength
    selectors: list[dict[str, Any]]  # per selector: type, value, records, hub, hub_reason, country
    summary: LinkSummary
    relations: list[dict[str, Any]] = field(default_factory=list)  # related networks and their evidence
    ties: Iterable[tuple[str, str, str, float, bool]] = ()  # every record's shared ties (``ties.tie_rows``)
    history: list[dict[str, Any]] = field(default_factory=list)  # where the records of changed ids went


class Steps:
    """Times the steps of the stage (``LinkSummary.steps``) and tells ``step`` (a progress display) of each."""

    def __init__(self, summary: LinkSummary, step: Step | None = None) -> None:
        self.summary, self.step = summary, step
        self.current, self.last = "", time.perf_counter()

    def __call__(self, message: str) -> None:
        now = time.perf_counter()
        if self.current:
            self.summary.steps[self.current] = round(now - self.last, 2)
        self.current, self.last = message, now
        if self.step:
            self.step(message)


def build_networks(inputs: LinkInputs, settings: LinkSettings | None = None, *, step: Step | None = None) -> Networks:
    """Networks of the records of ``inputs`` (see the module's docstring); ``step`` hears each step's name."""
    settings = settings or LinkSettings()
    say = step or _silent
    summary = LinkSummary(records=len(inputs.facts.uids))
    facts = inputs.facts
    n = len(facts.uids)

    pivots = Pivots()
    rec_parts, piv_parts = pivots.selector_edges(inputs, frozenset(settings.pivot_types))
    n_selector_pivots = len(pivots.keys)

    say("finding near-duplicate text")
    text_labels, repost_label = _near_duplicates(inputs, settings.near_duplicate_threshold, settings.repost_threshold)
    members_of_group: dict[int, list[int]] = {}
    for r in np.flatnonzero(text_labels >= 0).tolist():
        members_of_group.setdefault(int(text_labels[r]), []).append(r)
    for recs in members_of_group.values():
        key = f"text:{facts.uids[min(recs, key=lambda r: facts.uids[r])][:12]}"
        rec_parts.append(np.asarray(recs, dtype=np.int64))
        piv_parts.append(np.full(len(recs), pivots.add(key, "text"), dtype=np.int64))
    summary.text_groups = len(members_of_group)
    del members_of_group, text_labels

    say("finding near-identical images")
    for key, recs in _image_series(inputs.images, settings.image_radius):
        rec_parts.append(np.asarray(recs, dtype=np.int64))
        piv_parts.append(np.full(len(recs), pivots.add(key, "image-series"), dtype=np.int64))
        summary.image_series += 1
    summary.pivots = len(pivots.keys)

    graph = Graph(
        n_records=n,
        n_pivots=len(pivots.keys),
        rec=np.concatenate(rec_parts).astype(np.int64, copy=False),
        piv=np.concatenate(piv_parts).astype(np.int64, copy=False),
        is_group=np.arange(len(pivots.keys)) >= n_selector_pivots,
    )
    rec_parts.clear()
    piv_parts.clear()
    graph.dedupe()
    weak = np.fromiter((kind in ties.WEAK_KINDS for kind in pivots.kinds), dtype=bool, count=len(pivots.kinds))
    contact = np.asarray(pivots.contact, dtype=bool)

    say("controlling hubs")
    stop = np.zeros(len(pivots.keys), dtype=bool)
    for typ, value in settings.stoplist:
        for stop_key in pivot_keys(typ, value):
            listed = pivots.index.get(stop_key) if stop_key else None
            if listed is not None:
                stop[listed] = True
    printed = np.asarray(pivots.printed, dtype=bool)
    hubs = find_hubs(graph, settings.hubs, stop, consider=~weak, anchors=printed | ~contact)
    summary.hubs = len(hubs)
    keep = np.ones(len(pivots.keys), dtype=bool)
    keep[list(hubs)] = False
    summary.hub_examples = [(pivots.keys[p], why) for p, why in sorted(hubs.items())[:20]]

    say("building networks")
    resolved = ties.resolve(graph, keep, weak, contact, repost_label, printed)
    groups = split_large(_groups(resolved.labels), graph, keep & ~weak, resolved.extra, settings.max_network_size)
    ids, history = assign_ids(groups, facts.uids, inputs.previous, inputs.previous_ids)

    say("summarising networks")
    rows, members, link_rows = summarise(groups, ids, graph, keep, pivots.keys, pivots.kinds, facts, resolved.how)
    net_of = np.full(n, -1, dtype=np.int64)
    for i, g in enumerate(groups):
        net_of[g] = i
    related = ties.relations(net_of, graph, keep, pivots.kinds, pivots.keys, ids, facts.uids)
    counts = np.bincount(inputs.occ_selector, minlength=len(inputs.selectors))
    selector_rows = _selector_rows(inputs.selectors, counts, pivots.selector_pivot, hubs)
    summary.networks = len(rows)
    summary.networked_records = sum(r["size"] for r in rows)
    summary.largest = max((r["size"] for r in rows), default=0)
    summary.related = len({(r["network_a"], r["network_b"]) for r in related})
    summary.attached = int(((resolved.how != ties.STRONG) & (net_of >= 0)).sum())
    tie_rows = TieRows(graph, keep, pivots.kinds, pivots.keys, facts.uids)
    return Networks(rows, members, link_rows, selector_rows, summary, relations=related, ties=tie_rows, history=history)


class Pivots:
    """The pivots of one build: their keys, kinds ("selector", "text", "image-series", "handle-name") and
    whether each is a contact point (a selector other than an image)."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.kinds: list[str] = []
        self.contact: list[bool] = []
        self.printed: list[bool] = []  # a contact written in some record's text (not only its posting account)
        self.index: dict[str, int] = {}
        self.selector_pivot = np.zeros(0, dtype=np.int64)  # per selector: its strong (else weak) pivot, -1

    def add(self, key: str, kind: str, contact: bool = False, printed: bool = False) -> int:
        p = self.index.get(key)
        if p is None:
            p = self.index[key] = len(self.keys)
            self.keys.append(key)
            self.kinds.append(kind)
            self.contact.append(contact)
            self.printed.append(printed)
        elif printed:
            self.printed[p] = True
        return p

    def selector_edges(
        self, inputs: LinkInputs, wanted: frozenset[str]
    ) -> tuple[list[npt.NDArray[np.int64]], list[npt.NDArray[np.int64]]]:
        """(record, pivot) edges of the selector occurrences: a strong pivot per selector and, for a handle,
        a weak one for its name on any platform."""
        strong_of = np.full(len(inputs.selectors), -1, dtype=np.int64)
        weak_of = np.full(len(inputs.selectors), -1, dtype=np.int64)
        for s, (typ, value) in enumerate(inputs.selectors):
            if typ not in wanted:
                continue
            strong_key, weak_key = pivot_keys(typ, value)
            if strong_key:
                contact = typ != "image"
                strong_of[s] = self.add(strong_key, "selector", contact=contact, printed=contact and typ != "account")
            if weak_key:
                weak_of[s] = self.add(weak_key, "handle-name")
        self.selector_pivot = np.where(strong_of >= 0, strong_of, weak_of)
        recs: list[npt.NDArray[np.int64]] = []
        pivs: list[npt.NDArray[np.int64]] = []
        for of in (strong_of, weak_of):
            p = of[inputs.occ_selector]
            used = p >= 0
            recs.append(inputs.occ_record[used])
            pivs.append(p[used])
        return recs, pivs


class TieRows:
    """Every record's ties to pivots shared with another record, as rows (re-iterable, streamed)."""

    def __init__(self, graph: Graph, keep: npt.NDArray[np.bool_], kinds: list[str], keys: list[str], uids: list[str]):
        self.args = (graph, keep, kinds, keys, uids)

    def __iter__(self) -> Iterator[tuple[str, str, str, float, bool]]:
        return ties.tie_rows(*self.args)


def pivot_keys(typ: str, value: str) -> tuple[str | None, str | None]:
    """The (strong, weak) keys two records must share to be tied. A handle on a known platform is strong;
    its name alone (on any platform, or a bare "@name" whose platform is unknown) is weak: people reuse one
    name on several platforms, and unrelated people choose the same short names."""
    if typ == "account":
        return account_keys(value)
    if typ == "handle":
        platform, _, name = value.partition(":")
        weak = f"handle-name:{name}" if name else None
        return (None if platform in ("unknown", "") else f"handle:{value}"), weak
    return f"{typ}:{value}", None


def _near_duplicates(
    inputs: LinkInputs, threshold: float, repost_threshold: float
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """A near-duplicate group label per record, and a repost group label (texts at least
    ``repost_threshold`` alike); -1 for a record in none."""
    labels = np.full(len(inputs.facts.uids), -1, dtype=np.int64)
    reposts = np.full(len(inputs.facts.uids), -1, dtype=np.int64)
    if len(inputs.minhash_record) < 2:
        return labels, reposts
    pairs, similarity = neardup.verified(neardup.candidate_pairs(inputs.bands), inputs.signatures, threshold)
    m = len(inputs.minhash_record)
    local = neardup.groups(m, pairs)
    hit = local >= 0
    labels[inputs.minhash_record[hit]] = local[hit]
    local = ties.repost_groups(m, pairs, similarity, repost_threshold)
    hit = local >= 0
    reposts[inputs.minhash_record[hit]] = local[hit]
    return labels, reposts


def _image_series(images: list[tuple[int, str, str]], radius: int) -> list[tuple[str, list[int]]]:
    """(pivot key, record indices) per series of near-identical but not identical images (PDQ within
    ``radius``) found in two or more records. Identical images link through their ``image`` selector."""
    if radius < 0:
        return []
    records_of: dict[str, set[int]] = {}
    pdq_of: dict[str, str] = {}
    for r, sha256, pdq in images:
        records_of.setdefault(sha256, set()).add(r)
        pdq_of[sha256] = pdq
    from himaya.images.series import groups  # the PDQ index: only when there are images to group

    out = []
    for members in groups(pdq_of, radius):
        recs = sorted(set().union(*(records_of[s] for s in members)))
        if len(recs) >= 2:
            out.append((f"image-series:{members[0][:12]}", recs))
    return out


def _groups(labels: npt.NDArray[np.int64]) -> list[npt.NDArray[np.int64]]:
    """Record indices per component, for components of two or more records."""
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    boundaries = np.flatnonzero(np.diff(sorted_labels)) + 1
    parts = np.split(order, boundaries)
    return [part for part in parts if len(part) >= 2]


def _selector_rows(
    selectors: list[tuple[str, str]],
    counts: npt.NDArray[np.int64],
    pivot_of: npt.NDArray[np.int64],
    hubs: dict[int, str],
) -> list[dict[str, Any]]:
    """A row per selector that occurs in a record (of the pivot types), in order of first occurrence; posting
    accounts only when two or more records share one (a million one-off accounts say nothing)."""
    rows: list[dict[str, Any]] = []
    for s in np.flatnonzero((counts > 0) & (pivot_of >= 0)).tolist():
        typ, value = selectors[s]
        if typ == "account" and counts[s] < 2:
            continue
        why = hubs.get(int(pivot_of[s]))
        rows.append(
            {
                "type": typ,
                "value": value,
                "records": int(counts[s]),
                "hub": why is not None,
                "hub_reason": why,
                "country": selector_country(typ, value),
            }
        )
    return rows


def _silent(_message: str) -> None:
    pass
