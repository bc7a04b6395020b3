"""Seeded generator of the held-out network corpora netC and netD (Himaya issue 9).

Written by an independent author who never saw Himaya's linker, scorer or other corpora. Synthetic data only:
phones from the `phonenumbers` example ranges, domains under `.example`, random wallets. The two corpora differ in
phrase banks (phrases_c.py, phrases_d.py), platforms and mixes; this file is the shared machinery. Truth follows
who posted an ad (the group), never how the text looks.

    python tests/data/eval/networks2/make_corpus.py --out tests/data/eval/networks2
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from phonenumbers import PhoneNumber, PhoneNumberType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contacts as ct
import fills
import phrases_c
import phrases_d

LANGS = ["ar", "en", "es", "fr"]
EMOJI = ["🔥", "✨", "⚠️", "‼️", "🌟", "💯", "✅", "📢"]
Contact = tuple[str, Any]


@dataclass
class Ad:
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
    lang: str = ""
    family: str = ""  # which shared template the text copies, for the README counts only


@dataclass
class Ctx:
    """Everything one corpus draws from: its bank, its random stream and its pools of unique names."""

    bank: ModuleType
    rng: random.Random
    phones: ct.PhonePool
    names: fills.Usernames
    start: datetime
    ads: list[Ad] = field(default_factory=list)
    lang_count: Counter[str] = field(default_factory=Counter)
    helplines: dict[str, PhoneNumber] = field(default_factory=dict)
    net_numbers: list[int] = field(default_factory=list)
    emails: set[str] = field(default_factory=set)

    def new_email(self, stem: str) -> str:
        """A fresh address: two posters never share a mailbox by chance."""
        while True:
            addr = ct.new_email(self.rng, stem)
            if addr not in self.emails:
                self.emails.add(addr)
                return addr

    def next_network(self) -> str:
        return f"{self.bank.LETTER}-net-{self.net_numbers.pop():03d}"

    def pick_lang(self, allowed: list[str] | None = None) -> str:
        allowed = allowed or LANGS
        if self.rng.random() < 0.75:
            return min(allowed, key=lambda lang: (self.lang_count[lang], self.rng.random()))
        return self.rng.choice(allowed)

    def when_uniform(self) -> datetime:
        return self.start + timedelta(minutes=self.rng.randrange(self.bank.DAYS * 24 * 60))

    def bursts(self) -> list[tuple[datetime, int]]:
        out = []
        for _ in range(self.rng.choice([1, 1, 2, 2, 3])):
            width = self.rng.randrange(6, 45)
            begin = self.start + timedelta(days=self.rng.randrange(self.bank.DAYS - width))
            out.append((begin, width))
        return out

    def when_in(self, bursts: list[tuple[datetime, int]]) -> datetime:
        begin, width = self.rng.choice(bursts)
        minutes = self.rng.randrange(width * 24 * 60)
        return begin + timedelta(minutes=minutes)

    def account(self, platform: str, lang: str, company: str | None = None) -> str | None:
        """A posting account as the platform shows it (see README, 'Accounts')."""
        mode = self.bank.PLATFORMS[platform]["mode"]
        if mode == "none":
            return None
        if mode == "social":
            return fills.display_name(self.rng, lang)
        if mode == "handle_at":
            return "@" + self.names.new()
        if mode == "board":
            return company or self.rng.choice(self.bank.CONFIDENTIAL[lang])
        if mode == "channel":
            return self.names.new().replace("_", " ").replace(".", " ").title()
        return self.names.new()

    def author(self, platform: str, account: str | None, lang: str) -> str | None:
        spec = self.bank.PLATFORMS[platform]
        roll = self.rng.random()
        if roll < spec.get("null", 0.0):
            return None
        if roll < spec.get("null", 0.0) + spec.get("generic", 0.0):
            return self.rng.choice(fills.GENERIC_AUTHORS[lang])
        return account

    def ad_country(self, platform: str, country: str) -> str | None:
        return None if self.rng.random() < self.bank.PLATFORMS[platform].get("no_country", 0.0) else country


def slots(ctx: Ctx, lang: str, country: str) -> dict[str, str]:
    rng = ctx.rng
    out = {key: rng.choice(values) for key, values in ctx.bank.SLOTS[lang].items()}
    out["name"] = rng.choice(fills.WOMEN[lang])
    out["age"] = str(rng.randrange(19, 27))
    out["city"] = fills.city_for(rng, country, lang)
    return out


def render(
    ctx: Ctx, template: str, fill: dict[str, str], found: list[Contact], lang: str, local: str | None
) -> tuple[str, list[dict[str, str]]]:
    """Fill a template; the contacts are written in varied local ways and returned as normal-form selectors."""
    rng = ctx.rng
    if found:
        sep = rng.choice([" / ", " - ", "\n", " | ", ", "])
        before = template.split("{contact}")[0].rstrip()
        labelled = not before.endswith((":", " au", " al", "على", "Text", "Call"))
        parts = [ct.write_contact(c, lang, rng, local, labelled or n > 0) for n, c in enumerate(found)]
        contact = sep.join(parts)
    else:
        contact = rng.choice(ct.NO_CONTACT[lang])
        head, _, tail = template.partition("{contact}")
        if head.rstrip().endswith(":"):  # a dangling "Contact:" label goes with the missing contact
            cut = max(head.rfind("\n"), head.rfind(". ") + 1, head.rfind("! ") + 1)
            head = head[:cut] + " " if cut > 0 else head
        template = head + "{contact}" + tail
    text = template.format(contact=contact, **fill).strip()
    return text, dedupe([ct.selector_of(c) for c in found])


def dedupe(sels: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for s in sels:
        key = (s["type"], s["value"])
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def touch_up(rng: random.Random, text: str, style: float) -> str:
    """Small edits people make to a copied text: an emoji in front, hashtags, shouting the first sentence."""
    if rng.random() < style * 0.5:
        text = f"{rng.choice(EMOJI)} {text}"
    if rng.random() < style * 0.3:
        cut = min((i for i in (text.find(c) for c in ".!?\n") if i > 0), default=0)
        text = text[:cut].upper() + text[cut:]
    if rng.random() < style * 0.3:
        text += " " + " ".join(rng.sample(["#urgent", "#jobs", "#new", "#travail", "#trabajo", "#عمل", "#vip"], 2))
    return text


def add_footer(ctx: Ctx, platform: str, lang: str, text: str, sels: list[dict[str, str]]) -> tuple[str, list]:
    """Some platforms print a public helpline under job or personal ads: a contact no poster owns."""
    footer = ctx.bank.FOOTERS.get(platform)
    if not footer or ctx.rng.random() >= footer["p"] or lang not in ctx.helplines:
        return text, sels
    line = ctx.helplines[lang]
    written = ct.write_helpline(line, lang, ctx.rng)
    text += "\n" + ctx.rng.choice(footer[lang]).format(helpline=written)
    return text, dedupe([*sels, {"type": "phone", "value": ct.e164_of(line)}])


def compose(rng: random.Random, pool: dict[str, list[str]]) -> str:
    """Own wording: one opener, body and closing drawn from the pool, with the contact at the end."""
    return f"{rng.choice(pool['open'])} {rng.choice(pool['body'])}\n{rng.choice(pool['close'])} {{contact}}"


def emit(ctx: Ctx, ad: Ad, lang: str) -> None:
    ad.lang = lang
    ctx.lang_count[lang] += 1
    ctx.ads.append(ad)


@dataclass
class Network:
    """The contacts, accounts, wording and calendar one group keeps across its ads."""

    nid: str
    typology: str
    langs: list[str]
    kind: str
    country: str
    platforms: list[str]
    accounts: dict[str, list[str | None]]
    phones: list[PhoneNumber]
    extras: list[Contact]
    templates: dict[str, str]
    fill: dict[str, dict[str, str]]
    verbatim: bool
    style: float
    bursts: list[tuple[datetime, int]]


def new_network(ctx: Ctx, typology: str, lang: str, kind: str) -> Network:
    rng, bank = ctx.rng, ctx.bank
    country = rng.choice(bank.COUNTRIES[lang])
    langs = [lang]
    other = bank.BILINGUAL.get((lang, country))
    if other and rng.random() < 0.35 and (typology, other) in bank.POOLS:
        langs.append(other)
    choices = bank.TYPOLOGY_PLATFORMS[typology]
    n_plat = 2 if kind == "net_crossplatform" else rng.choice([1, 1, 2, 2, 3])
    platforms = rng.sample(choices, k=min(n_plat, len(choices)))
    agency = rng.choice(bank.SLOTS[lang]["agency"]) if "agency" in bank.SLOTS[lang] else None
    accounts = {p: [ctx.account(p, lang, agency) for _ in range(rng.choice([1, 1, 2, 3]))] for p in platforms}
    regions = [country]
    second = bank.SECOND_REGIONS.get(typology, [])
    if second and rng.random() < 0.4:
        regions.append(rng.choice(second))
    phones = [
        ctx.phones.new(regions[0] if i == 0 or rng.random() < 0.7 else regions[-1]) for i in range(rng.randrange(2, 7))
    ]
    extras: list[Contact] = []
    if rng.random() < 0.3:
        extras.append(("email", ctx.new_email(rng.choice(fills.Usernames.STEMS) + rng.choice(["", "job", "info"]))))
    if kind == "net_crossplatform":
        name = ctx.names.new()
        a, b = rng.sample(sorted(set(bank.HANDLE_PLATFORMS)), 2)
        extras += [("handle", f"{a}:{name}"), ("handle", f"{b}:{name}")]
    elif rng.random() < 0.35:
        extras.append(("handle", f"{rng.choice(bank.HANDLE_PLATFORMS)}:{ctx.names.new()}"))
    if typology in bank.WALLET_TYPOLOGIES and rng.random() < 0.55:
        coin = rng.choice(["usdt", "usdt", "btc", "eth"])
        extras.append(("crypto", f"{coin}:{ct.new_wallet(rng, coin)}"))
    templates = {}
    shared = kind == "net_template" or (kind != "net_chain_own" and rng.random() < 0.7)
    for each in langs:
        families = bank.SHARED.get((typology, each), [])
        if shared and families and each == lang:
            templates[each] = rng.choices(families, weights=[3, 2][: len(families)])[0]
        else:
            templates[each] = compose(rng, bank.POOLS[(typology, each)])
    fill = {each: slots(ctx, each, country) for each in langs}
    return Network(
        ctx.next_network(),
        typology,
        langs,
        kind,
        country,
        platforms,
        accounts,
        phones,
        extras,
        templates,
        fill,
        rng.random() < 0.5,
        rng.choice([0.0, 0.3, 0.8]),
        ctx.bursts(),
    )


def network_contacts(ctx: Ctx, net: Network, i: int) -> list[Contact]:
    """Which contacts ad number `i` shows: overlapping phone pairs (first ads walk the chain), burners, extras."""
    rng = ctx.rng
    if rng.random() < 0.06:
        return []
    out: list[Contact] = []
    if net.kind == "net_burner":
        if rng.random() < 0.8:
            out.append(("phone", ctx.phones.new(net.country)))
        if rng.random() < 0.2 or not out:
            out.append(("phone", net.phones[0]))
        if net.extras and rng.random() < 0.3:
            out.append(rng.choice(net.extras))
        return out
    k = len(net.phones)
    if i < k - 1:
        pair = [net.phones[i], net.phones[i + 1]]
    elif rng.random() < 0.55:
        pair = [rng.choice(net.phones)]
    else:
        j = rng.randrange(k - 1)
        pair = [net.phones[j], net.phones[j + 1]]
    out += [("phone", p) for p in pair]
    for extra in net.extras:
        if rng.random() < (0.6 if net.kind == "net_crossplatform" else 0.3):
            out.append(extra)
    rng.shuffle(out)
    return out


def network_ad(ctx: Ctx, net: Network, i: int) -> None:
    rng, bank = ctx.rng, ctx.bank
    lang = rng.choice(net.langs) if len(net.langs) > 1 and rng.random() < 0.4 else net.langs[0]
    platform = rng.choice(net.platforms)
    account = rng.choice(net.accounts[platform])
    country = ctx.ad_country(platform, net.country)
    found = network_contacts(ctx, net, i)
    template = net.templates[lang]
    if net.kind == "net_front" and rng.random() < 0.3:
        template = rng.choice(bank.BENIGN[("job", lang)])
    fill = dict(net.fill[lang]) if net.verbatim else slots(ctx, lang, net.country)
    if net.verbatim:
        fill["name"], fill["age"] = rng.choice(fills.WOMEN[lang]), str(rng.randrange(19, 27))
    text, sels = render(ctx, template, fill, found, lang, country)
    text = touch_up(rng, text, net.style)
    text, sels = add_footer(ctx, platform, lang, text, sels)
    location = fill["city"] if country and rng.random() < 0.7 else None
    ad = Ad(
        text,
        platform,
        ctx.author(platform, account, lang),
        ctx.when_in(net.bursts),
        country,
        location,
        net.nid,
        net.typology,
        net.kind,
        sels,
    )
    if template in bank.SHARED.get((net.typology, lang), []):
        ad.family = f"{net.typology}/{lang}#{bank.SHARED[(net.typology, lang)].index(template) + 1}"
    emit(ctx, ad, lang)


def build_networks(ctx: Ctx) -> None:
    rng = ctx.rng
    for typology, lang, count in ctx.bank.NETWORKS:
        for _ in range(count):
            if typology == "child_sexual_exploitation":
                cse_network(ctx, lang)
                continue
            kind = rng.choices(*zip(*ctx.bank.KINDS[typology], strict=True))[0]
            net = new_network(ctx, typology, lang, kind)
            size = max(4, min(30, int(rng.triangular(4, 31, ctx.bank.NET_SIZE_MODE))))
            for i in range(size):
                network_ad(ctx, net, i)


def cse_network(ctx: Ctx, lang: str) -> None:
    """Four market-indicator posts (an invitation-only group sold for crypto); no content is ever described."""
    rng = ctx.rng
    nid = ctx.next_network()
    handle: Contact = ("handle", f"telegram:{ctx.names.new()}")
    wallet: Contact = ("crypto", f"btc:{ct.new_wallet(rng, 'btc')}")
    platform = ctx.bank.TYPOLOGY_PLATFORMS["child_sexual_exploitation"][0]
    account = ctx.account(platform, lang)
    bursts = ctx.bursts()
    for i in range(4):
        found = [handle, wallet] if i % 2 == 0 else [handle]
        template = ctx.bank.SHARED[("child_sexual_exploitation", lang)][i % 2]
        text, sels = render(ctx, template, {}, found, lang, None)
        ad = Ad(
            text,
            platform,
            account,
            ctx.when_in(bursts),
            None,
            None,
            nid,
            "child_sexual_exploitation",
            "net_cse_market",
            sels,
        )
        emit(ctx, ad, lang)


def single_contacts(ctx: Ctx, country: str, email_stem: str) -> list[Contact]:
    """A one-off poster's own fresh contacts: usually a phone, sometimes an e-mail or a handle, sometimes none."""
    rng = ctx.rng
    roll = rng.random()
    if roll < 0.07:
        return []
    out: list[Contact] = []
    if roll < 0.85:
        out.append(("phone", ctx.phones.new(country)))
    if roll >= 0.7:
        out.append(("email", ctx.new_email(email_stem)))
    if rng.random() < 0.12:
        out.append(("handle", f"{rng.choice(ctx.bank.HANDLE_PLATFORMS)}:{ctx.names.new()}"))
    return out


