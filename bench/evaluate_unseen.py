"""Quality on independently written labelled posts (tests/data/eval/*.jsonl), through the whole pipeline.

    python bench/evaluate_unseen.py tests/data/eval/unseen.jsonl [--json OUT]

Each line: {"id", "lang", "text", "country", "typology", "exploitative", "selectors": [{"type", "value"}]}.
Prints selector P/R/F1, risk ROC-AUC, typology accuracy overall, per typology and per language.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from himaya.pipeline import ingest
from himaya.report.export import write_export
from himaya.store import Store
from himaya.synth import evaluate
from himaya.synth.evaluate import format_report


def run(labelled: Path) -> dict:
    rows = [json.loads(line) for line in labelled.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with (work / "records.jsonl").open("w", encoding="utf-8") as rec, (work / "truth.jsonl").open("w") as tru:
            for r in rows:
                rec.write(json.dumps({"id": r["id"], "text": r["text"], "country": r.get("country")}) + "\n")
                tru.write(
                    json.dumps(
                        {
                            "id": r["id"],
                            "network": None,
                            "typology": r["typology"],
                            "exploitative": r["exploitative"],
                            "selectors": r["selectors"],
                        }
                    )
                    + "\n"
                )
        with Store.open(work / "db.sqlite") as store:
            ingest(store, [work / "records.jsonl"], workers=1)
            with store.transaction(actor="bench") as tx:
                write_export(tx, work / "export.jsonl")
        metrics = evaluate(work / "export.jsonl", work / "truth.jsonl")
        predicted = {json.loads(line)["id"]: json.loads(line) for line in (work / "export.jsonl").open()}
    per_typology: dict[str, list[int]] = {}
    per_language: dict[str, list[int]] = {}
    confusions: Counter[str] = Counter()
    for r in rows:
        if not r["typology"]:
            continue
        got = predicted[r["id"]]["typology"]
        for table, key in ((per_typology, r["typology"]), (per_language, r["lang"])):
            table.setdefault(key, [0, 0])
            table[key][0] += got == r["typology"]
            table[key][1] += 1
        if got != r["typology"]:
            confusions[f"{r['typology']} -> {got}"] += 1
    metrics["per_typology"] = {k: round(a / n, 3) for k, (a, n) in sorted(per_typology.items())}
    metrics["per_language"] = {k: round(a / n, 3) for k, (a, n) in sorted(per_language.items())}
    metrics["confusions"] = dict(confusions.most_common(10))
    return metrics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labelled", type=Path, nargs="+")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = {}
    for path in args.labelled:
        metrics = run(path)
        results[str(path)] = metrics
        print(f"== {path}")
        print(format_report(metrics))
        print("per typology:", metrics["per_typology"])
        print("per language:", metrics["per_language"])
        print("confusions:", metrics["confusions"])
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
