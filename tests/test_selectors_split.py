"""Phone numbers next to other numbers, underscored, with a "00" prefix or a spelled "+" country code.

Every expected number is a ``phonenumbers`` example mobile number with its last digits changed.
"""

from __future__ import annotations

import phonenumbers
import pytest

from himaya.selectors import extract


def phones(text: str, country: str | None) -> list[tuple[str, str, bool]]:
    return [(h.value, h.raw, h.hidden) for h in extract(text, country=country) if h.type == "phone"]


# (text, country, the number as written, value)
NEIGHBOURS = [
    # a price, then sentence punctuation, then the number
    ("Vends Clio 4 2019, 95 000 km, 7 200€. 06 12 34 56 21. diesel", "FR", "06 12 34 56 21", "+33612345621"),
    ("Vends vélo, 300 €. +33 6 12 34 56 47. facture", None, "+33 6 12 34 56 47", "+33612345647"),
    ("alquilo moto, 1 300€. 612 34 56 05. papeles al día", "ES", "612 34 56 05", "+34612345605"),
    ("iPhone 12, $380. 201-555-0164. no lowballers", "US", "201-555-0164", "+12015550164"),
    ("السعر ٢٠٠٠$. ٠٥٠ ١٢٣ ٤٥٢١", "AE", "٠٥٠ ١٢٣ ٤٥٢١", "+971501234521"),
    (
        "Loyer 650€. zéro six douze trente-quatre cinquante-six quarante et un",
        "FR",
        "zéro six douze trente-quatre cinquante-six quarante et un",
        "+33612345641",
    ),
    # an age
    ("Fille 22. 06 12 34 56 83, appelle-moi", "FR", "06 12 34 56 83", "+33612345683"),
    (
        "chica de 23. seis uno dos tres cuatro cinco seis cero siete",
        "ES",
        "seis uno dos tres cuatro cinco seis cero siete",
        "+34612345607",
    ),
    (
        "age twenty two. two oh one five five five zero one nine six",
        "US",
        "two oh one five five five zero one nine six",
        "+12015550196",
    ),
    ("عمرها ٣٠. ٠ ٥ ١ ٢ ٣ ٤ ٥ ٦ ٧ ٢", "SA", "٠ ٥ ١ ٢ ٣ ٤ ٥ ٦ ٧ ٢", "+966512345672"),
    (
        "العمر ٢٥. صفر ستة خمسة صفر واحد اثنين ثلاثة أربعة ستة سبعة",
        "MA",
        "صفر ستة خمسة صفر واحد اثنين ثلاثة أربعة ستة سبعة",
        "+212650123467",
    ),
    ("Appel ou SMS au 0 6 1 2 3 4 5 6 1 3 18-25 ans", "FR", "0 6 1 2 3 4 5 6 1 3", "+33612345613"),
    # a time, "24/7", a year
    ("open till 11.30. 07400 123487", "GB", "07400 123487", "+447400123487"),
    ("dispo 24/7 0.6.1.2.3.4.5.6.3.8", "FR", "0.6.1.2.3.4.5.6.3.8", "+33612345638"),
    ("disponible 24/7 6-1-2-3-4-5-6-7-3", "ES", "6-1-2-3-4-5-6-7-3", "+34612345673"),
    ("Golf 2018 06 12 34 56 29", "FR", "06 12 34 56 29", "+33612345629"),
    ("Honda Civic 2016 201 555 0147", "US", "201 555 0147", "+12015550147"),
    ("Contacto: 3-2-1-12-3-45-92 250 R$ la hora", "CO", "3-2-1-12-3-45-92", "+573211234592"),
]

UNDERSCORES = [
    ("llámame 6_1_2_3_4_5_6_1_9", "ES", "6_1_2_3_4_5_6_1_9", "+34612345619"),
    ("appelle 0_6_1_2_3_4_5_6_2_7 ce soir", "FR", "0_6_1_2_3_4_5_6_2_7", "+33612345627"),
    ("call +1_2_0_1_5_5_5_0_1_7_7 now", None, "+1_2_0_1_5_5_5_0_1_7_7", "+12015550177"),
    ("اتصل ٠_٦_٥_٠_١_٢_٣_٤_٥_٩", "MA", "٠_٦_٥_٠_١_٢_٣_٤_٥_٩", "+212650123459"),
    ("واتساب +٩_٧_١_٥_٠_١_٢_٣_٤_٥_٠_٣", None, "+٩_٧_١_٥_٠_١_٢_٣_٤_٥_٠_٣", "+971501234503"),
]

