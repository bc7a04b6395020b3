"""Building networks from hand-made arrays: no database, no files (``build_networks`` is a pure function)."""

from __future__ import annotations

import hashlib
import struct

import numpy as np

from himaya.link import HubRules, LinkInputs, LinkSettings, Networks, build_networks
from himaya.link.minhash import MinHasher, band_keys

HOTLINE = ("phone", "+18885550100")
_hasher = MinHasher()


def _uid(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def _inputs(
    records: dict[str, list[tuple[str, str]]],
    texts: dict[str, str] | None = None,
    images: list[tuple[str, str, str]] = (),
    shown: list[tuple[str, str]] = (),
) -> LinkInputs:
    """Records by name with their selectors, the texts to compare as near-duplicates, and images
    (record name, SHA-256, PDQ) as the store would yield them."""
    facts = [(_uid(n), 0.5, None, "GB", None, f"2026-01-{i % 28 + 1:02d}") for i, n in enumerate(records)]
    occurrences = [(_uid(n), typ, value) for n, found in records.items() for typ, value in found]
    minhashes = []
    for name, text in (texts or {}).items():
        sig = _hasher.signature(text)
        assert sig is not None
        minhashes.append((_uid(name), struct.pack("<16q", *band_keys(sig)), sig.tobytes()))
    return LinkInputs.from_rows(
        facts,
        occurrences,
        [(_uid(n), sha) for n, sha in shown],
        minhashes,
        [(_uid(n), sha, pdq) for n, sha, pdq in images],
    )


def _networks(found: Networks, names: list[str]) -> list[set[str]]:
    """The networks as sets of record names, largest first."""
    by_uid = {_uid(n): n for n in names}
    groups: dict[str, set[str]] = {}
    for uid, network in found.members:
        groups.setdefault(network, set()).add(by_uid[uid])
    return sorted(groups.values(), key=lambda g: (-len(g), sorted(g)))


def test_records_sharing_a_contact_link_and_a_handle_name_alone_only_ties() -> None:
    records = {
        "a": [("phone", "+12015550101")],
        "b": [("phone", "+12015550101"), ("email", "boss@jobs.example")],
        "c": [("email", "boss@jobs.example")],
        "d": [("handle", "instagram:sofia_example")],
        "e": [("handle", "twitter:sofia_example")],
        "f": [("phone", "+12015550199")],
    }
    found = build_networks(_inputs(records), LinkSettings())
    # one name on two platforms is a weak tie: d and e each have an account of their own, so they stay apart
    assert _networks(found, list(records)) == [{"a", "b", "c"}]
    assert found.summary.networks == 1 and found.summary.networked_records == 3 and found.summary.largest == 3
    weak = {(uid, key, kind, strength) for uid, key, kind, strength, _hub in found.ties if kind == "handle-name"}
    assert weak == {(_uid(n), "handle-name:sofia_example", "handle-name", 0.6) for n in "de"}
    by_value = {(row["type"], row["value"]): row["records"] for row in found.selectors}
    assert by_value[("phone", "+12015550101")] == 2 and by_value[("phone", "+12015550199")] == 1
    (abc,) = [row for row in found.rows if row["size"] == 3]
    assert abc["key_selectors"][0][2] == 2 and abc["first_seen"] == "2026-01-01" and abc["last_seen"] == "2026-01-03"
    kinds = {(link["record_uid"], link["key"]) for link in found.links}
    assert (_uid("a"), "phone:+12015550101") in kinds and (_uid("c"), "email:boss@jobs.example") in kinds


def test_only_the_pivot_types_link() -> None:
    records = {"a": [("url", "https://shop.example/x")], "b": [("url", "https://shop.example/x")]}
    assert _networks(build_networks(_inputs(records)), list(records)) == [{"a", "b"}]
    only_phones = LinkSettings(pivot_types=("phone",))
    found = build_networks(_inputs(records), only_phones)
    assert found.members == [] and found.selectors == []


def test_a_hotline_in_independent_posts_is_a_hub_and_a_shared_phone_is_not() -> None:
    records: dict[str, list[tuple[str, str]]] = {
        f"s{i}": [("phone", f"+4474001234{i:02d}"), HOTLINE] for i in range(10)
    }
    records.update({f"n{i}": [("phone", "+12015550101"), ("email", f"n{i % 2}@jobs.example")] for i in range(9)})
    rules = HubRules(min_degree=8, min_components=4, ratio=0.5)
    found = build_networks(_inputs(records), LinkSettings(hubs=rules))
    assert _networks(found, list(records)) == [{f"n{i}" for i in range(9)}]
    assert found.summary.hubs == 1 and found.summary.hub_examples[0][0] == "phone:+18885550100"
    hubs = {(row["type"], row["value"]): row["hub_reason"] for row in found.selectors if row["hub"]}
    assert list(hubs) == [HOTLINE] and "10 otherwise unrelated groups" in hubs[HOTLINE]
    lenient = build_networks(_inputs(records), LinkSettings(hubs=HubRules(min_degree=100)))
    assert _networks(lenient, list(records))[0] == {f"s{i}" for i in range(10)}  # without the test, it links


def test_near_duplicate_texts_link_and_different_texts_do_not() -> None:
    template = "kidney donors wanted now, paid in cash on arrival, travel and hotel arranged by our clinic team"
    texts = {f"t{i}": f"{template} contact {i}" for i in range(3)}
    texts["other"] = "garden furniture for collection this weekend, bring your own van and two strong friends"
    records: dict[str, list[tuple[str, str]]] = {name: [] for name in texts}
    found = build_networks(_inputs(records, texts), LinkSettings())
    assert _networks(found, list(records)) == [{"t0", "t1", "t2"}]
    assert found.summary.text_groups == 1
    assert {link["kind"] for link in found.links} == {"text"}
    strict = build_networks(_inputs(records, texts), LinkSettings(near_duplicate_threshold=1.01))
    assert strict.members == [] and strict.summary.text_groups == 0


def _pdq(seed: int, flips: int = 0) -> str:
    bits = np.random.default_rng(seed).integers(0, 2, 256, dtype=np.uint8)
    bits[:flips] ^= 1
    return bytes(np.packbits(bits)).hex()


def test_near_identical_images_form_a_series_within_the_radius() -> None:
    records: dict[str, list[tuple[str, str]]] = {n: [] for n in ("a", "b", "c")}
    images = [("a", "1" * 64, _pdq(1)), ("b", "2" * 64, _pdq(1, flips=10)), ("c", "3" * 64, _pdq(2))]
    found = build_networks(_inputs(records, images=images), LinkSettings())
    assert _networks(found, list(records)) == [{"a", "b"}]
    assert found.summary.image_series == 1
    assert {link["kind"] for link in found.links} == {"image-series"}
    for radius in (9, -1):  # closer than the two copies; identical images only
        assert build_networks(_inputs(records, images=images), LinkSettings(image_radius=radius)).members == []


def test_a_page_links_to_the_image_it_shows_by_url() -> None:
    sha = "f" * 64
    records: dict[str, list[tuple[str, str]]] = {"image": [("image", sha)], "page": []}
    found = build_networks(_inputs(records, shown=[("page", sha), ("page", sha)]), LinkSettings())
    assert _networks(found, list(records)) == [{"image", "page"}]
    assert found.selectors[0]["records"] == 2  # the image record itself, and the page once


def test_a_stop_listed_selector_never_links() -> None:
    records = {"a": [("email", "boss@jobs.example")], "b": [("email", "boss@jobs.example")], "c": [HOTLINE]}
    settings = LinkSettings(stoplist=(("email", "boss@jobs.example"),))
    found = build_networks(_inputs(records), settings)
    assert found.members == []
    (row,) = [row for row in found.selectors if row["value"] == "boss@jobs.example"]
    assert row["hub"] and row["hub_reason"] == "stop-list"


def test_a_component_larger_than_the_limit_is_split_into_communities() -> None:
    records: dict[str, list[tuple[str, str]]] = {}
    for team in range(2):  # two dense teams of 10 posts, joined by one post that carries both teams' phones
        for i in range(10):
            records[f"{team}-{i}"] = [("phone", f"+3361234560{team}"), ("email", f"team{team}-{i % 3}@jobs.example")]
    records["bridge"] = [("phone", "+33612345600"), ("phone", "+33612345601")]
    settings = LinkSettings(max_network_size=15, hubs=HubRules(min_degree=100))
    whole = build_networks(_inputs(records), LinkSettings(hubs=HubRules(min_degree=100)))
    assert [len(n) for n in _networks(whole, list(records))] == [21]
    split = _networks(build_networks(_inputs(records), settings), list(records))
    assert all(len(n) <= 15 for n in split) and len(split) >= 2
    assert all(len({name[0] for name in network if name != "bridge"}) == 1 for network in split)  # no team mixed
    assert set().union(*split) == set(records)  # every post still in a network: communities, not removals


def test_the_same_inputs_give_the_same_networks() -> None:
    records = {f"r{i}": [("phone", f"+12015550{100 + i // 3}")] for i in range(30)}
    first, second = build_networks(_inputs(records)), build_networks(_inputs(records))
    assert (first.rows, first.members, first.links, first.selectors) == (
        second.rows, second.members, second.links, second.selectors
    )  # fmt: skip
    assert first.summary.networks == 10
