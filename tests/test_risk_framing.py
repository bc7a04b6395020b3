"""Framing (posts ABOUT exploitation: warnings, news, legal notices, support) and the second concept pass."""

from __future__ import annotations

import pytest

from himaya.risk import Scorer, load_lexicon


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(load_lexicon(), model=None)  # the lexicon formula alone (the hybrid: test_risk_model.py)


# Awareness, news and legal posts written for these tests (not taken from the evaluation sets).
FRAMED = [
    "⚠️ Warning: beware of 'customer service' jobs in Laos with free flights and big salaries, these are scam"
    " compounds that hold people. Never give your passport to an employer. Helpline: help@example.org",
    "Breaking news: police dismantled a smuggling network between Turkey and Greece; the suspects charged 4000€"
    " per person and promised guaranteed arrival by boat. Investigation ongoing.",
    "Organ donation is altruistic: selling a kidney is a crime. Register as a donor and talk to your family.",
    "⚠️ CUIDADO con las ofertas de 'atención al cliente' en Camboya con vuelo gratis: son centros de estafa."
    " Si tú o alguien que conoces fue captado, llama a la línea de ayuda.",
    "Noticia: la Guardia Civil detuvo a seis personas por organizar viajes en patera a Canarias; cobraban 3000"
    " euros por persona. La investigación sigue abierta.",
    "Recuerda que la compra-venta de órganos es delito en España. Hazte donante en la ONT.",
    "ATTENTION aux annonces de « service client » au Cambodge avec billet offert : ce sont des centres"
    " d'arnaque. Ne donnez jamais votre passeport. Numéro vert gratuit et confidentiel.",
    "ACTU : la gendarmerie a démantelé un réseau de passeurs à Calais selon le parquet, passage garanti promis"
    " contre 3000€.",
    "Greffe de rein : la vente d'organes est un délit, le don d'organes est gratuit et anonyme. Devenez donneur.",
    "⚠️ تحذير: انتبهوا من إعلانات خدمة عملاء في كمبوديا بتذكرة مجانية، كثير منها مراكز احتيال. لا تسلم"
    " جوازك لأي صاحب عمل. الخط الساخن متاح.",
    "أعلنت الشرطة القبض على خمسة متهمين بتهريب مهاجرين عبر البحر إلى إيطاليا، والتحقيقات مستمرة.",
    "التبرع بالأعضاء عمل إنساني مجاني، وبيع الكلى جريمة يعاقب عليها القانون. سجل كمتبرع.",
]


@pytest.mark.parametrize("text", FRAMED, ids=lambda t: t[:30])
def test_awareness_news_and_legal_posts_score_low(scorer: Scorer, text: str) -> None:
    result = scorer.score(text)
    assert result.risk < 0.3, [h.reason() for h in result.hits]
    assert result.damping <= 0.3  # two or more distinct cues
    framing = [h for h in result.hits if h.category == "framing"]
    assert framing and all(h.weight < 0 for h in framing)  # the damping stays explained


# Real ads with one incidental framing word: the score must survive (at most the one-cue damping).
INCIDENTAL = [
    (
        "Warning: places limited! Customer service jobs in Cambodia, free flight, no experience, age 18-30,"
        " passport kept by the company. Contact now.",
        "forced_criminality",
    ),
    (
        "Report to the manager on arrival. Kidney donors wanted, cash payment 15000$, travel and surgery in our"
        " partner hospital paid, blood group O.",
        "organ_trafficking",
    ),
    (
        "¡Atención a esta oferta! Pasaje a Canarias en cayuco desde Dakhla, llegada garantizada, mitad ahora y"
        " mitad al llegar.",
        "migrant_smuggling",
    ),
    (
        "تحذير: الأماكن محدودة! مطلوب عاملات منزليات للسعودية، نقل كفالة، الكفيل يحتفظ بالجواز، بدون يوم راحة.",
        "domestic_servitude",
    ),
]


@pytest.mark.parametrize(("text", "typology"), INCIDENTAL, ids=lambda t: str(t)[:30])
def test_one_framing_word_does_not_hide_an_ad(scorer: Scorer, text: str, typology: str) -> None:
    result = scorer.score(text)
    assert result.damping >= 0.4
    assert result.risk >= 0.5, [h.reason() for h in result.hits]
    assert result.typology == typology


