"""The hard linking cases every synthetic corpus holds (himaya.synth.cases): rival networks sharing a template
family, burner networks reposting one text under single-use phones, copycats; and their per-case scores."""

from __future__ import annotations

import itertools
import random
from collections import Counter, defaultdict
from pathlib import Path

import orjson
import pytest
from bench import evaluate_networks

from himaya.link.minhash import shingles
from himaya.synth import cases, evaluate, format_report, generate
from himaya.synth.evaluate import bcubed, bcubed_by_case

RECORDS, NETWORKS, SEED = 3000, 40, 23
NETWORK_CASES = {"network", "rival", "burner"}


def _lines(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


class Corpus:
    def __init__(self, out: Path, summary: dict) -> None:
        self.out, self.summary = out, summary
        self.records = {r["id"]: r for r in _lines(out / "records.jsonl")}
        self.truth = {t["id"]: t for t in _lines(out / "truth.jsonl")}
        self.members: dict[str, list[str]] = defaultdict(list)
        for rid, t in self.truth.items():
            if t["network"]:
                self.members[t["network"]].append(rid)
        self.case = {net: self.truth[rids[0]]["case"] for net, rids in self.members.items()}
        self._shingles: dict[str, set[bytes]] = {}
        owners: dict[tuple[str, str], set[str]] = defaultdict(set)
        for rid, t in self.truth.items():
            for s in t["selectors"]:
                owners[(s["type"], s["value"])].add(t["network"] or rid)
        # hotline/support selectors appear across many owners; the contacts of one poster do not
        self.hubs = {sel for sel, who in owners.items() if len(who) > 8}

    def shingles(self, rid: str) -> set[bytes]:
        if rid not in self._shingles:
            r = self.records[rid]
            self._shingles[rid] = shingles(f"{r.get('title') or ''} {r['text']}")
        return self._shingles[rid]

    def jaccard(self, a: str, b: str) -> float:
        x, y = self.shingles(a), self.shingles(b)
        return len(x & y) / len(x | y) if x | y else 0.0

    def contacts(self, rids: list[str]) -> set[tuple[str, str]]:
        return {(s["type"], s["value"]) for r in rids for s in self.truth[r]["selectors"]} - self.hubs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    out = tmp_path_factory.mktemp("cases")
    return Corpus(out, generate(out, records=RECORDS, networks=NETWORKS, seed=SEED))


def test_every_case_is_there_at_its_rate(corpus: Corpus) -> None:
    by_case = Counter(t["case"] for t in corpus.truth.values())
    assert set(by_case) == {"network", "rival", "burner", "copycat", "independent", "benign"}
    assert by_case == Counter(corpus.summary["case"])
    nets = Counter(corpus.case.values())
    assert nets == Counter(corpus.summary["network_cases"])
    assert nets["burner"] == round(0.1 * NETWORKS)
    assert nets["rival"] == round(0.3 * NETWORKS)
    assert by_case["copycat"] == round(0.6 * NETWORKS)
    assert by_case["benign"] == RECORDS // 2
    for t in corpus.truth.values():
        assert (t["network"] is not None) == (t["case"] in NETWORK_CASES)
        assert ("family" in t) == (t["case"] == "rival")
        assert ("copy_of" in t) == (t["case"] == "copycat")


def test_rivals_share_template_text_with_disjoint_contacts(corpus: Corpus) -> None:
    families: dict[str, set[str]] = defaultdict(set)
    for t in corpus.truth.values():
        if t["case"] == "rival":
            families[t["family"]].add(t["network"])
    assert len(families) == corpus.summary["template_families"] >= 2
    best: list[float] = []
    for nets in families.values():
        assert 2 <= len(nets) <= 8
        assert len({corpus.truth[corpus.members[n][0]]["typology"] for n in nets}) == 1
        for x, y in itertools.combinations(sorted(nets), 2):
            assert not corpus.contacts(corpus.members[x]) & corpus.contacts(corpus.members[y]), (x, y)
            best.append(max(corpus.jaccard(a, b) for a in corpus.members[x] for b in corpus.members[y]))
    rivals = {n for nets in families.values() for n in nets}
    unrelated = [  # networks of one typology in no common family: what sharing no template looks like
        max(corpus.jaccard(a, b) for a in corpus.members[x] for b in corpus.members[y])
        for x, y in itertools.combinations(sorted(corpus.members), 2)
        if not ({x, y} <= rivals and corpus.truth[corpus.members[x][0]].get("family")
                == corpus.truth[corpus.members[y][0]].get("family"))
        and corpus.truth[corpus.members[x][0]]["typology"] == corpus.truth[corpus.members[y][0]]["typology"]
    ]  # fmt: skip
    assert min(best) >= 0.45 > max(unrelated)
    assert sum(b >= 0.7 for b in best) >= 2  # a near-duplicate link at 0.7 would merge some rivals


def test_rival_contacts_are_shared_by_no_other_network(corpus: Corpus) -> None:
    owner: dict[tuple[str, str], set[str]] = defaultdict(set)
    for net, rids in corpus.members.items():
        for sel in corpus.contacts(rids):
            owner[sel].add(net)
    assert all(len(nets) == 1 for sel, nets in owner.items()), "a contact crosses networks"


def test_burners_repost_one_text_under_single_use_phones(corpus: Corpus) -> None:
    uses = Counter((s["type"], s["value"]) for t in corpus.truth.values() for s in t["selectors"])
    single = total = reposts = attached = 0
    pairs: list[float] = []
    for net in [n for n, c in corpus.case.items() if c == "burner"]:
        rids = corpus.members[net]
        repeated = {sel for sel in corpus.contacts(rids) if uses[sel] >= 2}
        anchored = [r for r in rids if any((s["type"], s["value"]) in repeated for s in corpus.truth[r]["selectors"])]
        assert len(anchored) >= 2, net  # some ads repeat a contact ...
        for r in rids:  # ... most carry a phone seen nowhere else
            total += 1
            single += any(
                s["type"] == "phone" and uses[(s["type"], s["value"])] == 1 for s in corpus.truth[r]["selectors"]
            )
            if r not in anchored:  # a repost: the same text as an ad of the anchored group
                reposts += 1
                attached += any(corpus.jaccard(r, a) >= 0.9 for a in anchored)
        common = set.intersection(*(corpus.shingles(r) for r in rids))
        assert all(len(common) >= 0.8 * len(corpus.shingles(r)) for r in rids), net  # only the contact changes
        assert len({corpus.records[r]["text"] for r in rids}) > 1
        pairs += [corpus.jaccard(a, b) for a, b in itertools.combinations(rids, 2)]
    assert single / total >= 0.7
    assert reposts and attached / reposts >= 0.8
    assert sum(j >= 0.9 for j in pairs) / len(pairs) >= 0.8


def test_copycats_edit_their_source(corpus: Corpus) -> None:
    best = []
    for rid, t in corpus.truth.items():
        if t["case"] != "copycat":
            continue
        source = corpus.members[t["copy_of"]]
        assert t["exploitative"] and t["typology"] == corpus.truth[source[0]]["typology"]
        assert corpus.records[rid]["text"] not in {corpus.records[r]["text"] for r in source}
        assert not corpus.contacts([rid]) & corpus.contacts(source)
        best.append(max(corpus.jaccard(rid, r) for r in source))
    best.sort()
    assert best[-1] < 0.9  # not a repost
    assert best[len(best) // 2] >= 0.35 and best[-1] >= 0.6  # but a copy of the wording


def test_same_seed_same_cases(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", records=800, networks=12, seed=4)
    b = generate(tmp_path / "b", records=800, networks=12, seed=4)
    assert a == b
    assert (tmp_path / "a" / "truth.jsonl").read_bytes() == (tmp_path / "b" / "truth.jsonl").read_bytes()
    c = generate(tmp_path / "c", records=800, networks=12, seed=5)
    assert (tmp_path / "c" / "truth.jsonl").read_bytes() != (tmp_path / "a" / "truth.jsonl").read_bytes() and c != a


@pytest.mark.parametrize("networks", [0, 1, 3, 4, 5, 12, 40, 800])
def test_plan_rates(networks: int) -> None:
    plan = cases.plan(random.Random(networks), networks)
    count = Counter(plan.case)
    assert count["burner"] == (max(1, round(0.1 * networks)) if networks >= 5 else 0)
    rivals = count["rival"]
    assert rivals == (0 if networks < 4 else max(2, round(0.3 * networks)))
    sizes = Counter(f for f in plan.family if f is not None)
    assert len(sizes) == plan.families and all(2 <= n <= 8 for n in sizes.values())
    assert all((c == "rival") == (f is not None) for c, f in zip(plan.case, plan.family, strict=True))


def test_bcubed_by_case_by_hand() -> None:
    # true A={a1,a2} (rival), B={b1,b2} (rival), C={c1,c2,c3} (burner); predicted A+B merged, C split 2+1
    true = {"a1": "A", "a2": "A", "b1": "B", "b2": "B", "c1": "C", "c2": "C", "c3": "C"}
    pred = {"a1": "X", "a2": "X", "b1": "X", "b2": "X", "c1": "Y", "c2": "Y", "c3": None}
    case_of = {r: ("burner" if r.startswith("c") else "rival") for r in true}
    by = bcubed_by_case(pred, true, case_of)
    assert by["rival"]["precision"] == pytest.approx(0.5) and by["rival"]["recall"] == 1.0
    assert by["burner"]["precision"] == 1.0
    assert by["burner"]["recall"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    whole = bcubed(pred, true)
    weighted = sum(c["precision"] * c["records"] for c in by.values()) / len(true)
    assert whole["precision"] == pytest.approx(weighted)


def test_evaluate_reports_sizes_and_cases(tmp_path: Path) -> None:
    truth = [
        {
            "id": "r1",
            "network": "A",
            "typology": "forced_labour",
            "exploitative": True,
            "selectors": [],
            "case": "rival",
        },
        {
            "id": "r2",
            "network": "A",
            "typology": "forced_labour",
            "exploitative": True,
            "selectors": [],
            "case": "rival",
        },
        {
            "id": "r3",
            "network": "B",
            "typology": "forced_labour",
            "exploitative": True,
            "selectors": [],
            "case": "rival",
        },
        {
            "id": "r4",
            "network": None,
            "typology": "forced_labour",
            "exploitative": True,
            "selectors": [],
            "case": "copycat",
        },
        {"id": "r5", "network": None, "typology": None, "exploitative": False, "selectors": [], "case": "benign"},
    ]
    pred = [{"id": r["id"], "network": "X", "risk": 0.5, "typology": None, "selectors": []} for r in truth[:4]]
    pred.append({"id": "r5", "network": None, "risk": 0.1, "typology": None, "selectors": []})
    (tmp_path / "t.jsonl").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in truth))
    (tmp_path / "p.jsonl").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in pred))
    metrics = evaluate(tmp_path / "p.jsonl", tmp_path / "t.jsonl")
    assert metrics["network_sizes"] == {
        "true_networks": 2,
        "largest_true": 2,
        "predicted_networks": 1,
        "largest_predicted": 4,
    }
    assert metrics["bcubed_by_case"]["rival"]["precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    assert metrics["unnetworked_by_case"] == {
        "benign": {"records": 1, "in_network": 0.0},
        "copycat": {"records": 1, "in_network": 1.0},
    }
    report = format_report(metrics)
    assert "largest 4 records" in report and "case rival" in report and "100.0% of 1 records" in report


