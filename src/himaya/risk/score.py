"""Risk and typology from indicator hits, with the hits kept as reasons.

The formula (documented with the weights in docs/indicators.md):

1. Each indicator counts once however often it occurs: its weight ``w`` is taken once per distinct
   ``(category, local id)``, so the same indicator matched in two languages' lexicons also counts once.
2. Positive weights add up within a category, and each category's total is capped (``cap`` in
   ``categories.yaml``), so that many phrasings of one idea cannot dominate: ``P = sum_c min(cap_c, sum w)``.
3. Benign evidence (negative weights) adds up to ``N``, capped by the benign category's cap. It may offset
   generic evidence only: ``F`` is ``P`` computed over the specific indicators alone (``w >= SPECIFIC``), and
   ``s = max(F, P - min(N, cap_benign))``, so benign words never cancel a specific exploitation indicator.
4. Framing: cues that the text is *about* exploitation rather than an instance of it (a warning, a news or
   court report, a legal notice, victim support, blood/organ donation drives; categories with ``framing: true``)
   damp the whole evidence. Each distinct cue (local id) counts once with strength ``|w|`` (0.25 for a weak
   cue such as "report", 0.4 for "warning", 0.45-0.5 for news, police, legal and support cues, 0.6 for
   donation drives); ``f`` is their sum and ``s <- s * max(FRAMING_FLOOR, exp(-FRAMING_RATE * f))``: a weak cue
   keeps 0.64 of the evidence, one "warning" 0.49 (a trafficker's "warning: places limited" cannot hide an
   ad), two distinct cues about 0.2, and no text goes below the floor 0.1.
   The cues stay in the hits (negative weights) and the factor is ``Assessment.damping``. A positive hit lying
   wholly inside a framing cue ("never give your passport", "unpaid voluntary donation") is dropped.
5. ``risk = 1 - exp(-s)``: a noisy-OR reading of the weights (one indicator of weight 0.5 gives 0.39, three
   independent ones of 0.5 give 0.78) that stays in [0, 1).
6. Typology evidence ``E_t`` is computed as ``P`` but only over indicators of typology ``t`` (cross-cutting
   indicators, typology null, count for risk only). A typology that ``shares`` a category of generic lures
   (``typologies.yaml``) also counts that category's capped total (beyond what it already counts) once its own
   evidence reaches ``SHARE_MIN`` (0.35), so that
   "customer service job abroad, free flight" reads as scam-centre recruitment rather than forced labour.
   The typology is the ``t`` with the largest ``E_t`` (ties: ``TYPOLOGIES`` order) when ``E_t`` reaches its
   ``min_evidence`` (0.1: only negligible evidence is ignored) and ``s`` (before framing) reaches
   ``MIN_STRENGTH`` (0.25);
   otherwise None, so a record with no typology-specific evidence, or hardly any risk, keeps None.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from himaya.model import TYPOLOGIES, IndicatorHit, SelectorHit
from himaya.risk.lexicon import Entry, Lexicon, load_lexicon
from himaya.risk.model import NONE, Prediction, TypologyModel, packaged_model, tokens
from himaya.text.lang import detect

SPECIFIC = 0.4  # weight from which an indicator is specific: benign evidence cannot offset it
SHARE_MIN = 0.35  # own evidence a typology needs before the categories it shares count for it
MIN_STRENGTH = 0.25  # overall evidence s a record needs before it is given any typology
FRAMING_RATE = 1.8  # evidence is multiplied by exp(-FRAMING_RATE * f), f = summed strength of distinct cues
FRAMING_FLOOR = 0.1  # the most framing cues can damp the evidence: s is multiplied by at least this
MODEL_SHARE = 0.5  # weight of the learned model's probability in the risk (the lexicon has the rest)
MODEL_FULL_TERMS = 12  # known terms from which the model has its full share (less in shorter texts)
TYPOLOGY_MIN_RISK = 0.3  # with the model: the risk a record needs before it is given a typology
# Fee indicators right after a negation ("no placement fee", "zero recruitment fees", "sin costo", "لا رسوم")
# describe an ethical recruiter, not debt bondage: such hits are dropped.
NEGATED_CATEGORIES = frozenset({"debt_bondage"})
_LEARNED_SOURCE = "linear model trained on independently written labelled posts (docs/quality.md)"
_NEGATION = re.compile(
    r"(?:\b(?:no|zero|without|free of|sin|cero|ningún|ninguna|sans|aucun|aucune|pas de)"
    r"|(?:^|\s)(?:لا|بدون|بلا|مفيش))\W{0,3}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Assessment:
    """A record's risk (a triage aid, not evidence), its likeliest typology, and the hits behind both."""

    risk: float
    typology: str | None
    hits: list[IndicatorHit]
    language: str | None
    evidence: dict[str, float] = field(default_factory=dict)  # per typology, before thresholds
    damping: float = 1.0  # the factor framing cues (warning, news, legal notice) applied to the evidence
    model: dict[str, float] = field(default_factory=dict)  # the learned model's probabilities, if used
    learned: IndicatorHit | None = None  # the model's reason: its typology and the words behind it (whole post)

    @property
    def reasons(self) -> list[str]:
        return [hit.reason() for hit in self.hits] + ([self.learned.reason()] if self.learned else [])


