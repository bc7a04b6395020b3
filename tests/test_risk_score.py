"""Risk, typology and reasons: examples per typology and language, benign classifieds, tolerance, spans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from himaya.model import TYPOLOGIES, SelectorHit
from himaya.risk import Scorer, load_lexicon

DATA = Path(__file__).parent / "data" / "risk"


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(load_lexicon(), model=None)  # the lexicon formula alone (the hybrid: test_risk_model.py)


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


EXAMPLES = _rows("examples.jsonl")


@pytest.mark.parametrize("row", EXAMPLES, ids=lambda r: f"{r['lang']}-{r['typology']}")
def test_typology_examples(scorer: Scorer, row: dict) -> None:
    result = scorer.score(row["text"])
    assert result.typology == row["typology"]
    assert result.risk >= 0.5
    assert result.language == row["lang"]


def test_examples_cover_every_typology_in_every_language() -> None:
    covered = {(row["lang"], row["typology"]) for row in EXAMPLES}
    assert covered == {(lang, t) for lang in ("ar", "en", "es", "fr") for t in TYPOLOGIES}


BENIGN = [
    "Ford Focus 2014, 120,000 miles, full service history, MOT till March, two owners, £3,200 ono.",
    "Spacious one bedroom apartment for rent, close to shops, $950 per month, no pets.",
    "Experienced tutor offers chemistry lessons online, GCSE and A-level, homework help.",
    "Lost dog, black labrador, answers to Max, red collar, reward offered.",
    "Hiring a receptionist for our dental clinic, permanent contract, paid holidays, send your CV.",
    "Vendo Renault Clio del 2015, 110.000 km, ITV recién pasada, neumáticos nuevos.",
    "Se alquila habitación en piso compartido, 350 euros al mes, gastos incluidos.",
    "Profesor titulado da clases particulares de física y química, todos los niveles.",
    "Gato perdido en el barrio de Gracia, collar verde, se gratifica.",
    "Vends Renault Clio, 95 000 km, contrôle technique ok, très bon état.",
    "Studio meublé à louer près de la fac, 500 euros charges comprises.",
    "Cours particuliers d'anglais par professeur certifié, collège et lycée.",
    "Entreprise de transport recrute chauffeur en CDI, mutuelle, tickets restaurant.",
    "للبيع سيارة هيونداي النترا موديل 2019، ممشى 60 ألف، فحص جديد.",
    "شقة للإيجار ثلاث غرف نوم، قريبة من المسجد، عقد إيجار سنوي.",
    "مدرس خصوصي لغة عربية للمرحلة المتوسطة، دروس في المنزل.",
    "فقدت قطة رمادية في الحي، مكافأة لمن يجدها.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_benign_classifieds_score_low(scorer: Scorer, text: str) -> None:
    result = scorer.score(text)
    assert result.risk < 0.2
    assert result.typology is None


def test_heldout_auc_and_typology_accuracy(scorer: Scorer) -> None:
    rows = _rows("heldout.jsonl")
    scored = [(row, scorer.score(row["text"])) for row in rows]
    positives = [a.risk for row, a in scored if row["typology"]]
    negatives = [a.risk for row, a in scored if not row["typology"]]
    assert len(rows) >= 120 and len(negatives) >= 40
    pairs = [(p > n) + 0.5 * (p == n) for p in positives for n in negatives]
    auc = sum(pairs) / len(pairs)
    exploitation = [(row, a) for row, a in scored if row["typology"]]
    accuracy = sum(row["typology"] == a.typology for row, a in exploitation) / len(exploitation)
    assert auc >= 0.95
    assert accuracy >= 0.85


def test_reasons_carry_spans_into_the_original_text(scorer: Scorer) -> None:
    text = "  Recherche DONNEUR de REIN, rémunération en espèces — groupe sanguin O."
    result = scorer.score(text)
    assert result.hits
    for hit in result.hits:
        assert text[hit.start : hit.end] == hit.matched
        assert hit.source
        assert hit.indicator.startswith(f"{hit.language}.{hit.category}.")
    assert any(hit.matched == "DONNEUR de REIN" for hit in result.hits)
    assert all(isinstance(reason, str) for reason in result.reasons)


def test_arabic_spans_survive_diacritics_and_tatweel(scorer: Scorer) -> None:
    text = "مَطْلُوب مُتَبَرِّع بِكُلْيَة، الدفع نقـــدا"
    result = scorer.score(text)
    assert result.typology == "organ_trafficking"
    for hit in result.hits:
        assert text[hit.start : hit.end] == hit.matched


def _ids(scorer: Scorer, text: str) -> set[str]:
    return {hit.indicator for hit in scorer.score(text).hits}


def test_diacritics_and_case_are_ignored(scorer: Scorer) -> None:
    assert "es.organ_trade.kidney" in _ids(scorer, "Compro RINON")
    assert "fr.smuggling.crossing" in _ids(scorer, "TRAVERSEE GARANTIE")


def test_arabic_letter_variants_and_prefixes(scorer: Scorer) -> None:
    assert "ar.domestic_work.maid" in _ids(scorer, "مطلوب خادمه")  # teh marbuta written as heh
    assert "ar.domestic_work.maid" in _ids(scorer, "والخادمات")  # conjunction, article, plural
    assert "ar.organ_trade.kidney" in _ids(scorer, "بالكليه")
    assert "ar.smuggling.no_papers" in _ids(scorer, "بدون اوراق")  # alef without hamza


def test_plurals_and_gender(scorer: Scorer) -> None:
    assert "en.smuggling.smuggler" in _ids(scorer, "ask the smugglers")
    assert "es.scam_recruitment.scam_jobs" in _ids(scorer, "se buscan teleoperadoras")
    assert "fr.youth.youth_weak" in _ids(scorer, "jeunes")


def test_one_typo_in_long_words(scorer: Scorer) -> None:
    assert "en.document_retention.passport_retained" in _ids(scorer, "employer will keep your pasport")
    assert "en.scam_recruitment.scam_locations" in _ids(scorer, "jobs in Cambodja")
    assert "en.smuggling.smuggler" in _ids(scorer, "trusted smugler")
    assert "en.organ_trade.kidney" in _ids(scorer, "kidnay")
    assert not _ids(scorer, "kidny")  # words under six letters are matched exactly


def test_word_order_where_declared(scorer: Scorer) -> None:
    assert "en.document_retention.passport_retained" in _ids(scorer, "your passport will be kept by us")
    assert "en.organ_trade.organ_sale" in _ids(scorer, "a kidney you want to sell?")


def test_repetition_does_not_max_the_score(scorer: Scorer) -> None:
    once = scorer.score("new in town")
    many = scorer.score("new in town " * 30)
    assert many.risk == once.risk < 0.2


def test_benign_words_cannot_hide_exploitation(scorer: Scorer) -> None:
    text = "Guaranteed crossing to Italy by boat, pay half now, half on arrival, no papers needed."
    padded = text + " mileage, warranty, lost cat, tutoring, bedroom flat, permanent contract, sofa"
    plain, disguised = scorer.score(text), scorer.score(padded)
    assert disguised.risk < plain.risk
    assert disguised.risk >= 0.5
    assert disguised.typology == "migrant_smuggling"


def test_hidden_phone_is_obscured_contact(scorer: Scorer) -> None:
    text = "new girls, call four one five 555 0100"
    phone = SelectorHit("phone", "+14155550100", "four one five 555 0100", 16, 38, hidden=True)
    plain = SelectorHit("phone", "+14155550100", "4155550100", 16, 26, hidden=False)
    with_hidden = scorer.score(text, selectors=[phone])
    hits = [h for h in with_hidden.hits if h.category == "obscured_contact"]
    assert len(hits) == 1
    assert (hits[0].start, hits[0].end, hits[0].matched) == (16, 38, "four one five 555 0100")
    assert with_hidden.risk > scorer.score(text, selectors=[plain]).risk


def test_language_is_passed_through(scorer: Scorer) -> None:
    assert scorer.score("vendo sofá", language="es").language == "es"
    assert scorer.score("").language is None
    assert scorer.score("").risk == 0.0
