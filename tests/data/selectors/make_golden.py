"""Write golden.jsonl: realistic synthetic ads with the selectors they must yield (type, value, hidden).

Every phone number is from phonenumbers' example ranges, every domain is .example, every crypto address
is generated here with random bytes and a correct checksum. Run: python tests/data/selectors/make_golden.py
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from pathlib import Path

import base58
from bech32 import bech32_create_checksum, bech32_hrp_expand, bech32_polymod, convertbits
from Crypto.Hash import keccak

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
rng = random.Random(20240601)


def b58(version: int) -> str:
    return base58.b58encode_check(bytes([version]) + rng.randbytes(20)).decode()


def segwit(hrp: str, version: int, size: int) -> str:
    data = [version, *convertbits(list(rng.randbytes(size)), 8, 5)]
    if version == 0:
        check = bech32_create_checksum(hrp, data)
    else:
        poly = bech32_polymod(bech32_hrp_expand(hrp) + data + [0] * 6) ^ 0x2BC830A3
        check = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + check)


def eth() -> str:
    body = rng.randbytes(20).hex()
    digest = keccak.new(digest_bits=256, data=body.encode()).hexdigest()
    return "0x" + "".join(c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(body))


def onion() -> str:
    key = rng.randbytes(32)
    check = hashlib.sha3_256(b".onion checksum" + key + b"\x03").digest()[:2]
    return base64.b32encode(key + check + b"\x03").decode().lower() + ".onion"


def monero() -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    raw = bytes([18]) + rng.randbytes(64)
    raw += keccak.new(digest_bits=256, data=raw).digest()[:4]
    out = ""
    sizes = {8: 11, 5: 7}
    for i in range(0, len(raw), 8):
        block = raw[i : i + 8]
        n = int.from_bytes(block, "big")
        chars = ""
        for _ in range(sizes[len(block)]):
            n, r = divmod(n, 58)
            chars = alphabet[r] + chars
        out += chars
    return out


BTC1, BTC3, TRX, LTC, BC1Q, BC1P, ETH, ONION, XMR = (
    b58(0),
    b58(5),
    b58(0x41),
    b58(0x30),
    segwit("bc", 0, 20),
    segwit("bc", 1, 32),
    eth(),
    onion(),
    monero(),
)
P, E, H = "phone", "email", True
C: list[tuple[dict, list]] = []


def case(text: str, expected: list, **ctx: str) -> None:
    C.append(({"text": text, **ctx}, expected))


# --- English
case("New in town. Call (201) 555-0123 anytime, rates from $200.", [(P, "+12015550123", False)])
case("Text me on +44 7400 123456 for details, age 24, 5'6", [(P, "+447400123456", False)])
case("call five five five, zero one two three, area two oh one", [], country="US")
case("Call two oh one five five five zero one two three now", [(P, "+12015550123", H)])
case("reach me: 2 0 1 5 5 5 0 1 2 4 after 6pm", [(P, "+12015550124", H)], country="US")
case("number 201.555.0125 ok", [(P, "+12015550125", False)], country="US")
case("whatsapp 2O1 555 Ol26 girls welcome to apply", [(P, "+12015550126", H)], country="US")
case("two zero one double five five zero one two seven", [(P, "+12015550127", H)], country="US")
case("Call 201 five five five 0128 today", [(P, "+12015550128", H)], country="US")
case("Email jane.doe at mail dot example for the job", [(E, "jane.doe@mail.example", H)])
case("contact: jobs(at)agency[dot]example", [(E, "jobs@agency.example", H)])
case("mail me: worker{at}site{dot}example", [(E, "worker@site.example", H)])
case("write to recruit @ agency . example please", [(E, "recruit@agency.example", H)])
case(
    "email hr@agency.example or visit agency.example/jobs",
    [(E, "hr@agency.example", False), ("url", "http://agency.example/jobs", False)],
)
case("meet me at the hotel dot com lobby at 7", [])
case("Order #123456789 shipped on 12/05/2023 at 14:30", [])
case("Price 2000000 dollars, born 1998, height 170 cm, zip 90210", [])
case("years 2019 2020 2021 were hard", [])
case("Telegram: @fast_jobs_2024", [("handle", "telegram:fast_jobs_2024", False)])
case("DM @model_agency_x on telegram for work", [("handle", "telegram:model_agency_x", False)])
case("follow @cooljobs", [("handle", "unknown:cooljobs", False)])
case("follow @cooljobs", [("handle", "instagram:cooljobs", False)], platform="instagram")
case(
    "IG: travel.jobs.ok and snap: easy_money22",
    [("handle", "instagram:travel.jobs.ok", False), ("handle", "snapchat:easy_money22", False)],
)
case(
    "join t.me/visa_help_now or https://instagram.com/work_abroad",
    [("handle", "telegram:visa_help_now", False), ("handle", "instagram:work_abroad", False)],
)
case(
    "see x.com/jobsnow and tiktok.com/@dance_jobs",
    [("handle", "x:jobsnow", False), ("handle", "tiktok:dance_jobs", False)],
)
case("whatsapp wa.me/447400123457 fast", [(P, "+447400123457", False)])
case("tap https://api.whatsapp.com/send?phone=12015550129 now", [(P, "+12015550129", False)])
case("tel:+12015550130", [(P, "+12015550130", False)])
case(
    "pay $sunnyday or venmo: @sunny-day, $250 deposit",
    [("payment", "cashapp:sunnyday", False), ("payment", "venmo:sunny-day", False)],
)
case("paypal.me/HelperFund for the ticket", [("payment", "paypal:helperfund", False)])
case(
    "Visit https://WWW.Site.Example:443/Jobs/?utm_source=fb&id=7#apply",
    [("url", "https://site.example/Jobs/?id=7", False)],
)
case("site: http://www.agency.example/", [("url", "http://agency.example", False)])
case(f"BTC: {BTC1}", [("crypto", BTC1, False)])
case(f"send to {BTC3} thanks", [("crypto", BTC3, False)])
case(f"wallet {BC1Q} only", [("crypto", BC1Q, False)])
case(f"taproot {BC1P.upper()}", [("crypto", BC1P, False)])
case(f"ETH {ETH}", [("crypto", ETH.lower(), False)])
case(f"ETH lower {ETH.lower()}", [("crypto", ETH.lower(), False)])
case(f"USDT TRC20 {TRX}", [("crypto", TRX, False)])
case(f"LTC {LTC}", [("crypto", LTC, False)])
case(f"XMR {XMR}", [("crypto", XMR, False)])
case(f"broken {BTC1[:-1]}{'2' if BTC1[-1] != '2' else '3'} wallet", [])
case(f"bad eth {ETH[:2]}{ETH[2:].swapcase()}x", [])
case(f"mirror: http://{ONION}/jobs", [("onion", ONION, False)])
case("call 2015550131 / 2015550132", [(P, "+12015550131", False), (P, "+12015550132", False)], country="US")
case("call 5️⃣5️⃣5️⃣ 0️⃣1️⃣3️⃣3️⃣ area 201", [], country="US")
case("call 2️⃣0️⃣1️⃣5️⃣5️⃣5️⃣0️⃣1️⃣3️⃣4️⃣", [(P, "+12015550134", H)], country="US")
case("call ２０１５５５０１３５ now", [(P, "+12015550135", H)], country="US")
case("call 201\u200b555\u200b0136 now", [(P, "+12015550136", H)], country="US")
case("jobs\u200b@agency.example", [(E, "jobs@agency.example", H)])
case("+1 201-555-0137 in New York", [(P, "+12015550137", False)])
case("Lagos work 0802 123 4567", [(P, "+2348021234567", False)], location="Lagos, Nigeria")
case("Manila office 0905 123 4567", [(P, "+639051234567", False)], location="Manila")
case("Bangkok 081 234 5678 thai massage training", [(P, "+66812345678", False)], country="TH")
# --- Spanish
case("Llama al 612 34 56 78, precio 50 euros", [(P, "+34612345678", False)], country="ES")
case(
    "llámame seis uno dos treinta y cuatro cincuenta y seis setenta y ocho",
    [(P, "+34612345678", H)],
    location="Madrid",
)
case(
    "whatsapp: seis, uno, dos, tres, cuatro, cinco, seis, siete, nueve",
    [(P, "+34612345679", H)],
    country="ES",
)
case("escribe a trabajo arroba empresa punto example", [(E, "trabajo@empresa.example", H)])
case("correo: ana(arroba)agencia(punto)example", [(E, "ana@agencia.example", H)])
case("Tengo 23 años, mido 1.65, cobro 100€ la hora", [])
case("contacto +34 612 34 56 80 Barcelona", [(P, "+34612345680", False)])
case(
    "insta: chicas_trabajo y telegram: @empleo_rapido",
    [("handle", "instagram:chicas_trabajo", False), ("handle", "telegram:empleo_rapido", False)],
)
case("número 6 1 2 3 4 5 6 8 1 en Sevilla", [(P, "+34612345681", H)], location="Sevilla")
case("seis doce treinta y cuatro cincuenta y seis ochenta y dos", [(P, "+34612345682", H)], country="ES")
case("llama 0034 612 34 56 83", [(P, "+34612345683", False)])
# --- French
case("Appelez le 06 12 34 56 78 à Paris, 80€ la séance", [(P, "+33612345678", False)], location="Paris")
case("zéro six douze trente-quatre cinquante-six soixante-dix-huit", [(P, "+33612345678", H)], country="FR")
case(
    "tel zero six, douze, trente quatre, cinquante six, quatre-vingt-dix-neuf",
    [(P, "+33612345699", H)],
    country="FR",
)
case("appelle 06 douze 34 cinquante-six 71", [(P, "+33612345671", H)], country="FR")
case(
    "zéro six vingt-trois quarante-cinq soixante et onze quatre-vingts",
    [(P, "+33623457180", H)],
    country="FR",
)
case("écrivez à contact arobase agence point example", [(E, "contact@agence.example", H)])
case("mail: emploi [at] agence [point] example", [(E, "emploi@agence.example", H)])
case("J'ai 25 ans, rendez-vous le 12/06/2024 à 18h30, 150 euros", [])
case("snap: belle_vie33, disponible à Lyon", [("handle", "snapchat:belle_vie33", False)])
case("06.12.34.56.72 Marseille", [(P, "+33612345672", False)], location="Marseille, France")
case("0 6 1 2 3 4 5 6 7 3 dispo", [(P, "+33612345673", H)], country="FR")
case("+33 6 12 34 56 74 (WhatsApp)", [(P, "+33612345674", False)])
# --- Arabic
case("للتواصل ٠٦٥٠١٢٣٤٥٦ الدار البيضاء", [(P, "+212650123456", H)], location="الدار البيضاء")
case("اتصل ۰۵۰۱۲۳۴۵۶۷ دبي", [(P, "+971501234567", H)], country="AE")
case("واتساب +966 51 234 5678 الرياض", [(P, "+966512345678", False)])
case("رقم صفر خمسة واحد اثنان ثلاثة اربعة خمسة ستة سبعة ثمانية", [(P, "+966512345678", H)], country="SA")
case("صِفْر سِتَّة خمسون ثلاثة وعشرون خمسة وأربعون ستة وخمسين", [(P, "+212650234556", H)], country="MA")
case("القاهرة 010 01234567 عمل في الخارج", [(P, "+201001234567", False)], location="القاهرة")
case("الاتصال ٠١٠٠١٢٣٤٥٦٧", [(P, "+201001234567", H)], country="EG")
case("البريد jobs @ agency نقطة example", [(E, "jobs@agency.example", H)])
case("تلغرام: @work_gulf", [("handle", "telegram:work_gulf", False)])
case("العمر ٢٥ سنة الراتب ٣٠٠٠ درهم من ٢٠٢٣", [])
case("صفر ستة خمسون واحد اثنان ثلاثة اربعة خمسة ستة", [(P, "+212650123456", H)], country="MA")
case("اتصل 00212 650 123 457", [(P, "+212650123457", False)])
case("أجر ممتاز، ٩٩٩ دولار، العمر ١٨-٢٥", [])


def main() -> None:
    path = Path(__file__).with_name("golden.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for record, expected in C:
            record["expected"] = [{"type": t, "value": v, "hidden": h} for t, v, h in expected]
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(len(C), "cases ->", path)


if __name__ == "__main__":
    main()
