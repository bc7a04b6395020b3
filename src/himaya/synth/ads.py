"""Writing one ad: sentences from the template banks, slot values, contacts in plain or hidden form."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from himaya.model import TYPOLOGIES
from himaya.synth import contacts, hide
from himaya.synth.contacts import pick
from himaya.synth.templates import LANG_INDEX, LANGUAGES, Language, Slots, expand, load_language, load_places

HANDLE_LABELS = {
    "telegram": ("Telegram", "TG", "telegram"),
    "instagram": ("Instagram", "IG", "Insta"),
    "snapchat": ("Snapchat", "Snap", "SC"),
    "x": ("X", "Twitter/X"),
}
FIXED_SLOTS = (
    "name",
    "agency",
    "rate",
    "salary",
    "price",
    "origin",
    "emoji",
    "emoji2",
    "pricecrypto",
    "blood",
    "months",
    "hours",
    "orders",
    "year",
    "days",
    "height",
    "age",
)
BENIGN = ("car", "flat", "lessons", "lost_pet", "furniture", "job", "travel", "services")
BENIGN_WEIGHTS = (1, 1, 1, 0.6, 1, 2, 1.5, 1)
INDEP_WEIGHTS = (0.3, 0.06, 0.18, 0.14, 0.14, 0.06, 0.12)
BENIGN_PLATFORMS = (
    "classifieds.example",
    "adsboard.example",
    "rentals.example",
    "jobs-board.example",
    "facebook",
)
INDEP_PLATFORMS = (
    "classifieds.example",
    "escort-dir.example",
    "telegram",
    "facebook",
    "jobs-board.example",
    "forum.onion",
    "x",
    "instagram",
)
HUB_RATE = 0.05
START = 1704067200  # 2024-01-01T00:00:00Z
SPAN = 548 * 86400  # about 18 months
SHARED_PHRASE_RATE = 0.03


@dataclass(slots=True)
class Ad:
    lang: str
    country: str
    text: str = ""
    title: str | None = None
    truth: list[dict[str, Any]] = field(default_factory=list)
    network: str | None = None
    typology: str | None = None
    exploitative: bool = False
    platform: str = ""
    author: str = ""
    time: int = 0
    images: list[str] = field(default_factory=list)
    show_country: bool = True
    location: str | None = None
    hub: int = 0

    def record(self, rid: str, posted_at: str, writer: Writer, i: int) -> dict[str, Any]:
        rec: dict[str, Any] = {"id": rid, "text": self.text}
        if self.title:
            rec["title"] = self.title
        if self.platform.endswith(".example") and i % 3 == 0:
            rec["url"] = f"https://{self.platform}/ad/{i}"
        rec.update(platform=self.platform, author=self.author, posted_at=posted_at)
        if self.location:
            rec["location"] = self.location
        if self.show_country:
            rec["country"] = self.country
        if self.images:
            rec["images"] = self.images
        return rec


class Writer:
    """Holds the loaded templates, the phone pool and the hub selectors; writes ads."""

    def __init__(self, seed: int, rng: random.Random) -> None:
        self.langs: dict[str, Language] = {code: load_language(code) for code in LANGUAGES}
        raw = load_places()
        self.places: dict[str, Any] = raw["countries"]
        self.lang_countries: dict[str, list[str]] = raw["languages"]
        self.phones = contacts.PhonePool(seed)
        hub_phones = [self.phones.take(region) for region in ("GB", "FR", "AE")]
        self.hubs: list[Any] = [
            *hub_phones,
            contacts.email(rng, "classifieds.example"),
            contacts.handle(rng, "telegram"),
        ]

    def network_templates(
        self, lang: str, typology: str, dest: str, rng: random.Random, sentences: tuple[int, int] = (4, 6)
    ) -> list[dict[str, Any]]:
        """2-3 templates of ``sentences`` (fewest, most) sentences each, with the fills they share."""
        language = self.langs[lang]
        bank = language.typology[typology]
        slots = Slots(language, pick(rng, self.lang_countries[lang]), self.places, rng, dest)
        fixed = {key: slots[key] for key in FIXED_SLOTS}
        out = []
        for _ in range(rng.randint(2, 3)):
            chosen = rng.sample(bank.sentences, min(len(bank.sentences), rng.randint(*sentences)))
            out.append(
                {
                    "sentences": [expand(s, rng) for s in chosen],
                    "title": expand(pick(rng, bank.titles), rng),
                    "fixed": fixed,
                }
            )
        return out

    def base(self, lang: str, country: str, rng: random.Random) -> Ad:
        ad = Ad(lang, country)
        roll = rng.random()
        li = LANG_INDEX[lang]
        if roll < 0.85:
            place = self.places[country]
            city = pick(rng, place["cities"])[li]
            ad.location = city if rng.random() < 0.6 else f"{city}, {place['names'][li]}"
        ad.show_country = ad.location is None or rng.random() < 0.75
        return ad

    def from_template(
        self,
        lang: str,
        templates: list[dict[str, Any]],
        country: str,
        carried: list[Any],
        rng: random.Random,
        *,
        hide_rate: float,
        preferred: float,
        dest: str,
        edits: float = 1.0,
    ) -> Ad:
        """An ad from one of ``templates``, edited the way a poster edits (a sentence dropped, two swapped, one
        added, a word substituted, a typo); ``edits`` scales how often (rivals copy their template closely)."""
        language = self.langs[lang]
        tpl = pick(rng, templates)
        sentences = list(tpl["sentences"])
        if len(sentences) > 3 and rng.random() < 0.3 * edits:
            sentences.pop(rng.randrange(len(sentences)))
        if rng.random() < 0.25 * edits:
            j = rng.randrange(len(sentences) - 1)
            sentences[j], sentences[j + 1] = sentences[j + 1], sentences[j]
        if rng.random() < 0.3 * edits:
            sentences.insert(rng.randrange(len(sentences) + 1), expand(pick(rng, language.extra), rng))
        slots = Slots(language, country, self.places, rng, dest)
        slots.update(tpl["fixed"])
        ad = self.base(lang, country, rng)
        body = [s.format_map(slots) for s in sentences]
        if rng.random() < 0.3 * edits:
            a, b = pick(rng, language.subs)
            j = rng.randrange(len(body))
            body[j] = body[j].replace(a, b, 1) if rng.random() < 0.5 else body[j].replace(b, a, 1)
        if rng.random() < edits:
            _typo(body, rng)
        title = tpl["title"].format_map(slots) if rng.random() < 0.6 else None
        self.finish(ad, language, body, title, carried, rng, hide_rate, preferred)
        return ad

    def independent(self, rng: random.Random) -> Ad:
        lang = pick(rng, LANGUAGES)
        typology = rng.choices(TYPOLOGIES, INDEP_WEIGHTS)[0]
        country = pick(rng, self.lang_countries[lang])
        carried: list[Any] = []
        if typology == "child_sexual_exploitation":
            carried += [contacts.onion(rng), contacts.crypto(rng)]
        else:
            if rng.random() < 0.8:
                carried.append(self.phones.take(country))
            if rng.random() < 0.1:
                carried.append(contacts.crypto(rng))
        if rng.random() < 0.3:
            carried.append(contacts.email(rng))
        if rng.random() < 0.35 or not carried:
            carried.append(contacts.handle(rng))
        ad = self._fresh(lang, country, rng, self.langs[lang].typology[typology], carried, 0.35)
        ad.typology, ad.exploitative = typology, True
        ad.platform = "forum.onion" if typology == "child_sexual_exploitation" else pick(rng, INDEP_PLATFORMS)
        return ad

    def benign(self, rng: random.Random) -> Ad:
        lang = pick(rng, LANGUAGES)
        category = rng.choices(BENIGN, BENIGN_WEIGHTS)[0]
        country = pick(rng, self.lang_countries[lang])
        carried: list[Any] = []
        if rng.random() < 0.75:
            carried.append(self.phones.take(country))
        if rng.random() < 0.35:
            carried.append(contacts.email(rng))
        if rng.random() < 0.15:
            carried.append(contacts.url(rng))
        if rng.random() < 0.15:
            carried.append(contacts.handle(rng))
        ad = self._fresh(lang, country, rng, self.langs[lang].benign[category], carried, 0.07)
        ad.platform = pick(rng, BENIGN_PLATFORMS)
        return ad

    def _fresh(
        self, lang: str, country: str, rng: random.Random, bank: Any, carried: list[Any], hide_rate: float
    ) -> Ad:
        language = self.langs[lang]
        slots = Slots(language, country, self.places, rng, pick(rng, list(self.places)))
        chosen = rng.sample(bank.sentences, min(len(bank.sentences), rng.randint(3, 5)))
        body = [expand(s, rng).format_map(slots) for s in chosen]
        if rng.random() < SHARED_PHRASE_RATE:
            body.append(language.shared_phrase[0])
        if rng.random() < 0.1:
            _typo(body, rng)
        title = expand(pick(rng, bank.titles), rng).format_map(slots) if rng.random() < 0.5 else None
        ad = self.base(lang, country, rng)
        ad.author = f"{pick(rng, contacts.LATIN_NAMES)}{pick(rng, contacts.LATIN_WORDS)}{rng.randint(1, 99_999)}"
        ad.time = contacts_time(rng)
        self.finish(ad, language, body, title, carried, rng, hide_rate, rng.random())
        return ad

    def finish(
        self,
        ad: Ad,
        language: Language,
        body: list[str],
        title: str | None,
        carried: list[Any],
        rng: random.Random,
        hide_rate: float,
        preferred: float,
    ) -> None:
        contact_lines = [self._contact(ad, language, sel, rng, hide_rate, preferred) for sel in carried]
        if rng.random() < HUB_RATE:
            hub = pick(rng, self.hubs)
            line = expand(pick(rng, language.hotline), rng)
            raw = hub.international if isinstance(hub, contacts.Phone) else _plain_written(hub)
            ad.truth.append(
                {
                    "type": "phone" if isinstance(hub, contacts.Phone) else hub.type,
                    "value": hub.e164 if isinstance(hub, contacts.Phone) else hub.value,
                    "raw": raw,
                    "hidden": None,
                }
            )
            contact_lines.append(line.replace("{x}", raw))
            ad.hub = 1
        if contact_lines and rng.random() < 0.2:
            body.insert(0, contact_lines.pop(0))
        body.extend(contact_lines)
        ad.text = ("\n" if rng.random() < 0.4 else " ").join(body)
        ad.title = title

    def _contact(
        self, ad: Ad, language: Language, sel: Any, rng: random.Random, hide_rate: float, preferred: float
    ) -> str:
        raw, label = self.written(ad, language, sel, rng, hide_rate, preferred)
        line = expand(pick(rng, language.contact[label[0]]), rng)
        return line.replace("{p}", label[1]).replace("{c}", label[1]).replace("{x}", raw)

    def written(
        self,
        ad: Ad,
        language: Language,
        sel: Any,
        rng: random.Random,
        hide_rate: float,
        preferred: float,
        *,
        fixed_label: bool = False,
    ) -> tuple[str, tuple[str, str]]:
        """How ``sel`` is written in ``ad`` (recorded in its truth): the raw text and (selector type, label).

        ``fixed_label``: a handle's platform is always named the same way (a repost changes nothing else)."""
        lang = language.code
        hidden = None
        if isinstance(sel, contacts.Phone):
            national_ok = sel.region == ad.country and (ad.show_country or ad.location is not None)
            use_national = national_ok and rng.random() < 0.75
            formatted = sel.national if use_national else sel.international
            if rng.random() < hide_rate:
                forms = hide.phone_forms(lang)
                hidden = forms[int(preferred * len(forms))] if rng.random() < 0.7 else pick(rng, forms)
                digits = sel.national_digits if use_national else sel.intl_digits
                raw = hide.hide_phone(digits, formatted, hidden, lang, rng)
            else:
                roll = rng.random()
                if roll < 0.6:
                    raw = formatted
                elif roll < 0.8:
                    raw = sel.national_digits if use_national else sel.e164
                else:
                    raw = formatted.replace(" ", pick(rng, ("-", ".", "")))
            kind, value, label = "phone", sel.e164, ""
        else:
            kind, value, label = sel.type, sel.value, sel.label
            raw = _plain_written(sel)
            if kind == "email" and rng.random() < hide_rate * 0.9:
                forms = hide.email_forms(lang)
                hidden = forms[int(preferred * len(forms))] if rng.random() < 0.7 else pick(rng, forms)
                raw = hide.hide_email(sel.written, hidden, lang, rng)
            if kind == "handle":
                names = HANDLE_LABELS[sel.label]
                label = names[0] if fixed_label else pick(rng, names)
        ad.truth.append({"type": kind, "value": value, "raw": raw, "hidden": hidden})
        return raw, (kind, label)


def _plain_written(sel: contacts.Made) -> str:
    if sel.type == "handle" and sel.label != "snapchat":
        return "@" + sel.written
    return sel.written


def contacts_time(rng: random.Random) -> int:
    return START + rng.randrange(SPAN)


def _typo(body: list[str], rng: random.Random) -> None:
    j = rng.randrange(len(body))
    s = body[j]
    for _ in range(4):
        i = rng.randrange(max(1, len(s) - 1))
        if s[i : i + 2].isalpha() and s[i] != s[i + 1]:
            body[j] = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
            return
