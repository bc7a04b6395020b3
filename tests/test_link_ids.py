"""Stable network ids (``himaya.link.ids.assign_ids``): carried over by majority, fresh otherwise, and a
history row for every old id whose records did not all stay under it."""

from __future__ import annotations

import random
import time
from collections import Counter

import numpy as np
import pytest

from himaya.link.ids import assign_ids, fresh_id
from himaya.link.summary import network_id

UIDS = [f"u{i:03d}" for i in range(40)]


def _prev(assignment: dict[int, str], n: int = len(UIDS)) -> tuple[np.ndarray, list[str]]:
    """``previous``/``previous_ids`` from record index -> old id."""
    old_ids = sorted(set(assignment.values()))
    previous = np.full(n, -1, dtype=np.int32)
    for r, nid in assignment.items():
        previous[r] = old_ids.index(nid)
    return previous, old_ids


def _groups(*members: list[int]) -> list[np.ndarray]:
    return [np.asarray(m, dtype=np.int64) for m in members]


def test_first_link_gives_the_ids_network_id_gives() -> None:
    groups = _groups([3, 1, 2], [7, 9])
    ids, history = assign_ids(groups, UIDS, np.full(len(UIDS), -1), [])
    assert ids == [network_id(["u001", "u002", "u003"]), network_id(["u007", "u009"])]
    assert history == []


def test_an_unchanged_network_keeps_its_id_and_writes_no_history() -> None:
    previous, old = _prev({1: "Nold1", 2: "Nold1", 3: "Nold1", 7: "Nold2", 9: "Nold2"})
    ids, history = assign_ids(_groups([7, 9], [1, 2, 3]), UIDS, previous, old)
    assert ids == ["Nold2", "Nold1"]
    assert history == []


def test_a_network_that_grows_keeps_its_id_and_the_newcomers_need_no_history() -> None:
    previous, old = _prev({1: "Nold1", 2: "Nold1"})
    ids, history = assign_ids(_groups([0, 1, 2, 5]), UIDS, previous, old)
    assert ids == ["Nold1"] and history == []


def test_a_split_keeps_the_id_where_the_majority_went_and_records_the_rest() -> None:
    previous, old = _prev({r: "Nold1" for r in (1, 2, 3, 4, 5)})
    ids, history = assign_ids(_groups([1, 2], [3, 4, 5]), UIDS, previous, old)
    assert ids[1] == "Nold1"
    assert ids[0] == network_id(["u001", "u002"])
    assert history == [{"old_id": "Nold1", "new_id": ids[0], "records": 2}]


def test_an_even_split_carries_the_id_nowhere() -> None:
    previous, old = _prev({r: "Nold1" for r in (1, 2, 3, 4)})
    ids, history = assign_ids(_groups([1, 2], [3, 4]), UIDS, previous, old)
    assert "Nold1" not in ids
    assert sorted((h["new_id"], h["records"]) for h in history) == sorted([(ids[0], 2), (ids[1], 2)])


def test_a_merge_keeps_the_larger_id_and_a_tie_the_smaller_id() -> None:
    previous, old = _prev({1: "Nb", 2: "Nb", 3: "Nb", 4: "Na", 5: "Na"})
    ids, history = assign_ids(_groups([1, 2, 3, 4, 5]), UIDS, previous, old)
    assert ids == ["Nb"]  # three records beat two, though "Na" sorts first
    assert history == [{"old_id": "Na", "new_id": "Nb", "records": 2}]
    previous, old = _prev({1: "Nb", 2: "Nb", 4: "Na", 5: "Na"})
    ids, history = assign_ids(_groups([1, 2, 4, 5]), UIDS, previous, old)
    assert ids == ["Na"]
    assert history == [{"old_id": "Nb", "new_id": "Na", "records": 2}]


def test_records_that_leave_every_network_are_recorded_with_no_new_id() -> None:
    previous, old = _prev({1: "Nold1", 2: "Nold1", 3: "Nold1", 8: "Ngone", 9: "Ngone"})
    ids, history = assign_ids(_groups([1, 2]), UIDS, previous, old)
    assert ids == ["Nold1"]
    assert history == [
        {"old_id": "Ngone", "new_id": None, "records": 2},
        {"old_id": "Nold1", "new_id": None, "records": 1},
    ]


def test_majority_counts_only_records_still_present() -> None:
    """An old network of five whose three other records are gone from the store: two of two is a majority."""
    previous, old = _prev({1: "Nold1", 2: "Nold1"})  # the records of the other three are not among uids
    ids, _ = assign_ids(_groups([1, 2, 6]), UIDS, previous, old)
    assert ids == ["Nold1"]


def test_a_fresh_id_that_clashes_with_a_carried_or_retired_one_is_rehashed() -> None:
    # u001 was the smallest uid of the old network, so it named it; the majority leaves u001 behind
    carried = network_id(["u001"])
    previous, old = _prev({1: carried, 2: carried, 3: carried, 4: carried})
    ids, history = assign_ids(_groups([1, 5], [2, 3, 4]), UIDS, previous, old)
    assert ids[1] == carried
    assert ids[0] == fresh_id("u001", 1) != carried
    assert history == [{"old_id": carried, "new_id": ids[0], "records": 1}]
    # a retired id does not come back naming another network either
    retired = network_id(["u010"])
    previous, old = _prev({10: retired, 11: retired, 12: "Nx", 13: "Nx", 14: "Nx"})
    ids, _ = assign_ids(_groups([10, 20], [11, 12, 13, 14]), UIDS, previous, old)
    assert ids == [fresh_id("u010", 1), "Nx"]