DOUBLE_ZERO = [
    ("appelez le 001 201-555-0163", "FR", "001 201-555-0163", "+12015550163"),
    ("llama al 0044 7400 123421", "ES", "0044 7400 123421", "+447400123421"),
    ("call 00 212 650 123 417", "US", "00 212 650 123 417", "+212650123417"),
    ("اتصل ٠٠٩٧١ ٥٠ ١٢٣ ٤٥٠٩", "MA", "٠٠٩٧١ ٥٠ ١٢٣ ٤٥٠٩", "+971501234509"),
    ("Prix 80€. 0033 6 12 34 56 44", "MA", "0033 6 12 34 56 44", "+33612345644"),
]

SPELLED_PLUS = [
    (
        "+tres cuatro seis uno dos tres cuatro cinco seis uno ocho",
        None,
        "+tres cuatro seis uno dos tres cuatro cinco seis uno ocho",
        "+34612345618",
    ),
    (
        "whatsapp plus trois trois six douze trente-quatre cinquante-six quatre-vingt-onze",
        "MA",
        "plus trois trois six douze trente-quatre cinquante-six quatre-vingt-onze",
        "+33612345691",
    ),
    (
        "text plus one two zero one five five five zero one three one",
        "GB",
        "plus one two zero one five five five zero one three one",
        "+12015550131",
    ),
    (
        "زائد تسعة ستة ستة خمسة واحد اثنين ثلاثة أربعة خمسة ستة ثمانية ثمانية",
        None,
        "زائد تسعة ستة ستة خمسة واحد اثنين ثلاثة أربعة خمسة ستة ثمانية ثمانية",
        "+966512345688",
    ),
    (
        "+ تسعة سبعة واحد خمسة صفر واحد اثنين ثلاثة أربعة خمسة ستة تسعة",
        None,
        "+ تسعة سبعة واحد خمسة صفر واحد اثنين ثلاثة أربعة خمسة ستة تسعة",
        "+971501234569",
    ),
]


@pytest.mark.parametrize(("text", "country", "raw", "value"), NEIGHBOURS + UNDERSCORES + DOUBLE_ZERO + SPELLED_PLUS)
def test_phone_found(text: str, country: str | None, raw: str, value: str) -> None:
    assert phonenumbers.is_valid_number(phonenumbers.parse(value))
    found = phones(text, country)
    assert [(v, r) for v, r, _ in found] == [(value, raw)]


@pytest.mark.parametrize(("text", "country", "raw", "value"), UNDERSCORES)
def test_underscored_digits_are_hidden(text: str, country: str | None, raw: str, value: str) -> None:
    assert phones(text, country) == [(value, raw, True)]


def test_two_numbers_after_a_price_are_both_found() -> None:
    found = phones("Tarif 150€. 06 12 34 56 71, 06 12 34 56 72", "FR")
    assert [v for v, _, _ in found] == ["+33612345671", "+33612345672"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Prix: 1 250 000 €. Négociable.", "FR"),
        ("Vends Peugeot 3008 2019, 61 000 km, 18 900 €.", "FR"),
        ("Precio 2.450.000 pesos, 3 años de uso", "CO"),
        ("chica 24. 1.200.000 pesos la noche", "CO"),
        ("Age 25, price 150 USD, open 24/7", "US"),
        ("Rent 1,450 USD. 2 bedrooms. 2019 2020 2021", "US"),
        ("موعد ١٢/٠٥/٢٠٢٤ الساعة ١٠:٣٠", "EG"),
        ("السعر ٥٠٠٠ درهم. العمر ٢٢. ٢٠٢٣", "MA"),
        ("bac 2022. 7 600 DZD de l'heure", None),
        ("Années 2015 2016 2017 2018 disponibles", "FR"),
        ("del 12/05/2024 al 18/05/2024, 250 €", "ES"),
        ("id_0612345638 fichier_2015_5550123", "FR"),
    ],
)
def test_numbers_that_are_not_phones(text: str, country: str | None) -> None:
    assert phones(text, country) == []


def test_twenty_four_seven_is_not_part_of_the_number() -> None:
    assert phones("dispo 24/7 06 12 34 56 52", "FR") == [("+33612345652", "06 12 34 56 52", False)]
    assert phones("open 24/7 201-555-0158", "US") == [("+12015550158", "201-555-0158", False)]


def test_a_year_then_a_number_is_only_the_number() -> None:
    assert phones("modelo 2017 612 34 56 39", "ES") == [("+34612345639", "612 34 56 39", False)]
    assert phones("موديل ٢٠١٩ ٠٦٥٠١٢٣٤٣١", "MA") == [("+212650123431", "٠٦٥٠١٢٣٤٣١", True)]
