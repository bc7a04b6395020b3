"""Arabic spelled email separators, a spelled "+" after a name, and reference numbers that are not phones.

Every expected number is a ``phonenumbers`` example number with its last digits changed; every domain
is under ``.example``.
"""

from __future__ import annotations

import phonenumbers
import pytest

from himaya.selectors import extract
from himaya.selectors.phone import resolve


def found(text: str, kind: str, country: str | None = None) -> list[str]:
    return [h.value for h in extract(text, country=country) if h.type == kind]


# Arabic "at" (آت, أت, ات) and "dot" (دوت, نقطة, نقطه, بوينت), spaced, glued or bracketed.
ARABIC_EMAILS = [
    ("للتواصل nadia.work آت gulfjobs دوت example قبل الخميس", "nadia.work@gulfjobs.example"),
    ("راسلونا على khadamat_24 أت tawzif نقطة example", "khadamat_24@tawzif.example"),
    ("الإيميل sara-m ات jobs-gulf نقطه example والراتب ممتاز", "sara-m@jobs-gulf.example"),
    ("التسجيل: omar.k آت mail بوينت example", "omar.k@mail.example"),
    ("الحجز hotel.staffآتmedtripدوتexample الآن", "hotel.staff@medtrip.example"),
    ("ابعث سيرتك recruit (آت) kw-jobs (دوت) example", "recruit@kw-jobs.example"),
    ("ابعث سيرتك recruit [أت] kw-jobs [نقطة] example", "recruit@kw-jobs.example"),
]


@pytest.mark.parametrize(("text", "value"), ARABIC_EMAILS)
def test_arabic_spelled_separators(text: str, value: str) -> None:
    assert found(text, "email") == [value]
    hit = next(h for h in extract(text) if h.type == "email")
    assert hit.hidden


@pytest.mark.parametrize(
    "text",
    [
        "سيارات وشاحنات للبيع بحالة ممتازة والمعلومات عند الاتصال",  # "ات" ends words
        "info ات المعلومات دوت الموقع",  # Arabic on both sides: no address
        "hello ات world",  # no TLD
        "abc اتصل xyz دوت example",  # "ات" only begins a word
        "الموقع mirror دوت example بدون ايميل",  # a dot word but no "at"
    ],
)
def test_arabic_prose_makes_no_email(text: str) -> None:
    assert found(text, "email") == []


# A spelled "plus" and country code, the whole number in words, after a name ending like a reference
# word ("Rashid", "Hamid" end in "id"; "Bruno" in "no").
SPELLED_PLUS = [
    ("Ask for Dr. Hamid plus two zero one zero zero one two three four five nine one", "+201001234591"),
    ("Habla con Bruno más tres cuatro seis uno dos tres cuatro cinco seis siete uno", "+34612345671"),
    ("Demandez Farid plus trois trois six un deux trois quatre cinq six sept deux", "+33612345672"),
    (
        "كلم الدكتور سعيد زائد اثنان صفر واحد صفر صفر واحد اثنان ثلاثة أربعة خمسة تسعة ثلاثة",
        "+201001234593",
    ),
    ("hago factura. +tres cuatro seis uno dos 34 56 siete cinco", "+34612345675"),
]


@pytest.mark.parametrize(("text", "value"), SPELLED_PLUS)
def test_spelled_plus_after_a_name(text: str, value: str) -> None:
    assert found(text, "phone") == [value]
    assert phonenumbers.is_valid_number(phonenumbers.parse(value))


# Reference numbers, with no country for the record: none is a phone.
REFERENCES = [
    "recibo n.º 2022-000731-45 adjunto",
    "invoice no. 2021-004417-90 attached",
    "facture N° 2019-112233-08 jointe",
    "Order #5550123498 shipped today",
    "pedido 612345698 enviado",
    "numéro de commande 0612345698",
    "ref. 2015550147",
    "réf: 0612345687",
    "referencia 612345693",
    "serial number: 74001234569",
    "tracking 2015550186 delivered",
    "ticket 0650123497 closed",
    "IBAN AE07 0331 2345 6789 0123 456",
    "رقم الفاتورة ٢٠٢٢٠٩١٤٣٣٨١٥٢ مرفق",
    "فاتورة رقم INV-2022-00913 بتاريخ اليوم",
    "المرجع ٠٥٠١٢٣٤٥٩٧",
    "رقم الطلب ٠٦١٢٣٤٥٦٩٨",
    "batch 2018-5550123 expired",
]


@pytest.mark.parametrize("text", REFERENCES)
def test_reference_numbers_are_not_phones(text: str) -> None:
    assert found(text, "phone") == []


def test_long_national_number_without_country_is_not_read_abroad() -> None:
    # 12 and 14 digits, no "+"/"00", no country, no place: only valid as a foreign long national number.
    assert found("consola con garantía 2022-000731-45 incluida", "phone") == []
    assert found("للبيع مع الكرتونة ٢٠٢٢٠٩١٤٣٣٨١٥٢ موجود", "phone") == []
    assert resolve("20220914338152") is None


def test_a_year_and_hyphen_is_a_phone_in_international_form() -> None:
    assert found("WhatsApp +20 1001234 596", "phone") == ["+201001234596"]
    assert found("call 0044 7400 123491", "phone") == ["+447400123491"]


def test_phones_next_to_reference_words_are_kept() -> None:
    # The reference word ends a sentence or belongs to another word: the number is a phone.
    assert found("Pido factura. Llama al 612 34 56 94", "phone", "ES") == ["+34612345694"]
    assert found("Contact Rashid 0100 123 4597", "phone", "EG") == ["+201001234597"]
    assert found("num 06 12 34 56 95 pour réserver", "phone", "FR") == ["+33612345695"]
    assert found("للطلب اتصل ٠٦٥٠١٢٣٤٩٢", "phone", "MA") == ["+212650123492"]


# A phone's label with "No", "#" or "رقم" after it names a phone, not a reference; so does a "+" (issue 10).
PHONE_LABELS = [
    ("Tel No: +65 6123 4567", "US", "+6561234567"),
    ("Phone No. 020 7946 0958", "GB", "+442079460958"),
    ("Mobile number: 07400 123456", "GB", "+447400123456"),
    ("WhatsApp #: 0612-345678", "MA", "+212612345678"),
    ("رقم الهاتف: 0612345678", "MA", "+212612345678"),
    ("رقم الواتساب 0612345678", "MA", "+212612345678"),
]


@pytest.mark.parametrize(("text", "country", "value"), PHONE_LABELS)
def test_a_phone_label_before_no_or_number_is_a_phone(text: str, country: str, value: str) -> None:
    assert found(text, "phone", country) == [value]


@pytest.mark.parametrize(
    ("text", "country"),
    [("Order No: 020 7946 0958", "GB"), ("رقم الطلب: 0612345678", "MA"), ("Ref. 020 7946 0958", "GB")],
)
def test_a_reference_label_still_keeps_a_number_out(text: str, country: str) -> None:
    assert found(text, "phone", country) == []


def test_full_width_digits_brackets_and_spaces_are_a_phone() -> None:
    text = "お問い合わせ ＋１　（２０１）　５５５－０１２３ まで"
    assert found(text, "phone", "JP") == ["+12015550123"]
    hit = next(h for h in extract(text, country="JP") if h.type == "phone")
    assert hit.hidden and text[hit.start : hit.end].startswith("＋１")