def test_ids_do_not_depend_on_the_order_of_the_groups() -> None:
    previous, old = _prev({1: "Nb", 2: "Nb", 4: "Na", 5: "Na", 6: "Nc"})
    groups = _groups([1, 2, 4, 5], [6, 7], [8, 9], [10, 11, 12])
    ids, history = assign_ids(groups, UIDS, previous, old)
    ids_rev, history_rev = assign_ids(groups[::-1], UIDS, previous, old)
    assert ids_rev == ids[::-1] and history_rev == history


def test_previous_must_cover_every_record() -> None:
    with pytest.raises(ValueError, match="previous has"):
        assign_ids([], UIDS, np.full(3, -1), [])


def _random_partition(rng: random.Random, n: int) -> list[list[int]]:
    order = list(range(n))
    rng.shuffle(order)
    groups, i = [], 0
    while i < n:
        size = rng.choice((1, 2, 2, 3, 4, 6, 9))
        groups.append(sorted(order[i : i + size]))
        i += size
    return [g for g in groups if len(g) >= 2]


def _perturb(rng: random.Random, groups: list[list[int]], n: int) -> list[list[int]]:
    """Move, drop, split and merge a few records and groups, as a relink after new evidence might."""
    out = [list(g) for g in groups]
    for _ in range(rng.randint(0, 6)):
        what = rng.random()
        if what < 0.3 and len(out) >= 2:
            a, b = rng.sample(range(len(out)), 2)
            out[a].extend(out[b])
            out.pop(b)
        elif what < 0.6 and out:
            g = rng.randrange(len(out))
            if len(out[g]) >= 4:
                cut = rng.randint(2, len(out[g]) - 2)
                out.append(out[g][cut:])
                out[g] = out[g][:cut]
        elif out:
            g = rng.randrange(len(out))
            out[g].pop(rng.randrange(len(out[g])))
    placed = {r for g in out for r in g}
    spare = [r for r in range(n) if r not in placed]
    rng.shuffle(spare)
    if len(spare) >= 2:
        out.append(spare[: rng.randint(2, min(5, len(spare)))])
    return [sorted(g) for g in out if len(g) >= 2]


@pytest.mark.parametrize("seed", range(60))
def test_property_ids_are_unique_majorities_carry_and_history_accounts_for_every_moved_record(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(10, 60)
    uids = [f"r{rng.getrandbits(40):010x}" for _ in range(n)]
    before = _random_partition(rng, n)
    first, _ = assign_ids([np.asarray(g) for g in before], uids, np.full(n, -1), [])
    previous = np.full(n, -1, dtype=np.int32)
    for k, g in enumerate(before):
        previous[g] = k
    after = _perturb(rng, before, n)
    ids, history = assign_ids([np.asarray(g) for g in after], uids, previous, first)

    assert len(set(ids)) == len(ids)
    new_of = {r: ids[k] for k, g in enumerate(after) for r in g}
    for k, g in enumerate(before):
        dest = Counter(new_of.get(r) for r in g)
        old = first[k]
        top, top_count = dest.most_common(1)[0]
        if old in ids:  # carried: only to the network that holds a strict majority of its records
            assert dest[old] * 2 > len(g)
            expected = {d: c for d, c in dest.items() if d != old}
        else:
            expected = dict(dest)
            if top is not None and 2 * top_count > len(g):  # the majority went where another id won
                assert top in first
                winner_count = sum(1 for r in after[ids.index(top)] if previous[r] == first.index(top))
                assert (winner_count, old) > (top_count, top)  # more records, or as many and a smaller id
        rows = {h["new_id"]: h["records"] for h in history if h["old_id"] == old}
        assert rows == expected
    for k, g in enumerate(after):  # an id not carried over is fresh, named after the smallest uid
        if ids[k] not in first:
            base = min(uids[r] for r in g)
            assert ids[k] in {fresh_id(base, a) for a in range(4)}
    # stable under a relink that changes nothing
    same_prev = np.full(n, -1, dtype=np.int32)
    for k, g in enumerate(after):
        same_prev[g] = k
    again, no_history = assign_ids([np.asarray(g) for g in after], uids, same_prev, ids)
    assert again == ids and no_history == []


def test_a_million_records_in_forty_thousand_networks_take_well_under_two_seconds() -> None:
    rng = np.random.default_rng(7)
    n, n_groups = 1_000_000, 40_000
    uids = [f"{i:064x}" for i in range(n)]
    labels = rng.integers(0, n_groups, n)
    order = np.argsort(labels, kind="stable")
    cuts = np.flatnonzero(np.diff(labels[order])) + 1
    groups = np.split(order, cuts)
    previous = labels.astype(np.int32)
    previous[rng.random(n) < 0.02] = -1  # new records
    moved = rng.random(n) < 0.02
    previous[moved] = rng.integers(0, n_groups, int(moved.sum()))
    old_ids = [f"N{i:010x}" for i in range(n_groups)]
    started = time.perf_counter()
    ids, history = assign_ids(groups, uids, previous, old_ids)
    elapsed = time.perf_counter() - started
    known, now = set(old_ids), set(ids)
    assert all(nid in known for nid in ids)  # every network kept most of its records, so its id
    assert history and all(h["new_id"] in now for h in history)
    assert elapsed < 1.5, f"{elapsed:.2f} s"
