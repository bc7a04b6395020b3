"""Places, names and the synthetic contact makers (phones, wallets, handles) for the networks3 corpora.

Phones start from phonenumbers' example number for a region and vary only the last digits (US and Canada
stay inside 555-01XX), keeping a number only if it still validates; every number is used once per run so
that no two unrelated posters share one by accident. Wallets are well-formed (bech32 and base58check
checksums are right) but drawn from the seeded generator, so they belong to nobody.
"""

from __future__ import annotations

import hashlib
import random

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

LANG_COUNTRIES: dict[str, dict[str, int]] = {
    "ar": {"MA": 3, "EG": 3, "DZ": 1, "TN": 1, "JO": 1, "LB": 1, "SA": 2, "AE": 2, "QA": 1, "KW": 1},
    "en": {"GB": 3, "US": 3, "NG": 2, "GH": 1, "IE": 1, "ZA": 1},
    "es": {"ES": 3, "MX": 3, "CO": 2, "PE": 1, "VE": 1, "GT": 1, "AR": 1},
    "fr": {"FR": 3, "BE": 2, "CH": 1, "CI": 2, "SN": 2, "CM": 1, "CA": 1},
}

# (name used in Latin-script text and the location field, name used in Arabic text)
CITIES: dict[str, list[tuple[str, str]]] = {
    "MA": [("Casablanca", "الدار البيضاء"), ("Tanger", "طنجة"), ("Marrakech", "مراكش"), ("Agadir", "أكادير")],
    "EG": [("Cairo", "القاهرة"), ("Alexandria", "الإسكندرية"), ("Giza", "الجيزة"), ("Mansoura", "المنصورة")],
    "DZ": [("Alger", "الجزائر"), ("Oran", "وهران"), ("Annaba", "عنابة")],
    "TN": [("Tunis", "تونس"), ("Sfax", "صفاقس"), ("Sousse", "سوسة")],
    "JO": [("Amman", "عمان"), ("Irbid", "إربد"), ("Zarqa", "الزرقاء")],
    "LB": [("Beirut", "بيروت"), ("Tripoli", "طرابلس"), ("Saida", "صيدا")],
    "SA": [("Riyadh", "الرياض"), ("Jeddah", "جدة"), ("Dammam", "الدمام")],
    "AE": [("Dubai", "دبي"), ("Sharjah", "الشارقة"), ("Abu Dhabi", "أبوظبي")],
    "QA": [("Doha", "الدوحة"), ("Al Wakrah", "الوكرة")],
    "KW": [("Kuwait City", "الكويت"), ("Hawalli", "حولي")],
    "GB": [("London", ""), ("Manchester", ""), ("Birmingham", ""), ("Leeds", "")],
    "US": [("Houston", ""), ("Miami", ""), ("New York", ""), ("Atlanta", "")],
    "NG": [("Lagos", ""), ("Benin City", ""), ("Abuja", "")],
    "GH": [("Accra", ""), ("Kumasi", "")],
    "IE": [("Dublin", ""), ("Cork", "")],
    "ZA": [("Johannesburg", ""), ("Durban", ""), ("Cape Town", "")],
    "ES": [("Madrid", ""), ("Barcelona", ""), ("Valencia", ""), ("Almería", "")],
    "MX": [("Tijuana", ""), ("Ciudad de México", ""), ("Monterrey", ""), ("Tapachula", "")],
    "CO": [("Bogotá", ""), ("Medellín", ""), ("Cali", "")],
    "PE": [("Lima", ""), ("Arequipa", "")],
    "VE": [("Caracas", ""), ("Maracaibo", "")],
    "GT": [("Ciudad de Guatemala", ""), ("Quetzaltenango", "")],
    "AR": [("Buenos Aires", ""), ("Córdoba", "")],
    "FR": [("Paris", ""), ("Lyon", ""), ("Marseille", ""), ("Lille", "")],
    "BE": [("Bruxelles", ""), ("Liège", ""), ("Charleroi", "")],
    "CH": [("Genève", ""), ("Lausanne", "")],
    "CI": [("Abidjan", ""), ("Bouaké", "")],
    "SN": [("Dakar", ""), ("Thiès", "")],
    "CM": [("Douala", ""), ("Yaoundé", "")],
    "CA": [("Montréal", ""), ("Québec", "")],
}

