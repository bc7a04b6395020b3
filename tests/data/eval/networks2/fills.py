"""Names, places and account names shared by both corpora (the phrase banks themselves differ per corpus)."""

from __future__ import annotations

import random
from typing import ClassVar

WOMEN = {
    "fr": ["Léa", "Inès", "Camille", "Sarah", "Manon", "Yasmine", "Chloé", "Nina", "Jade", "Amel", "Lina", "Océane"],
    "en": [
        "Jessica",
        "Amber",
        "Kayla",
        "Grace",
        "Mia",
        "Chloe",
        "Tiffany",
        "Joy",
        "Blessing",
        "Angel",
        "Ruby",
        "Faith",
    ],
    "es": ["Valentina", "Camila", "Daniela", "Paola", "Lucía", "Ximena", "Sofía", "Yuliana", "Karla", "Andrea", "Luna"],
    "ar": ["ريم", "نور", "سلمى", "لينا", "ياسمين", "هبة", "مريم", "دنيا", "سارة", "رانيا", "جنى", "ملك"],
}
FIRST = {
    "fr": ["Karim", "Sophie", "Julien", "Nadia", "Thomas", "Fatima", "Marc", "Claire", "Youssef", "Isabelle"],
    "en": ["John", "Mary", "David", "Sarah", "Michael", "Grace", "James", "Linda", "Daniel", "Emeka"],
    "es": ["María", "José", "Carlos", "Ana", "Luis", "Carmen", "Jorge", "Rosa", "Miguel", "Lucía"],
    "ar": ["محمد", "أحمد", "فاطمة", "يوسف", "خديجة", "علي", "عمر", "سعاد", "حسن", "أمينة"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Benali", "Dubois", "Moreau", "Haddad", "Petit", "Laurent"],
    "en": ["Smith", "Johnson", "Brown", "Okafor", "Williams", "Reyes", "Taylor", "Walker"],
    "es": ["García", "López", "Martínez", "Rodríguez", "Pérez", "Gómez", "Sánchez", "Díaz"],
    "ar": ["العلوي", "المصري", "بن علي", "الحسيني", "الشامي", "التونسي", "العتيبي", "الزين"],
}
GENERIC_AUTHORS = {
    "fr": ["Anonyme", "Particulier", "Utilisateur", "Vendeur"],
    "en": ["Anonymous", "Private seller", "Guest", "User"],
    "es": ["Anónimo", "Particular", "Usuario", "Invitado"],
    "ar": ["مجهول", "مستخدم", "زائر", "معلن"],
}
CITIES = {
    "FR": ["Paris", "Marseille", "Lyon", "Lille", "Toulouse", "Nice", "Bordeaux", "Strasbourg"],
    "BE": ["Bruxelles", "Liège", "Charleroi", "Anvers"],
    "MA": ["Casablanca", "Tanger", "Marrakech", "Rabat", "Fès", "Agadir", "Oujda"],
    "TN": ["Tunis", "Sfax", "Sousse", "Bizerte"],
    "DZ": ["Alger", "Oran", "Annaba", "Constantine"],
    "EG": ["القاهرة", "الإسكندرية", "الجيزة", "المنصورة"],
    "LB": ["بيروت", "طرابلس", "صيدا", "جونية"],
    "JO": ["عمّان", "الزرقاء", "إربد"],
    "SA": ["الرياض", "جدة", "الدمام", "مكة"],
    "AE": ["دبي", "أبوظبي", "الشارقة", "العين"],
    "IQ": ["بغداد", "البصرة", "أربيل", "الموصل"],
    "KW": ["الكويت", "حولي", "الجهراء"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Almería", "Murcia", "Bilbao"],
    "MX": ["CDMX", "Guadalajara", "Monterrey", "Tijuana", "Cancún", "Puebla"],
    "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena"],
    "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza"],
    "VE": ["Caracas", "Maracaibo", "Valencia", "San Cristóbal"],
    "PE": ["Lima", "Arequipa", "Trujillo", "Cusco"],
    "GB": ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "NG": ["Lagos", "Abuja", "Benin City", "Port Harcourt", "Ibadan"],
    "US": ["Houston", "Atlanta", "Newark", "Miami", "Las Vegas", "Phoenix"],
    "PH": ["Manila", "Cebu", "Davao", "Quezon City"],
    "KE": ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
    "CA": ["Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke"],
    "SN": ["Dakar", "Thiès", "Saint-Louis", "Ziguinchor"],
    "CM": ["Douala", "Yaoundé", "Bafoussam", "Garoua"],
}
LATIN_CITY_AR = {
    "Casablanca": "الدار البيضاء",
    "Tanger": "طنجة",
    "Marrakech": "مراكش",
    "Rabat": "الرباط",
    "Fès": "فاس",
    "Agadir": "أكادير",
    "Oujda": "وجدة",
    "Tunis": "تونس",
    "Sfax": "صفاقس",
    "Sousse": "سوسة",
    "Bizerte": "بنزرت",
    "Alger": "الجزائر",
    "Oran": "وهران",
    "Annaba": "عنابة",
    "Constantine": "قسنطينة",
}


def city_for(rng: random.Random, country: str, lang: str) -> str:
    city = rng.choice(CITIES[country])
    if lang == "ar":
        return LATIN_CITY_AR.get(city, city)
    return city


def display_name(rng: random.Random, lang: str) -> str:
    """A common display name: drawn from small pools on purpose, so unrelated people share names."""
    return f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}"


_STEMS = (
    "star vip jobs work travel dream gold luna angel pro city new line euro gulf fast top royal sun happy team agency "
    "home best real"
)


class Usernames:
    """Unique account names (usernames, channel handles): one poster keeps one, nobody else gets it."""

    STEMS: ClassVar[tuple[str, ...]] = tuple(_STEMS.split())

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, hint: str = "") -> str:
        while True:
            a, b = self.rng.sample(self.STEMS, 2)
            sep = self.rng.choice(["_", ".", "", "_"])
            tail = self.rng.choice(["", str(self.rng.randrange(1, 99)), str(self.rng.randrange(2000, 2027))])
            name = f"{hint or a}{sep}{b}{tail}"
            if self.rng.random() < 0.2:
                name = name.capitalize()
            if name.lower() not in self.used:
                self.used.add(name.lower())
                return name
