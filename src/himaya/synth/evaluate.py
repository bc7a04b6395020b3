"""Score an export (DESIGN.md export contract) against the synthetic ground truth."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import orjson

SELECTOR_TYPES = ("phone", "email", "crypto", "url", "handle", "onion")
TARGETS: dict[str, float] = {
    "phone_f1": 0.97,
    "email_f1": 0.97,
    "crypto_f1": 0.97,
    "bcubed_f1": 0.95,
    "risk_auc": 0.95,
    "typology_accuracy": 0.85,
}


def _read(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with open(path, "rb") as f:
        for line in f:
            if line.strip():
                obj = orjson.loads(line)
                out[str(obj["id"])] = obj
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def selector_scores(pred: dict[str, dict[str, Any]], truth: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Precision/recall/F1 per selector type over (record id, type, value)."""
    counts = {t: [0, 0, 0] for t in SELECTOR_TYPES}
    for rid, t in truth.items():
        true = {(s["type"], s["value"]) for s in t["selectors"]}
        got = {(s["type"], s["value"]) for s in pred.get(rid, {}).get("selectors", [])}
        for kind, _ in got & true:
            if kind in counts:
                counts[kind][0] += 1
        for kind, _ in got - true:
            if kind in counts:
                counts[kind][1] += 1
        for kind, _ in true - got:
            if kind in counts:
                counts[kind][2] += 1
    for rid, p in pred.items():  # predictions for records the truth does not know are false positives
        if rid not in truth:
            for s in p.get("selectors", []):
                if s["type"] in counts:
                    counts[s["type"]][1] += 1
    return {kind: _prf(*c) for kind, c in counts.items()}


def bcubed(pred_cluster: dict[str, str | None], true_cluster: dict[str, str]) -> dict[str, float]:
    """B-cubed over the records of ``true_cluster``; a null prediction is a singleton."""
    items = list(true_cluster)
    if not items:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0, "records": 0}
    pred_of = {r: (pred_cluster.get(r) or f"\x00{r}") for r in items}
    true_size = Counter(true_cluster.values())
    pred_size = Counter(pred_of.values())
    both = Counter((pred_of[r], true_cluster[r]) for r in items)
    precision = sum(both[(pred_of[r], true_cluster[r])] / pred_size[pred_of[r]] for r in items) / len(items)
    recall = sum(both[(pred_of[r], true_cluster[r])] / true_size[true_cluster[r]] for r in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "records": len(items)}


def bcubed_by_case(
    pred_cluster: dict[str, str | None], true_cluster: dict[str, str], case_of: dict[str, str]
) -> dict[str, dict[str, float]]:
    """B-cubed of the records of each case (``case_of``), each record scored as :func:`bcubed` scores it
    (against every truth-networked record), so the cases weighted by their records give the overall figure."""
    items = list(true_cluster)
    pred_of = {r: (pred_cluster.get(r) or f"\x00{r}") for r in items}
    true_size = Counter(true_cluster.values())
    pred_size = Counter(pred_of.values())
    both = Counter((pred_of[r], true_cluster[r]) for r in items)
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for r in items:
        shared = both[(pred_of[r], true_cluster[r])]
        acc = sums[case_of.get(r, "unknown")]
        acc[0] += shared / pred_size[pred_of[r]]
        acc[1] += shared / true_size[true_cluster[r]]
        acc[2] += 1
    out = {}
    for case, (p_sum, r_sum, n) in sorted(sums.items()):
        prec, rec = p_sum / n, r_sum / n
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[case] = {"precision": prec, "recall": rec, "f1": f1, "records": int(n)}
    return out


