"""The link stage: from stored records to networks, written back atomically.

1. near-duplicate text groups from MinHash LSH bands (``neardup``), and series of near-identical images
   from their PDQ hashes (``himaya.images.series``; identical images already share an ``image`` selector);
2. a bipartite graph of records and pivots (selectors, text groups and image series), with hubs and
   stop-listed selectors kept from linking (``graph``);
3. connected components, with components larger than ``max_network_size`` split by Louvain community
   detection (``communities``);
4. a summary per network: members, key selectors, risk, typologies, countries, time span (``summary``).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import numpy as np

from himaya.link import neardup
from himaya.link.communities import split_large
from himaya.link.graph import Graph, HubRules, find_hubs
from himaya.link.minhash import BANDS, NUM_PERM
from himaya.link.summary import RecordFacts, summarise
from himaya.store import Transaction


@dataclass(frozen=True, slots=True)
class LinkSettings:
    near_duplicate_threshold: float = 0.7
    hubs: HubRules = field(default_factory=HubRules)
    max_network_size: int = 300
    stoplist: tuple[tuple[str, str], ...] = ()  # (type, value) pairs never used to link
    pivot_types: tuple[str, ...] = ("phone", "email", "handle", "crypto", "onion", "payment", "url", "image")
    image_radius: int = 31  # PDQ bits within which two images are copies of one another; negative: off


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


Step = Callable[[str], None]


def link(tx: Transaction, settings: LinkSettings | None = None, *, step: Step | None = None) -> LinkSummary:
    settings = settings or LinkSettings()
    summary = LinkSummary()
    started = last = time.perf_counter()
    current = ""

    def say(message: str) -> None:
        nonlocal last, current
        now = time.perf_counter()
        if current:
            summary.steps[current] = round(now - last, 2)
        current, last = message, now
        if step:
            step(message)

    say("loading records")
    facts = RecordFacts.load(tx.records.facts())
    index = facts.index
    summary.records = len(facts.uids)

    say("loading selectors")
    pivot_keys: list[str] = []
    pivot_id: dict[str, int] = {}
    rec_idx: list[int] = []
    piv_idx: list[int] = []
    selector_counts: Counter[tuple[str, str]] = Counter()
    occurrences: Iterator[tuple[str, str, str]] = iter(tx.records.pivot_occurrences(settings.pivot_types))
    if "image" in settings.pivot_types:  # and the images that crawled pages show by URL
        shown = dict.fromkeys((uid, "image", sha) for uid, sha in tx.images.url_refs())
        occurrences = chain(occurrences, shown)
    for uid, typ, value in occurrences:
        selector_counts[(typ, value)] += 1
        key = pivot_key(typ, value)
        p = pivot_id.get(key)
        if p is None:
            p = pivot_id[key] = len(pivot_keys)
            pivot_keys.append(key)
        rec_idx.append(index[uid])
        piv_idx.append(p)
    n_selectors = len(pivot_keys)

    say("finding near-duplicate text")
    text_labels = _near_duplicates(tx, index, settings.near_duplicate_threshold)
    members_of_group: dict[int, list[int]] = {}
    for r in np.flatnonzero(text_labels >= 0):
        members_of_group.setdefault(int(text_labels[r]), []).append(int(r))
    for label, recs in members_of_group.items():
        key = f"text:{facts.uids[min(recs, key=lambda r: facts.uids[r])][:12]}"
        p = pivot_id[key] = len(pivot_keys)
        pivot_keys.append(key)
        rec_idx.extend(recs)
        piv_idx.extend([p] * len(recs))
        del label
    summary.text_groups = len(members_of_group)

    say("finding near-identical images")
    for key, recs in _image_series(tx, index, settings.image_radius):
        p = pivot_id[key] = len(pivot_keys)
        pivot_keys.append(key)
        rec_idx.extend(recs)
        piv_idx.extend([p] * len(recs))
        summary.image_series += 1
    summary.pivots = len(pivot_keys)

    graph = Graph(
        n_records=len(facts.uids),
        n_pivots=len(pivot_keys),
        rec=np.asarray(rec_idx, dtype=np.int64),
        piv=np.asarray(piv_idx, dtype=np.int64),
        is_group=np.arange(len(pivot_keys)) >= n_selectors,
    )
    del rec_idx, piv_idx

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
    labels = graph.components(keep)
    groups = _groups(labels)
    groups = split_large(groups, graph, keep, settings.max_network_size)

    say("summarising networks")
    rows, members, link_rows = summarise(groups, graph, keep, pivot_keys, facts)
    selector_rows = _selector_rows(selector_counts, pivot_id, hubs)
    say("writing networks")
    tx.networks.replace(rows, members, link_rows, selector_rows)

    say("")
    summary.networks = len(rows)
    summary.networked_records = sum(r["size"] for r in rows)
    summary.largest = max((r["size"] for r in rows), default=0)
    summary.seconds = time.perf_counter() - started
    return summary


def pivot_key(typ: str, value: str) -> str:
    """The key two records must share to link. A handle links by name across platforms: a bare "@name"
    names its platform only by context, and people reuse one name on several platforms."""
    if typ == "handle" and ":" in value:
        return f"handle:{value.split(':', 1)[1]}"
    return f"{typ}:{value}"


def _near_duplicates(tx: Transaction, index: dict[str, int], threshold: float) -> np.ndarray:
    labels = np.full(len(index), -1, dtype=np.int64)
    where: list[int] = []
    band_buf, sig_buf = bytearray(), bytearray()
    for uid, bands, signature in tx.records.minhashes():  # streamed into flat buffers: 384 bytes a record
        where.append(index[uid])
        band_buf += bands
        sig_buf += signature
    if len(where) < 2:
        return labels
    bands_arr = np.frombuffer(band_buf, dtype="<i8").reshape(len(where), BANDS)
    sigs = np.frombuffer(sig_buf, dtype="<u4").reshape(len(where), NUM_PERM)
    pairs = neardup.verified_pairs(neardup.candidate_pairs(bands_arr), sigs, threshold)
    local = neardup.groups(len(where), pairs)
    hit = local >= 0
    labels[np.asarray(where, dtype=np.int64)[hit]] = local[hit]
    return labels


def _image_series(tx: Transaction, index: dict[str, int], radius: int) -> list[tuple[str, list[int]]]:
    """(pivot key, record indices) per series of near-identical but not identical images (PDQ within
    ``radius``) found in two or more records. Identical images link through their ``image`` selector."""
    if radius < 0:
        return []
    records_of: dict[str, set[int]] = {}
    pdq_of: dict[str, str] = {}
    for uid, sha256, pdq in tx.images.occurrences():
        records_of.setdefault(sha256, set()).add(index[uid])
        pdq_of[sha256] = pdq
    from himaya.images.series import groups

    out = []
    for members in groups(pdq_of, radius):
        recs = sorted(set().union(*(records_of[s] for s in members)))
        if len(recs) >= 2:
            out.append((f"image-series:{members[0][:12]}", recs))
    return out


def _groups(labels: np.ndarray) -> list[np.ndarray]:
    """Record indices per component, for components of two or more records."""
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    boundaries = np.flatnonzero(np.diff(sorted_labels)) + 1
    parts = np.split(order, boundaries)
    return [part for part in parts if len(part) >= 2]


def _selector_rows(
    counts: Counter[tuple[str, str]], pivot_id: dict[str, int], hubs: dict[int, str]
) -> list[dict[str, object]]:
    from himaya.link.summary import selector_country

    rows = []
    for (typ, value), records in counts.items():
        why = hubs.get(pivot_id[pivot_key(typ, value)])
        rows.append(
            {
                "type": typ,
                "value": value,
                "records": records,
                "hub": why is not None,
                "hub_reason": why,
                "country": selector_country(typ, value),
            }
        )
    return rows


def load_stoplist(path: Path) -> tuple[tuple[str, str], ...]:
    """A stop-list file: one selector a line in any written form; ``#`` starts a comment."""
    from himaya.errors import DataError
    from himaya.selectors import parse_query

    pairs: list[tuple[str, str]] = []
    try:
        lines: Iterable[str] = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"cannot read stop-list {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        found = parse_query(text)
        if not found:
            raise DataError(f"{path}:{number}: not a selector: {text!r}")
        pairs.extend(found)
    return tuple(pairs)
