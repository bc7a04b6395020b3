"""Third concept pass (kw3_*): self-written paraphrases of each new concept, and hard negatives that stay low."""

from __future__ import annotations

import pytest

from himaya.risk import Scorer, load_lexicon


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(load_lexicon(), model=None)  # the lexicon formula alone (the hybrid: test_risk_model.py)


@pytest.mark.parametrize(
    ("text", "typology"),
    [
        ("Need a housegirl from the village, no school needed, send something to her parents.", "domestic_servitude"),
        ("نبغيو بنت صغيرة تخدم فالدار، ماشي ضروري تقرا، نعطيو لباها كل شهر", "domestic_servitude"),
        ("شغالة للبيع، جوازها معي، بدي ١٥٠٠ دينار", "domestic_servitude"),
        ("Easy job: cloned cards, withdraw at ATMs, we hold your ID while you travel.", "forced_criminality"),
        ("Se buscan carteristas para equipo, cuota diaria, nos quedamos tu cédula.", "forced_criminality"),
        ("مطلوب شباب سحب من الصرافات بكروت جاهزة، ما في رجعة", "forced_criminality"),
        ("Muchachos para la mina de oro, el que se va antes debe los pasajes y la comida.", "forced_labour"),
        ("Forfait greffe complet avec donneur compatible, clinique à l'étranger, acompte 50%.", "organ_trafficking"),
        ("Harga vers l'Italie depuis Sfax, 4000 dinars, gilets non fournis.", "migrant_smuggling"),
        ("Carpeta menores, enlace con clave que caduca, recomendación de 2 miembros.", "child_sexual_exploitation"),
    ],
)
def test_third_pass_concepts(scorer: Scorer, text: str, typology: str) -> None:
    result = scorer.score(text)
    assert result.typology == typology, result.reasons
    assert result.risk >= 0.4, result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "سيارتي تعرضت للسرقة أمس في المول، أرجو المساعدة",
        "شقة للإيجار من غير مكتب في المعادي ٣ غرف",
        "Desert safari tour, crossing the dunes with a guide, 40 euros",
        "Kid's clothes sorted by age 2-8, pick up only.",
        "Busco niñera para ayudar en casa con mi niña de 5 años, contrato y dos días libres.",
        "Les recettes de grand-mère: la mamá de Ana cocina paella.",
    ],
)
def test_third_pass_hard_negatives(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).risk < 0.3