# What the scorer needs of one lexicon entry, worked out once per entry rather than once per hit: the entry,
# the IndicatorHit fields it gives (indicator, category, typology, weight, language, source), whether a
# negation before it drops it, whether it is a framing cue, its ``(category, local id)`` key and |weight|.
_Info = tuple[Entry, str, str, str | None, float, str, str, bool, bool, tuple[str, str], float]
# One hit before it becomes an IndicatorHit: start, end, indicator, its place in the list (so that sorting the
# rows sorts by (start, end, indicator) and keeps ties in list order, as a stable sort does), the entry's
# _Info and the words as written.
_Row = tuple[int, int, str, int, _Info, str]


def _hit_maker() -> Callable[..., IndicatorHit]:
    """``IndicatorHit(indicator, category, typology, weight, matched, start, end, language, source)``, about
    twice as fast: its frozen dataclass ``__init__`` sets each field through ``object.__setattr__``, this sets
    the slots directly. The plain constructor whenever IndicatorHit is not the plain slotted, frozen record of
    these nine fields that this relies on."""
    names = ("indicator", "category", "typology", "weight", "matched", "start", "end", "language", "source")
    if (
        tuple(f.name for f in fields(IndicatorHit)) != names
        or hasattr(IndicatorHit, "__post_init__")
        or any(not hasattr(IndicatorHit.__dict__.get(name), "__set__") for name in names)
    ):
        return IndicatorHit
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = (IndicatorHit.__dict__[name].__set__ for name in names)
    new = object.__new__

    def make(
        indicator: str, category: str, typology: str | None, weight: float, matched: str, start: int, end: int,
        language: str, source: str,
    ) -> IndicatorHit:  # fmt: skip
        hit = new(IndicatorHit)
        s0(hit, indicator)
        s1(hit, category)
        s2(hit, typology)
        s3(hit, weight)
        s4(hit, matched)
        s5(hit, start)
        s6(hit, end)
        s7(hit, language)
        s8(hit, source)
        return hit

    return make


_new_hit = _hit_maker()


def _local_key(entry: Entry) -> tuple[str, str]:
    return entry.category, entry.id.rsplit(".", 1)[-1]


