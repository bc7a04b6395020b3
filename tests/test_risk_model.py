"""The learned model and its blend with the lexicons."""

from __future__ import annotations

import pytest

from himaya.errors import DataError
from himaya.risk import Scorer
from himaya.risk.model import NONE, TypologyModel, features, packaged_model
from himaya.text import fold


@pytest.fixture(scope="module")
def hybrid() -> Scorer:
    return Scorer()


def test_features_are_folded_words_and_pairs() -> None:
    assert features("Free VISA, free tícket 2024") == [
        "free",
        "visa",
        "free",
        "ticket",
        "free visa",
        "visa free",
        "free ticket",
    ]


def test_packaged_model_loads_and_reproduces_its_checks() -> None:
    model = packaged_model()
    assert NONE in model.classes and len(model.classes) == 8
    prediction = model.predict("kidney donor wanted, paid in cash, travel and surgery arranged")
    assert abs(sum(prediction.probabilities.values()) - 1.0) < 1e-9
    assert max(prediction.probabilities, key=prediction.probabilities.get) == "organ_trafficking"


def test_a_model_file_that_disagrees_with_its_checks_is_refused(tmp_path) -> None:
    import json
    from importlib import resources

    data = json.loads((resources.files("himaya.risk") / "data" / "model.json").read_text(encoding="utf-8"))
    data["intercept"] = [v + 1.0 if i == 0 else v for i, v in enumerate(data["intercept"])]
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps(data))
    with pytest.raises(DataError, match="differ"):
        TypologyModel.load(bad)


@pytest.mark.parametrize(
    ("text", "typology"),
    [
        (
            "Se buscan pescadores para barco, 14 meses en alta mar sin volver a tierra, el sueldo al final.",
            "forced_labour",
        ),
        ("مطلوب متبرع بكلية، الدفع كاش، السفر والعملية علينا", "organ_trafficking"),
        (
            "Passage garanti vers l'Italie en bateau, payez la moitié maintenant, le reste à l'arrivée.",
            "migrant_smuggling",
        ),
        (
            "Customer service job in Cambodia, free flight, high salary, age 18-30, must type fast.",
            "forced_criminality",
        ),
    ],
)
def test_hybrid_finds_typology_with_a_learned_reason(hybrid: Scorer, text: str, typology: str) -> None:
    result = hybrid.score(text)
    assert result.typology == typology
    assert result.risk >= 0.5
    assert result.learned is not None and result.learned.category == "learned"
    assert all(term.split()[0] in fold(text) for term in result.learned.matched.split(", "))
    assert result.reasons[-1].startswith("model.")


@pytest.mark.parametrize(
    "text",
    [
        "Vendo bicicleta de montaña talla M, poco uso, 250 euros, Madrid.",
        "Appartement 2 pièces à louer, proche métro, 750€ charges comprises.",
        "Lost cat near the park, grey and white, reward offered.",
        "سيارة للبيع موديل 2018 بحالة ممتازة، السعر قابل للتفاوض",
    ],
)
def test_hybrid_keeps_benign_low(hybrid: Scorer, text: str) -> None:
    result = hybrid.score(text)
    assert result.risk < 0.3
    assert result.typology is None


def test_no_text_no_model_evidence(hybrid: Scorer) -> None:
    result = hybrid.score("")
    assert result.risk == 0.0 and result.typology is None and result.learned is None


def test_lexicon_only_scorer_has_no_model() -> None:
    result = Scorer(model=None).score("kidney donor wanted, paid in cash")
    assert result.model == {} and result.learned is None