def build_independents(ctx: Ctx, count: int) -> None:
    """One-ad exploitative posters: own wording, or a bought template with their own contact."""
    rng, bank = ctx.rng, ctx.bank
    for _ in range(count):
        lang = ctx.pick_lang()
        options = [(t, w) for t, w in bank.INDEP_TYPOLOGIES if (t, lang) in bank.POOLS]
        typology = rng.choices(*zip(*options, strict=True))[0]
        country = rng.choice(bank.COUNTRIES[lang])
        platform = rng.choice(bank.TYPOLOGY_PLATFORMS[typology])
        families = bank.SHARED.get((typology, lang), [])
        if families and rng.random() < 0.25:
            case, template = "indep_template_copy", rng.choice(families)
        else:
            case, template = "indep_own", compose(rng, bank.POOLS[(typology, lang)])
        found = single_contacts(ctx, country, rng.choice(fills.Usernames.STEMS))
        if typology in bank.WALLET_TYPOLOGIES and rng.random() < 0.3:
            found.append(("crypto", f"usdt:{ct.new_wallet(rng, 'usdt')}"))
        country_field = ctx.ad_country(platform, country)
        fill = slots(ctx, lang, country)
        text, sels = render(ctx, template, fill, found, lang, country_field)
        text = touch_up(rng, text, 0.4)
        text, sels = add_footer(ctx, platform, lang, text, sels)
        location = fill["city"] if country_field and rng.random() < 0.6 else None
        author = ctx.author(platform, ctx.account(platform, lang), lang)
        ad = Ad(text, platform, author, ctx.when_uniform(), country_field, location, None, typology, case, sels)
        if template in families:
            ad.family = f"{typology}/{lang}#{families.index(template) + 1}"
        emit(ctx, ad, lang)


