"""The link stage against a store: load its inputs, build networks (pure), save them. Every store call of the
stage is here, so the building itself (``build.build_networks``) needs no database.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from himaya.link.build import LinkSettings, LinkSummary, Networks, Step, Steps, build_networks
from himaya.link.inputs import LinkInputs

if TYPE_CHECKING:
    from himaya.store import Store


def link(store: Store, settings: LinkSettings | None = None, *, step: Step | None = None) -> LinkSummary:
    """Link the stored records into networks and swap them in for the stored ones (atomically)."""
    settings = settings or LinkSettings()
    started = time.perf_counter()
    timing = LinkSummary()
    steps = Steps(timing, step)
    found = build_networks(load_inputs(store, settings.pivot_types, step=steps), settings, step=steps)
    save_networks(store, found, step=steps)
    steps("")
    found.summary.steps = timing.steps
    found.summary.seconds = time.perf_counter() - started
    return found.summary


def load_inputs(store: Store, pivot_types: Iterable[str], *, step: Step | None = None) -> LinkInputs:
    """The stored records' link inputs: facts, occurrences of the pivot types (and, when images are one, the
    image records that records show by URL), MinHash rows and the images good enough to link by."""
    types = tuple(pivot_types)
    return LinkInputs.from_rows(
        store.record_facts(),
        store.pivot_occurrences(types),
        store.image_url_refs() if "image" in types else (),
        store.minhash_rows(),
        store.image_occurrences(),
        step=step,
    )


def save_networks(store: Store, found: Networks, *, step: Step | None = None) -> None:
    """Swap ``found`` in for the stored networks, memberships, links and selector statistics, atomically."""
    if step:
        step("writing networks")
    store.replace_networks(found.rows, found.members, found.links, found.selectors)


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
