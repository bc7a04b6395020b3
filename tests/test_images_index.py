"""The PDQ index must return exactly what a brute-force scan returns; hashes here are random, never from images."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from himaya.images.index import PDQIndex, hashes_from_hex, to_hex
from himaya.images.series import clusters

Hashes = npt.NDArray[np.uint8]


def brute_force(hashes: Hashes, queries: Hashes, radius: int) -> set[tuple[int, int, int]]:
    """Independent reference: distances from unpacked bits."""
    bits = np.unpackbits(hashes, axis=1).astype(np.int16)
    found = set()
    for query_row, query in enumerate(np.unpackbits(queries, axis=1).astype(np.int16)):
        distances = np.abs(bits - query).sum(axis=1)
        found.update((query_row, int(row), int(distances[row])) for row in np.flatnonzero(distances <= radius))
    return found


def as_set(result: tuple[np.ndarray, np.ndarray, np.ndarray]) -> set[tuple[int, int, int]]:
    query_rows, rows, distances = result
    assert len(query_rows) == len(rows) == len(distances)
    pairs = set(zip(query_rows.tolist(), rows.tolist(), distances.tolist(), strict=True))
    assert len(pairs) == len(rows), "a match was returned twice"
    return pairs


def flipped(hashes: Hashes, flips: int, rng: np.random.Generator) -> Hashes:
    """Copies of `hashes` at exactly `flips` bits from the original."""
    bits = np.unpackbits(hashes, axis=1)
    for row in bits:
        row[rng.choice(256, size=flips, replace=False)] ^= 1
    return np.packbits(bits, axis=1)


def clustered(count: int, rng: np.random.Generator) -> Hashes:
    """Near-duplicate families, exact duplicates, low-entropy hashes with few bits set, and the zero hash."""
    centres = rng.integers(0, 256, size=(8, 32), dtype=np.uint8)
    members = np.concatenate([flipped(centres[[i % 8]], int(rng.integers(0, 40)), rng) for i in range(count // 2)])
    low_entropy = np.packbits(rng.random((count // 4, 256)) < 0.1, axis=1)
    rest = rng.integers(0, 256, size=(count - len(members) - len(low_entropy) - 3, 32), dtype=np.uint8)
    zero = np.zeros((1, 32), dtype=np.uint8)
    return np.concatenate([members, members[:2], low_entropy, rest, zero])


@pytest.mark.parametrize("method", ["index", "scan", "auto"])
@pytest.mark.parametrize("radius", [0, 1, 12, 31, 32, 40])
def test_random_and_clustered_sets_match_brute_force(method: str, radius: int) -> None:
    rng = np.random.default_rng(radius)
    hashes = np.concatenate([rng.integers(0, 256, size=(300, 32), dtype=np.uint8), clustered(400, rng)])
    queries = np.concatenate(
        [flipped(hashes[rng.integers(0, len(hashes), 40)], int(rng.integers(0, 45)), rng) for _ in range(3)]
        + [rng.integers(0, 256, size=(10, 32), dtype=np.uint8), hashes[:5], np.zeros((1, 32), dtype=np.uint8)]
    )
    result = PDQIndex.build(hashes).search(queries, radius, method=method)  # type: ignore[arg-type]
    assert as_set(result) == brute_force(hashes, queries, radius)
    assert np.all(np.diff(result[0]) >= 0), "sorted by query row"


@pytest.mark.parametrize("key_bits", [4, 12, 21])
def test_every_key_width_matches_brute_force(key_bits: int) -> None:
    """Large lists use 21-bit keys; build small indexes with them too so that tests cover that path."""
    rng = np.random.default_rng(key_bits)
    hashes = clustered(500, rng)
    queries = np.concatenate([flipped(hashes[:60], flips, rng) for flips in (0, 10, 25, 31, 32)])
    index = PDQIndex._build(hashes, key_bits)
    for radius in (0, 8, 31, 45):
        assert as_set(index.search(queries, radius, method="index")) == brute_force(hashes, queries, radius)
    assert index.candidates(queries).shape == (len(queries),)


def test_distances_31_and_32_at_the_threshold() -> None:
    rng = np.random.default_rng(7)
    hashes = rng.integers(0, 256, size=(50, 32), dtype=np.uint8)
    at_31, at_32 = flipped(hashes[:10], 31, rng), flipped(hashes[:10], 32, rng)
    index = PDQIndex.build(hashes)
    for queries, expect in ((at_31, True), (at_32, False)):
        query_rows, rows, distances = index.search(queries, 31, method="index")
        pairs = set(zip(query_rows.tolist(), rows.tolist(), strict=True))
        assert all(((i, i) in pairs) is expect for i in range(10))
        assert as_set((query_rows, rows, distances)) == brute_force(hashes, queries, 31)
    query_rows, rows, distances = index.search(at_32, 32, method="index")
    assert {(i, i, 32) for i in range(10)} <= as_set((query_rows, rows, distances))


def test_duplicates_zero_hash_and_radius_zero() -> None:
    zero = np.zeros((1, 32), dtype=np.uint8)
    one_bit = zero.copy()
    one_bit[0, 31] = 1
    hashes = np.concatenate([zero, zero, one_bit, np.full((1, 32), 255, dtype=np.uint8)])
    index = PDQIndex.build(hashes)
    assert len(index) == 4
    assert as_set(index.search(zero, 0)) == {(0, 0, 0), (0, 1, 0)}
    assert as_set(index.search(zero, 1)) == {(0, 0, 0), (0, 1, 0), (0, 2, 1)}
    assert as_set(index.search(zero, 256, method="index")) == {(0, 0, 0), (0, 1, 0), (0, 2, 1), (0, 3, 256)}


def test_buckets_larger_than_one_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many copies of one hash (solid-colour images all hash alike) fill one bucket: it is checked in pieces."""
    import himaya.images.index as module

    monkeypatch.setattr(module, "_CANDIDATE_CHUNK", 7)
    rng = np.random.default_rng(2)
    hashes = np.concatenate([np.zeros((50, 32), dtype=np.uint8), clustered(100, rng)])
    queries = np.concatenate([np.zeros((2, 32), dtype=np.uint8), flipped(hashes[40:70], 12, rng)])
    for key_bits in (4, 21):
        index = PDQIndex._build(hashes, key_bits)
        assert as_set(index.search(queries, 31, method="index")) == brute_force(hashes, queries, 31)