def build_orgs(ctx: Ctx) -> None:
    """Legitimate agencies and NGOs: benign groups with a fixed name, site and phones (they get a network id)."""
    rng, bank = ctx.rng, ctx.bank
    for org in bank.ORGS:
        nid, lang = ctx.next_network(), org["lang"]
        country = org["country"]
        phones = [ctx.phones.new(country) for _ in range(rng.choice([1, 2, 2, 3]))]
        base: list[Contact] = [("url", org["site"]), ("email", org["email"])]
        if org.get("portal"):
            base.append(("url", org["portal"]))
        bursts = ctx.bursts() if org["kind"] == "benign_agency" else [(ctx.start, bank.DAYS - 1)]
        for _ in range(org["size"]):
            template = rng.choice(org["templates"])
            found: list[Contact] = [("phone", rng.choice(phones))] if rng.random() < 0.8 else []
            found += [c for c in base if rng.random() < 0.7]
            if org["kind"] == "benign_ngo":
                found.append(("phone", ctx.helplines[lang]))
            platform = rng.choice(org["platforms"])
            country_field = ctx.ad_country(platform, country)
            fill = slots(ctx, lang, country)
            fill["org"] = org["name"]
            text, sels = render(ctx, template, fill, found, lang, country)
            location = fill["city"] if country_field and rng.random() < 0.5 else None
            author = ctx.author(platform, org["name"], lang)
            emit(
                ctx,
                Ad(text, platform, author, ctx.when_in(bursts), country_field, location, nid, None, org["kind"], sels),
                lang,
            )


