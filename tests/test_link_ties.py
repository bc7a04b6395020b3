"""The tie model (``himaya.link.ties``): strong ties make networks; shared wording attaches records with no
contact of their own and reposts, and otherwise only relates networks. Hand-made inputs, no database."""

from __future__ import annotations

from tests.test_link_pure import _inputs, _networks, _uid

from himaya.link import LinkSettings, build_networks

TEMPLATE = (
    "Hiring now for hotel work abroad, good salary paid every month, flights and housing arranged by the agency, "
    "no experience needed, start next week, send your passport copy to apply today"
)
HELPLINE = ("phone", "+18005550199")
OTHER = (
    "Cleaning staff wanted for offices in the city centre, evening shifts, contract and insurance provided, "
    "please bring references to the interview on monday morning"
)


def _edited(text: str) -> str:
    """An edited copy: a few words changed, a sentence added (about 0.7 alike, below a repost)."""
    return text.replace("hotel work", "restaurant jobs").replace("next week", "this month") + ", call us quickly"


def _rivals() -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """Two networks, each chained by its own phones, posting the same template."""
    records: dict[str, list[tuple[str, str]]] = {}
    texts: dict[str, str] = {}
    for team, base in (("a", "+12015550110"), ("b", "+12015550120")):
        phones = [base[:-1] + str(k) for k in range(4)]
        for i in range(4):
            records[f"{team}{i}"] = [("phone", phones[i]), ("phone", phones[(i + 1) % 4])]
            texts[f"{team}{i}"] = TEMPLATE
    return records, texts


def test_a_template_shared_by_rival_networks_relates_them_and_never_merges_them() -> None:
    records, texts = _rivals()
    found = build_networks(_inputs(records, texts))
    assert _networks(found, list(records)) == [{f"a{i}" for i in range(4)}, {f"b{i}" for i in range(4)}]
    assert found.summary.related == 1
    (relation,) = found.relations
    assert relation["kind"] == "text" and relation["records_a"] == relation["records_b"] == 4
    assert relation["strength"] < 1.0
    ids = {row["id"] for row in found.rows}
    assert {relation["network_a"], relation["network_b"]} == ids
    assert {_uid(f"a{i}") for i in range(4)} & {relation["example_a"], relation["example_b"]}


def test_a_record_without_a_contact_attaches_to_the_one_group_its_wording_touches() -> None:
    records, texts = _rivals()
    records["a-only"] = [("phone", "+12015550110"), ("phone", "+12015550111")]
    texts["a-only"] = OTHER
    records["bare"] = []
    texts["bare"] = OTHER  # only network a posts this wording
    records["bare-shared"] = []
    texts["bare-shared"] = TEMPLATE  # both networks post this one: it could be either's
    found = build_networks(_inputs(records, texts))
    networks = _networks(found, list(records))
    assert {f"a{i}" for i in range(4)} | {"a-only", "bare"} in networks
    assert all("bare-shared" not in n for n in networks)
    link = next(x for x in found.links if x["record_uid"] == _uid("bare"))
    assert link["kind"] == "text" and link["strength"] == 0.5


def test_a_repost_with_a_burner_phone_attaches_and_an_edited_copy_does_not() -> None:
    records: dict[str, list[tuple[str, str]]] = {}
    texts: dict[str, str] = {}
    for i in range(3):  # the network's few repeated contacts
        records[f"n{i}"] = [("phone", "+12015550130")]
        texts[f"n{i}"] = TEMPLATE
    for i in range(5):  # then a new burner phone in every ad, the same text
        records[f"burner{i}"] = [("phone", f"+1201555014{i}")]
        texts[f"burner{i}"] = TEMPLATE
    records["copycat"] = [("phone", "+12015550150")]
    texts["copycat"] = _edited(TEMPLATE)
    found = build_networks(_inputs(records, texts))
    assert _networks(found, list(records)) == [{f"n{i}" for i in range(3)} | {f"burner{i}" for i in range(5)}]
    kinds = {x["kind"] for x in found.links if x["record_uid"] == _uid("burner0")}
    assert kinds == {"repost"}
    assert found.summary.attached == 5
    # with reposts switched off, the burners stay apart: nothing but wording ties them
    strict = build_networks(_inputs(records, texts), LinkSettings(repost_threshold=1.01))
    assert _networks(strict, list(records)) == [{f"n{i}" for i in range(3)}]


def test_posters_with_their_own_contacts_who_share_wording_stay_apart() -> None:
    records = {f"p{i}": [("phone", f"+1201555016{i}")] for i in range(4)}
    texts = dict.fromkeys(records, TEMPLATE)
    found = build_networks(_inputs(records, texts))
    assert found.members == []
    assert {kind for _uid_, _key, kind, _s, _hub in found.ties} == {"text"}


def test_a_bare_handle_attaches_like_wording_and_never_joins_two_groups() -> None:
    records = {
        "a0": [("phone", "+12015550170"), ("handle", "telegram:lina_example")],
        "a1": [("phone", "+12015550170")],
        "bare": [("handle", "unknown:lina_example")],  # "@lina_example" with no platform, no other contact
        "b0": [("phone", "+12015550180"), ("handle", "unknown:sam_example")],
        "b1": [("phone", "+12015550180")],
        "c0": [("phone", "+12015550190"), ("handle", "instagram:sam_example")],
        "c1": [("phone", "+12015550190")],
    }
    found = build_networks(_inputs(records))
    networks = _networks(found, list(records))
    assert {"a0", "a1", "bare"} in networks and {"b0", "b1"} in networks and {"c0", "c1"} in networks
    (relation,) = found.relations
    assert relation["kind"] == "handle-name" and relation["key"] == "handle-name:sam_example"