def test_phone_components_reference() -> None:
    def t(rid: str, net: str | None, *phones: str) -> dict:
        sels = [{"type": "phone", "value": p} for p in phones]
        return {"id": rid, "network": net, "selectors": sels, "case": "network" if net else "independent"}

    truth = {
        "a": t("a", "A", "+1"),
        "b": t("b", "A", "+1", "+2"),
        "c": t("c", "A", "+2", "+9"),
        "d": t("d", "B", "+3", "+9"),
        "e": t("e", None, "+9"),
        "f": t("f", None),
    }
    every = evaluate_networks.phone_components(truth, drop_hubs=False)
    assert len({every[r] for r in "abcde"}) == 1 and every["f"] is None
    controlled = evaluate_networks.phone_components(truth, drop_hubs=True)  # +9: three owners, a hub
    assert controlled["a"] == controlled["b"] == controlled["c"]
    assert controlled["d"] is None and controlled["e"] is None


@pytest.mark.slow
def test_evaluate_networks_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.json"
    assert evaluate_networks.main(["--synth", "400", "--networks", "8", "--seed", "3", "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "B-cubed" in text and "case burner" in text and "phones_without_hubs" in text
    metrics = orjson.loads(out.read_bytes())["synth 400 seed 3"]
    assert metrics["network_sizes"]["true_networks"] == 8
    assert set(metrics["bcubed_by_case"]) == {"network", "rival", "burner"}
    assert metrics["baseline"]["phones_without_hubs"]["bcubed"]["precision"] == 1.0
