"""A peer baseline on the same data: coarse template clustering as InfoShield describes it.

    python bench/baseline_coarse.py CORPUS/records.jsonl

InfoShield's coarse stage (Lee, Vajiac et al., "InfoShield", CIKM 2021) clusters ads by their top TF-IDF
phrases: word 5-grams scored by sublinear TF-IDF over the corpus, the 5 best phrases of each ad joined to it
in a bipartite ad-phrase graph, and the connected components taken as clusters. This script re-implements
that published description with scikit-learn and scipy (it shares no code with the original), and times it
as a whole process step by step: read, vectorise, pick phrases, build components. Himaya's own end-to-end
run (`bench/bench_pipeline.py`) is compared against it in docs/benchmarks.md.

Needs the bench extra: `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import numpy as np
import orjson
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

_DIGITS = re.compile(r"\d+")
_HTML = re.compile(r"<.*?>")


def clean(text: str) -> str:
    """As the paper's pre-processing: drop digits and markup (the original also drops non-ASCII)."""
    return _HTML.sub("", _DIGITS.sub("", text))


def coarse_clusters(texts: list[str], top: int = 5) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(token_pattern=r"[^\s]+", lowercase=False, ngram_range=(5, 5), sublinear_tf=True)
    matrix = vectoriser.fit_transform(clean(t) for t in texts).tocsr()
    rows, cols = [], []
    for i in range(matrix.shape[0]):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        if start == end:
            continue
        scores = matrix.data[start:end]
        best = np.argsort(-scores, kind="stable")[:top]
        rows.extend([i] * len(best))
        cols.extend(matrix.indices[start:end][best].tolist())
    n_docs, n_phrases = matrix.shape
    size = n_docs + n_phrases
    graph = coo_matrix((np.ones(len(rows)), (rows, np.asarray(cols) + n_docs)), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    return labels[:n_docs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("records", type=Path)
    args = parser.parse_args()
    started = time.perf_counter()
    with args.records.open("rb") as fh:
        texts = [orjson.loads(line).get("text", "") for line in fh]
    read_s = time.perf_counter() - started
    labels = coarse_clusters(texts)
    total = time.perf_counter() - started
    sizes = np.bincount(labels)
    print(json.dumps({
        "records": len(texts),
        "read_s": round(read_s, 1),
        "total_s": round(total, 1),
        "records_per_s": round(len(texts) / total),
        "clusters_of_2_or_more": int((sizes >= 2).sum()),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