def test_the_size_limit_is_a_hard_bound_even_for_a_star() -> None:
    records = {f"s{i}": [("email", "boss@agency.example")] for i in range(40)}
    found = build_networks(_inputs(records), LinkSettings(max_network_size=15))
    sizes = [row["size"] for row in found.rows]
    assert sizes and max(sizes) <= 15 and sum(sizes) == 40
    # the cut shared e-mail relates the pieces
    assert found.relations and {r["kind"] for r in found.relations} == {"selector"}


def test_the_account_that_posted_ties_its_ads_and_a_generic_or_bare_author_does_not() -> None:
    records = {
        "a0": [("account", "classifieds:karim8642")],
        "a1": [("account", "classifieds:Karim8642 ")],  # the same account, written as the page shows it
        "x0": [("account", "x:mariam_work45")],
        "x1": [("handle", "x:mariam_work45")],  # "DM x.com/mariam_work45": the account that posted x0
        "g0": [("account", "classifieds:Anonymous"), ("phone", "+12015550201")],
        "g1": [("account", "classifieds:anonymous"), ("phone", "+12015550202")],
        "n0": [("account", ":lina_22"), ("phone", "+12015550203")],  # no platform: a name only
        "n1": [("account", ":lina_22"), ("phone", "+12015550204")],
        "d0": [("account", "facebook:Carmen Lucía"), ("phone", "+12015550205")],  # a display name
        "d1": [("account", "facebook:Carmen Lucía"), ("phone", "+12015550206")],
    }
    found = build_networks(_inputs(records))
    assert _networks(found, list(records)) == [{"a0", "a1"}, {"x0", "x1"}]
    keys = {key for _u, key, _k, _s, _h in found.ties}
    assert "account:classifieds:karim8642" in keys and "handle-name:lina_22" in keys
    assert "handle-name:carmen lucía" in keys and not any(key.startswith("account:facebook") for key in keys)
    assert not any("anonymous" in key for key in keys)


def test_a_burner_operation_with_a_few_repeated_contacts_is_one_network() -> None:
    records: dict[str, list[tuple[str, str]]] = {}
    texts: dict[str, str] = {}
    for i in range(2):  # two contacts, each repeated in two ads
        for k in range(2):
            records[f"g{i}{k}"] = [("phone", f"+1201555030{i}")]
            texts[f"g{i}{k}"] = TEMPLATE
    for i in range(6):  # and a new burner phone in every other ad
        records[f"burner{i}"] = [("phone", f"+1201555031{i}")]
        texts[f"burner{i}"] = TEMPLATE
    found = build_networks(_inputs(records, texts))
    assert _networks(found, list(records)) == [set(records)]
    # the same two groups posting the same text with few single-use contacts are rivals: related, not merged
    rivals = {k: v for k, v in records.items() if not k.startswith("burner") or k == "burner0"}
    found = build_networks(_inputs(rivals, {k: texts[k] for k in rivals}))
    assert len(_networks(found, list(rivals))) == 2 and found.summary.related == 1


def test_verbatim_copies_by_posters_with_their_own_contacts_alone_form_no_network() -> None:
    records = {f"copy{i}": [("phone", f"+1201555032{i}")] for i in range(6)}
    found = build_networks(_inputs(records, dict.fromkeys(records, TEMPLATE)))
    assert found.members == []


def test_a_network_posting_from_a_new_account_each_time_keeps_its_frequent_phones() -> None:
    # 12 posts, each printing two of the network's three phones (every phone in 8 posts), each from a new
    # throwaway account: the accounts are no evidence that the posts are independent
    phones = ["+12015550401", "+12015550402", "+12015550403"]
    records = {
        f"p{i}": [("phone", phones[i % 3]), ("phone", phones[(i + 1) % 3]), ("account", f"telegram:throwaway_{i}")]
        for i in range(12)
    }
    found = build_networks(_inputs(records))
    assert found.summary.hubs == 0
    assert _networks(found, list(records)) == [set(records)]


def test_a_helpline_printed_by_many_posters_without_other_contacts_is_a_hub() -> None:
    records: dict[str, list[tuple[str, str]]] = {}
    for i in range(40):  # awareness posts: only the helpline
        records[f"aware{i}"] = [HELPLINE]
    for i in range(10):  # one-off posters with a phone of their own
        records[f"ad{i}"] = [("phone", f"+1201555051{i}"), HELPLINE]
    for g in range(2):  # two organisations with their own phone, three posts each
        for k in range(3):
            records[f"org{g}-{k}"] = [("phone", f"+1201555050{g}"), HELPLINE]
    found = build_networks(_inputs(records))
    assert [key for key, _why in found.summary.hub_examples] == ["phone:+18005550199"]
    assert sorted(len(n) for n in _networks(found, list(records))) == [3, 3]
    # under the large-degree line, the share still counts every record: the same helpline in 39 posts links
    small = {k: v for k, v in records.items() if not k.startswith("aware") or int(k[5:]) < 23}
    assert build_networks(_inputs(small)).summary.hubs == 0
