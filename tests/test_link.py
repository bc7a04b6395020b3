"""Linking: pivots, near-duplicates, hub control and community splitting, on hand-built records."""

from __future__ import annotations

from tests.factories import analysis, record, relink, store_batch

from himaya.link import HubRules, LinkSettings
from himaya.store import Store

HOTLINE = ("phone", "+18885550100")


def _store_scenario(store: Store) -> dict[str, list[str]]:
    rows = []
    groups: dict[str, list[str]] = {"A": [], "B": [], "solo": []}
    # Network A: a chain of phones and an email, and the hotline printed in two of its ads.
    a_sel = [
        [("phone", "+12015550101")],
        [("phone", "+12015550101"), ("phone", "+12015550102")],
        [("phone", "+12015550102"), HOTLINE],
        [("phone", "+12015550102"), ("email", "boss@jobs.example")],
        [("email", "boss@jobs.example"), HOTLINE],
        [("phone", "+12015550101")],
    ]
    for i, sel in enumerate(a_sel):
        rec = record(f"A{i}", f"factory work abroad number {i} with housing provided and high pay {i * 7}")
        rows.append((rec, analysis(rec, sel, 0.8, "forced_labour", near_dup=False)))
        groups["A"].append(rec.uid)
    # Network B: one template; two phones, each in two ads, and one ad with no contact at all. Wording alone
    # never merges groups anchored by contacts of their own: two related networks, the bare ad in neither.
    template = "kidney donors wanted now, paid in cash on arrival, travel and hotel arranged by our clinic team"
    for i in range(5):
        rec = record(f"B{i}", template + f" contact {i}")
        phones = [("phone", f"+3361234560{i // 2}")] if i < 4 else []
        rows.append((rec, analysis(rec, phones, 0.9, "organ_trafficking")))
        groups["B"].append(rec.uid)
    # Independent posters: their own phone, and the hotline.
    topics = [
        "car for sale",
        "flat to rent",
        "maths lessons",
        "lost cat",
        "sofa for sale",
        "guitar lessons",
        "bike for sale",
        "room to let",
        "dog walker",
        "cleaning service",
        "garden help",
        "piano for sale",
    ]
    for i, topic in enumerate(topics):
        rec = record(f"S{i}", f"{topic} in the city, good price, call me any day {i}")
        rows.append((rec, analysis(rec, [("phone", f"+4474001234{i:02d}"), HOTLINE], 0.05, None, near_dup=False)))
        groups["solo"].append(rec.uid)
    store_batch(store, rows)
    return groups


def _membership(store: Store) -> dict[str, str | None]:
    with store.transaction(actor="test") as tx:
        return {r.uid: r.network_id for r in tx.records.where()}


def test_networks_hubs_and_near_duplicates(store: Store) -> None:
    groups = _store_scenario(store)
    summary = relink(store, LinkSettings(hubs=HubRules(min_degree=8, min_components=4, ratio=0.5)))
    member = _membership(store)
    a_ids = {member[u] for u in groups["A"]}
    b_ids = [member[u] for u in groups["B"]]
    assert len(a_ids) == 1 and None not in a_ids
    assert b_ids[0] == b_ids[1] and b_ids[2] == b_ids[3] and b_ids[0] != b_ids[2] and b_ids[4] is None
    assert not a_ids & set(b_ids)
    with store.transaction(actor="test") as tx:
        (related,) = tx.networks.related(b_ids[0])
    assert related.other == b_ids[2] and related.kind == "text" and related.records_here == 2
    assert all(member[u] is None for u in groups["solo"])  # the hotline did not join them
    assert summary.hubs == 1
    assert summary.hub_examples[0][0] == "phone:+18885550100"
    assert summary.networks == 3 and summary.related == 1
    with store.transaction(actor="test") as tx:
        (stats,) = tx.networks.selector_stats([HOTLINE])
    assert stats.hub and stats.records == 14


