"""Selector quality on independently labelled public test data (tests/data/external/<set>/cases.jsonl).

    python bench/evaluate_external.py [--set NAME] [--json OUT]

The sets are other projects' published test fixtures, converted with their labels kept (each set's
PROVENANCE.md says from where, under which licence and how). They measure ``himaya.selectors.extract`` as it
is, on text nobody here wrote, so they are a baseline to study and not a target the extractor was tuned to.

Each line: {"id", "text", "country": ISO-2 or null, "phones": [E.164], "emails": [...], "class", "source"}.
Phones are scored twice, with the country the source implies and with none; e-mails once, in the sets that
label them. Per set and per class: precision, recall and F1 over the (case, value) pairs, and the phantoms
(phones found in texts where the source expects none). The first ten misses of each set are listed for study.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import phonenumbers

from himaya.selectors import extract

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "external"
MODES = {"with_country": True, "no_country": False}


def load_sets(root: Path = DATA, only: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every ``<set>/cases.jsonl`` under ``root`` (or the one named ``only``), by set name."""
    sets = {}
    for path in sorted(root.glob("*/cases.jsonl")):
        name = path.parent.name
        if only is None or name == only:
            sets[name] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if only is not None and not sets:
        raise SystemExit(f"no set named {only!r} under {root}")
    return sets


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1; a measure with nothing to count is 1.0 (nothing expected, nothing found)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


class Tally:
    """Counts of one measure over some cases."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.phantoms = 0  # values found in cases where none were expected
        self.cases = 0

    def add(self, expected: set[str], found: set[str]) -> None:
        self.cases += 1
        self.tp += len(expected & found)
        self.fp += len(found - expected)
        self.fn += len(expected - found)
        if not expected:
            self.phantoms += len(found)

    def result(self) -> dict[str, Any]:
        return {**prf(self.tp, self.fp, self.fn), "phantoms": self.phantoms, "cases": self.cases}


def _found(text: str, country: str | None, kind: str) -> set[str]:
    return {h.value for h in extract(text, country=country) if h.type == kind}


def not_valid_today(cases: list[dict[str, Any]]) -> list[str]:
    """Expected phones that the numbering plans in ``phonenumbers`` no longer (or never) accept: a validating
    extractor cannot find them, so they bound its recall; counted apart so a reader can tell."""
    return sorted({p for c in cases for p in c["phones"] if not phonenumbers.is_valid_number(phonenumbers.parse(p))})


def score_set(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """One set's scores: overall and per class, per measure, and its first ten misses."""
    measures: list[tuple[str, str, str, bool]] = []  # (measure name, label field, hit type, use country)
    if any(c["phones"] for c in cases):
        measures += [(f"phone_{mode}", "phones", "phone", use) for mode, use in MODES.items()]
    if any(c.get("emails") for c in cases):
        measures.append(("email", "emails", "email", True))
    overall = {m[0]: Tally() for m in measures}
    per_class: dict[str, dict[str, Tally]] = {}
    misses = []
    for case in cases:
        cls = case.get("class") or "-"
        tallies = per_class.setdefault(cls, {m[0]: Tally() for m in measures})
        for name, field, kind, use_country in measures:
            expected = set(case.get(field) or [])
            found = _found(case["text"], case.get("country") if use_country else None, kind)
            overall[name].add(expected, found)
            tallies[name].add(expected, found)
            if expected != found and name != "phone_no_country":
                misses.append(
                    {
                        "id": case["id"],
                        "class": cls,
                        "measure": name,
                        "missed": sorted(expected - found),
                        "extra": sorted(found - expected),
                        "text": case["text"][:160],
                    }
                )
    stale = not_valid_today(cases)
    misses.sort(key=lambda m: -(len(m["missed"]) + len(m["extra"])))  # stable: the worst first, then file order
    return {
        "cases": len(cases),
        "overall": {name: t.result() for name, t in overall.items()},
        "per_class": {cls: {name: t.result() for name, t in ts.items()} for cls, ts in sorted(per_class.items())},
        "misses": misses[:10],
        "miss_count": len(misses),
        "expected_phones_not_valid_today": stale,
        "expected_phone_labels_not_valid_today": sum(p in stale for c in cases for p in c["phones"]),
    }


def run(root: Path = DATA, only: str | None = None) -> dict[str, Any]:
    """The scores of every set under ``root`` (or of the one named ``only``)."""
    return {name: score_set(cases) for name, cases in load_sets(root, only).items()}


def _row(label: str, r: dict[str, Any]) -> str:
    return (
        f"  {label:<34} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
        f"  (tp {r['tp']} fp {r['fp']} fn {r['fn']}, phantoms {r['phantoms']}, {r['cases']} cases)"
    )


def format_results(results: dict[str, Any]) -> Iterable[str]:
    for name, res in results.items():
        yield f"== {name} ({res['cases']} cases)"
        for measure, r in res["overall"].items():
            yield _row(measure, r)
        yield "  per class:"
        for cls, by_measure in res["per_class"].items():
            for measure, r in by_measure.items():
                yield _row(f"{cls} / {measure}", r)
        if res["expected_phones_not_valid_today"]:
            stale = res["expected_phones_not_valid_today"]
            n = res["expected_phone_labels_not_valid_today"]
            yield f"  expected phones not valid in today's numbering plans: {n} labels, {len(stale)} distinct: {stale}"
        yield f"  misses ({res['miss_count']} in all, first 10, worst first):"
        for m in res["misses"]:
            yield f"    {m['id']} [{m['class']}, {m['measure']}] missed {m['missed']} extra {m['extra']}: {m['text']!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="only", help="score only this set (a folder name under tests/data/external)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--data", type=Path, default=DATA, help=argparse.SUPPRESS)
    args = parser.parse_args()
    results = run(args.data, args.only)
    for line in format_results(results):
        print(line)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
