"""Invented contacts for the netC/netD corpora, and the many ways people write them in ads.

Phones come only from the example ranges of the `phonenumbers` library (its example number per region, with the
last digits varied and the result re-validated), so no real line is ever printed. Wallets are syntactically valid
but random. Every writer returns the text as it appears in the ad and the selector a careful reader would note.
"""

from __future__ import annotations

import hashlib
import random
import re

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DIGIT_WORDS = {
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "ar": ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
}
SPLIT_WORDS = {
    "fr": ["{a} puis {b}", "{a} ... suite {b}", "{a} (et) {b}"],
    "en": ["{a} then {b}", "first {a} rest {b}", "{a} + {b}"],
    "es": ["{a} y luego {b}", "{a} ... sigue {b}", "{a} + {b}"],
    "ar": ["{a} وبعدها {b}", "{a} ثم {b}", "{a} + {b}"],
}
PHONE_LABELS = {
    "fr": ["Tél :", "WhatsApp :", "Appelez le", "Contact :", "SMS/WhatsApp", "☎", "Infos au", "Whatsapp uniquement"],
    "en": ["Call", "WhatsApp:", "Text", "Tel:", "📞", "Call/WhatsApp", "Contact:", "Txt only"],
    "es": ["Llama al", "WhatsApp:", "Tel:", "Escribe al", "Cel:", "📲", "Info al", "Solo WhatsApp"],
    "ar": ["واتساب:", "اتصل على", "رقم:", "للتواصل:", "تليفون:", "واتس", "📞", "للاستفسار"],
}
EMAIL_LABELS = {
    "fr": ["Mail :", "E-mail :", "CV à", "Écrire à"],
    "en": ["Email:", "Mail:", "CV to", "Write to"],
    "es": ["Correo:", "Email:", "CV a", "Escribe a"],
    "ar": ["الإيميل:", "ايميل:", "البريد:", "راسلنا على"],
}
NO_CONTACT = {
    "fr": ["Contact en privé.", "Écrivez en MP.", "Infos en privé uniquement."],
    "en": ["DM for details.", "Inbox me.", "Message privately."],
    "es": ["Info por privado.", "Escríbeme al DM.", "Mándame mensaje privado."],
    "ar": ["التواصل بالخاص.", "راسلني خاص.", "المعلومات فالخاص."],
}
HANDLE_FORMS = {
    "telegram": ["Telegram @{n}", "t.me/{n}", "TG: {n}", "telegram: @{n}", "✈️ @{n}"],
    "instagram": ["IG @{n}", "insta: {n}", "Instagram: @{n}", "instagram.com/{n}"],
    "snapchat": ["Snap: {n}", "sc: {n}", "👻 {n}", "Snapchat {n}"],
    "x": ["X: @{n}", "on X @{n}", "x.com/{n}"],
    "tiktok": ["TikTok @{n}", "tiktok: {n}", "tiktok.com/@{n}"],
}
CRYPTO_FORMS = {
    "btc": ["BTC: {a}", "Bitcoin {a}", "BTC only → {a}"],
    "usdt": ["USDT (TRC20): {a}", "USDT TRC20 {a}", "TRC20: {a}"],
    "eth": ["ETH: {a}", "ERC20 {a}", "ETH/USDT ERC20: {a}"],
}
DOMAINS = ["mail.example", "inbox.example", "post.example", "correo.example", "boite.example", "webmail.example"]