class Scorer:
    """Scores texts against a lexicon; holds no per-record state, so one scorer serves a whole batch."""

    def __init__(self, lexicon: Lexicon | None = None, model: TypologyModel | bool | None = True) -> None:
        """``model``: True for the packaged learned model, a ``TypologyModel``, or None/False for lexicons only."""
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.model = packaged_model() if model is True else (model or None)
        self._hidden_phone = self.lexicon.by_selector("phone_hidden")
        negative = [c.cap for c in self.lexicon.categories.values() if c.negative and not c.framing]
        self._negative_cap = min(negative) if negative else 0.0
        self._framing = frozenset(c.id for c in self.lexicon.categories.values() if c.framing)
        self._caps = {c.id: c.cap for c in self.lexicon.categories.values()}
        self._shares = {t.id: t.shares for t in self.lexicon.typologies.values()}
        self._hidden_info = [self._info(entry) for entry in self._hidden_phone]
        self._infos: tuple[Any, list[_Info]] = (None, [])  # (matcher, _Info per matcher entry), on first use

    def _info(self, entry: Entry) -> _Info:
        return (
            entry, entry.id, entry.category, entry.typology, entry.weight, entry.language, entry.source,
            entry.category in NEGATED_CATEGORIES, entry.category in self._framing, _local_key(entry),
            abs(entry.weight),
        )  # fmt: skip

    def _rows(self, text: str, selectors: Sequence[SelectorHit]) -> list[_Row]:
        """``hits`` before they become IndicatorHits."""
        matcher = self.lexicon.matcher
        if self._infos[0] is not matcher:
            self._infos = (matcher, [self._info(entry) for entry in matcher.entries])
        infos = self._infos[1]
        rows: list[_Row] = []
        for number, start, end in matcher.scan(text):
            info = infos[number]
            if info[7] and _NEGATION.search(text[max(0, start - 16) : start]):
                continue
            rows.append((start, end, info[1], len(rows), info, text[start:end]))
        if self._hidden_info:
            for s in selectors:
                if s.type == "phone" and s.hidden:  # the first hidden phone number only
                    base = len(rows)
                    rows.extend(
                        (s.start, s.end, info[1], base + k, info, s.raw) for k, info in enumerate(self._hidden_info)
                    )
                    break
        framing = [(row[0], row[1]) for row in rows if row[4][8]]
        if framing:  # "never give your passport", "selling organs is a crime": the cue, not the indicator
            rows = [row for row in rows if row[4][4] < 0 or not any(a <= row[0] and row[1] <= b for a, b in framing)]
        rows.sort()
        return rows

    def hits(self, text: str, selectors: Sequence[SelectorHit] = ()) -> list[IndicatorHit]:
        """Every indicator occurrence in ``text`` (and its selectors), in text order."""
        return [
            _new_hit(info[1], info[2], info[3], info[4], matched, start, end, info[5], info[6])
            for start, end, _, _, info, matched in self._rows(text, selectors)
        ]

    def _combine(self, rows: Sequence[_Row]) -> tuple[float, float, dict[str, float]]:
        """Evidence ``s`` before framing, the framing factor, and per-typology evidence."""
        strongest: dict[tuple[str, str], _Info] = {}
        for row in rows:
            info = row[4]
            key = info[9]
            kept = strongest.get(key)
            if kept is None or info[10] > kept[10]:
                strongest[key] = info
        by_category: dict[str, float] = {}
        specific: dict[str, float] = {}
        by_typology: dict[tuple[str, str], float] = {}
        negative = framing = 0.0
        for info in strongest.values():
            weight = info[4]
            if info[8]:
                framing -= weight
                continue
            if weight < 0:
                negative -= weight
                continue
            category = info[2]
            by_category[category] = by_category.get(category, 0.0) + weight
            if weight >= SPECIFIC:
                specific[category] = specific.get(category, 0.0) + weight
            if info[3]:
                key2 = (info[3], category)
                by_typology[key2] = by_typology.get(key2, 0.0) + weight
        caps = self._caps
        positive = sum(min(caps[c], total) for c, total in by_category.items())
        floor = sum(min(caps[c], total) for c, total in specific.items())
        strength = max(floor, positive - min(negative, self._negative_cap))
        evidence: dict[str, float] = {}
        for (typology, category), total in by_typology.items():
            evidence[typology] = evidence.get(typology, 0.0) + min(caps[category], total)
        for typology, own in list(evidence.items()):
            shares = self._shares.get(typology)
            if shares is None or own < SHARE_MIN:
                continue
            for category in shares:
                if category in by_category:
                    mine = min(caps[category], by_typology.get((typology, category), 0.0))
                    evidence[typology] += min(caps[category], by_category[category]) - mine
        damping = max(FRAMING_FLOOR, math.exp(-FRAMING_RATE * framing)) if framing else 1.0
        return strength, damping, evidence

    def score(
        self,
        text: str,
        *,
        selectors: Sequence[SelectorHit] = (),
        language: str | None = None,
        folded: list[str] | None = None,
    ) -> Assessment:
        """Assess one text; ``selectors`` are its selector hits (a hidden phone number is evidence)."""
        rows = self._rows(text, selectors)
        hits = [
            _new_hit(info[1], info[2], info[3], info[4], matched, start, end, info[5], info[6])
            for start, end, _, _, info, matched in rows
        ]
        strength, damping, evidence = self._combine(rows)
        lexicon_risk = 1.0 - math.exp(-strength * damping)
        rounded = {t: round(v, 4) for t, v in sorted(evidence.items())} if evidence else {}
        language = language or detect(text)
        if self.model is None:
            typology = None
            if evidence and strength >= MIN_STRENGTH:
                best = max(evidence, key=lambda t: (evidence[t], -TYPOLOGIES.index(t)))
                info = self.lexicon.typologies.get(best)
                if evidence[best] >= (info.min_evidence if info else 0.1):
                    typology = best
            return Assessment(round(lexicon_risk, 4), typology, hits, language, rounded, round(damping, 4))
        return self._with_model(text, hits, lexicon_risk, strength, damping, evidence, rounded, language, folded)

    def _with_model(
        self, text: str, hits: list[IndicatorHit], lexicon_risk: float, strength: float, damping: float,
        evidence: dict[str, float], rounded: dict[str, float], language: str | None, folded: list[str] | None,
    ) -> Assessment:  # fmt: skip
        """risk = share of the model's exploitation probability + the rest of the lexicon risk; typology =
        the class with the largest model probability plus lexicon share of evidence, once risk is high enough."""
        model = self.model
        assert model is not None
        if type(model).predict is not TypologyModel.predict:  # a model of its own: through its predict
            return self._with_prediction(text, hits, lexicon_risk, strength, damping, evidence, rounded, language,
                                         model.predict(text, folded=folded))  # fmt: skip
        values, known, contributions, idx = model.probabilities(tokens(text) if folded is None else folded)
        probs = dict(zip(model.classes, values, strict=True))
        share = MODEL_SHARE * min(1.0, known / MODEL_FULL_TERMS)
        exploitation = 1.0 - probs.get(NONE, 0.0)  # Prediction.exploitation
        risk = share * exploitation + (1.0 - share) * lexicon_risk
        typology = self._typology(risk, share, probs, evidence, strength)
        learned = None
        if share and exploitation >= 0.5 and contributions is not None:
            # the likeliest typology and the words behind it (Prediction.terms names the same class)
            k = model.likeliest(values)
            terms = model.explain(contributions, idx, k)
            if terms:
                best = model.classes[k]
                learned = _new_hit(
                    f"model.{best}", "learned", best, round(probs[best], 2), ", ".join(terms), 0, len(text),
                    language or "", _LEARNED_SOURCE,
                )  # fmt: skip
        return Assessment(
            round(risk, 4), typology, hits, language, rounded, round(damping, 4),
            {c: round(p, 4) for c, p in probs.items()}, learned,
        )  # fmt: skip

    def _typology(
        self, risk: float, share: float, probs: dict[str, float], evidence: dict[str, float], strength: float
    ) -> str | None:
        """With the model: the class with the largest model probability plus lexicon share of evidence, once
        the risk is high enough."""
        if risk < TYPOLOGY_MIN_RISK:
            return None
        total = sum(evidence.values()) if strength >= MIN_STRENGTH else 0.0
        ratio = share / MODEL_SHARE
        if total:
            combined = {t: ratio * probs.get(t, 0.0) + evidence.get(t, 0.0) / total for t in TYPOLOGIES}
        else:  # x + 0.0 is x for these non-negative numbers
            combined = {t: ratio * probs.get(t, 0.0) for t in TYPOLOGIES}
        # the first largest in TYPOLOGIES order, as max by (value, -TYPOLOGIES.index) picks it
        best = max(combined, key=combined.__getitem__)
        return best if combined[best] > 0 else None

    def _with_prediction(
        self, text: str, hits: list[IndicatorHit], lexicon_risk: float, strength: float, damping: float,
        evidence: dict[str, float], rounded: dict[str, float], language: str | None, prediction: Prediction,
    ) -> Assessment:  # fmt: skip
        """``_with_model`` from a ``Prediction``."""
        probs = prediction.probabilities
        share = MODEL_SHARE * min(1.0, prediction.known / MODEL_FULL_TERMS)
        risk = share * prediction.exploitation + (1.0 - share) * lexicon_risk
        typology = self._typology(risk, share, probs, evidence, strength)
        learned = None
        best = max((c for c in probs if c != NONE), key=lambda c: probs[c])
        if share and prediction.exploitation >= 0.5 and prediction.terms.get(best):
            learned = IndicatorHit(
                indicator=f"model.{best}", category="learned", typology=best, weight=round(probs[best], 2),
                matched=", ".join(prediction.terms[best]), start=0, end=len(text), language=language or "",
                source=_LEARNED_SOURCE,
            )  # fmt: skip
        return Assessment(
            round(risk, 4), typology, hits, language, rounded, round(damping, 4),
            {c: round(p, 4) for c, p in probs.items()}, learned,
        )  # fmt: skip