def test_single_weak_cue_damps_less_than_half(scorer: Scorer) -> None:
    ad = "Kidney donors wanted, cash payment 15000$, travel and surgery paid, blood group O."
    plain, reported = scorer.score(ad), scorer.score(ad + " Report to our coordinator.")
    assert reported.damping > 0.6
    assert reported.risk >= 0.8 * plain.risk


def test_repeating_one_cue_counts_once(scorer: Scorer) -> None:
    ad = "Customer service jobs in Cambodia, free flight, passport kept by the company."
    result = scorer.score("WARNING warning beware! " + ad)
    assert result.damping == pytest.approx(0.4868, abs=1e-3)


# One post per concept and language (written for these tests).
CONCEPTS = [
    (
        "Looking for kids and elderly people to beg at traffic lights, transport and food provided, they give the"
        " earnings to the boss at night.",
        "forced_criminality",
    ),
    (
        "Buscamos niños y abuelos para pedir en los semáforos, la plata se entrega al jefe a la noche.",
        "forced_criminality",
    ),
    ("On cherche des enfants pour mendier aux feux rouges, l'argent est remis au chef le soir.", "forced_criminality"),
    ("مطلوب أطفال وكبار السن للتسول في الإشارات، الفلوس تسلم للمعلم بالليل.", "forced_criminality"),
    ("cherche jeunes pour chouffer, 100€/jour, tu peux pas quitter le point, 16 ans ok.", "forced_criminality"),
    ("se buscan halcones para cuidar la plaza, pago diario, mayores de 16.", "forced_criminality"),
    (
        "Online job in Thailand, we pick you up at the airport and drive you to the office, targets: 15 new"
        " clients per day.",
        "forced_criminality",
    ),
    (
        "Fishing crew, two year contract without returning to shore, transfer at sea, pay at end of contract.",
        "forced_labour",
    ),
    ("مطلوب صيادين في أعالي البحار، عقد سنتين من غير ما ترجع البر، سلفة لأهلك تخصم من المرتب.", "forced_labour"),
    ("Brick kiln workers, advance given on joining, work until the advance is finished.", "forced_labour"),
    ("Pirogue pour les Canaries au départ de Mbour, on garantit l'arrivée, payez en 2 fois.", "migrant_smuggling"),
    ("Balkan route package: guide + car + safe houses, 50% deposit.", "migrant_smuggling"),
    (
        "Pasaportes falsos y visas Schengen, el dinero queda retenido en una casa de cambio hasta que llegues.",
        "migrant_smuggling",
    ),
    ("جوازات مزورة وفيز شنغن، المبلغ يتحط عند صراف لين توصل.", "migrant_smuggling"),
    (
        "Ofrezco señora para limpieza, viene con papeles retenidos por nosotros, precio de traspaso negociable.",
        "domestic_servitude",
    ),
    ("عايزين بنت صغيرة من الريف تساعد في البيت، المرتب بيتبعت لأهلها، ما تخرجش من البيت.", "domestic_servitude"),
    (
        "forum: the girls live there and never go out, the manager collects all the money and rotates them every"
        " 2 weeks.",
        "sexual_exploitation",
    ),
    (
        "foro: las chicas viven ahí y no salen nunca, el encargado cobra todo y las rotan cada 15 días.",
        "sexual_exploitation",
    ),
]


@pytest.mark.parametrize(("text", "typology"), CONCEPTS, ids=lambda t: str(t)[:30])
def test_second_pass_concepts(scorer: Scorer, text: str, typology: str) -> None:
    result = scorer.score(text)
    assert result.risk >= 0.4, [h.reason() for h in result.hits]
    assert result.typology == typology, result.evidence


def test_framing_category_must_be_negative(tmp_path) -> None:
    from himaya.errors import DataError

    path = tmp_path / "categories.yaml"
    path.write_text("categories:\n  - {id: framing, cap: 1.0, framing: true}\n", encoding="utf-8")
    with pytest.raises(DataError, match="framing category must be negative"):
        load_lexicon([path])
