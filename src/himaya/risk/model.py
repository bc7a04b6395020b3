"""A learned second opinion: a linear model over words and word pairs, trained on labelled posts.

The lexicons know the words they were given; posters use others. This model was trained (``tools/
train_model.py``, scikit-learn, offline) on independently written labelled posts in Arabic, English, Spanish and
French, which were themselves written from the published indicators (see docs/quality.md). It gives a
probability per typology (and "none"), and says which words pushed it: its contribution is a reason like any
other.

Inference needs numpy only. The model is data (``data/model.json``: vocabulary, idf, coefficients), loaded on
first use and checked against the predictions it was shipped with; it is never pickled.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain, pairwise
from pathlib import Path
from typing import Any

import numpy as np

from himaya.errors import DataError
from himaya.text.normalize import words

FORMAT = "himaya-typology-model/1"
NONE = "none"


def tokens(text: str) -> list[str]:
    """Folded words with numbers left out (also what near-duplicate shingles are made of)."""
    return [w for w in words(text) if not w.isdigit()]


def features(text: str, folded: list[str] | None = None) -> list[str]:
    """Folded words (numbers left out) and adjacent word pairs: the model's terms, in training and use.
    ``folded``: the text's ``tokens``, when the caller has them already."""
    found = tokens(text) if folded is None else folded
    return found + [f"{a} {b}" for a, b in pairwise(found)]


@dataclass(frozen=True, slots=True)
class Prediction:
    probabilities: dict[str, float]  # per class, "none" included; they sum to 1
    terms: dict[str, list[str]]  # for the likeliest typology: the terms that pushed it most, strongest first
    known: int = 0  # how many of the text's terms the model knows (little evidence in short texts)

    @property
    def exploitation(self) -> float:
        """Probability that the post is exploitative (any typology)."""
        return 1.0 - self.probabilities.get(NONE, 0.0)


class TypologyModel:
    def __init__(self, classes: list[str], terms: list[str], idf: np.ndarray, coef: np.ndarray,
                 intercept: np.ndarray, source: str = "") -> None:  # fmt: skip
        if coef.shape != (len(classes), len(terms)) or idf.shape != (len(terms),) or intercept.shape != (len(classes),):
            raise DataError(f"{source}: model arrays do not agree in shape")
        self.classes = classes
        self.index = {term: i for i, term in enumerate(terms)}
        self.terms = terms
        self.idf = idf
        self.coef = coef
        self.intercept = intercept
        self._typologies = [k for k, c in enumerate(classes) if c != NONE]
        # coef with one row per term: taking the rows of a text's terms gives, transposed, the very array
        # (values and memory layout) that coef[:, idx] gives, about four times faster
        self._columns = np.ascontiguousarray(coef.T)
        self._prior: list[float] | None = None  # the probabilities of a text with no known term
        # the "a b" terms by first then second word, so that no pair string need be built; None (build them)
        # should a term ever hold two spaces, which the nested look-up would not find as the string does
        self._pairs: dict[str, dict[str, int]] | None = {}
        for term, i in self.index.items():
            if term.count(" ") > 1:
                self._pairs = None
                break
            first, space, second = term.partition(" ")
            if space:
                self._pairs.setdefault(first, {})[second] = i

    @classmethod
    def load(cls, path: Path | None = None) -> TypologyModel:
        source = str(path) if path else "himaya/risk/data/model.json"
        try:
            packaged = resources.files("himaya.risk") / "data" / "model.json"
            text = path.read_text(encoding="utf-8") if path else packaged.read_text(encoding="utf-8")
            data = json.loads(text)
        except (OSError, ValueError) as exc:
            raise DataError(f"cannot read typology model {source}: {exc}") from exc
        if data.get("format") != FORMAT:
            raise DataError(f"{source}: not a {FORMAT} file")
        model = cls(
            list(data["classes"]),
            list(data["terms"]),
            np.asarray(data["idf"], dtype=np.float64),
            np.asarray(data["coef"], dtype=np.float64),
            np.asarray(data["intercept"], dtype=np.float64),
            source,
        )
        for check in data.get("checks", []):
            got = model.predict(check["text"]).probabilities
            if any(abs(got[c] - p) > 1e-3 for c, p in check["probabilities"].items()):
                raise DataError(f"{source}: predictions differ from the ones it was shipped with")
        return model

    def predict(self, text: str, top: int = 5, folded: list[str] | None = None) -> Prediction:
        values, known, contributions, idx = self.probabilities(tokens(text) if folded is None else folded)
        terms: dict[str, list[str]] = {}
        if contributions is not None:  # explain the likeliest typology (the class the reasons will name)
            k = self.likeliest(values)
            terms[self.classes[k]] = self.explain(contributions, idx, k, top)
        return Prediction(dict(zip(self.classes, values, strict=True)), terms, known)

    def probabilities(self, found: list[str]) -> tuple[list[float], int, Any, Any]:
        """``predict``'s arithmetic for the ``tokens`` of a text: the probabilities (in ``classes`` order), how
        many terms the model knows, and what ``explain`` needs (None, None when it knows none of them)."""
        # the columns of the known terms, in the order of ``features`` (words, then "a b" pairs), counted
        pairs = self._pairs
        if pairs is None:
            columns = [i for i in map(self.index.get, chain(found, map(" ".join, pairwise(found)))) if i is not None]
        else:
            columns = [i for i in map(self.index.get, found) if i is not None]
            for seconds, second in zip(map(pairs.get, found), found[1:], strict=False):  # seconds: mostly None
                if seconds is not None:
                    i = seconds.get(second)
                    if i is not None:
                        columns.append(i)
        if not columns:
            if self._prior is None:
                logits = self.intercept.copy()
                probs = np.exp(logits - logits.max())
                probs /= probs.sum()
                self._prior = probs.tolist()
            return list(self._prior), 0, None, None
        counts: dict[int, int] = dict.fromkeys(columns, 1)
        if len(counts) != len(columns):
            counts = Counter(columns)
        idx = np.array(list(counts), dtype=np.int64)
        x = self.idf[idx]
        if len(columns) != len(counts):  # 1 + log(1) is 1: only repeated terms change x
            x *= np.array([1.0 + math.log(c) for c in counts.values()], dtype=np.float64)
        x /= math.sqrt(x.dot(x))  # np.linalg.norm(x), as it computes it
        contributions = self._columns.take(idx, axis=0).T  # classes x present terms, as coef[:, idx]
        contributions *= x
        logits = self.intercept + contributions.sum(axis=1)
        probs = np.exp(logits - max(logits.tolist()))
        probs /= probs.sum()
        return probs.tolist(), len(columns), contributions, idx

    def likeliest(self, values: list[float]) -> int:
        """The class ``predict`` explains: the likeliest typology (the first of equals), or the likeliest class
        when the model has no typology."""
        return max(self._typologies or range(len(values)), key=values.__getitem__)

    def explain(self, contributions: Any, idx: Any, k: int, top: int = 5) -> list[str]:
        """The terms that pushed class ``k`` most (at most ``top``, strongest first, positive only)."""
        row = contributions[k]
        order = np.argsort(-row)[:top].tolist()
        weights, present = row.tolist(), idx.tolist()
        return [self.terms[present[j]] for j in order if weights[j] > 0]


@lru_cache(maxsize=1)
def packaged_model() -> TypologyModel:
    return TypologyModel.load()