# key: (English, French, Spanish, Arabic), region of a phone used there
DEST: dict[str, tuple[tuple[str, str, str, str], str]] = {
    "dubai": (("Dubai", "Dubaï", "Dubái", "دبي"), "AE"),
    "istanbul": (("Istanbul", "Istanbul", "Estambul", "إسطنبول"), "TR"),
    "madrid": (("Madrid", "Madrid", "Madrid", "مدريد"), "ES"),
    "paris": (("Paris", "Paris", "París", "باريس"), "FR"),
    "beirut": (("Beirut", "Beyrouth", "Beirut", "بيروت"), "LB"),
    "doha": (("Doha", "Doha", "Doha", "الدوحة"), "QA"),
    "london": (("London", "Londres", "Londres", "لندن"), "GB"),
    "cyprus": (("Cyprus", "Chypre", "Chipre", "قبرص"), "CY"),
    "poland": (("Poland", "la Pologne", "Polonia", "بولندا"), "PL"),
    "croatia": (("Croatia", "la Croatie", "Croacia", "كرواتيا"), "HR"),
    "saudi": (("Saudi Arabia", "l'Arabie saoudite", "Arabia Saudí", "السعودية"), "SA"),
    "qatar": (("Qatar", "le Qatar", "Catar", "قطر"), "QA"),
    "kuwait": (("Kuwait", "le Koweït", "Kuwait", "الكويت"), "KW"),
    "huelva": (("Huelva", "Huelva", "Huelva", "هويلفا"), "ES"),
    "italy": (("Italy", "l'Italie", "Italia", "إيطاليا"), "IT"),
    "spain": (("Spain", "l'Espagne", "España", "إسبانيا"), "ES"),
    "uk": (("the UK", "l'Angleterre", "Inglaterra", "بريطانيا"), "GB"),
    "greece": (("Greece", "la Grèce", "Grecia", "اليونان"), "GR"),
    "usa": (("the USA", "les États-Unis", "Estados Unidos", "أمريكا"), "US"),
    "canada": (("Canada", "le Canada", "Canadá", "كندا"), "CA"),
    "cambodia": (("Cambodia", "le Cambodge", "Camboya", "كمبوديا"), "KH"),
    "myanmar": (("Myanmar", "la Birmanie", "Myanmar", "ميانمار"), "MM"),
    "thailand": (("Thailand", "la Thaïlande", "Tailandia", "تايلاند"), "TH"),
    "lebanon": (("Lebanon", "le Liban", "Líbano", "لبنان"), "LB"),
    "jordan": (("Jordan", "la Jordanie", "Jordania", "الأردن"), "JO"),
    "turkey": (("Turkey", "la Turquie", "Turquía", "تركيا"), "TR"),
    "india": (("India", "l'Inde", "India", "الهند"), "IN"),
    "egypt": (("Egypt", "l'Égypte", "Egipto", "مصر"), "EG"),
    "germany": (("Germany", "l'Allemagne", "Alemania", "ألمانيا"), "DE"),
    "romania": (("Romania", "la Roumanie", "Rumania", "رومانيا"), "RO"),
}
LANG_INDEX = {"en": 0, "fr": 1, "es": 2, "ar": 3}

TYPOLOGY_DEST: dict[str, list[str]] = {
    "sexual_exploitation": ["dubai", "istanbul", "madrid", "paris", "beirut", "doha", "london", "cyprus"],
    "forced_labour": ["poland", "croatia", "saudi", "qatar", "huelva", "italy", "germany", "romania"],
    "domestic_servitude": ["saudi", "kuwait", "lebanon", "qatar", "jordan", "dubai"],
    "forced_criminality": ["cambodia", "myanmar", "thailand", "dubai"],
    "migrant_smuggling": ["spain", "italy", "uk", "greece", "usa", "canada", "germany"],
    "organ_trafficking": ["turkey", "india", "egypt"],
    "child_sexual_exploitation": ["cyprus"],
}

