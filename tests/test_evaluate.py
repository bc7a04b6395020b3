import orjson
import pytest

from himaya.synth import evaluate, format_report, generate, targets
from himaya.synth.evaluate import auc, bcubed

P1, P2, P9 = "+33612340001", "+33612340002", "+33612340009"


def _write(path, rows):
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return path


def _truth(rid, network, typology, selectors=()):
    sels = [{"type": t, "value": v, "raw": v, "hidden": None} for t, v in selectors]
    return {
        "id": rid,
        "network": network,
        "typology": typology,
        "exploitative": typology is not None,
        "selectors": sels,
    }


def _pred(rid, network, risk, typology=None, selectors=()):
    return {
        "id": rid,
        "network": network,
        "risk": risk,
        "typology": typology,
        "reasons": [],
        "selectors": [{"type": t, "value": v} for t, v in selectors],
    }


@pytest.fixture
def hand_made(tmp_path):
    truth = [
        _truth("r1", "A", "forced_labour", [("phone", P1), ("email", "a@mail.example")]),
        _truth("r2", "A", "forced_labour", [("phone", P1)]),
        _truth("r3", "A", "forced_labour"),
        _truth("r4", "B", "sexual_exploitation"),
        _truth("r5", "B", "sexual_exploitation"),
        _truth("r6", None, None, [("phone", P2)]),
        _truth("r7", None, None),
    ]
    pred = [
        _pred("r1", "X", 0.9, "forced_labour", [("phone", P1), ("email", "b@mail.example")]),
        _pred("r2", "X", 0.8, "forced_labour"),
        _pred("r3", "Y", 0.3, "domestic_servitude", [("phone", P9)]),
        _pred("r4", "Y", 0.7, "sexual_exploitation"),
        _pred("r5", None, 0.6, None),
        _pred("r6", "X", 0.4, None, [("phone", P2)]),
        _pred("r7", None, 0.1, None),
    ]
    return evaluate(_write(tmp_path / "pred.jsonl", pred), _write(tmp_path / "truth.jsonl", truth))


def test_selector_scores_by_hand(hand_made):
    phone = hand_made["selectors"]["phone"]
    assert (phone["tp"], phone["fp"], phone["fn"]) == (2, 1, 1)  # P1@r1, P2@r6 / P9@r3 / P1@r2
    assert phone["precision"] == pytest.approx(2 / 3) and phone["recall"] == pytest.approx(2 / 3)
    email = hand_made["selectors"]["email"]
    assert (email["tp"], email["fp"], email["fn"], email["f1"]) == (0, 1, 1, 0.0)
    assert hand_made["selectors"]["crypto"]["f1"] == 1.0  # nothing to find, nothing found


def test_bcubed_by_hand(hand_made):
    # true A={1,2,3}, B={4,5}; predicted X={1,2}(+r6), Y={3,4}, r5 alone
    # precision: 1, 1, 1/2, 1/2, 1 -> 4/5; recall: 2/3, 2/3, 1/3, 1/2, 1/2 -> 8/15
    b = hand_made["bcubed"]
    assert b["precision"] == pytest.approx(0.8)
    assert b["recall"] == pytest.approx(8 / 15)
    assert b["f1"] == pytest.approx(2 * 0.8 * (8 / 15) / (0.8 + 8 / 15))
    assert b["records"] == 5


def test_bcubed_perfect_and_all_singletons():
    true = {"a": "T", "b": "T", "c": "U"}
    assert bcubed({"a": "p", "b": "p", "c": "q"}, true)["f1"] == 1.0
    single = bcubed({}, true)
    assert single["precision"] == 1.0 and single["recall"] == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_hub_swallow_by_hand(hand_made):
    hub = hand_made["hub_swallow"]
    assert hub["largest"]["network"] == "X" and hub["largest"]["size"] == 3
    assert hub["largest"]["purity"] == pytest.approx(2 / 3) and hub["largest"]["independent_records"] == 1
    assert hub["worst"]["network"] == "Y" and hub["worst"]["true_networks"] == 2
    assert hub["worst"]["purity"] == 0.5


def test_auc_by_hand():
    assert auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == pytest.approx(0.75)
    assert auc([0.5, 0.5], [True, False]) == pytest.approx(0.5)
    assert auc([0.2, 0.9], [False, True]) == 1.0
    assert auc([0.2], [True]) is None


def test_risk_auc_and_typology_by_hand(hand_made):
    # exploitative r1..r5 = 0.9 0.8 0.3 0.7 0.6; benign r6, r7 = 0.4 0.1 -> pairs won 9 of 10
    assert hand_made["risk_auc"] == pytest.approx(0.9)
    assert hand_made["typology_accuracy"] == pytest.approx(3 / 5)
    passed = targets(hand_made)
    assert [k for k, ok in passed.items() if ok] == ["crypto_f1"]
    report = format_report(hand_made)
    assert "B-cubed" in report and "risk ROC-AUC: 0.900" in report and "FAIL" in report


def test_truth_as_prediction_scores_one(tmp_path):
    generate(tmp_path, records=2000, networks=25, seed=5)
    rows = []
    for line in (tmp_path / "truth.jsonl").read_bytes().splitlines():
        t = orjson.loads(line)
        rows.append(
            _pred(
                t["id"],
                t["network"],
                1.0 if t["exploitative"] else 0.0,
                t["typology"],
                [(s["type"], s["value"]) for s in t["selectors"]],
            )
        )
    metrics = evaluate(_write(tmp_path / "export.jsonl", rows), tmp_path / "truth.jsonl")
    for kind in ("phone", "email", "crypto", "url", "handle", "onion"):
        assert metrics["selectors"][kind]["f1"] == 1.0
    assert metrics["bcubed"]["f1"] == 1.0
    assert metrics["risk_auc"] == 1.0 and metrics["typology_accuracy"] == 1.0
    assert metrics["hub_swallow"]["worst"]["purity"] == 1.0
    assert all(targets(metrics).values())