class PhonePool:
    """Hands out distinct valid mobile (or toll-free) numbers varied from the library's example numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, region: str, kind: int = PhoneNumberType.MOBILE) -> PhoneNumber:
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        vary = 4 if len(nsn) > 7 else 3
        for _ in range(2000):
            tail = "".join(str(self.rng.randrange(10)) for _ in range(vary))
            num = phonenumbers.parse(f"+{example.country_code}{nsn[:-vary]}{tail}")
            e164 = e164_of(num)
            fits = phonenumbers.number_type(num) in (kind, PhoneNumberType.FIXED_LINE_OR_MOBILE)
            if e164 not in self.used and phonenumbers.is_valid_number(num) and fits:
                self.used.add(e164)
                return num
        raise RuntimeError(f"no free example number for {region}")


def e164_of(num: PhoneNumber) -> str:
    return phonenumbers.format_number(num, PhoneNumberFormat.E164)


def region_of(num: PhoneNumber) -> str:
    return phonenumbers.region_code_for_number(num) or ""


LOCAL_STYLES = {"national": 8, "compact": 6, "dots": 3, "dashes": 2, "brackets": 2, "words": 1, "mixed": 1}
INTL_STYLES = {"intl": 8, "e164": 4, "zerozero": 3, "brackets_cc": 2, "wame": 2, "spaced": 1, "split": 2}


def write_phone(num: PhoneNumber, lang: str, rng: random.Random, local_ok: bool) -> str:
    """One written form of `num`; national forms only where the reader knows the country (`local_ok`)."""
    styles = dict(INTL_STYLES)
    if local_ok:
        styles.update(LOCAL_STYLES)
    style = rng.choices(list(styles), weights=list(styles.values()))[0]
    text = _styled(num, style, lang, rng)
    if lang == "ar" and style not in ("words", "wame") and rng.random() < 0.3:
        text = text.translate(ARABIC_DIGITS)
    return text


def write_helpline(num: PhoneNumber, lang: str, rng: random.Random) -> str:
    """Helplines are printed the way their country prints them, never as a chat link."""
    text = _styled(num, rng.choice(["national", "national", "intl", "compact", "dots", "words"]), lang, rng)
    return text.translate(ARABIC_DIGITS) if lang == "ar" and rng.random() < 0.3 and text[-1].isdigit() else text


def _styled(num: PhoneNumber, style: str, lang: str, rng: random.Random) -> str:
    national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    compact = re.sub(r"\D", "", national)
    words = DIGIT_WORDS[lang]
    if style == "national":
        return national
    if style == "compact":
        return compact
    if style == "dots":
        return re.sub(r"[\s-]+", ".", national.replace("(", "").replace(")", ""))
    if style == "dashes":
        return re.sub(r"\s+", "-", national)
    if style == "brackets":
        head, tail = compact[:3], compact[3:]
        return f"({head}) {tail}"
    if style == "words":
        return " ".join(words[int(d)] for d in compact)
    if style == "mixed":
        groups = national.split(" ")
        return " ".join("-".join(words[int(d)] for d in g if d.isdigit()) if rng.random() < 0.5 else g for g in groups)
    if style == "intl":
        return intl
    if style == "e164":
        return e164_of(num)
    if style == "zerozero":
        return "00" + intl[1:]
    if style == "brackets_cc":
        code, rest = intl.split(" ", 1)
        return f"({code}) {rest}"
    if style == "wame":
        return f"wa.me/{e164_of(num)[1:]}"
    if style == "spaced":
        return " ".join(e164_of(num))
    full = e164_of(num)
    cut = rng.randrange(5, len(full) - 3)
    return rng.choice(SPLIT_WORDS[lang]).format(a=full[:cut], b=full[cut:])


def write_email(addr: str, rng: random.Random) -> str:
    user, domain = addr.split("@")
    roll = rng.random()
    if roll < 0.15:
        return f"{user.capitalize()}@{domain}"
    if roll < 0.22:
        return f"{user} [at] {domain}"
    if roll < 0.26:
        return f"{user}(at){domain.replace('.', '(dot)')}"
    return addr


def new_email(rng: random.Random, stem: str, domain: str | None = None) -> str:
    return f"{stem}{rng.choice(['', '.', '_'])}{rng.randrange(10, 999)}@{domain or rng.choice(DOMAINS)}".lower()


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def new_wallet(rng: random.Random, coin: str) -> str:
    """A random but well-formed address: bech32 P2WPKH, TRON base58check, or lower-case Ethereum hex."""
    body = bytes(rng.randrange(256) for _ in range(20))
    if coin == "btc":
        bits = int.from_bytes(body, "big")
        data = [0] + [(bits >> (5 * i)) & 31 for i in reversed(range(32))]
        hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
        mod = _polymod(hrp + data + [0] * 6) ^ 1
        check = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
        return "bc1" + "".join(BECH32[d] for d in data + check)
    if coin == "usdt":
        payload = b"\x41" + body
        raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
        n = int.from_bytes(raw, "big")
        out = ""
        while n:
            n, r = divmod(n, 58)
            out = BASE58[r] + out
        return out
    return "0x" + body.hex()


def write_contact(
    contact: tuple[str, object], lang: str, rng: random.Random, local_region: str | None, labelled: bool = True
) -> str:
    """The ad text for one contact, with a label in the ad's language."""
    kind, value = contact
    if kind == "phone":
        assert isinstance(value, PhoneNumber)
        local_ok = local_region is not None and region_of(value) == local_region
        written = write_phone(value, lang, rng, local_ok)
        label = rng.choice(PHONE_LABELS[lang])
        return written if not labelled or rng.random() < 0.15 else f"{label} {written}"
    if kind == "email":
        return f"{rng.choice(EMAIL_LABELS[lang])} {write_email(str(value), rng)}"
    if kind == "handle":
        platform, name = str(value).split(":", 1)
        return rng.choice(HANDLE_FORMS[platform]).format(n=name)
    if kind == "crypto":
        coin, addr = str(value).split(":", 1)
        return rng.choice(CRYPTO_FORMS[coin]).format(a=addr)
    return str(value)


def selector_of(contact: tuple[str, object]) -> dict[str, str]:
    kind, value = contact
    if kind == "phone":
        assert isinstance(value, PhoneNumber)
        return {"type": "phone", "value": e164_of(value)}
    if kind == "email":
        return {"type": "email", "value": str(value).lower()}
    if kind == "handle":
        platform, name = str(value).split(":", 1)
        return {"type": "handle", "value": f"{platform}:{name.lower()}"}
    if kind == "crypto":
        return {"type": "crypto", "value": str(value).split(":", 1)[1]}
    return {"type": "url", "value": str(value)}