def build_benign(ctx: Ctx, count: int) -> None:
    """Single benign posters: jobs, rentals, services, and look-alikes whose words resemble risky ads."""
    rng, bank = ctx.rng, ctx.bank
    for _ in range(count):
        lang = ctx.pick_lang()
        category = rng.choices(*zip(*bank.BENIGN_MIX, strict=True))[0]
        country = rng.choice(bank.COUNTRIES[lang])
        platform = rng.choice(bank.BENIGN_PLATFORMS[category])
        found = single_contacts(ctx, country, rng.choice(fills.Usernames.STEMS))
        country_field = ctx.ad_country(platform, country)
        fill = slots(ctx, lang, country)
        text, sels = render(ctx, rng.choice(bank.BENIGN[(category, lang)]), fill, found, lang, country_field)
        text, sels = add_footer(ctx, platform, lang, text, sels)
        location = fill["city"] if country_field and rng.random() < 0.7 else None
        author = ctx.author(platform, ctx.account(platform, lang), lang)
        emit(
            ctx,
            Ad(
                text,
                platform,
                author,
                ctx.when_uniform(),
                country_field,
                location,
                None,
                None,
                f"benign_{category}",
                sels,
            ),
            lang,
        )


def build(bank: ModuleType) -> list[Ad]:
    rng = random.Random(bank.SEED)
    ctx = Ctx(bank, rng, ct.PhonePool(rng), fills.Usernames(rng), datetime.fromisoformat(bank.START))
    ctx.net_numbers = rng.sample(range(1, 200), 199)
    for lang, region in bank.HELPLINE_REGIONS.items():
        ctx.helplines[lang] = ctx.phones.new(region, PhoneNumberType.TOLL_FREE)
    build_networks(ctx)
    build_orgs(ctx)
    exploitative = round(bank.TOTAL * 0.6)
    build_independents(ctx, exploitative - len(ctx.ads) + sum(o["size"] for o in bank.ORGS))
    build_benign(ctx, bank.TOTAL - len(ctx.ads))
    ctx.ads.sort(key=lambda ad: (ad.when, ad.text))
    return ctx.ads


