"""The external test sets are well formed and the external evaluation runs on them (no quality threshold)."""

import importlib.util
import json
from pathlib import Path

import phonenumbers
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT / "tests" / "data" / "external"
SETS = sorted(p.parent.name for p in EXTERNAL.glob("*/cases.jsonl"))


def _bench():
    spec = importlib.util.spec_from_file_location("evaluate_external", ROOT / "bench" / "evaluate_external.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sets_are_there():
    assert {"libphonenumber", "christianrich", "linkify"} <= set(SETS)


@pytest.mark.parametrize("name", SETS)
def test_cases_are_well_formed(name):
    folder = EXTERNAL / name
    provenance = (folder / "PROVENANCE.md").read_text(encoding="utf-8")
    for field in ("Licence", "Commit", "Copyright"):
        assert field in provenance, f"{name}: PROVENANCE.md lacks {field}"
    assert (folder / "cases.jsonl").stat().st_size < 1_000_000
    ids = set()
    for line in (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        assert case["id"] not in ids
        ids.add(case["id"])
        assert isinstance(case["text"], str) and case["text"].strip()
        assert case["source"]
        assert case["country"] is None or (len(case["country"]) == 2 and case["country"].isupper())
        for phone in case["phones"]:
            number = phonenumbers.parse(phone)  # E.164: parses with no region
            assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == phone
            assert phonenumbers.is_possible_number(number), phone
        for email in case["emails"]:
            assert "@" in email and email == email.lower()


def test_most_expected_phones_are_valid_today():
    """Labels are kept as the sources give them; only a few may have left the numbering plans since."""
    bench = _bench()
    for name, cases in bench.load_sets().items():
        labels = [p for c in cases for p in c["phones"]]
        stale_values = set(bench.not_valid_today(cases))
        stale = [p for p in labels if p in stale_values]
        assert len(stale) <= 0.2 * max(len(labels), 1), name


def test_script_scores_one_small_set(tmp_path):
    bench = _bench()
    results = bench.run(only="christianrich")
    assert list(results) == ["christianrich"]
    res = results["christianrich"]
    assert set(res["overall"]) == {"phone_with_country", "phone_no_country"}
    for by_measure in [res["overall"], *res["per_class"].values()]:
        for r in by_measure.values():
            for key in ("precision", "recall", "f1"):
                assert 0.0 <= r[key] <= 1.0
            assert r["tp"] + r["fn"] >= 0 and r["phantoms"] <= r["fp"]
    assert res["overall"]["phone_with_country"]["tp"] + res["overall"]["phone_with_country"]["fn"] == sum(
        len(c["phones"]) for c in bench.load_sets(only="christianrich")["christianrich"]
    )
    assert len(res["misses"]) <= 10


def test_scores_count_hits_and_phantoms(tmp_path):
    """A hand-made set of two cases: one number found, one phantom in a text that expects none."""
    bench = _bench()
    folder = tmp_path / "tiny"
    folder.mkdir()
    rows = [
        {"id": "a", "text": "call +44 20 7946 0018 now", "country": "GB", "phones": ["+442079460018"], "emails": []},
        {"id": "b", "text": "ring +44 20 7946 0019 today", "country": "GB", "phones": [], "emails": []},
    ]
    (folder / "cases.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = bench.run(tmp_path)["tiny"]["overall"]["phone_with_country"]
    assert (res["tp"], res["fp"], res["fn"], res["phantoms"]) == (1, 1, 0, 1)
    assert res["precision"] == 0.5 and res["recall"] == 1.0
