"""The fast paths of risk scoring give what the plain formulations give: the lazily filled fold table, the
matcher's scan, and the model's pair look-up and arithmetic."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from himaya.risk import Scorer, load_lexicon
from himaya.risk.model import NONE, Prediction, TypologyModel, features, packaged_model, tokens
from himaya.text.normalize import _fold_slow, fold

DATA = Path(__file__).parent / "data"


def _texts() -> list[str]:
    paths = sorted((DATA / "eval").glob("*.jsonl")) + sorted((DATA / "risk").glob("*.jsonl"))
    return [
        json.loads(line)["text"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line
    ]


TEXTS = _texts()


def _eager(code: int) -> str:
    """What the table built up front gave for one character."""
    ch = chr(code)
    if 0x41 <= code <= 0x5A:
        return ch.lower()
    if code < 0x80 or not (0x80 <= code < 0x10000 or 0x1D400 <= code < 0x1D800 or 0x1F100 <= code < 0x1F200):
        return ch
    folded = _fold_slow(ch)
    while (again := _fold_slow(folded)) != folded:
        folded = again
    return folded


def test_lazy_fold_table_folds_every_character_as_the_eager_table() -> None:
    codes = [c for c in range(0, 0x20000, 3) if not 0xD800 <= c < 0xE000] + [0x1D400, 0x1F130, 0x1F600]
    text = "".join(map(chr, codes))
    assert fold(text) == "".join(_eager(c) for c in codes)
    assert fold(fold(text)) == fold(text)
    assert fold("Ǆ ﬁ ℌ ＡＢＣ ١٢٣ أحمد ـــ") == fold("Ǆ ﬁ ℌ ＡＢＣ ١٢٣ أحمد ـــ")  # second call: remembered entries


def test_scan_is_find_without_match_objects() -> None:
    matcher = load_lexicon().matcher
    for text in TEXTS[:400]:
        assert [(m.entry, m.start, m.end) for m in matcher.find(text)] == [
            (matcher.entries[number], start, end) for number, start, end in matcher.scan(text)
        ]


def _plain_predict(model: TypologyModel, text: str, top: int = 5) -> Prediction:
    """The model's prediction written plainly: pair strings, np.linalg.norm, a fresh array per step."""
    counts: dict[int, int] = {}
    for term in features(text):
        i = model.index.get(term)
        if i is not None:
            counts[i] = counts.get(i, 0) + 1
    logits = model.intercept.copy()
    contributions = None
    if counts:
        idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
        tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts))
        x = tf * model.idf[idx]
        x /= np.linalg.norm(x)
        contributions = model.coef[:, idx] * x
        logits += contributions.sum(axis=1)
    probs = np.exp(logits - logits.max())
    probs /= probs.sum()
    terms: dict[str, list[str]] = {}
    if contributions is not None:
        ranked = sorted(range(len(model.classes)), key=lambda k: -probs[k])
        k = next((k for k in ranked if model.classes[k] != NONE), ranked[0])
        order = np.argsort(-contributions[k])[:top]
        terms[model.classes[k]] = [model.terms[idx[j]] for j in order if contributions[k, j] > 0]
    probabilities = {c: float(p) for c, p in zip(model.classes, probs, strict=True)}
    return Prediction(probabilities, terms, sum(counts.values()))


@pytest.mark.parametrize("top", [5, 2])
def test_predict_is_bit_identical_to_the_plain_formulation(top: int) -> None:
    model = packaged_model()
    repeated = "passport passport kidney kidney kidney free visa free visa"
    for text in [*TEXTS, repeated, "", "2024 2025", "zzzz qqqq"]:
        expected = _plain_predict(model, text, top)
        assert model.predict(text, top=top) == expected
        assert model.predict(text, top=top, folded=tokens(text)) == expected


def test_pair_terms_need_their_two_words_adjacent() -> None:
    model = packaged_model()
    pair = next(term for term in model.terms if " " in term)
    first, second = pair.split(" ")
    apart = model.predict(f"{first} 1 {second}")  # numbers are left out, so the words are adjacent again
    together = model.predict(f"{first} {second}")
    assert apart == together
    split = model.predict(f"{first}. {second}")  # punctuation is not a word either
    assert split == together
    assert model.predict(f"{second} {first}") == _plain_predict(model, f"{second} {first}")


class _OwnPredict(TypologyModel):
    """A model whose predict is its own: the scorer must go through it."""

    def predict(self, text: str, top: int = 5, folded: list[str] | None = None) -> Prediction:
        return super().predict(text, top, folded)


def test_scorer_blends_a_model_with_its_own_predict_as_the_packaged_one() -> None:
    packaged = packaged_model()
    own = _OwnPredict(packaged.classes, packaged.terms, packaged.idf, packaged.coef, packaged.intercept)
    lexicon = load_lexicon()
    fast, through_predict = Scorer(lexicon), Scorer(lexicon, model=own)
    for text in TEXTS[::3]:
        assert fast.score(text, language="xx") == through_predict.score(text, language="xx")
        assert fast.score(text, folded=tokens(text)) == through_predict.score(text, folded=tokens(text))


def test_hits_are_the_scored_hits_in_text_order() -> None:
    scorer = Scorer(load_lexicon())
    for text in TEXTS[:300]:
        hits = scorer.hits(text)
        assert hits == scorer.score(text, language="xx").hits
        assert [(h.start, h.end, h.indicator) for h in hits] == sorted((h.start, h.end, h.indicator) for h in hits)
        assert all(text[h.start : h.end] == h.matched for h in hits)


def test_hits_made_without_init_are_plain_indicator_hits() -> None:
    from himaya.model import IndicatorHit
    from himaya.risk.score import _new_hit

    values = ("en.control.passport_held", "control", None, 0.5, "passport kept", 3, 16, "en", "a study")
    made, plain = _new_hit(*values), IndicatorHit(*values)
    assert type(made) is IndicatorHit
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    with pytest.raises(AttributeError):
        made.weight = 1.0  # type: ignore[misc]


def test_a_term_of_three_words_turns_the_pair_index_off() -> None:
    packaged = packaged_model()
    terms = [*packaged.terms[:-1], "free work visa"]
    model = TypologyModel(packaged.classes, terms, packaged.idf, packaged.coef, packaged.intercept)
    assert model._pairs is None
    for text in [*TEXTS[:100], "free work visa", "free visa"]:
        assert model.predict(text) == _plain_predict(model, text)
