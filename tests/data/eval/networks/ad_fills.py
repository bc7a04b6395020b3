"""Fills for the ad templates: names, places, money, and the words posters put around their contacts.

Kept apart from the generator so that the vocabularies can be read (and corrected) without reading code.
All names are common first names or invented company names; no real person or business is meant.
"""

from __future__ import annotations

import random

LANGS = ("ar", "en", "es", "fr")

COUNTRIES = {
    "ar": ["MA", "DZ", "TN", "EG", "SA", "AE", "JO", "LB"],
    "en": ["GB", "US", "NG", "PH", "KE", "GH", "IE"],
    "es": ["ES", "MX", "CO", "PE", "VE"],
    "fr": ["FR", "BE", "CH", "SN", "CM"],
}

CITIES = {
    "MA": ["Casablanca", "Tanger", "Fès", "Marrakech", "Agadir", "Oujda"],
    "DZ": ["Alger", "Oran", "Annaba", "Sétif"],
    "TN": ["Tunis", "Sfax", "Sousse"],
    "EG": ["Cairo", "Alexandria", "Giza", "Mansoura"],
    "SA": ["Riyadh", "Jeddah", "Dammam"],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah"],
    "JO": ["Amman", "Irbid", "Zarqa"],
    "LB": ["Beirut", "Tripoli", "Saida"],
    "GB": ["London", "Manchester", "Birmingham", "Leeds", "Glasgow"],
    "US": ["Houston", "Newark", "Miami", "Chicago", "Phoenix"],
    "NG": ["Lagos", "Benin City", "Abuja", "Port Harcourt"],
    "PH": ["Manila", "Cebu", "Davao"],
    "KE": ["Nairobi", "Mombasa", "Kisumu"],
    "GH": ["Accra", "Kumasi", "Tamale"],
    "IE": ["Dublin", "Cork", "Galway"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Almería", "Murcia"],
    "MX": ["Ciudad de México", "Guadalajara", "Tijuana", "Monterrey", "Puebla"],
    "CO": ["Bogotá", "Medellín", "Cali", "Cúcuta"],
    "PE": ["Lima", "Arequipa", "Trujillo"],
    "VE": ["Caracas", "Maracaibo", "Valencia"],
    "FR": ["Paris", "Lyon", "Marseille", "Lille", "Toulouse", "Nice"],
    "BE": ["Bruxelles", "Liège", "Charleroi"],
    "CH": ["Genève", "Lausanne", "Fribourg"],
    "SN": ["Dakar", "Thiès", "Saint-Louis"],
    "CM": ["Douala", "Yaoundé", "Bafoussam"],
}

NAMES = {
    "ar": [
        "Karim",
        "Youssef",
        "Samira",
        "Nadia",
        "Hamza",
        "Leila",
        "Omar",
        "Amina",
        "Rachid",
        "Salma",
        "Tarek",
        "Hind",
        "Mourad",
        "Yasmine",
        "Bilal",
        "Khadija",
    ],
    "en": [
        "Grace",
        "Daniel",
        "Joy",
        "Michael",
        "Precious",
        "James",
        "Mary",
        "Kelvin",
        "Faith",
        "John",
        "Rose",
        "Peter",
        "Blessing",
        "Mark",
        "Janet",
        "Victor",
    ],
    "es": [
        "Carlos",
        "María",
        "José",
        "Lucía",
        "Andrés",
        "Paola",
        "Luis",
        "Carmen",
        "Jorge",
        "Daniela",
        "Miguel",
        "Rosa",
        "Diego",
        "Valentina",
        "Hugo",
        "Sofía",
    ],
    "fr": [
        "Sophie",
        "Karim",
        "Julien",
        "Fatou",
        "Marc",
        "Aïcha",
        "Thomas",
        "Mariam",
        "Nicolas",
        "Awa",
        "Pierre",
        "Chantal",
        "Moussa",
        "Élodie",
        "Ibrahima",
        "Claire",
    ],
}
# The same names written in Arabic script for the Arabic ads, index for index with NAMES["ar"].
NAMES_AR_SCRIPT = [
    "كريم",
    "يوسف",
    "سميرة",
    "نادية",
    "حمزة",
    "ليلى",
    "عمر",
    "أمينة",
    "رشيد",
    "سلمى",
    "طارق",
    "هند",
    "مراد",
    "ياسمين",
    "بلال",
    "خديجة",
]

COMPANY_A = [
    "Golden",
    "Bright",
    "Star",
    "Pacific",
    "Royal",
    "Atlas",
    "Nova",
    "Crown",
    "Blue Sky",
    "Unity",
    "Prime",
    "Silver",
    "Horizon",
    "Eagle",
    "Oasis",
    "Delta",
]
COMPANY_B = [
    "Services",
    "Manpower",
    "Group",
    "Consulting",
    "International",
    "Travel",
    "Solutions",
    "Partners",
    "Bridge",
    "Link",
    "Careers",
    "Placement",
]
AGENCY_A = [
    "Northwind",
    "Meridian",
    "Cedar",
    "Harbour",
    "Keystone",
    "Lumen",
    "Sterling",
    "Orchard",
    "Summit",
    "Tandem",
    "Clearwater",
    "Beacon",
]
AGENCY_B = ["Staffing", "Recruitment", "Interim", "Talent", "Jobs", "Work"]

# Where the exploitative offers say the work (or the trip) is, by typology; names localised per language.
DESTS = {
    "forced_criminality": ["KH", "MM", "LA", "TH", "AE"],
    "sexual_exploitation": ["AE", "TR", "FR", "ES", "IT", "LB", "CY"],
    "forced_labour": ["IT", "ES", "PL", "SA", "QA", "CA"],
    "domestic_servitude": ["SA", "AE", "KW", "QA", "LB", "FR"],
    "organ_trafficking": ["TR", "EG", "IN", "CN"],
    "migrant_smuggling": ["IT", "ES", "FR", "DE", "GB"],
    "child_sexual_exploitation": ["XX"],
}
DEST_NAMES = {
    "en": {
        "KH": "Cambodia",
        "MM": "Myanmar",
        "LA": "Laos",
        "TH": "Thailand",
        "AE": "Dubai",
        "TR": "Istanbul",
        "FR": "France",
        "ES": "Spain",
        "IT": "Italy",
        "LB": "Beirut",
        "CY": "Cyprus",
        "PL": "Poland",
        "SA": "Saudi Arabia",
        "QA": "Qatar",
        "CA": "Canada",
        "KW": "Kuwait",
        "EG": "Cairo",
        "IN": "India",
        "CN": "China",
        "DE": "Germany",
        "GB": "the UK",
        "XX": "-",
    },
    "fr": {
        "KH": "Cambodge",
        "MM": "Birmanie",
        "LA": "Laos",
        "TH": "Thaïlande",
        "AE": "Dubaï",
        "TR": "Istanbul",
        "FR": "France",
        "ES": "Espagne",
        "IT": "Italie",
        "LB": "Beyrouth",
        "CY": "Chypre",
        "PL": "Pologne",
        "SA": "Arabie saoudite",
        "QA": "Qatar",
        "CA": "Canada",
        "KW": "Koweït",
        "EG": "Le Caire",
        "IN": "Inde",
        "CN": "Chine",
        "DE": "Allemagne",
        "GB": "Angleterre",
        "XX": "-",
    },
    "es": {
        "KH": "Camboya",
        "MM": "Myanmar",
        "LA": "Laos",
        "TH": "Tailandia",
        "AE": "Dubái",
        "TR": "Estambul",
        "FR": "Francia",
        "ES": "España",
        "IT": "Italia",
        "LB": "Beirut",
        "CY": "Chipre",
        "PL": "Polonia",
        "SA": "Arabia Saudita",
        "QA": "Catar",
        "CA": "Canadá",
        "KW": "Kuwait",
        "EG": "El Cairo",
        "IN": "India",
        "CN": "China",
        "DE": "Alemania",
        "GB": "Inglaterra",
        "XX": "-",
    },
    "ar": {
        "KH": "كمبوديا",
        "MM": "ميانمار",
        "LA": "لاوس",
        "TH": "تايلاند",
        "AE": "دبي",
        "TR": "إسطنبول",
        "FR": "فرنسا",
        "ES": "إسبانيا",
        "IT": "إيطاليا",
        "LB": "بيروت",
        "CY": "قبرص",
        "PL": "بولندا",
        "SA": "السعودية",
        "QA": "قطر",
        "CA": "كندا",
        "KW": "الكويت",
        "EG": "القاهرة",
        "IN": "الهند",
        "CN": "الصين",
        "DE": "ألمانيا",
        "GB": "بريطانيا",
        "XX": "-",
    },
}

# Monthly pay (or price, for fees) in US dollars, by kind of ad: (low, high).
PAY_USD = {
    "forced_criminality": (1200, 3500),
    "sexual_exploitation": (2000, 6000),
    "forced_labour": (800, 1800),
    "domestic_servitude": (300, 800),
    "organ_trafficking": (5000, 30000),
    "migrant_smuggling": (1500, 4000),
    "child_sexual_exploitation": (50, 300),
    "benign_job": (1200, 3000),
    "benign_rental": (450, 1400),
    "benign_service": (30, 90),
    "benign_agency": (1300, 2600),
}
FEE_USD = {
    "forced_labour": (300, 1500),
    "domestic_servitude": (200, 900),
    "migrant_smuggling": (2000, 8000),
    "organ_trafficking": (500, 2000),
    "forced_criminality": (2000, 5000),
    "child_sexual_exploitation": (50, 300),
}
EURO_DESTS = {"FR", "ES", "IT", "PL", "DE", "CY"}
# Local money for benign ads: (unit, units per US dollar, local pay level as a share of US pay).
LOCAL_MONEY = {
    "MA": ("درهم", 10, 0.2),
    "DZ": ("دينار", 135, 0.15),
    "TN": ("دينار", 3, 0.15),
    "EG": ("جنيه", 48, 0.1),
    "SA": ("ريال", 3.75, 0.6),
    "AE": ("درهم", 3.67, 0.8),
    "JO": ("دينار", 0.71, 0.25),
    "LB": ("دولار", 1, 0.2),
    "GB": ("£", 0.8, 0.85),
    "US": ("$", 1, 1.0),
    "NG": ("₦", 1500, 0.1),
    "PH": ("₱", 57, 0.15),
    "KE": ("KSh", 130, 0.12),
    "GH": ("GH₵", 15, 0.12),
    "IE": ("€", 0.92, 0.9),
    "ES": ("€", 0.92, 0.6),
    "MX": ("pesos", 18, 0.25),
    "CO": ("pesos", 4000, 0.2),
    "PE": ("soles", 3.7, 0.2),
    "VE": ("USD", 1, 0.1),
    "FR": ("€", 0.92, 0.75),
    "BE": ("€", 0.92, 0.8),
    "CH": ("CHF", 0.9, 1.3),
    "SN": ("FCFA", 600, 0.12),
    "CM": ("FCFA", 600, 0.12),
}
PREFIX_UNITS = {"$", "£", "€", "₦", "₱"}


def money(usd: float, unit: str, rate: float, lang: str) -> str:
    """An amount as a poster of `lang` writes it: '$2,400', '2 400 €', '2.400 €', '2400 درهم'."""
    amount = int(round(usd * rate, -2 if usd * rate >= 1000 else -1)) or 10
    if lang == "en":
        num = f"{amount:,}"
        return f"{unit}{num}" if unit in PREFIX_UNITS else f"{num} {unit}"
    if lang == "fr":
        return f"{amount:,}".replace(",", " ") + f" {unit}"
    if lang == "es":
        return f"{amount:,}".replace(",", ".") + f" {unit}"
    return f"{amount} {unit}"


def dest_money(usd: float, dest: str, lang: str) -> str:
    """Pay for work abroad: euros for European destinations, dollars elsewhere."""
    if dest in EURO_DESTS:
        return money(usd * 0.92, {"ar": "يورو"}.get(lang, "€"), 1, lang)
    return money(usd, {"ar": "دولار", "fr": "$", "es": "USD"}.get(lang, "$"), 1, lang)


def person_name(lang: str, rng: random.Random) -> str:
    """A first name; Arabic ads write it in Arabic script most of the time."""
    i = rng.randrange(len(NAMES[lang]))
    if lang == "ar" and rng.random() < 0.7:
        return NAMES_AR_SCRIPT[i]
    return NAMES[lang][i]


# Words around contacts, per corpus style ("plain" for netA, "emoji" for netB) and language.
PHONE_LABELS = {
    "plain": {
        "en": ["WhatsApp: {v}", "Call or WhatsApp {v}", "Tel: {v}", "Contact {v}", "Phone/WA {v}"],
        "fr": ["WhatsApp : {v}", "Appelez le {v}", "Tél : {v}", "Contact : {v}", "Tel/WhatsApp {v}"],
        "es": ["WhatsApp: {v}", "Llama al {v}", "Tel: {v}", "Contacto: {v}", "Cel/WhatsApp {v}"],
        "ar": ["واتساب: {v}", "اتصل على {v}", "الهاتف: {v}", "للتواصل: {v}", "واتس {v}"],
    },
    "emoji": {
        "en": ["📲 WA {v}", "☎️ {v}", "📞 call/text {v}", "WhatsApp 👉 {v}", "📱 {v}"],
        "fr": ["📲 WA {v}", "☎️ {v}", "📞 appel/SMS {v}", "WhatsApp 👉 {v}", "📱 {v}"],
        "es": ["📲 WA {v}", "☎️ {v}", "📞 llamada/mensaje {v}", "WhatsApp 👉 {v}", "📱 {v}"],
        "ar": ["📲 واتساب {v}", "☎️ {v}", "📞 اتصال أو رسالة {v}", "واتساب 👈 {v}", "📱 {v}"],
    },
}
JOINERS = {
    "en": [" / ", " or ", ", "],
    "fr": [" / ", " ou ", ", "],
    "es": [" / ", " o ", ", "],
    "ar": [" / ", " أو ", " - "],
}
EMAIL_LABELS = {
    "en": ["Email: {v}", "CV to {v}", "Mail {v}"],
    "fr": ["Mail : {v}", "CV à {v}", "E-mail : {v}"],
    "es": ["Correo: {v}", "CV a {v}", "Email: {v}"],
    "ar": ["الإيميل: {v}", "السيرة على {v}", "البريد: {v}"],
}
WALLET_LABELS = {
    "en": ["Wallet: {v}", "Pay to {v}"],
    "fr": ["Portefeuille : {v}", "Paiement : {v}"],
    "es": ["Billetera: {v}", "Pago a {v}"],
    "ar": ["المحفظة: {v}", "الدفع على {v}"],
}
URL_LABELS = {
    "en": ["Apply at {v}", "More: {v}"],
    "fr": ["Postulez sur {v}", "Infos : {v}"],
    "es": ["Postula en {v}", "Más info: {v}"],
    "ar": ["التقديم عبر {v}", "التفاصيل: {v}"],
}
HANDLE_PLATFORM_WORDS = {
    "telegram": {
        "en": ["Telegram", "TG", "telegram"],
        "fr": ["Telegram", "Télégram"],
        "es": ["Telegram"],
        "ar": ["تيليجرام", "تلغرام", "Telegram"],
    },
    "instagram": {
        "en": ["Instagram", "IG", "insta"],
        "fr": ["Instagram", "insta"],
        "es": ["Instagram", "IG"],
        "ar": ["انستغرام", "انستا", "Instagram"],
    },
    "snapchat": {
        "en": ["Snapchat", "snap"],
        "fr": ["Snap", "Snapchat"],
        "es": ["Snapchat", "snap"],
        "ar": ["سناب", "Snapchat"],
    },
    "x": {"en": ["X", "Twitter/X"], "fr": ["X (Twitter)", "X"], "es": ["X", "Twitter/X"], "ar": ["تويتر/X", "X"]},
    "tiktok": {"en": ["TikTok"], "fr": ["TikTok"], "es": ["TikTok"], "ar": ["تيك توك", "TikTok"]},
}
HOTLINE_FOOTERS = {
    "en": "Worried about forced labour or trafficking? Free confidential helpline: {v}",
    "fr": "Travail forcé ou traite ? Ligne d'écoute gratuite et anonyme : {v}",
    "es": "¿Trabajo forzoso o trata? Línea gratuita y confidencial: {v}",
    "ar": "للإبلاغ عن العمل القسري أو الاتجار بالبشر: الخط المجاني والسري {v}",
}
