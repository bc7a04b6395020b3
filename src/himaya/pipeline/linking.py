"""The link stage against a store: load its inputs, build networks (pure), save them. Every store call of the
stage is here, above both ``himaya.link`` and ``himaya.store``, so the building itself
(``himaya.link.build.build_networks``) needs no database.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from itertools import chain
from typing import TYPE_CHECKING

from himaya.link.build import LinkSettings, LinkSummary, Networks, Step, Steps, build_networks
from himaya.link.inputs import LinkInputs

if TYPE_CHECKING:
    from himaya.store import Transaction


def link(tx: Transaction, settings: LinkSettings | None = None, *, step: Step | None = None) -> LinkSummary:
    """Link the stored records into networks and swap them in for the stored ones (in ``tx``, atomically)."""
    settings = settings or LinkSettings()
    started = time.perf_counter()
    timing = LinkSummary()
    steps = Steps(timing, step)
    found = build_networks(load_inputs(tx, settings.pivot_types, step=steps), settings, step=steps)
    save_networks(tx, found, step=steps)
    steps("")
    found.summary.steps = timing.steps
    found.summary.seconds = time.perf_counter() - started
    return found.summary


def load_inputs(tx: Transaction, pivot_types: Iterable[str], *, step: Step | None = None) -> LinkInputs:
    """The stored records' link inputs: facts, occurrences of the pivot types (and, when images are one, the
    image records that records show by URL), MinHash rows, the images good enough to link by, and the
    network each record was in at the last link (so that networks keep their ids)."""
    types = tuple(pivot_types)
    return LinkInputs.from_rows(
        tx.records.facts(),
        chain(tx.records.pivot_occurrences(types), tx.records.accounts() if "account" in types else ()),
        tx.images.url_refs() if "image" in types else (),
        tx.records.minhashes(),
        tx.images.occurrences(),
        previous=tx.networks.memberships(),
        step=step,
    )


def save_networks(tx: Transaction, found: Networks, *, step: Step | None = None) -> None:
    """Swap ``found`` in for the stored networks, memberships, links, related networks, ties and selector
    statistics, and append where the records of ids that did not survive went, atomically."""
    if step:
        step("writing networks")
    tx.networks.replace(
        found.rows,
        found.members,
        found.links,
        found.selectors,
        relations=getattr(found, "relations", ()),  # the tie model's outputs, once ``Networks`` has them
        ties=getattr(found, "ties", ()),
        history=getattr(found, "history", ()),
    )
