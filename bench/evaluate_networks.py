"""How well Himaya links ads into networks, on a labelled corpus, through the whole pipeline.

    python bench/evaluate_networks.py RECORDS.jsonl TRUTH.jsonl [RECORDS2.jsonl TRUTH2.jsonl ...] [--json OUT]
    python bench/evaluate_networks.py --synth 20000 --seed 11 [--networks 160] [--json OUT]

RECORDS: input records (id, text, platform, author, posted_at, country, location, ...); TRUTH: one line per
record as ``himaya synth`` writes it (id, network, typology, exploitative, selectors, and optionally case).
Each corpus is ingested, linked and exported in a temporary folder. Printed: B-cubed P/R/F1 over the records
of true networks, the largest true and predicted networks, B-cubed per case (when the truth has "case") and
the share of the records of no network put in one, selector F1 per type, risk ROC-AUC, typology accuracy, and
a reference: connected components over the truth's own phones (once with every phone, once without the phones
that 3 or more true owners carry, i.e. hubs left out with the truth's help).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from himaya import app
from himaya.store import Store
from himaya.synth import generate
from himaya.synth.evaluate import bcubed, bcubed_by_case, format_report

ACTOR = "bench:evaluate_networks"
HUB_OWNERS = 3  # a phone that records of this many true owners carry is a hub in the second reference


def _truth(path: Path) -> dict[str, dict[str, Any]]:
    with path.open("rb") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {str(t["id"]): t for t in rows}


def phone_components(truth: dict[str, dict[str, Any]], *, drop_hubs: bool) -> dict[str, str | None]:
    """Records joined when they carry the same true phone (union-find); None for a record joined to none."""
    parent = {rid: rid for rid in truth}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    carriers: dict[str, list[str]] = {}
    for rid, t in truth.items():
        for s in t["selectors"]:
            if s["type"] == "phone":
                carriers.setdefault(s["value"], []).append(rid)
    for rids in carriers.values():
        if drop_hubs and len({truth[r]["network"] or "\x00" + r for r in rids}) >= HUB_OWNERS:
            continue
        for other in rids[1:]:
            a, b = find(rids[0]), find(other)
            if a != b:
                parent[b] = a
    roots = {rid: find(rid) for rid in truth}
    size: dict[str, int] = {}
    for root in roots.values():
        size[root] = size.get(root, 0) + 1
    return {rid: (root if size[root] > 1 else None) for rid, root in roots.items()}


def baseline(truth: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """B-cubed (overall and per case) of connected components over the truth's phones."""
    true_cluster = {rid: t["network"] for rid, t in truth.items() if t["network"] is not None}
    cases = {rid: t["case"] for rid, t in truth.items() if t.get("case")}
    out = {}
    for name, drop in (("phones", False), ("phones_without_hubs", True)):
        pred = phone_components(truth, drop_hubs=drop)
        sizes: dict[str, int] = {}
        for net in pred.values():
            if net is not None:
                sizes[net] = sizes.get(net, 0) + 1
        out[name] = {
            "bcubed": bcubed(pred, true_cluster),
            "bcubed_by_case": bcubed_by_case(pred, true_cluster, cases) if cases else {},
            "largest_predicted": max(sizes.values(), default=0),
        }
    return out


def run(records: Path, truth: Path, workers: int | None = None) -> dict[str, Any]:
    """Ingest, link and score one labelled corpus in a temporary store; the metrics and the references."""
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "eval.db") as store:
        t0 = time.perf_counter()
        app.ingest(store, [records], app.IngestOptions(workers=workers), actor=ACTOR)
        t1 = time.perf_counter()
        linked = app.link(store, actor=ACTOR)
        t2 = time.perf_counter()
        metrics = app.evaluate(store, truth, actor=ACTOR)
    metrics["baseline"] = baseline(_truth(truth))
    metrics["seconds"] = {"ingest": round(t1 - t0, 1), "link": round(t2 - t1, 1)}
    metrics["networks_found"] = linked.networks
    return metrics


def format_baseline(metrics: dict[str, Any]) -> str:
    lines = ["reference: connected components over the truth's phones"]
    for name, ref in metrics["baseline"].items():
        b = ref["bcubed"]
        lines.append(
            f"  {name:<20} P {b['precision']:.3f}  R {b['recall']:.3f}  F1 {b['f1']:.3f}  "
            f"largest predicted {ref['largest_predicted']}"
        )
        for case, c in ref["bcubed_by_case"].items():
            lines.append(f"    case {case:<10} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs", type=Path, nargs="*", help="RECORDS.jsonl TRUTH.jsonl, one or more pairs")
    parser.add_argument("--synth", type=int, default=0, help="also evaluate a synthetic corpus of this many records")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--networks", type=int, default=0, help="networks in the synthetic corpus (records / 125)")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--json", type=Path, help="write every corpus's metrics here")
    args = parser.parse_args(argv)
    if len(args.pairs) % 2 or not (args.pairs or args.synth):
        parser.error("give RECORDS TRUTH pairs, or --synth N")
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = [(args.pairs[i], args.pairs[i + 1]) for i in range(0, len(args.pairs), 2)]
        if args.synth:
            out = Path(tmp) / "synth"
            networks = args.networks or max(10, args.synth // 125)
            generate(out, records=args.synth, networks=networks, seed=args.seed)
            corpora.append((out / "records.jsonl", out / "truth.jsonl"))
        for records, truth in corpora:
            label = f"synth {args.synth} seed {args.seed}" if records.parent.name == "synth" else str(records)
            metrics = run(records, truth, args.workers)
            results[label] = metrics
            print(f"== {label}")
            print(format_report(metrics))
            print(format_baseline(metrics))
            print()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
