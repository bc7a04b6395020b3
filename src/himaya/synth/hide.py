"""The ways people disguise phone numbers and emails in ads, in four languages.

``phone_forms(digits, lang)`` and ``email_forms(lang)`` name the forms a writer of that language uses;
``hide_phone`` and ``hide_email`` write a value in one named form.
"""

from __future__ import annotations

import random

from himaya.synth.contacts import pick

ZW = ("\u200b", "\u200c", "\u200d", "\u2060")

DIGIT_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "ar": ("صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"),
}
PLUS_WORD = {"en": "plus", "fr": "plus", "es": "más", "ar": "زائد"}

_EN_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_FR_UNITS = DIGIT_WORDS["fr"] + (
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
)
_FR_TENS = ("", "", "vingt", "trente", "quarante", "cinquante", "soixante")
_ES_UNITS = DIGIT_WORDS["es"] + (
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
)
_ES_20S = (
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
)
_ES_TENS = ("", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")


def number_word(n: int, lang: str) -> str:
    """0..99 in words."""
    if lang == "fr":
        if n < 20:
            return _FR_UNITS[n]
        tens, unit = divmod(n, 10)
        if n < 70:
            base = _FR_TENS[tens]
            return base if unit == 0 else base + ("-et-un" if unit == 1 else "-" + _FR_UNITS[unit])
        if n < 80:
            return "soixante-et-onze" if n == 71 else "soixante-" + _FR_UNITS[n - 60]
        if n == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + _FR_UNITS[n - 80]
    if lang == "es":
        if n < 20:
            return _ES_UNITS[n]
        if n < 30:
            return _ES_20S[n - 20]
        tens, unit = divmod(n, 10)
        return _ES_TENS[tens] + ("" if unit == 0 else " y " + _ES_UNITS[unit])
    if n < 10:
        return DIGIT_WORDS["en"][n]
    if n < 20:
        return _EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + ("" if unit == 0 else "-" + DIGIT_WORDS["en"][unit])


_TRANS = {
    "arabic_indic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
    "fullwidth": str.maketrans("0123456789+", "０１２３４５６７８９＋"),
    "letters": str.maketrans("01", "Ol"),
}

_COMMON_PHONE = ("spaced", "separators", "words", "mixed", "fullwidth", "keycap", "letters", "zero_width")


def phone_forms(lang: str) -> tuple[str, ...]:
    if lang == "ar":
        return (*_COMMON_PHONE, "arabic_indic", "arabic_indic", "persian", "arabic_indic_spaced")
    return (*_COMMON_PHONE, "pairs", "pairs")


def _digit_words(digits: str, lang: str, sep: str = " ") -> str:
    words = DIGIT_WORDS[lang]
    return sep.join(PLUS_WORD[lang] if c == "+" else words[int(c)] for c in digits)


def _pairs(digits: str, lang: str) -> str:
    out: list[str] = []
    rest = digits
    if rest.startswith("+"):
        out.append(PLUS_WORD[lang])
        rest = rest[1:]
    if rest.startswith("0"):
        out.append(DIGIT_WORDS[lang][0])
        rest = rest[1:]
        if len(rest) % 2:
            out.append(DIGIT_WORDS[lang][int(rest[0])])
            rest = rest[1:]
    elif len(rest) % 2:
        out.append(DIGIT_WORDS[lang][int(rest[0])])
        rest = rest[1:]
    for i in range(0, len(rest), 2):
        pair = rest[i : i + 2]
        if pair[0] == "0":
            out.append(DIGIT_WORDS[lang][0] + " " + DIGIT_WORDS[lang][int(pair[1])])
        else:
            out.append(number_word(int(pair), lang))
    return " ".join(out)


def _groups(digits: str, rng: random.Random) -> list[str]:
    out, i = [], 0
    while i < len(digits):
        size = rng.randint(1, 3)
        out.append(digits[i : i + size])
        i += size
    return out


def hide_phone(digits: str, formatted: str, form: str, lang: str, rng: random.Random) -> str:
    """Write ``digits`` (national digits, or "+" and the international digits) in ``form``.

    ``formatted`` is the plain formatted number the character-level forms start from.
    """
    if form == "spaced":
        return " ".join(digits)
    if form == "separators":
        return pick(rng, (".", "-", " . ", " - ", "/")).join(_groups(digits, rng))
    if form == "words":
        return _digit_words(digits, lang, pick(rng, (" ", " ", "-")) if lang == "en" else " ")
    if form == "pairs":
        return _pairs(digits, "en" if lang == "ar" else lang)
    if form == "mixed":
        parts = []
        for group in _groups(digits, rng):
            if rng.random() < 0.5 and "+" not in group:
                parts.append(group)
            else:
                parts.append(_digit_words(group, lang))
        return " ".join(parts)
    if form == "keycap":
        return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in digits)
    if form == "zero_width":
        return "".join(c + pick(rng, ZW) if c.isdigit() and rng.random() < 0.4 else c for c in formatted).rstrip(
            "".join(ZW)
        )
    if form == "arabic_indic_spaced":
        return " ".join(digits).translate(_TRANS["arabic_indic"])
    if form == "letters" and not any(c in "01" for c in formatted):
        return " ".join(digits)
    return formatted.translate(_TRANS[form])


EMAIL_WORDS = {
    "en": (("at", "dot"), ("(at)", "(dot)"), ("[at]", "[dot]")),
    "fr": (("arobase", "point"), ("(at)", "(point)"), ("[at]", "[dot]")),
    "es": (("arroba", "punto"), ("(arroba)", "(punto)"), ("[at]", "[dot]")),
    "ar": (("(at)", "(dot)"), ("[at]", "[dot]"), ("at", "dot")),
}


def email_forms(lang: str) -> tuple[str, ...]:
    return ("words", "words", "spaced", "zero_width")


def hide_email(written: str, form: str, lang: str, rng: random.Random) -> str:
    local, _, domain = written.partition("@")
    if form == "words":
        at, dot = pick(rng, EMAIL_WORDS[lang])
        return f"{local.replace('.', f' {dot} ')} {at} {domain.replace('.', f' {dot} ')}"
    if form == "spaced":
        return f"{local} @ {domain.replace('.', ' . ')}"
    chars = list(written)
    for _ in range(rng.randint(1, 3)):
        pos = rng.randint(1, len(chars) - 1)
        chars.insert(pos, pick(rng, ZW))
    return "".join(chars)