def test_empty_index_and_no_queries() -> None:
    empty = np.empty((0, 32), dtype=np.uint8)
    index = PDQIndex.build(empty)
    assert len(index) == 0
    for method in ("index", "scan", "auto"):
        query_rows, rows, distances = index.search(np.zeros((3, 32), dtype=np.uint8), method=method)  # type: ignore[arg-type]
        assert len(query_rows) == len(rows) == len(distances) == 0
    full = PDQIndex.build(np.zeros((2, 32), dtype=np.uint8))
    assert len(full.search(empty)[0]) == 0


def test_bad_input_is_rejected() -> None:
    index = PDQIndex.build(np.zeros((2, 32), dtype=np.uint8))
    with pytest.raises(ValueError, match="radius"):
        index.search(np.zeros((1, 32), dtype=np.uint8), -1)
    with pytest.raises(ValueError, match="32 bytes"):
        index.search(np.zeros((1, 16), dtype=np.uint8))
    with pytest.raises(ValueError, match="uint8"):
        PDQIndex.build(np.zeros((1, 4), dtype=np.uint64))


def test_save_and_memory_mapped_load(tmp_path: object) -> None:
    rng = np.random.default_rng(3)
    hashes = rng.integers(0, 256, size=(200, 32), dtype=np.uint8)
    queries = flipped(hashes[:20], 20, rng)
    index = PDQIndex.build(hashes)
    index.save(tmp_path)  # type: ignore[arg-type]
    loaded = PDQIndex.load(tmp_path)  # type: ignore[arg-type]
    assert isinstance(loaded.hashes, np.memmap)
    assert as_set(loaded.search(queries)) == as_set(index.search(queries)) == brute_force(hashes, queries, 31)


def test_hex_round_trip_and_byte_order() -> None:
    text = "f" + "0" * 62 + "1"
    array = hashes_from_hex([text, text.upper()])
    assert array.shape == (2, 32) and array[0, 0] == 0xF0 and array[0, 31] == 0x01
    assert to_hex(array) == [text, text]
    assert hashes_from_hex([]).shape == (0, 32)


