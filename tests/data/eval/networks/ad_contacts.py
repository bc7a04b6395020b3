"""Contacts for the synthetic ads, and the many ways real ads write them.

Every contact is fictional: phones are `phonenumbers` example numbers with their last four digits varied (kept
only when the library still calls them valid), e-mail and web domains end in `.example`, wallets are invented
(syntactically valid, checksums included, so that a checksum-aware extractor is not fooled into dropping them).
A `Pool` never hands the same contact out twice, so two owners share a contact only where the generator means
them to (the NGO hotlines).
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "ar": ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
}
PLUS_WORD = {"en": "plus", "fr": "plus", "es": "más", "ar": "زائد"}
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
MAIL_DOMAINS = {
    "en": ["mail.example", "inbox.example", "post.example", "webmail.example"],
    "fr": ["courriel.example", "mail.example", "boite.example", "laposte-mail.example"],
    "es": ["correo.example", "mail.example", "buzon.example", "webmail.example"],
    "ar": ["bareed.example", "mail.example", "inbox.example", "resala.example"],
}
HANDLE_WORDS = [
    "jobs",
    "work",
    "travel",
    "agency",
    "vip",
    "official",
    "career",
    "abroad",
    "team",
    "global",
    "express",
    "group",
    "office",
    "help",
    "info",
]
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _bech32_address(program: bytes) -> str:
    """A BIP-173 P2WPKH address (bc1q...) for 20 invented bytes."""
    acc, bits, data = 0, 0, [0]
    for b in program:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _bech32_polymod([*expanded, *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def _tron_address(program: bytes) -> str:
    """A base58check TRON address (T...), the usual USDT-TRC20 wallet, for 20 invented bytes."""
    raw = b"\x41" + program
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = BASE58[r] + out
    return out


class Pool:
    """Hands out fresh contacts; remembers every one so that none is reused by accident."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _fresh(self, make: object) -> str:
        for _ in range(10000):
            value = make()  # type: ignore[operator]
            if value not in self.used:
                self.used.add(value)
                return str(value)
        raise RuntimeError("contact pool exhausted")

    def phone(self, region: str, kind: PhoneNumberType = PhoneNumberType.MOBILE) -> str:
        """A valid number of `region` in E.164, varied from the library's example number."""
        example = phonenumbers.example_number_for_type(region, kind)
        head = f"+{example.country_code}{str(example.national_number)[:-4]}"

        def make() -> str:
            while True:
                cand = f"{head}{self.rng.randrange(10000):04d}"
                if phonenumbers.is_valid_number(phonenumbers.parse(cand)):
                    return cand

        return self._fresh(make)

    def email(self, lang: str, hint: str) -> str:
        base = re.sub(r"[^a-z0-9]", "", _ascii(hint)) or "contact"
        return self._fresh(
            lambda: (
                f"{base}{self.rng.choice(['', '.', '_'])}{self.rng.choice(HANDLE_WORDS)}"
                f"{self.rng.randrange(10, 999)}@{self.rng.choice(MAIL_DOMAINS[lang])}"
            )
        )

    def handle_name(self, hint: str) -> str:
        base = re.sub(r"[^a-z0-9]", "", _ascii(hint)) or "admin"
        return self._fresh(
            lambda: self.rng.choice(
                [
                    f"{base}_{self.rng.choice(HANDLE_WORDS)}{self.rng.randrange(1, 99)}",
                    f"{self.rng.choice(HANDLE_WORDS)}_{base}",
                    f"{base}{self.rng.choice(HANDLE_WORDS)}",
                    f"{self.rng.choice(HANDLE_WORDS)}{base}{self.rng.randrange(100, 9999)}",
                ]
            )
        )

    def wallet(self) -> str:
        kind = self.rng.random()

        def make() -> str:
            program = self.rng.randbytes(20)
            if kind < 0.5:
                return _tron_address(program)
            if kind < 0.85:
                return _bech32_address(program)
            return "0x" + program.hex()

        return self._fresh(make)

    def url(self, slug: str) -> str:
        base = re.sub(r"[^a-z0-9-]", "", _ascii(slug).replace(" ", "-")) or "jobs"
        return self._fresh(
            lambda: self.rng.choice(
                [
                    f"https://{base}.example/apply",
                    f"https://www.{base}.example",
                    f"www.{base}-jobs.example",
                    f"https://{base}{self.rng.randrange(2, 99)}.example/form",
                ]
            )
        )


def _ascii(hint: str) -> str:
    """'Andrés' -> 'andres': posters drop accents in addresses and handles."""
    return unicodedata.normalize("NFKD", hint).encode("ascii", "ignore").decode().lower()


def _spell(digits: str, lang: str) -> str:
    words = DIGIT_WORDS[lang]
    return " ".join(PLUS_WORD[lang] if d == "+" else words[int(d)] for d in digits)


def write_phone(e164: str, lang: str, ad_country: str | None, rng: random.Random, indic_rate: float) -> str:
    """One way a poster writes `e164`: national forms only where the ad's country makes them unambiguous."""
    number = phonenumbers.parse(e164)
    region = phonenumbers.region_code_for_number(number)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    local = ad_country == region
    styles = [("intl", 5), ("e164", 3), ("intl_dots", 1), ("spaced", 1), ("spelled", 1)]
    if region not in ("US",):
        styles.append(("double_zero", 2))
    if local:
        styles += [("national", 8), ("national_dots", 3), ("national_dashes", 3), ("national_compact", 3)]
        if national.startswith("0"):
            styles += [("national_brackets", 1), ("intl_trunk", 1)]
    style = rng.choices([s for s, _ in styles], [w for _, w in styles])[0]
    digits_national = re.sub(r"\D", "", national)
    if style == "e164":
        text = e164
    elif style == "intl":
        text = intl
    elif style == "intl_dots":
        text = re.sub(r"[ -]", ".", intl)
    elif style == "double_zero":
        text = "00" + intl[1:]
    elif style == "intl_trunk":
        cc, rest = intl.split(" ", 1)
        text = f"{cc} (0){rest}"
    elif style == "national":
        text = national
    elif style == "national_dots":
        text = re.sub(r"[ -]", ".", national.replace("(", "").replace(")", ""))
    elif style == "national_dashes":
        text = re.sub(r"[ .]", "-", national.replace("(", "").replace(") ", "-"))
    elif style == "national_compact":
        text = digits_national
    elif style == "national_brackets":
        pieces = re.split(r"[ -]", national, maxsplit=1)
        text = f"({pieces[0]}) {pieces[1]}" if len(pieces) == 2 else national
    elif style == "spaced":
        text = " ".join(digits_national) if local else "+ " + " ".join(e164[1:])
    else:
        text = _spell(digits_national if local else e164, lang)
    if style != "spelled":
        # A self-check of the written digits: "00" is read as the international prefix, as in most countries.
        national_form = style.startswith("national") or (style == "spaced" and local)
        back = phonenumbers.parse(text, ad_country if national_form else "FR")
        assert phonenumbers.format_number(back, PhoneNumberFormat.E164) == e164, (text, e164)
        if lang == "ar" and rng.random() < indic_rate:
            text = text.translate(ARABIC_INDIC)
    return text


def write_email(email: str, rng: random.Random) -> str:
    """Mostly as is; sometimes capitalised or with the '@' spelled out, as posters do to dodge filters."""
    r = rng.random()
    if r < 0.12:
        local, domain = email.split("@")
        return f"{local.capitalize()}@{domain}"
    if r < 0.16:
        return email.replace("@", " [at] ")
    return email