# Latin-script first and last names per language, for accounts and usernames.
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        ["James", "Mary", "John", "Grace", "David", "Blessing", "Chidi", "Emma", "Tom", "Sarah", "Kwame", "Joy"],
        [
            "Smith",
            "Okafor",
            "Johnson",
            "Mensah",
            "Brown",
            "Adeyemi",
            "Walker",
            "Evans",
            "Osei",
            "Murphy",
            "Taylor",
            "Boateng",
            "Nwosu",
            "Kelly",
            "Owusu",
            "Clarke",
        ],
    ),
    "fr": (
        ["Julien", "Camille", "Awa", "Moussa", "Sophie", "Karim", "Nadia", "Luc", "Fatou", "Yann", "Aïcha"],
        [
            "Martin",
            "Diallo",
            "Benali",
            "Traoré",
            "Dubois",
            "Kouassi",
            "Moreau",
            "Ndiaye",
            "Lefèvre",
            "Camara",
            "Bamba",
            "Girard",
            "Sow",
            "Fofana",
            "Mercier",
            "Koné",
        ],
    ),
    "es": (
        ["María", "José", "Carmen", "Luis", "Andrea", "Carlos", "Lucía", "Diego", "Valeria", "Jorge", "Yesenia"],
        [
            "García",
            "López",
            "Rodríguez",
            "Hernández",
            "Torres",
            "Ramírez",
            "Castillo",
            "Flores",
            "Vargas",
            "Morales",
            "Ortiz",
            "Mendoza",
            "Rojas",
            "Navarro",
            "Gil",
        ],
    ),
    "ar": (
        ["Youssef", "Fatima", "Mohamed", "Khadija", "Ahmed", "Sara", "Karim", "Layla", "Omar", "Nadia", "Hamza"],
        [
            "Benali",
            "Alaoui",
            "Hassan",
            "El Masri",
            "Al Harbi",
            "Zoubi",
            "Tazi",
            "Haddad",
            "Mansour",
            "Saleh",
            "Chraibi",
            "Nasser",
            "Khalil",
            "Amrani",
            "Darwish",
            "Fathi",
        ],
    ),
}
ARABIC_NAMES = (
    ["محمد", "فاطمة", "يوسف", "خديجة", "أحمد", "سارة", "كريم", "ليلى", "عمر", "نادية", "حمزة"],
    [
        "بنعلي",
        "العلوي",
        "حسن",
        "المصري",
        "الحربي",
        "الزعبي",
        "التازي",
        "حداد",
        "منصور",
        "صالح",
        "الشرقاوي",
        "ناصر",
        "خليل",
        "العمراني",
        "درويش",
        "فتحي",
    ],
)

BRAND_PARTS: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        ["Golden", "Star", "Royal", "Blue", "Prime", "Global", "Elite", "Sunrise", "Euro", "Atlas", "Bright"],
        ["Recruitment", "Jobs", "Agency", "Services", "Travels", "Link", "Staffing", "Models", "Careers"],
    ),
    "fr": (
        ["Agence", "Cabinet", "Groupe", "Bureau", "Réseau", "Maison", "Espace"],
        ["Horizon", "Étoile", "Atlas", "Sahel", "Avenir", "Voyages Plus", "Emploi Express", "Élite", "Prestige"],
    ),
    "es": (
        ["Agencia", "Grupo", "Oficina", "Red", "Casa", "Servicios"],
        ["Horizonte", "Estrella", "Futuro", "Andino", "Sol", "Viajes Express", "Empleo Ya", "Élite", "Prestigio"],
    ),
    "ar": (
        ["مكتب", "شركة", "مؤسسة", "وكالة", "مجموعة"],
        ["النجمة", "الأمل", "الخليج", "المستقبل", "الريادة", "الأفق", "السفير", "الرؤية", "النخبة"],
    ),
}
ORG_BRANDS: dict[str, list[str]] = {
    "agency": ["Meridian Staffing", "Talentia RH", "Puente Laboral", "مكتب الثقة للتوظيف"],
    "spa": ["Harmony Physio Studio", "Institut Zen Santé", "Fisio Equilibrio", "مركز الشفاء للعلاج الطبيعي"],
    "cleaning": ["Sparkle Home Care", "Net'Services Pro", "Limpiezas Brillo", "بيت نظيف للخدمات"],
    "travel": ["Compass Travel", "Évasion Voyages", "Ruta Viajes", "رحلات المسافر"],
    "ngo": ["SafeMove Advice Centre", "Association Partir Sûr", "Red Migra Segura", "جمعية هجرة آمنة"],
    "clinic": ["St Anne's Hospital", "Hôpital Saint-Louis", "Hospital San Rafael", "مستشفى الرحمة"],
}
ORG_LANG = ["en", "fr", "es", "ar"]