def unnetworked_by_case(pred_cluster: dict[str, str | None], truth: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """For the records of no true network, per case: how many, and the share put in a predicted network."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rid, t in truth.items():
        if t["network"] is None:
            acc = counts[t.get("case") or "unknown"]
            acc[0] += 1
            acc[1] += pred_cluster.get(rid) is not None
    return {case: {"records": n, "in_network": linked / n} for case, (n, linked) in sorted(counts.items())}


def network_sizes(pred: dict[str, dict[str, Any]], true_cluster: dict[str, str]) -> dict[str, int]:
    """The number of true and predicted networks and the largest of each (predicted: over every exported
    record, so that a network swallowing independent and benign posters shows)."""
    true_size = Counter(true_cluster.values())
    pred_size = Counter(p.get("network") for p in pred.values() if p.get("network") is not None)
    return {
        "true_networks": len(true_size),
        "largest_true": max(true_size.values(), default=0),
        "predicted_networks": len(pred_size),
        "largest_predicted": max(pred_size.values(), default=0),
    }


def auc(scores: list[float], labels: list[bool]) -> float | None:
    """ROC-AUC from ranks (ties get their average rank); None when a class is empty."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if n_pos == 0 or n_neg == 0:
        return None
    order = np.argsort(s, kind="mergesort")
    sorted_s = s[order]
    ranks = np.empty(len(s), dtype=float)
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_s)) + 1]
    ends = np.r_[starts[1:], len(s)]
    for a, b in zip(starts, ends, strict=True):
        ranks[order[a:b]] = (a + b + 1) / 2.0  # average of 1-based ranks a+1 .. b
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def hub_swallow(pred_cluster: dict[str, str | None], truth: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """How much predicted networks mix true networks and independent posters."""
    groups: dict[str, list[str]] = defaultdict(list)
    for rid, net in pred_cluster.items():
        if net is not None and rid in truth:
            groups[net].append(rid)

    def describe(net: str) -> dict[str, Any]:
        members = groups[net]
        origin = Counter(truth[r]["network"] or f"\x00{r}" for r in members)
        independent = sum(1 for r in members if truth[r]["network"] is None)
        return {
            "network": net,
            "size": len(members),
            "purity": origin.most_common(1)[0][1] / len(members),
            "true_networks": sum(1 for k in origin if not k.startswith("\x00")),
            "independent_records": independent,
        }

    if not groups:
        return {"largest": None, "worst": None, "predicted_networks": 0}
    largest = max(groups, key=lambda n: (len(groups[n]), n))
    described = [describe(n) for n in groups if len(groups[n]) > 1]
    worst = min(described, key=lambda d: (d["purity"], -d["size"])) if described else None
    return {"largest": describe(largest), "worst": worst, "predicted_networks": len(groups)}


def evaluate(export_path: Path, truth_path: Path) -> dict[str, Any]:
    """Score ``export_path`` (one JSON per record) against ``truth_path`` from :func:`generate`."""
    pred = _read(Path(export_path))
    truth = _read(Path(truth_path))
    pred_cluster = {rid: pred.get(rid, {}).get("network") for rid in truth}
    true_cluster = {rid: t["network"] for rid, t in truth.items() if t["network"] is not None}
    scores, labels = [], []
    typ_right = typ_total = 0
    for rid, t in truth.items():
        p = pred.get(rid, {})
        if t["exploitative"] or t["typology"] is None:
            scores.append(float(p.get("risk") or 0.0))
            labels.append(bool(t["exploitative"]))
        if t["exploitative"] and t["typology"] is not None:
            typ_total += 1
            typ_right += p.get("typology") == t["typology"]
    cases = {rid: t["case"] for rid, t in truth.items() if t.get("case")}
    return {
        "records": len(truth),
        "predicted_records": len(pred),
        "missing_records": sum(1 for rid in truth if rid not in pred),
        "selectors": selector_scores(pred, truth),
        "bcubed": bcubed(pred_cluster, true_cluster),
        "network_sizes": network_sizes(pred, true_cluster),
        "bcubed_by_case": bcubed_by_case(pred_cluster, true_cluster, cases) if cases else {},
        "unnetworked_by_case": unnetworked_by_case(pred_cluster, truth) if cases else {},
        "hub_swallow": hub_swallow(pred_cluster, truth),
        "risk_auc": auc(scores, labels),
        "typology_accuracy": typ_right / typ_total if typ_total else None,
        "typology_records": typ_total,
    }


def targets(metrics: dict[str, Any]) -> dict[str, bool]:
    """Which targets of :data:`TARGETS` the metrics meet."""
    values = {
        "phone_f1": metrics["selectors"]["phone"]["f1"],
        "email_f1": metrics["selectors"]["email"]["f1"],
        "crypto_f1": metrics["selectors"]["crypto"]["f1"],
        "bcubed_f1": metrics["bcubed"]["f1"],
        "risk_auc": metrics["risk_auc"],
        "typology_accuracy": metrics["typology_accuracy"],
    }
    return {k: v is not None and v >= TARGETS[k] for k, v in values.items()}


def format_report(metrics: dict[str, Any]) -> str:
    """A plain-text report for people."""
    lines = [
        f"records: {metrics['records']} (predicted {metrics['predicted_records']}, "
        f"missing {metrics['missing_records']})",
        "",
        "selectors        P      R      F1     tp/fp/fn",
    ]
    for kind, s in metrics["selectors"].items():
        lines.append(
            f"  {kind:<10} {s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}  {s['tp']}/{s['fp']}/{s['fn']}"
        )
    b = metrics["bcubed"]
    lines += [
        "",
        f"networks (B-cubed over {b['records']} records): P {b['precision']:.3f}  "
        f"R {b['recall']:.3f}  F1 {b['f1']:.3f}",
    ]
    sizes = metrics["network_sizes"]
    lines.append(
        f"  networks: {sizes['true_networks']} true (largest {sizes['largest_true']} records), "
        f"{sizes['predicted_networks']} predicted (largest {sizes['largest_predicted']} records)"
    )
    for case, c in metrics["bcubed_by_case"].items():
        lines.append(
            f"  case {case:<12} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}  "
            f"over {c['records']} records"
        )
    for case, c in metrics["unnetworked_by_case"].items():
        lines.append(f"  case {case:<12} {c['in_network']:.1%} of {c['records']} records put in a network")
    hub = metrics["hub_swallow"]
    for name in ("largest", "worst"):
        d = hub.get(name)
        if d:
            lines.append(
                f"  {name} predicted network {d['network']}: {d['size']} records, purity "
                f"{d['purity']:.3f}, mixes {d['true_networks']} true networks and "
                f"{d['independent_records']} independent records"
            )
    roc = metrics["risk_auc"]
    acc = metrics["typology_accuracy"]
    lines += [
        "",
        f"risk ROC-AUC: {'n/a' if roc is None else f'{roc:.3f}'}",
        f"typology accuracy: {'n/a' if acc is None else f'{acc:.3f}'} over {metrics['typology_records']}",
    ]
    passed = targets(metrics)
    lines += ["", "targets: " + ", ".join(f"{k} {'PASS' if ok else 'FAIL'}" for k, ok in passed.items())]
    return "\n".join(lines)