def test_a_phrase_unrelated_posters_copy_does_not_link_them(store: Store) -> None:
    boilerplate = "all ads on this site are checked by our team, report anything suspicious to the moderators now"
    rows = []
    for i in range(6):
        rec = record(f"P{i}", f"{boilerplate}. Selling item {i}")
        rows.append((rec, analysis(rec, [("phone", f"+4474001235{i:02d}")])))
    store_batch(store, rows)
    summary = relink(store)
    assert summary.text_groups == 1
    # wording is a weak tie: it never merges posters with contacts of their own, so it needs no hub test
    assert summary.hubs == 0 and summary.networks == 0
    with store.transaction(actor="test") as tx:
        ties = tx.ties.of_records([rec.uid])
    assert [(t.kind, t.strength) for t in ties] == [("text", 0.5)]


def test_network_summary_fields(store: Store) -> None:
    groups = _store_scenario(store)
    relink(store)
    nid = _membership(store)[groups["A"][0]]
    assert nid is not None
    with store.transaction(actor="test") as tx:
        net = tx.networks.get(nid)
        links = tx.networks.links(nid)
    assert net is not None
    assert net.size == 6
    assert net.typology == "forced_labour"
    assert net.typologies == {"forced_labour": 6}
    assert net.countries == {"US": 5}  # A4 carries only an email and the hub hotline: no country
    top = net.key_selectors[0]
    assert top[0] == "phone" and top[2] == 3  # each network phone is in three ads
    assert abs(net.risk - 0.8) < 1e-6
    assert {k for _, kind, k in links if kind == "selector"} >= {
        "phone:+12015550101",
        "email:boss@jobs.example",
    }


def test_stoplist_keeps_selector_from_linking(store: Store) -> None:
    groups = _store_scenario(store)
    relink(store, LinkSettings(stoplist=(("email", "boss@jobs.example"),)))
    member = _membership(store)
    # A5 (email + hotline only) falls out of network A once the email is stop-listed.
    assert member[groups["A"][4]] is None
    assert member[groups["A"][0]] is not None


def test_large_components_are_split(store: Store) -> None:
    rows = []
    for cluster in range(2):
        for i in range(12):
            sel = [("handle", f"telegram:crew{cluster}"), ("email", f"c{cluster}@x.example")]
            if cluster == 0 and i == 0:
                sel.append(("email", "c1@x.example"))  # one bridge between the two clusters
            rec = record(f"C{cluster}-{i}", f"cluster {cluster} ad {i}")
            rows.append((rec, analysis(rec, sel, near_dup=False)))
    store_batch(store, rows)
    summary = relink(store, LinkSettings(max_network_size=15, hubs=HubRules(min_degree=100)))
    assert summary.networks == 2
    assert summary.largest <= 15


def test_relinking_replaces_networks(store: Store) -> None:
    _store_scenario(store)
    first = relink(store)
    second = relink(store)
    assert first.networks == second.networks
    with store.transaction(actor="test") as tx:
        assert tx.records.counts()["networks"] == second.networks


def test_batch_minhash_equals_datasketch_record_by_record() -> None:
    import zlib

    import numpy as np
    from datasketch import MinHash

    from himaya.link.minhash import NUM_PERM, MinHasher, shingles

    texts = [
        "kidney donors wanted now, paid in cash on arrival, travel and hotel arranged",
        "مطلوب عاملات منازل للسفر فورا مع تذكرة مجانية وسكن",
        "too short",
        "Se busca camarera para trabajar en el extranjero, alojamiento incluido y buen sueldo",
        "",
        "Hôtesse recherchée à l'étranger, billet d'avion offert, logement fourni sur place",
    ]
    hasher = MinHasher()
    grams = [shingles(t) for t in texts]
    batch = hasher.signatures(grams)
    for shingle_set, sig in zip(grams, batch, strict=True):
        if not shingle_set:
            assert sig is None
            continue
        reference = MinHash(num_perm=NUM_PERM, seed=hasher.seed, hashfunc=zlib.crc32, scheme="affine32")
        reference.update_batch(shingle_set)
        assert sig is not None and np.array_equal(sig, np.asarray(reference.hashvalues, dtype=np.uint32))