NATIONALITY = {
    "en": ["Filipino", "Kenyan", "Ethiopian", "Indonesian", "Sri Lankan"],
    "fr": ["philippine", "kényane", "éthiopienne", "malgache"],
    "es": ["filipina", "keniana", "etíope", "nicaragüense"],
    "ar": ["فلبينية", "كينية", "إثيوبية", "إندونيسية", "سريلانكية"],
}
BLOOD = ["A+", "A-", "B+", "O+", "O-", "AB+"]
OUTLETS = {
    "en": ["Daily Courier", "Metro Herald", "Lagos Evening Post", "The Northern Times", "City Wire"],
    "fr": ["Le Quotidien du Nord", "L'Écho d'Abidjan", "La Voix du Sud", "Info Dakar", "Le Matin Express"],
    "es": ["El Diario del Sur", "Noticias Frontera", "La Crónica", "El Observador", "Prensa Libre Hoy"],
    "ar": ["صحيفة الخبر اليومي", "جريدة الصباح", "أخبار الساعة", "بوابة الوطن", "المساء"],
}
GENERIC_AUTHOR = {"en": "Anonymous", "fr": "Particulier", "es": "Particular", "ar": "زائر"}
EMAIL_DOMAINS = ["mailbox.example", "post.example", "correo.example", "courriel.example", "inbox.example"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def money(lang: str, value: int, unit: str = "") -> str:
    """An amount as people write it in that language (unit overrides the usual currency)."""
    if lang == "en":
        return f"${value:,}" if not unit else f"{value:,} {unit}"
    if lang == "fr":
        return f"{value:,}".replace(",", " ") + " " + (unit or "€")
    if lang == "es":
        return f"{value:,}".replace(",", ".") + " " + (unit or "€")
    return f"{value} {unit or 'دولار'}"


class PhoneBook:
    """Hands out unused, valid numbers near each region's example number."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, region: str, kind: int = PhoneNumberType.MOBILE) -> PhoneNumber:
        base = phonenumbers.example_number_for_type(region, kind)
        digits = phonenumbers.national_significant_number(base)
        for _ in range(5000):
            if region in ("US", "CA"):
                area = self.rng.choice(["201", "212", "305", "312", "415", "646", "713", "718", "917", "404"])
                if region == "CA":
                    area = self.rng.choice(["506", "514", "418", "438", "613", "416"])
                cand = f"{area}55501{self.rng.randrange(100):02d}"
            else:
                keep = len(digits) - 4 if kind == PhoneNumberType.MOBILE else len(digits) - 3
                tail = "".join(str(self.rng.randrange(10)) for _ in range(len(digits) - keep))
                cand = digits[:keep] + tail
            num = phonenumbers.parse(f"+{base.country_code}{cand}")
            e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
            if e164 in self.used or not phonenumbers.is_valid_number(num):
                continue
            if phonenumbers.region_code_for_number(num) != region:
                continue
            self.used.add(e164)
            return num
        raise RuntimeError(f"no free number for {region}")


def e164(num: PhoneNumber) -> str:
    return phonenumbers.format_number(num, PhoneNumberFormat.E164)


def _round_trips(text: str, num: PhoneNumber, region: str | None) -> bool:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return e164(parsed) == e164(num)


def render_phone(num: PhoneNumber, style: str, post_country: str | None, arabic_digits: bool) -> str:
    """Writes a number in a common local way; falls back to the international form when a reader of this
    post could not recover the number (a national form on a post from another country, say)."""
    region = phonenumbers.region_code_for_number(num)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    national_ok = post_country == region
    if style == "e164":
        text = e164(num)
    elif style == "intl_dots":
        text = "+" + intl[1:].replace(" ", ".").replace("-", ".")
    elif style == "00":
        text = "00" + intl[1:]
    elif style == "paren0" and nat.startswith("0"):
        text = f"+{num.country_code} (0){nat[1:]}"
    elif style == "nat" and national_ok:
        text = nat
    elif style == "nat_dots" and national_ok and not nat.startswith("("):
        text = nat.replace(" ", ".").replace("-", ".")
    elif style == "nat_compact" and national_ok:
        text = "".join(ch for ch in nat if ch.isdigit())
    elif style == "spaced" and national_ok:
        text = " ".join(ch for ch in nat if ch.isdigit())
    else:
        text = intl
    if not _round_trips(text, num, post_country if post_country else None):
        text = intl
    if arabic_digits:
        text = text.translate(ARABIC_DIGITS)
    return text


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def btc_address(rng: random.Random) -> str:
    """A bech32 P2WPKH address with a correct checksum over 20 random bytes."""
    prog = bytes(rng.randrange(256) for _ in range(20))
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    expand = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    poly = _bech32_polymod([*expand, *data, 0, 0, 0, 0, 0, 0]) ^ 1
    check = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + check)


def tron_address(rng: random.Random) -> str:
    """A TRON (USDT TRC20) base58check address: 0x41 prefix, 20 random bytes, double-SHA256 checksum."""
    payload = b"\x41" + bytes(rng.randrange(256) for _ in range(20))
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(payload + check, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


def eth_address(rng: random.Random) -> str:
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