def write(ads: list[Ad], letter: str, out: Path) -> None:
    with (
        open(out / f"net{letter}.records.jsonl", "w", encoding="utf-8") as rec,
        open(out / f"net{letter}.truth.jsonl", "w", encoding="utf-8") as tru,
    ):
        for n, ad in enumerate(ads, 1):
            ad_id = f"{letter}-{n:05d}"
            record: dict[str, Any] = {
                "id": ad_id,
                "text": ad.text,
                "platform": ad.platform,
                "author": ad.author,
                "posted_at": ad.when.strftime("%Y-%m-%dT%H:%M:00Z"),
                "country": ad.country,
            }
            if ad.location:
                record["location"] = ad.location
            truth = {
                "id": ad_id,
                "network": ad.network,
                "typology": ad.typology,
                "exploitative": ad.typology is not None,
                "case": ad.case,
                "selectors": ad.selectors,
            }
            rec.write(json.dumps(record, ensure_ascii=False) + "\n")
            tru.write(json.dumps(truth, ensure_ascii=False) + "\n")


def summary(ads: list[Ad]) -> str:
    """Counts for the README: per case, per language and typology, and the network sizes."""
    lines = [
        f"cases: {dict(sorted(Counter(a.case for a in ads).items()))}",
        f"languages: {dict(sorted(Counter(a.lang for a in ads).items()))}",
        f"typologies: {dict(sorted(Counter(a.typology or 'benign' for a in ads).items()))}",
        f"platforms: {dict(sorted(Counter(a.platform for a in ads).items()))}",
    ]
    sizes = Counter(a.network for a in ads if a.network and a.typology)
    org_sizes = Counter(a.network for a in ads if a.network and not a.typology)
    lines.append(
        f"exploitative networks: {len(sizes)}, sizes {min(sizes.values())}-{max(sizes.values())}, "
        f"ads in them {sum(sizes.values())}; benign organisations: {len(org_sizes)} ({sum(org_sizes.values())} ads)"
    )
    lines.append(
        f"exploitative ads: {sum(1 for a in ads if a.typology)}, no-selector ads: "
        f"{sum(1 for a in ads if not a.selectors)}, null author: {sum(1 for a in ads if a.author is None)}"
    )
    families: dict[str, set[str]] = {}
    for a in ads:
        if a.family:
            families.setdefault(a.family, set()).add(a.network or a.case)
    lines.append(
        "shared templates (networks using it, independents copying it): "
        + ", ".join(
            f"{k} {len([n for n in v if '-net-' in n])}+{sum(1 for a in ads if a.family == k and not a.network)}"
            for k, v in sorted(families.items())
        )
    )
    per_lang = Counter((a.lang, "net" if a.network and a.typology else a.case.split("_")[0]) for a in ads)
    lines.append(f"language x group: {dict(sorted(per_lang.items()))}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--stats", action="store_true", help="print the counts quoted in README.md")
    args = parser.parse_args()
    for bank in (phrases_c, phrases_d):
        ads = build(bank)
        write(ads, bank.LETTER, args.out)
        print(f"net{bank.LETTER}: {len(ads)} ads")
        if args.stats:
            print(summary(ads))


if __name__ == "__main__":
    main()