@pytest.mark.parametrize("bad", ["0" * 63, "0" * 65, "g" * 64, " " + "0" * 63, "0" * 62 + " 0", ""])
def test_bad_hex_is_rejected_with_the_value(bad: str) -> None:
    with pytest.raises(ValueError, match="64 hex digits") as error:
        hashes_from_hex(["0" * 64, bad])
    assert repr(bad) in str(error.value)


@given(st.lists(st.binary(min_size=32, max_size=32), max_size=20))
def test_hex_round_trip_property(values: list[bytes]) -> None:
    texts = [value.hex() for value in values]
    assert to_hex(hashes_from_hex(texts)) == texts
    assert hashes_from_hex(texts).tobytes() == b"".join(values)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.binary(min_size=32, max_size=32), min_size=0, max_size=30),
    st.lists(st.tuples(st.integers(0, 29), st.sets(st.integers(0, 255), max_size=40)), max_size=10),
    st.integers(0, 48),
)
def test_search_equals_brute_force_property(
    values: list[bytes], moves: list[tuple[int, set[int]]], radius: int
) -> None:
    hashes = np.frombuffer(b"".join(values), dtype=np.uint8).reshape(-1, 32)
    queries = np.zeros((len(moves) + 1, 32), dtype=np.uint8)
    for i, (row, flips) in enumerate(moves):
        bits = np.unpackbits(hashes[row % len(hashes)]) if len(hashes) else np.zeros(256, dtype=np.uint8)
        bits[list(flips)] ^= 1
        queries[i] = np.packbits(bits)
    index = PDQIndex.build(hashes)
    assert as_set(index.search(queries, radius, method="index")) == brute_force(hashes, queries, radius)


def test_clusters_are_connected_components() -> None:
    rng = np.random.default_rng(11)
    centres = rng.integers(0, 256, size=(3, 32), dtype=np.uint8)
    chain = [centres[[0]]]
    for _ in range(3):  # each link 20 bits from the last: a chain wider than the radius
        chain.append(flipped(chain[-1], 20, rng))
    family = flipped(centres[[1, 1, 1]], 10, rng)
    hashes = np.concatenate([rng.integers(0, 256, size=(1, 32), dtype=np.uint8), *chain, family, centres[[2]]])
    labels = clusters(hashes)
    assert labels.tolist() == [0, 1, 1, 1, 1, 2, 2, 2, 3]
    assert clusters(hashes, radius=0).tolist() == list(range(len(hashes)))
    assert clusters(np.empty((0, 32), dtype=np.uint8)).tolist() == []


def test_clusters_match_a_reference_on_random_families() -> None:
    rng = np.random.default_rng(5)
    hashes = clustered(300, rng)
    labels = clusters(hashes, 31)
    pairs = brute_force(hashes, hashes, 31)
    for left, right, _ in pairs:
        assert labels[left] == labels[right]
    # Same label implies a path: count groups by union-find over the reference pairs.
    parent = list(range(len(hashes)))

    def root(node: int) -> int:
        while parent[node] != node:
            node = parent[node]
        return node

    for left, right, _ in pairs:
        parent[root(left)] = root(right)
    assert len({root(node) for node in range(len(hashes))}) == len(set(labels.tolist()))


def test_find_series_groups_images_given_with_their_records() -> None:
    from himaya.images.series import find_series

    base = "fb4eed46cb8a6c78819ca06b756c541f7b07ef6d02c82fccd00f862166272cda"
    near = f"{int(base, 16) ^ 0b111:064x}"
    far = f"{int(base, 16) ^ ((1 << 128) - 1):064x}"
    images = [
        ("u2", "b", {"sha256": "b" * 64, "pdq": near, "pdq_quality": 90}),
        ("u1", "a", {"sha256": "a" * 64, "pdq": base, "pdq_quality": 90}),
        ("u3", "c", {"sha256": "a" * 64, "pdq": base, "pdq_quality": 90}),  # the same image in another record
        ("u4", "d", {"sha256": "d" * 64, "pdq": far, "pdq_quality": 90}),
        ("u5", "e", {"sha256": "e" * 64, "pdq": near, "pdq_quality": 10}),  # too poor to group by
    ]
    (found,) = find_series(images)
    assert (found.name, found.sha256, found.pdq) == (f"S{'a' * 12}", ["a" * 64, "b" * 64], [base, near])
    assert found.records == [("u1", "a"), ("u2", "b"), ("u3", "c")]
    assert find_series(images, min_images=3) == [] and find_series(images, radius=2) == []
