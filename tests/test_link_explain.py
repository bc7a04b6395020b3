"""``himaya.link.explain``: the cheapest chain of ties between two sets of records, over a lookup in memory
(no database), and over the ties ``build_networks`` yields."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pytest
from tests.test_link_pure import _inputs, _uid
from tests.test_link_ties import TEMPLATE, _rivals

from himaya.link import build_networks
from himaya.link.explain import MAX_HOPS, cost_of, describe, explain
from himaya.link.ties import STRENGTH


@dataclass(frozen=True)
class T:
    record_uid: str
    key: str
    kind: str
    strength: float
    hub: bool = False


class Lookup:
    """Ties in memory, counting the lookups the search makes."""

    def __init__(self, ties: Iterable[T]) -> None:
        self.ties = list(ties)
        self.calls = 0

    def of_records(self, uids: Sequence[str]) -> list[T]:
        self.calls += 1
        wanted = set(uids)
        return [t for t in self.ties if t.record_uid in wanted]

    def of_keys(self, keys: Sequence[str]) -> list[T]:
        self.calls += 1
        wanted = set(keys)
        return [t for t in self.ties if t.key in wanted]


def tie(record: str, key: str, hub: bool = False) -> T:
    kind = "selector" if key.split(":")[0] in ("phone", "email") else key.split(":")[0]
    return T(record, key, kind, STRENGTH[kind], hub)


def pair(a: str, b: str, key: str, hub: bool = False) -> list[T]:
    return [tie(a, key, hub), tie(b, key, hub)]


def test_a_strong_chain_is_found_with_its_ties_in_order() -> None:
    lookup = Lookup([*pair("A", "C", "phone:+12015550101"), *pair("C", "B", "email:x@ads.example")])
    found = explain(lookup, ["A"], ["B"])
    assert found.found and found.records == ("A", "C", "B")
    assert [(h.a, h.b, h.key, h.strong) for h in found.hops] == [
        ("A", "C", "phone:+12015550101", True),
        ("C", "B", "email:x@ads.example", True),
    ]
    assert found.cost == pytest.approx(2.0)


def test_strong_ties_are_preferred_and_weak_ones_cost_more() -> None:
    two_phones = [*pair("A", "C", "phone:+1"), *pair("C", "B", "phone:+2")]
    # wording (cost 2.0) against two phones (2.0): equal cost, the strong chain is shown
    found = explain(Lookup([*pair("A", "B", "text:t1"), *two_phones]), ["A"], ["B"])
    assert [h.key for h in found.hops] == ["phone:+1", "phone:+2"] and found.cost == pytest.approx(2.0)
    # against three phones (3.0) the wording is cheaper
    three = [*pair("A", "B", "text:t1"), *pair("A", "C", "phone:+1"), *pair("C", "D", "phone:+2")]
    found = explain(Lookup([*three, *pair("D", "B", "phone:+3")]), ["A"], ["B"])
    assert [h.key for h in found.hops] == ["text:t1"] and not found.hops[0].strong
    assert found.cost == pytest.approx(cost_of(0.5))
    # a handle name (1/0.6) beats two phones; one phone beats everything
    found = explain(Lookup([*pair("A", "B", "handle-name:sofia"), *two_phones]), ["A"], ["B"])
    assert [h.key for h in found.hops] == ["handle-name:sofia"]
    found = explain(Lookup([*pair("A", "B", "text:t1"), *two_phones, *pair("A", "B", "phone:+9")]), ["A"], ["B"])
    assert [h.key for h in found.hops] == ["phone:+9"] and found.hops[0].strong


def test_hubs_are_never_walked_and_a_shared_hub_is_named() -> None:
    ties = pair("A", "B", "phone:+18885550100", hub=True)
    found = explain(Lookup(ties), ["A"], ["B"])
    assert not found.found and found.shared_hubs == ("phone:+18885550100",)
    found = explain(Lookup([*ties, *pair("A", "C", "text:t1"), *pair("C", "B", "email:x@a.example")]), ["A"], ["B"])
    assert found.records == ("A", "C", "B") and found.shared_hubs == ("phone:+18885550100",)


def test_unrelated_records_and_records_on_both_sides() -> None:
    lookup = Lookup([*pair("A", "C", "phone:+1"), *pair("B", "D", "phone:+2")])
    found = explain(lookup, ["A"], ["B"])
    assert not found.found and not found.limited and found.hops == () and found.shared_hubs == ()
    same = explain(lookup, ["A", "C"], ["C", "D"])
    assert same.found and same.records == ("C",) and same.hops == ()
    assert not explain(lookup, [], ["B"]).found


def test_networks_on_either_side_start_from_any_member() -> None:
    chain = [*pair("a1", "a2", "phone:+1"), *pair("a2", "x", "text:t"), *pair("x", "b3", "text:u")]
    chain += pair("b3", "b1", "phone:+2")
    found = explain(Lookup(chain), ["a1", "a2"], ["b1", "b3"])
    assert found.records == ("a2", "x", "b3") and [h.kind for h in found.hops] == ["text", "text"]


def test_the_hop_limit_and_the_visited_limit_stop_the_search_and_say_so() -> None:
    line = [t for i in range(12) for t in pair(f"r{i}", f"r{i + 1}", f"phone:+{i}")]
    assert explain(Lookup(line), ["r0"], [f"r{MAX_HOPS}"]).found
    too_far = explain(Lookup(line), ["r0"], ["r12"], max_hops=6)
    assert not too_far.found and too_far.limited
    capped = explain(Lookup(line), ["r0"], ["r12"], max_visited=5)
    assert not capped.found and capped.limited and capped.visited <= 8


def test_the_cheapest_chain_matches_a_plain_dijkstra_on_random_graphs() -> None:
    rng = random.Random(7)
    for _ in range(40):
        names = [f"r{i}" for i in range(30)]
        ties: list[T] = []
        for k in range(25):
            key = rng.choice(["phone", "text", "handle-name", "image-series"]) + f":{k}"
            for r in rng.sample(names, rng.randint(2, 4)):
                ties.append(tie(r, key, hub=rng.random() < 0.05))
        a, b = rng.sample(names, 2)
        found = explain(Lookup(ties), [a], [b], max_hops=30)
        assert found.found == (_reference(ties, a, b) < float("inf"))
        if found.found:
            assert found.cost == pytest.approx(_reference(ties, a, b))
            assert found.records[0] == a and found.records[-1] == b
            # every hop is a real, non-hub tie of both its records
            have = {(t.record_uid, t.key) for t in ties if not t.hub}
            assert all((h.a, h.key) in have and (h.b, h.key) in have for h in found.hops)
            assert found.cost == pytest.approx(sum(cost_of(h.strength) for h in found.hops))


def _reference(ties: list[T], a: str, b: str) -> float:
    """Cheapest chain cost by Bellman-Ford over record pairs (slow, obviously right)."""
    by_key: dict[str, list[T]] = {}
    for t in ties:
        if not t.hub:
            by_key.setdefault(t.key, []).append(t)
    dist = {a: 0.0}
    for _ in range(40):
        for members in by_key.values():
            for x in members:
                for y in members:
                    if x.record_uid in dist:
                        d = dist[x.record_uid] + cost_of(x.strength)
                        if d < dist.get(y.record_uid, float("inf")) - 1e-12:
                            dist[y.record_uid] = d
    return dist.get(b, float("inf"))


def test_reads_ties_in_batches() -> None:
    ties: list[T] = []
    for side in "ab":  # two separate trees of 601 records each
        ties += [t for i in range(300) for t in pair(f"{side}-root", f"{side}{i}", f"phone:+{side}{i}")]
        ties += [t for i in range(300) for t in pair(f"{side}{i}", f"{side}-far{i}", f"email:{side}{i}@a.example")]
    lookup = Lookup(ties)
    found = explain(lookup, ["a-root"], ["b-root"])
    # one tree is read to its end (then there can be no chain), the other only as far as the search grew it
    assert not found.found and not found.limited and 601 < found.visited < 1202
    assert lookup.calls < 30  # over a thousand records and keys read in a few lookups, not one each
    alone = Lookup(ties)
    assert not explain(alone, ["a-root"], ["nowhere"]).found and alone.calls == 1  # nowhere has no ties: done


def test_describe_names_kind_key_and_strength() -> None:
    assert describe("selector", "phone:+33612345678", 1.0) == "phone +33612345678, strong 1.0"
    assert describe("text", "text:ab12", 0.5) == "near-duplicate wording text:ab12, weak 0.5"
    assert describe("image-series", "image-series:ff", 0.9).endswith("strong 0.9")
    assert describe("handle-name", "handle-name:sofia", 0.6).startswith("handle name")


def test_explains_rival_networks_through_their_shared_template() -> None:
    records, texts = _rivals()
    found = build_networks(_inputs(records, texts))
    lookup = Lookup(T(*row) for row in found.ties)
    within = explain(lookup, [_uid("a0")], [_uid("a2")])
    assert within.found and all(h.kind == "selector" for h in within.hops) and len(within.hops) == 2
    across = explain(lookup, [_uid("a0")], [_uid("b2")])
    assert across.found and [h.kind for h in across.hops] == ["text"]
    assert texts["a0"] == texts["b2"] == TEMPLATE
