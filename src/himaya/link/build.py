"""Building networks: a pure function from the link stage's inputs (``inputs.LinkInputs``) and its settings.

1. near-duplicate text groups from MinHash LSH bands (``neardup``), and series of near-identical images
   from their PDQ hashes (``himaya.images.series``; identical images already share an ``image`` selector);
2. a bipartite graph of records and pivots (selectors, text groups and image series), with hubs and
   stop-listed selectors kept from linking (``graph``);
3. connected components, with components larger than ``max_network_size`` split by Louvain community
   detection (``communities``);
4. a summary per network: members, key selectors, risk, typologies, countries, time span (``summary``).

No store, no files: the same function runs on arrays a test writes by hand, on those ``stored.load_inputs``
reads from a database, or in a Spark driver. ``stored.link`` composes load, build and save.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from himaya.link import neardup
from himaya.link.communities import split_large
from himaya.link.graph import Graph, HubRules, find_hubs
from himaya.link.inputs import LinkInputs
from himaya.link.summary import selector_country, summarise
from himaya.selectors import pivot_types as registered_pivot_types
from himaya.settings import DEFAULTS

Step = Callable[[str], None]


def _pivot_types() -> tuple[str, ...]:
    """The selector types that link records: those the selector registry marks as pivots (plug-ins included)."""
    return tuple(registered_pivot_types())


@dataclass(frozen=True, slots=True)
class LinkSettings:
    """How records link. The defaults are ``himaya.settings.SETTINGS``' (those of ``himaya run``'s flags)."""

    near_duplicate_threshold: float = DEFAULTS["near_duplicate_threshold"]
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
    largest: int = 0
    seconds: float = 0.0
    hub_examples: list[tuple[str, str]] = field(default_factory=list)
    steps: dict[str, float] = field(default_factory=dict)  # seconds per step


@dataclass(slots=True)
class Networks:
    """What linking found, shaped as the store's ``replace_networks`` takes it, and its counts."""

    rows: list[dict[str, Any]]  # one per network: id, size, risk, typology, typologies, countries, ...
    members: list[tuple[str, str]]  # (record uid, network id)
    links: list[dict[str, Any]]  # why each member is in its network: network_id, record_uid, kind, key
    selectors: list[dict[str, Any]]  # per selector: type, value, records, hub, hub_reason, country
    summary: LinkSummary


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

    # Selectors become pivots; a handle links by name across platforms, so two selectors can share a pivot.
    wanted = frozenset(settings.pivot_types)
    pivot_of = np.full(len(inputs.selectors), -1, dtype=np.int64)
    pivot_keys: list[str] = []
    pivot_id: dict[str, int] = {}
    for s, (typ, value) in enumerate(inputs.selectors):
        if typ not in wanted:
            continue
        key = pivot_key(typ, value)
        p = pivot_id.get(key)
        if p is None:
            p = pivot_id[key] = len(pivot_keys)
            pivot_keys.append(key)
        pivot_of[s] = p
    occ_selector = inputs.occ_selector
    occ_record = inputs.occ_record
    if (pivot_of < 0).any():
        used = pivot_of[occ_selector] >= 0
        occ_selector, occ_record = occ_selector[used], occ_record[used]
    rec_parts: list[npt.NDArray[np.int64]] = [occ_record]
    piv_parts: list[npt.NDArray[np.int64]] = [pivot_of[occ_selector]]
    n_selectors = len(pivot_keys)

    def add_group(key: str, recs: list[int]) -> None:
        p = pivot_id[key] = len(pivot_keys)
        pivot_keys.append(key)
        rec_parts.append(np.asarray(recs, dtype=np.int64))
        piv_parts.append(np.full(len(recs), p, dtype=np.int64))

    say("finding near-duplicate text")
    text_labels = _near_duplicates(inputs, settings.near_duplicate_threshold)
    members_of_group: dict[int, list[int]] = {}
    for r in np.flatnonzero(text_labels >= 0):
        members_of_group.setdefault(int(text_labels[r]), []).append(int(r))
    for recs in members_of_group.values():
        add_group(f"text:{facts.uids[min(recs, key=lambda r: facts.uids[r])][:12]}", recs)
    summary.text_groups = len(members_of_group)

    say("finding near-identical images")
    for key, recs in _image_series(inputs.images, settings.image_radius):
        add_group(key, recs)
        summary.image_series += 1
    summary.pivots = len(pivot_keys)

    graph = Graph(
        n_records=len(facts.uids),
        n_pivots=len(pivot_keys),
        rec=np.concatenate(rec_parts).astype(np.int64, copy=False),
        piv=np.concatenate(piv_parts).astype(np.int64, copy=False),
        is_group=np.arange(len(pivot_keys)) >= n_selectors,
    )
    rec_parts.clear()
    piv_parts.clear()

    say("controlling hubs")
    stop = np.zeros(len(pivot_keys), dtype=bool)
    for typ, value in settings.stoplist:
        p = pivot_id.get(pivot_key(typ, value))
        if p is not None:
            stop[p] = True
    hubs = find_hubs(graph, settings.hubs, stop)
    summary.hubs = len(hubs)
    keep = np.ones(len(pivot_keys), dtype=bool)
    keep[list(hubs)] = False
    summary.hub_examples = [(pivot_keys[p], why) for p, why in sorted(hubs.items())[:20]]

    say("building networks")
    groups = split_large(_groups(graph.components(keep)), graph, keep, settings.max_network_size)

    say("summarising networks")
    rows, members, link_rows = summarise(groups, graph, keep, pivot_keys, facts)
    counts = np.bincount(occ_selector, minlength=len(inputs.selectors))
    selector_rows = _selector_rows(inputs.selectors, counts, pivot_of, hubs)
    summary.networks = len(rows)
    summary.networked_records = sum(r["size"] for r in rows)
    summary.largest = max((r["size"] for r in rows), default=0)
    return Networks(rows, members, link_rows, selector_rows, summary)


def pivot_key(typ: str, value: str) -> str:
    """The key two records must share to link. A handle links by name across platforms: a bare "@name"
    names its platform only by context, and people reuse one name on several platforms."""
    if typ == "handle" and ":" in value:
        return f"handle:{value.split(':', 1)[1]}"
    return f"{typ}:{value}"


def _near_duplicates(inputs: LinkInputs, threshold: float) -> npt.NDArray[np.int64]:
    """A near-duplicate group label per record; -1 for a record in none."""
    labels = np.full(len(inputs.facts.uids), -1, dtype=np.int64)
    if len(inputs.minhash_record) < 2:
        return labels
    pairs = neardup.verified_pairs(neardup.candidate_pairs(inputs.bands), inputs.signatures, threshold)
    local = neardup.groups(len(inputs.minhash_record), pairs)
    hit = local >= 0
    labels[inputs.minhash_record[hit]] = local[hit]
    return labels


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
    """A row per selector that occurs in a record (of the pivot types), in order of first occurrence."""
    rows: list[dict[str, Any]] = []
    for s in np.flatnonzero(counts).tolist():
        typ, value = selectors[s]
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
