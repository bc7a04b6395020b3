"""The pieces every corpus step uses: groups, posts, contacts and how an ad is written and laid out.

One Maker holds one corpus' seeded generator, so building netE never changes netF and the other way round.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import phrases as ph
import world as w
from phonenumbers import PhoneNumber, PhoneNumberType

SE, FL, DS, FC, OT, SM, CSE = (
    "sexual_exploitation",
    "forced_labour",
    "domestic_servitude",
    "forced_criminality",
    "organ_trafficking",
    "migrant_smuggling",
    "child_sexual_exploitation",
)
SECOND_TYPOLOGY = {SM: FL, SE: DS, FL: DS, DS: FL, FC: FL}
AFFINITY: dict[str, dict[str, int]] = {
    SE: {"classifieds": 3, "instagram": 2, "telegram": 2, "x": 2, "forum": 1, "facebook": 1},
    FL: {"job_board": 3, "facebook": 3, "classifieds": 2, "telegram": 1, "tiktok": 1},
    DS: {"facebook": 3, "classifieds": 3, "job_board": 1, "telegram": 1, "x": 1},
    FC: {"telegram": 3, "facebook": 2, "tiktok": 2, "job_board": 1, "instagram": 1},
    SM: {"facebook": 3, "tiktok": 3, "telegram": 2, "instagram": 1, "forum": 1},
    OT: {"facebook": 2, "forum": 2, "classifieds": 1, "x": 1, "telegram": 1},
    CSE: {"telegram": 3, "forum": 1},
}
HANDLE_LABEL = {
    "telegram": {"en": "Telegram", "fr": "Telegram", "es": "Telegram", "ar": "تيليجرام"},
    "instagram": {"en": "IG", "fr": "Insta", "es": "IG", "ar": "انستا"},
    "snapchat": {"en": "Snap", "fr": "Snap", "es": "Snap", "ar": "سناب"},
    "tiktok": {"en": "TikTok", "fr": "TikTok", "es": "TikTok", "ar": "تيك توك"},
    "x": {"en": "X", "fr": "X", "es": "X", "ar": "X"},
}
JOIN = {
    "en": [" / ", " or ", ", "],
    "fr": [" / ", " ou ", " - "],
    "es": [" / ", " o ", " - "],
    "ar": [" / ", " أو ", " - "],
}
EMOJI = ["🔥", "✨", "💰", "🌍", "✈️", "⭐", "💼", "📢", "🌟", "💎", "🚀", "🏠"]
AR_SLUGS = {
    "مكتب الثقة للتوظيف": "althiqa-jobs",
    "مركز الشفاء للعلاج الطبيعي": "alshifa-physio",
    "بيت نظيف للخدمات": "bait-nadhif",
    "رحلات المسافر": "almusafir-travel",
    "جمعية هجرة آمنة": "hijra-amina",
    "مستشفى الرحمة": "alrahma-hospital",
}


@dataclass
class Config:
    """What makes one corpus different from the other."""

    prefix: str
    seed: int
    posts: int
    start: datetime
    days: int
    lang_w: dict[str, int]
    typ_w: dict[str, int]
    nets: int
    size_mode: int
    orgs: list[str]
    cse_posts: int
    cse_lang: str
    burner: float
    author_modes: dict[str, int]
    platform_w: dict[str, int]
    phone_styles: dict[str, int]
    arabic_digits: float
    country_p: float
    footer_p: float
    aggregators: dict[str, str]
    agg_rate: float
    helplines: dict[str, str]
    quiet_nets: float
    extras: dict[str, float]
    two_platform_handle: float


@dataclass
class Contact:
    """One selector as the group holds it; a handle may be shown on more than one platform."""

    kind: str
    value: str
    phone: PhoneNumber | None = None
    platforms: tuple[str, ...] = ()
    label: str = ""


@dataclass
class Post:
    lang: str
    text: str
    platform: str
    author: str | None
    when: datetime
    country: str | None
    location: str | None
    network: str | None
    typology: str | None
    case: str
    selectors: list[dict[str, str]]
    group: str = ""
    head: str = ""
    contact_text: str = ""
    contact_sels: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Group:
    """A set of people who post: an exploitative network, a benign organisation, or a lone poster."""

    key: str
    typology: str | None
    lang: str
    country: str
    size: int = 0
    lang2: str | None = None
    typ2: str | None = None
    kind: str = "chain"
    platforms: list[str] = field(default_factory=list)
    author_mode: str = "stable"
    accounts: list[str] = field(default_factory=list)
    brand: str = ""
    phones: list[PhoneNumber] = field(default_factory=list)
    stable: list[tuple[Contact, float]] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    vals: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    emojis: list[str] = field(default_factory=list)
    skeletons: dict[str, list[dict[str, int]]] = field(default_factory=dict)
    quiet_rate: float = 0.0
    bursts: list[tuple[int, int]] = field(default_factory=list)
    shared: list[int] = field(default_factory=list)
    shared_rate: float = 0.0
    nid: str | None = None
    org_kind: str = ""


@dataclass
class Shared:
    """A template that several unrelated groups post (verbatim: only the contact differs)."""

    typology: str
    lang: str
    skeleton: dict[str, int]
    verbatim: bool
    text: str = ""
    head: str = ""
    users: list[str] = field(default_factory=list)
    singles: int = 0


def slug(text: str) -> str:
    """An ASCII slug for addresses; Arabic brand names have a fixed transliteration."""
    if text in AR_SLUGS:
        return AR_SLUGS[text]
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in folded).strip("-")
    while "--" in out:
        out = out.replace("--", "-")
    return out


class Maker:
    """Builds one corpus from its Config; all randomness comes from one seeded generator."""

    def __init__(self, cfg: Config, book: w.PhoneBook) -> None:
        self.cfg = cfg
        self.rng = random.Random(cfg.seed)
        self.book = book
        self.used_names: set[str] = set()
        self.posts: list[Post] = []
        self.groups: dict[str, Group] = {}
        self.shared: list[Shared] = []
        self.helpline = {lang: book.new(region, PhoneNumberType.TOLL_FREE) for lang, region in cfg.helplines.items()}
        self.serial = 0
        self.reserved: set[str] = set()
        self.seen_authors: set[str] = set()

    # ---------- small helpers ----------
    def pick(self, weights: dict[str, int] | dict[str, float]) -> str:
        keys = list(weights)
        return self.rng.choices(keys, weights=[float(weights[k]) for k in keys])[0]

    def when(self, day: float) -> datetime:
        day = min(max(day, 0.0), self.cfg.days - 0.01)
        moment = self.cfg.start + timedelta(
            days=int(day), hours=self.rng.choice(range(7, 24)), minutes=self.rng.randrange(60)
        )
        return moment

    def city(self, country: str, lang: str) -> tuple[str, str]:
        latin, arabic = self.rng.choice(w.CITIES[country])
        return latin, (arabic if lang == "ar" and arabic else latin)

    def username(self, lang: str) -> str:
        firsts, lasts = w.NAMES[lang]
        for _ in range(100):
            first = slug(self.rng.choice(firsts)).replace("-", "")
            last = slug(self.rng.choice(lasts)).replace("-", "")
            form = self.rng.randrange(4)
            name = [
                f"{first}_{last[:1]}{self.rng.randrange(10, 99)}",
                f"{first}.{last}{self.rng.randrange(100)}",
                f"{last}{first[:2]}{self.rng.randrange(1970, 2006)}",
                f"{first}{last}_{self.rng.randrange(9)}",
            ][form]
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise RuntimeError("names exhausted")

    def display_name(self, lang: str) -> str:
        """A person's display name. One-off posters may share a common name with each other, never with an
        account a group reuses (those are reserved)."""
        for _ in range(100):
            if lang == "ar" and self.rng.random() < 0.5:
                firsts, lasts = w.ARABIC_NAMES
            else:
                firsts, lasts = w.NAMES[lang]
            name = f"{self.rng.choice(firsts)} {self.rng.choice(lasts)}"
            if name not in self.reserved:
                return name
        raise RuntimeError("display names exhausted")

    def own_account(self, platform: str, lang: str, brand: str) -> str:
        """An account a group reuses: unique in the corpus, so sharing it means the same people."""
        for _ in range(100):
            name = self.account(platform, lang, brand)
            if name not in self.reserved and name not in self.seen_authors:
                self.reserved.add(name)
                return name
        raise RuntimeError("accounts exhausted")

    def latin_base(self, base: str, lang: str) -> str:
        return slug(base) or slug(self.username(lang))

    def account(self, platform: str, lang: str, brand: str = "") -> str:
        """A posting account in the shape the platform gives it."""
        if platform == "facebook":
            return brand if brand and self.rng.random() < 0.4 else self.display_name(lang)
        if platform == "telegram":
            if brand and self.rng.random() < 0.6:
                return f"{brand} {self.rng.choice(EMOJI)}"
            return self.username(lang)
        if platform == "job_board":
            if brand and self.rng.random() < 0.6:
                return brand
            name = f"Recruiter {self.rng.randrange(1000, 9999)}"
            while name in self.used_names:
                name = f"Recruiter {self.rng.randrange(1000, 9999)}"
            self.used_names.add(name)
            return name
        return self.username(lang)

    def brand(self, lang: str) -> str:
        first, second = w.BRAND_PARTS[lang]
        for _ in range(200):
            name = f"{self.rng.choice(first)} {self.rng.choice(second)}"
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise RuntimeError("brands exhausted")

    def handle_name(self, base: str) -> str:
        stem = slug(base).replace("-", "_")[:14] or "vip"
        for _ in range(100):
            name = f"{stem}{self.rng.choice(['', '_', '.'])}{self.rng.randrange(1, 99)}".replace(".", "_")
            if self.rng.random() < 0.3:
                name = name.capitalize()
            if name.lower() not in self.used_names and len(name) >= 5:
                self.used_names.add(name.lower())
                return name
        raise RuntimeError("handles exhausted")

    # ---------- contacts ----------
    def extra_contact(self, kind: str, group: Group, base: str) -> Contact:
        rng = self.rng
        if kind == "email":
            stem = self.latin_base(base, group.lang)
            for _ in range(100):
                local = stem.replace("-", rng.choice([".", "_", ""]))[:18]
                domain = rng.choice([*w.EMAIL_DOMAINS, f"{stem}.example"])
                value = f"{local}{rng.choice(['', str(rng.randrange(1, 999))])}@{domain}".lower()
                if value not in self.used_names:
                    self.used_names.add(value)
                    return Contact("email", value)
            raise RuntimeError("e-mails exhausted")
        if kind == "handle":
            name = self.handle_name(self.latin_base(base, group.lang))
            if rng.random() < self.cfg.two_platform_handle:
                plats = rng.choice(
                    [("telegram", "instagram"), ("instagram", "snapchat"), ("telegram", "tiktok"), ("x", "telegram")]
                )
            else:
                plats = (rng.choice(["telegram", "instagram", "snapchat", "tiktok"]),)
            return Contact("handle", name, platforms=plats)
        if kind == "crypto":
            coin = rng.choice(["trc20", "trc20", "btc", "eth"])
            if coin == "trc20":
                return Contact("crypto", w.tron_address(rng), label="USDT (TRC20)")
            if coin == "btc":
                return Contact("crypto", w.btc_address(rng), label="BTC")
            return Contact("crypto", w.eth_address(rng), label="ETH")
        site = slug(group.brand or base) or f"site{rng.randrange(999)}"
        url = rng.choice([f"https://{site}.example/apply", f"www.{site}.example", f"https://{site}-jobs.example"])
        return Contact("url", url)

    def render(self, c: Contact, lang: str, country: str | None, styles: list[str]) -> tuple[str, dict[str, str]]:
        rng = self.rng
        if c.kind == "phone":
            assert c.phone is not None
            style = rng.choice(styles)
            arabic = lang == "ar" and rng.random() < self.cfg.arabic_digits
            return w.render_phone(c.phone, style, country, arabic), {"type": "phone", "value": w.e164(c.phone)}
        if c.kind == "email":
            shown = c.value if rng.random() < 0.85 else c.value[:1].upper() + c.value[1:]
            return shown, {"type": "email", "value": c.value}
        if c.kind == "crypto":
            return f"{c.label}: {c.value}", {"type": "crypto", "value": c.value}
        if c.kind == "handle":
            plat = rng.choice(c.platforms)
            label = HANDLE_LABEL[plat][lang]
            shown = f"{label}: {c.value}" if plat == "snapchat" else f"{label} @{c.value}"
            return shown, {"type": "handle", "value": f"{plat}:{c.value.lower()}"}
        return c.value, {"type": "url", "value": c.value}

    def block(self, contacts: list[Contact], lang: str, country: str | None, styles: list[str]):
        texts, sels = [], []
        for c in contacts:
            text, sel = self.render(c, lang, country, styles)
            texts.append(text)
            sels.append(sel)
        return self.rng.choice(JOIN[lang]).join(texts), sels

    def phone_contact(self, region: str, kind: int = PhoneNumberType.MOBILE) -> Contact:
        num = self.book.new(region, kind)
        return Contact("phone", w.e164(num), phone=num)

    # ---------- ad text ----------
    def vals_for(self, typ: str, lang: str, country: str) -> dict[str, list[str]]:
        rng = self.rng
        dests = rng.sample(w.TYPOLOGY_DEST[typ], k=min(2, len(w.TYPOLOGY_DEST[typ])))
        base = rng.choice([300, 400, 500, 600, 800, 1000, 1200, 1500, 2000])
        return {
            "dest": dests,
            "city": [f"{country}:{i}" for i in rng.sample(range(len(w.CITIES[country])), k=2)],
            "salary": [w.money(lang, base), w.money(lang, base + rng.choice([100, 200, 250]))],
            "fee": [w.money(lang, rng.choice([150, 200, 300, 500, 700]))],
            "price": [str(rng.choice([30, 40, 50, 80]))]
            if typ == CSE
            else [w.money(lang, rng.choice([2500, 3000, 3500, 4000, 5000, 8000, 12000]))],
            "age": [str(rng.choice([18, 18, 19, 20]))],
            "n": [str(rng.choice([20, 30, 40, 50, 100]))],
            "nat": [rng.choice(w.NATIONALITY[lang])],
            "blood": [rng.choice(w.BLOOD)],
        }

    def fill(self, template: str, vals: dict[str, list[str]], lang: str, fixed: bool) -> str:
        out = template
        for key, options in vals.items():
            marker = "{" + key + "}"
            if marker not in out:
                continue
            value = options[0] if fixed else self.rng.choice(options)
            if key == "dest":
                value = w.DEST[value][0][w.LANG_INDEX[lang]]
            elif key == "city":
                country, idx = value.split(":")
                latin, arabic = w.CITIES[country][int(idx)]
                value = arabic if lang == "ar" and arabic else latin
            out = out.replace(marker, value)
        return out

    def skeleton(self, typ: str, lang: str) -> dict[str, int]:
        bank = ph.ADS[typ][lang]
        rng = self.rng
        skel = {slot: rng.randrange(len(bank[slot])) for slot in ("head", "body", "perk", "flag", "cta")}
        if rng.random() < 0.3:
            skel["perk"] = -1
        if rng.random() < 0.15 and typ not in (CSE,):
            skel["flag"] = -1
        return skel

    def ad_parts(self, typ: str, lang: str, skel: dict[str, int], vals: dict[str, list[str]], fixed: bool):
        bank = ph.ADS[typ][lang]
        parts = {}
        for slot, idx in skel.items():
            if idx < 0:
                continue
            parts[slot] = self.fill(bank[slot][idx % len(bank[slot])], vals, lang, fixed)
        return parts

    def layout(self, parts: dict[str, str], platform: str, lang: str, emoji: str) -> str:
        head, cta = parts["head"], parts["cta"]
        middle = [parts[s] for s in ("body", "perk", "flag") if s in parts]
        tags = " ".join(self.rng.sample(ph.HASHTAGS[lang], k=2))
        if platform == "classifieds":
            return f"{head}\n{' '.join(middle)}\n{cta}"
        if platform == "job_board":
            return head + "\n" + "\n".join(f"- {m}" for m in middle) + f"\n{cta}"
        if platform == "facebook":
            return f"{emoji} {head} {emoji}\n{' '.join(middle)}\n{cta}\n{tags}"
        if platform == "telegram":
            return f"{emoji}{head}{emoji}\n" + "\n".join(f"✅ {m}" for m in middle) + f"\n📲 {cta}"
        if platform in ("instagram", "tiktok", "x"):
            short = [m for m in middle if m == parts.get("flag") or self.rng.random() < 0.5]
            return f"{head} {emoji} {' '.join(short)} {cta} {tags}".replace("  ", " ")
        intro = self.rng.choice(ph.FORUM_INTRO[lang]) if "cta" in parts and "USDT" not in parts["cta"] else ""
        return f"{intro} {head}. {' '.join(middle)} {cta}".strip()

    def ad_text(
        self,
        typ: str,
        lang: str,
        skel: dict[str, int],
        vals: dict[str, list[str]],
        platform: str,
        contact_text: str | None,
        emoji: str,
        fixed: bool = False,
    ) -> tuple[str, str]:
        parts = self.ad_parts(typ, lang, skel, vals, fixed)
        if contact_text is None:
            parts["cta"] = self.rng.choice(ph.QUIET[lang])
        else:
            parts["cta"] = parts["cta"].replace("{contact}", contact_text)
        return self.layout(parts, platform, lang, emoji), parts["head"]

    # ---------- posts ----------
    def add(self, post: Post) -> Post:
        if post.author:
            self.seen_authors.add(post.author)
        if post.platform == "job_board" and self.rng.random() < self.cfg.footer_p:
            help_num = self.helpline.get(post.lang)
            if help_num is not None:
                shown = w.render_phone(help_num, "nat", post.country, False)
                post.text += "\n—\n" + ph.FOOTER[post.lang].replace("{helpline}", shown)
                post.selectors = [*post.selectors, {"type": "phone", "value": w.e164(help_num)}]
        post.selectors = dedupe(post.selectors)
        self.posts.append(post)
        return post

    def place(self, platform: str, country: str, latin: str = "") -> tuple[str | None, str | None]:
        post_country = country if self.rng.random() < self.cfg.country_p else None
        latin = latin or self.city(country, "en")[0]
        wants = 0.85 if platform in ("classifieds", "job_board") else 0.15
        return post_country, (latin if self.rng.random() < wants else None)

    def days_from_bursts(self, group: Group) -> float:
        start, length = self.rng.choice(group.bursts)
        return start + self.rng.random() * length

    def make_bursts(self, n: int) -> list[tuple[int, int]]:
        out = []
        for _ in range(n):
            length = self.rng.randrange(10, 50)
            out.append((self.rng.randrange(0, self.cfg.days - length), length))
        return out


def dedupe(sels: list[dict[str, str]]) -> list[dict[str, str]]:
    seen, out = set(), []
    for s in sels:
        key = (s["type"], s["value"])
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
