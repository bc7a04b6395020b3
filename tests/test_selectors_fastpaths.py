"""The faster forms of the selector regexes match exactly what their plain forms match.

Each pattern below was rewritten for speed (a leading character class, grouped alternatives, a search
limited to where a match can be); the plain form it replaced is kept here and both are run over text
built from the pieces they look for.
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from himaya.selectors import crypto, email, handle, payment, phone, web
from himaya.text import deobfuscate, numwords
from himaya.text.alternation import first_chars, grouped

PIECES = [
    *"0123456789 .-_/()+@$#:\n\t",
    "\u00a0",
    "\u2013",
    "00",
    "+33",
    "06 12 34 56 78",
    "(201) 555-0123",
    "2O1 555 Ol23",
    "l0l",
    "O",
    "o",
    "I",
    "l",
    "http://",
    "https://",
    "www.",
    "site",
    "example",
    ".com",
    ".example",
    "a-b",
    ":8080",
    "/p?q=1",
    "bc1",
    "BC1",
    "ltc1",
    "LTC1",
    "0x",
    "1A2b3C4d5E6f7G8h9J",
    "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
    "ab" * 20,
    "L",
    "M",
    "T",
    "4",
    "8",
    "at",
    " at ",
    "(at)",
    "arroba",
    "chez",
    "آت",
    "أت",
    "ا\u0653ت",
    "سيارات",
    "ig",
    "IG",
    "insta",
    "snap",
    "Snap",
    "x",
    "X",
    "tg",
    "telegram",
    "tik tok",
    "twitter/x",
    "تلغرام",
    "سناب شات",
    ":",
    "=",
    "name_1",
    "é",
    "ſ",
    "K",
    "zero",
    "five",
    "oh",
    "douze",
    "quatre-vingt",
    "cinco",
    "y",
    "et",
    "صفر",
    "وعشرون",
    "ثلاثة",
    "\u064e",
    "cash.app/$",
    "$",
    "venmo",
    "Venmo: @",
    "venmo.com/u/",
    "account.",
    "api.whatsapp.com/send?phone=",
    "paypal.me/",
    "wa.me/",
    "whatsapp.com/send?phone=",
    "tel:",
    "order",
    "ref",
    "Ref.",
    "référence",
    "factura n.º",
    "رقم الطلب",
    "الفاتورة",
    "€",
    "£",
    "usd",
    "No.",
    "#",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


PLAIN_URL = re.compile(
    r"\bhttps?://[^\s<>\"'`]+"
    r"|(?<![\w@.\-/])www\.[^\s<>\"'`]+"
    r"|(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+([a-z]{2,24})(?::\d{2,5})?(?:/[^\s<>\"'`]*)?"
    r"(?![\w@])",
    re.IGNORECASE,
)
PLAIN_CRYPTO = re.compile(
    r"(?<![0-9A-Za-z])(?:[13LMT][1-9A-HJ-NP-Za-km-z]{25,34}|[48][1-9A-HJ-NP-Za-km-z]{94}"
    r"|(?:bc|ltc|BC|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}|0x[0-9a-fA-F]{40})(?![0-9A-Za-z])"
)
PLAIN_BARE = re.compile(r"(?<![\w@.+\-/$])@(?P<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])")
PLAIN_LOOKALIKE = re.compile(r"(?<!\w)[(]?[\dOoIl](?:[ .\-/()]{0,2}[\dOoIl]){6,}(?!\w)")
PLAIN_NEAR = re.compile(r"\d[ .\-/()]{0,2}[OoIl]|[OoIl][ .\-/()]{0,2}\d")
PLAIN_AR_AT = re.compile(email._AR_AT, re.IGNORECASE)
PLAIN_PAYMENT = re.compile(
    r"(?:https?://)?(?:www\.)?cash\.app/\$(?P<ca>[A-Za-z][A-Za-z0-9_]{0,19})"
    r"|(?<![\w$])\$(?P<tag>[A-Za-z][A-Za-z0-9_]{0,19})(?![\w$])"
    r"|(?:https?://)?(?:www\.|account\.)?venmo\.com/(?:u/)?(?P<vl>[A-Za-z0-9_\-]{3,30})"
    r"|\bvenmo\s*(?:[:\-]\s*@?|@|\s+@)\s*(?P<vn>[A-Za-z0-9_\-]{3,30})"
    r"|(?:https?://)?(?:www\.)?(?:paypal\.me|paypal\.com/paypalme)/(?P<pp>[A-Za-z0-9_.\-]{2,30}[A-Za-z0-9])",
    re.IGNORECASE,
)
PLAIN_PHONE_LINK = re.compile(
    r"(?:https?://)?(?:www\.)?(?:wa\.me/|api\.whatsapp\.com/send/?\?phone=|whatsapp\.com/send/?\?phone=)"
    r"(\+?\d[\d\-]{6,16})|\btel:(\+?[\d\-. ()]{7,20}\d)",
    re.IGNORECASE,
)
PLAIN_TELEGRAM = re.compile(r"telegram|\btg\b|تلغرام|تليجرام|تيليجرام|تلجرام|télégramme", re.IGNORECASE)
_REF_WORDS = (
    r"order|ref|reference|r[ée]f[ée]rence|referencia|invoice|id|iban|account|tracking|zip|code|cp|bic|swift"
    r"|commande|pedido|factura|facture|microchip|chip|licen[cs]ia|licen[cs]e|permis|siret|nif|cif"
    r"|serial|s/n|s[ée]rie|ticket|usd|eur|mad|aed|sar|egp"
    r"|ترخيص|(?:ال)?فاتور[ةه]|(?:ال)?مرجع(?:ي)?|(?:ال)?طلب(?:ي[ةه])?|رقم الطلب"
)
_REF_NUMBER = r"number|num[ée]ro|n[úu]mero|رقم|no\.?|n\.?\s?[°º]\.?|#"
_REF_ABBREV = r"n\.?\s?[°º]|no|nr|ref|r[ée]f|inv|ser"
PLAIN_BEFORE = re.compile(
    rf"(?:[$€£¥₹#]\s*[:#.]?|(?<![^\W\d_])(?:{_REF_WORDS})(?:\s*(?:{_REF_NUMBER}))?\s*[:#]?"
    rf"|(?<![^\W\d_])(?:{_REF_ABBREV})\.?\s*[:#]?)\s*$",
    re.IGNORECASE,
)
PLAIN_LABEL = re.compile(
    rf"(?<![^\W_])(?P<label>{'|'.join(handle._LABEL_LIST)})(?P<sep>\s*[:=：\-–]\s*@?|\s+@|[ \t]+)"
    r"(?P<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])",
    re.IGNORECASE,
)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fast_patterns_match_like_plain_ones(text: str) -> None:
    assert spans(web.URL_RE, text) == spans(PLAIN_URL, text)
    assert spans(crypto.CANDIDATE_RE, text) == spans(PLAIN_CRYPTO, text)
    assert spans(handle._BARE_RE, text) == spans(PLAIN_BARE, text)
    assert spans(handle._LABEL_RE, text) == spans(PLAIN_LABEL, text)
    assert spans(deobfuscate._LOOKALIKE_RE, text) == spans(PLAIN_LOOKALIKE, text)
    assert (deobfuscate._LOOKALIKE_NEAR_RE.search(text) is None) == (PLAIN_NEAR.search(text) is None)
    assert [m.start() for m in email._CORE_AR_RE.finditer(text)] == [m.start() for m in PLAIN_AR_AT.finditer(text)]
    assert spans(payment._RE, text) == spans(PLAIN_PAYMENT, text)
    assert spans(phone._LINK_RE, text) == spans(PLAIN_PHONE_LINK, text)
    assert spans(handle._TELEGRAM_WORD_RE, text) == spans(PLAIN_TELEGRAM, text)
    for end in range(len(text) + 1):
        window = text[max(0, end - 24) : end]
        fast, plain = phone._BEFORE_RE.search(window), PLAIN_BEFORE.search(window)
        assert (fast and fast.span()) == (plain and plain.span())


@settings(max_examples=400, deadline=None)
@given(texts)
def test_phone_candidates_are_found_only_where_they_can_be(text: str) -> None:
    plain = [m.span() for m in phone.CANDIDATE_RE.finditer(text)]
    found = []
    for zone in phone._ZONE_RE.finditer(text):
        start = zone.start()
        while start > max(0, zone.start() - 5) and text[start - 1] in phone._BEFORE_ZONE:
            start -= 1
        found += [m.span() for m in phone.CANDIDATE_RE.finditer(text, start, zone.end())]
    assert found == plain


def _plain_number_words() -> re.Pattern[str]:
    latin = [numwords._latin(w) for w in sorted(numwords._WORDS, key=len, reverse=True)]
    arabic = [numwords._arabic(w) for w in sorted(numwords._AR_WORDS, key=len, reverse=True)]
    word = (
        rf"(?:(?<![^\W\d_])(?:{'|'.join(latin)})(?![^\W\d_]))"
        rf"|(?:(?<![\u0621-\u064a])و?{numwords._HARAKAT}(?:{'|'.join(arabic)})(?![\u0621-\u064a]))"
    )
    token = rf"(?:\d+|{word})"
    sep = r"(?:[ \t\u00a0\-.,/_|·•*~]+(?:(?:y|et|and|و)[ \t\u00a0\-]+)?)?"
    return re.compile(rf"{token}(?:{sep}{token})+", re.IGNORECASE)


PLAIN_RUN = _plain_number_words()


@settings(max_examples=400, deadline=None)
@given(texts)
def test_number_runs_match_like_the_plain_alternation(text: str) -> None:
    assert spans(numwords.number_run_pattern(), text) == spans(PLAIN_RUN, text)


# Pieces for each rewritten pattern, packed close together so that the forms they look for meet.
SOUPS = {
    "payment": [
        *[
            "https://",
            "www.",
            "account.",
            "venmo.com/",
            "u/",
            "cash.app/$",
            "$",
            "paypal.me/",
            "paypal.com/paypalme/",
            "venmo",
            ":",
            "@",
            "ab1",
            "usd",
            "x",
        ],
        " ",
    ],
    "link": [
        *[
            "https://",
            "www.",
            "wa.me/",
            "api.",
            "whatsapp.com/send",
            "/",
            "?phone=",
            "tel:",
            "+",
            "2015550123",
            "-",
            "x",
        ],
        " ",
    ],
    "before": [
        "order",
        "ref",
        "Ref",
        "reference",
        "référence",
        "r",
        "e",
        "f",
        "no",
        "No",
        "n",
        ".",
        "º",
        "°",
        "#",
        "nr",
        "number",
        "numéro",
        "factura",
        "الفاتورة",
        "ال",
        "فاتوره",
        "رقم",
        "الطلب",
        "طلبية",
        "$",
        "€",
        ":",
        " ",
        "  ",
        "\n",
        "x",
        "1",
        "_",
        "inv",
        "ser",
        "s/n",
        "série",
        "id",
        "Rashid",
    ],
}


def soup(name: str, count: int = 6000) -> list[str]:
    rng = random.Random(name)
    pieces = SOUPS[name]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_fast_patterns_on_dense_soups() -> None:
    for text in soup("payment"):
        assert spans(payment._RE, text) == spans(PLAIN_PAYMENT, text), text
    for text in soup("link"):
        assert spans(phone._LINK_RE, text) == spans(PLAIN_PHONE_LINK, text), text
    for text in soup("before"):
        fast, plain = phone._BEFORE_RE.search(text), PLAIN_BEFORE.search(text)
        assert (fast and fast.span()) == (plain and plain.span()), text


def test_grouped_alternation() -> None:
    assert grouped(["one", "two", "three", "ten"]) == "o(?:ne)|t(?:wo|hree|en)"
    assert first_chars(["one", "[tT]wo"]) == "[Tot]"
    # Two groups that can start with the same character: the plain alternation is kept.
    assert grouped(["[ab]x", "ay"]) == "[ab]x|ay"
    assert grouped(["\\.x", "y"]) == "\\.x|y"


def test_fold_by_replacing_is_translate() -> None:
    table, _known, folds, _wordlike = numwords._quick()
    keys = {chr(k) for k in table}
    assert not keys & {v for v in table.values() if v}  # no folded character is folded again
    text = "".join(sorted(keys)) + "ÉCOLE zéro أحد إثنان"
    for ch in set(folds.findall(text)):
        text_replaced = text.replace(ch, table[ord(ch)] or "")
        text = text_replaced
    assert text == ("".join(sorted(keys)) + "ÉCOLE zéro أحد إثنان").translate(table)
