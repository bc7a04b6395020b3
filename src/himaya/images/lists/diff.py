"""What changed between two versions of one hash list, so that a re-import applies only the change.

Lists are re-issued whole (a new VICS hash set, a new ICSE export): the new version's additions are
added, the hashes it no longer lists are retracted (a list owner retracts a hash it got wrong), and hashes
whose metadata moved (a new category, a victim now identified) are updated. Pure: no I/O, no store.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from himaya.images.lists.base import HashEntry

Change = tuple[HashEntry, HashEntry]


def _comparable(entry: HashEntry) -> HashEntry:
    # ``group`` is how a file's rows are tied together (sometimes a line number): not list content.
    return dataclasses.replace(entry, group=None)


def diff(old: Iterable[HashEntry], new: Iterable[HashEntry]) -> tuple[list[HashEntry], list[HashEntry], list[Change]]:
    """(added, retracted, changed) from ``old`` to ``new``, keyed by (kind, value); ``changed`` holds
    (old entry, new entry) pairs. Where a version lists one hash twice, its last entry counts. Each list
    keeps the order of the version it comes from."""
    before = {entry.key: entry for entry in old}
    after = {entry.key: entry for entry in new}
    added = [entry for key, entry in after.items() if key not in before]
    retracted = [entry for key, entry in before.items() if key not in after]
    changed = [
        (before[key], entry)
        for key, entry in after.items()
        if key in before and _comparable(before[key]) != _comparable(entry)
    ]
    return added, retracted, changed
