"""The posters of a corpus: networks (ordinary, template-sharing, burner), copycats, independents, benign.

Each kind of poster is one method of `Maker`; each writes its ads with their truth. The truth of an ad is
decided here, by who posted it, never by what the text looks like: an ad is in a network exactly when the
network posted it, whatever it shares (template, hotline) with other ads.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ad_assembly import Ad, Banks, Template, compose, edit, load_banks, render_ad
from ad_contacts import Pool
from ad_fills import (
    AGENCY_A,
    AGENCY_B,
    CITIES,
    COMPANY_A,
    COMPANY_B,
    COUNTRIES,
    DEST_NAMES,
    DESTS,
    FEE_USD,
    LANGS,
    LOCAL_MONEY,
    NAMES,
    PAY_USD,
    dest_money,
    money,
    person_name,
)
from ad_plan import EXTRA_RATES, HANDLE_PLATFORMS, PLATFORMS, TYPOLOGIES, Plan
from phonenumbers import PhoneNumberType

SECOND_LANG = {"ar": ("fr", "en"), "en": ("es", "fr", "ar"), "es": ("en",), "fr": ("ar", "en")}
AUTHOR_WORDS = ["jobs", "work", "abroad", "offers", "career", "travel", "news", "chances", "daily", "hub"]
SOCIAL = ["telegram", "instagram", "snapchat", "tiktok", "x"]


@dataclass
class Network:
    """One group of people posting ads: its templates, base fills, active period and accounts."""

    typology: str
    langs: list[str]
    country: str
    templates: dict[str, list[Template]]
    shared: bool
    size: int
    base: dict[str, object]
    start: int
    length: int
    burner: bool = False
    nid: str = ""
    authors: dict[str, list[str]] = field(default_factory=dict)


class Maker:
    """Builds one corpus from its plan; every random draw comes from the plan's seed, in a fixed order."""

    def __init__(self, plan: Plan, banks_dir: object) -> None:
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.pool = Pool(self.rng)
        self.banks: Banks = load_banks(banks_dir / plan.banks)  # type: ignore[operator]
        self.taken: set[tuple[object, ...]] = set()
        self.lang_load: Counter[str] = Counter()
        self.authors_used: set[str] = set()
        self.ads: list[Ad] = []
        self.hotlines = [self.pool.phone(r, PhoneNumberType.TOLL_FREE) for r in plan.hotline_regions]

    def build(self) -> list[Ad]:
        networks = self.networks()
        for net in networks:
            (self.burner_ads if net.burner else self.network_ads)(net)
        self.copycats(networks)
        n_benign = round(self.plan.total * self.plan.benign_share)
        self.independents(self.plan.total - len(self.ads) - n_benign)
        self.benign(n_benign)
        return self.ads

    # ----- small draws -------------------------------------------------------------------------------------
    def lightest_lang(self, load: Counter[str] | None = None, choices: tuple[str, ...] = LANGS) -> str:
        """A language among those with fewest ads so far, to keep the corpus balanced."""
        load = self.lang_load if load is None else load
        low = min(load[c] for c in choices)
        return self.rng.choice([c for c in choices if load[c] <= low + 12])

    def when(self, start: int, length: int) -> datetime:
        day = min(364, start + self.rng.randrange(max(1, length)))
        return self.plan.start + timedelta(days=day, minutes=self.rng.randrange(7 * 60, 24 * 60))

    def author(self, platform: str, lang: str) -> str:
        rng = self.rng
        for _ in range(1000):
            name = rng.choice(NAMES[lang])
            if platform == "telegram":
                cand = f"{rng.choice(AUTHOR_WORDS)}_{rng.choice(AUTHOR_WORDS)}_{rng.randrange(1, 999)}"
            elif platform == "facebook":
                tail = rng.choice(["Recruitment", "Travel", "Services", "Official", f"{rng.choice('ABDFHKLMNRST')}."])
                other = rng.choice([n for n in NAMES[lang] if n != name])
                cand = rng.choice([f"{name} {tail}", f"{name} {other}", f"{name} {other} {tail}"])
            elif platform in ("instagram", "x", "tiktok"):
                cand = f"{name.lower()}_{rng.choice(AUTHOR_WORDS)}{rng.randrange(1, 9999)}"
            else:
                cand = rng.choice([f"user{rng.randrange(10000, 999999)}", f"{name}{rng.randrange(10, 9999)}"])
            if cand not in self.authors_used:
                self.authors_used.add(cand)
                return cand
        raise RuntimeError("no fresh author name")

    def platform(self, kind: str) -> str:
        weights = dict(PLATFORMS[kind])
        if self.plan.prefix == "B" and kind != "benign":
            weights["telegram"] = weights.get("telegram", 0) + 1.5  # netB leans on Telegram channels
        return self.rng.choices(list(weights), list(weights.values()))[0]

    def base_fills(self, lang: str, kind: str) -> dict[str, object]:
        """What stays the same across the ads of one poster: destination, pay level, ages, name, company."""
        rng = self.rng
        lo, hi = PAY_USD[kind]
        flo, fhi = FEE_USD.get(kind, (100, 500))
        amin = rng.choice([18, 18, 19, 20, 21])
        words_a, words_b = (AGENCY_A, AGENCY_B) if kind == "benign_agency" else (COMPANY_A, COMPANY_B)
        return {
            "dest": rng.choice(DESTS.get(kind, ["XX"])),
            "pay": rng.uniform(lo, hi),
            "fee": rng.uniform(flo, fhi),
            "amin": amin,
            "amax": amin + rng.choice([7, 10, 12, 15, 17]),
            "name": person_name(lang, rng),
            "company": f"{rng.choice(words_a)} {rng.choice(words_b)}",
            "hint": rng.choice(NAMES[lang]),
        }

    def fills(self, lang: str, country: str, kind: str, base: dict[str, object]) -> dict[str, object]:
        """Slot values for one ad: the poster's base, with pay, city and days varied a little."""
        rng = self.rng
        pay = float(base["pay"]) * rng.uniform(0.9, 1.1)  # type: ignore[arg-type]
        fee = float(base["fee"]) * rng.uniform(0.9, 1.1)  # type: ignore[arg-type]
        dest = str(base["dest"])
        if kind.startswith("benign"):
            unit, rate, level = LOCAL_MONEY[country]
            pay *= level
            pay_text = money(pay, unit if lang == "ar" or unit != "دولار" else "$", rate, lang)
            fee_text = pay_text
        else:
            pay_text, fee_text = dest_money(pay, dest, lang), dest_money(fee, dest, lang)
        if kind == "child_sexual_exploitation":
            fee_text = f"{round(fee / 60000, 4)} BTC"
        name = base["name"] if rng.random() < 0.85 else person_name(lang, rng)
        return {
            "city": rng.choice(CITIES[country]),
            "dest": DEST_NAMES[lang][dest],
            "pay": pay_text,
            "fee": fee_text,
            "amin": base["amin"],
            "amax": base["amax"],
            "name": name,
            "company": base["company"],
            "days": rng.choice([3, 5, 7, 7, 10, 14]),
        }

    def hotline_for(self, lang: str, platform: str, benign: bool) -> str | None:
        """Job boards print the NGO helpline under many ads, whoever posted them; a few benign posters do too."""
        rate = self.plan.hotline_rate if platform == "jobboard" else (0.03 if benign else 0.0)
        if self.rng.random() >= rate:
            return None
        return self.hotlines[0 if lang in self.plan.hotline_first_langs else 1]

    def post(
        self,
        *,
        lang: str,
        kind: str,
        template: Template,
        fills: dict[str, object],
        contacts: list[tuple[str, str]],
        country: str,
        platform: str,
        author: str,
        when: datetime,
        network: str | None,
        typology: str | None,
        case: str,
        drop_rate: float = 0.2,
    ) -> None:
        rng = self.rng
        ad_country = None if rng.random() < 0.1 else country
        hotline = self.hotline_for(lang, platform, typology is None)
        text, selectors = render_ad(
            self.banks,
            template,
            fills,
            contacts,
            style=self.plan.style,
            rng=rng,
            drop_rate=drop_rate,
            ad_country=ad_country,
            indic=self.plan.indic_rate,
            hotline=hotline,
        )
        if hotline and typology is None:
            case = "benign_hotline"
        location = str(fills["city"]) if rng.random() < 0.5 else None
        self.ads.append(
            Ad(
                lang,
                text,
                platform,
                author,
                when,
                ad_country,
                location,
                network,
                typology,
                case,
                selectors,
                template.key,
            )
        )
        self.lang_load[lang] += 1

    # ----- networks ----------------------------------------------------------------------------------------
    def new_network(
        self, typology: str, langs: list[str], templates: dict[str, list[Template]], shared: bool, load: Counter[str]
    ) -> Network:
        rng = self.rng
        size = (
            rng.randint(4, 5)
            if typology == "child_sexual_exploitation"
            else int(rng.triangular(4, 31, self.plan.size_mode))
        )
        length = rng.randint(20, 160)
        load[langs[0]] += size
        return Network(
            typology,
            langs,
            rng.choice(COUNTRIES[langs[0]]),
            templates,
            shared,
            size,
            self.base_fills(langs[0], typology),
            rng.randrange(0, 365 - length),
            length,
        )

    def networks(self) -> list[Network]:
        rng, plan, banks = self.rng, self.plan, self.banks
        load: Counter[str] = Counter()
        nets: list[Network] = []
        for typology, langs, members in plan.families:
            family = {lang: [compose(banks, lang, typology, rng, self.taken)] for lang in langs}
            if rng.random() < 0.4:
                for lang in langs:
                    family[lang].append(compose(banks, lang, typology, rng, self.taken))
            for m in range(members):
                mine = [langs[m % len(langs)]]
                if len(langs) > 1 and rng.random() < 0.3:
                    mine.append(langs[(m + 1) % len(langs)])
                nets.append(self.new_network(typology, mine, {lang: family[lang] for lang in mine}, True, load))
        cse = plan.cse_lang
        nets.append(
            self.new_network(
                "child_sexual_exploitation",
                [cse],
                {cse: [compose(banks, cse, "child_sexual_exploitation", rng, self.taken)]},
                False,
                load,
            )
        )
        while len(nets) < plan.n_networks:
            typology = rng.choices(TYPOLOGIES, plan.typology_weights)[0]
            langs = [self.lightest_lang(load)]
            if rng.random() < plan.second_lang_rate:
                langs.append(rng.choice(SECOND_LANG[langs[0]]))
            templates = {
                lang: [compose(banks, lang, typology, rng, self.taken) for _ in range(rng.choice([1, 1, 2]))]
                for lang in langs
            }
            nets.append(self.new_network(typology, langs, templates, False, load))
        for net in rng.sample([n for n in nets if n.typology != "child_sexual_exploitation"], plan.n_burners):
            net.burner, net.langs = True, net.langs[:1]
            net.size, net.length = int(rng.triangular(8, 31, 18)), rng.randint(7, 45)
            net.start = rng.randrange(0, 365 - net.length)
        rng.shuffle(nets)
        for i, net in enumerate(nets, 1):
            net.nid = f"{plan.prefix}-net-{i:03d}"
        return nets

    def extras(self, net: Network) -> list[tuple[str, str]]:
        """The network's e-mails, handles (sometimes one name on two platforms), wallets and web pages."""
        rng = self.rng
        p_mail, p_handle, p_wallet, p_url = EXTRA_RATES[net.typology]
        hint = str(net.base["hint"])
        out: list[tuple[str, str]] = []
        if rng.random() < p_mail:
            out.append(("email", self.pool.email(net.langs[0], hint)))
        if rng.random() < p_handle:
            platform = rng.choice(HANDLE_PLATFORMS[net.typology])
            name = self.pool.handle_name(hint)
            out.append(("handle", f"{platform}:{name}"))
            if rng.random() < self.plan.cross_platform_rate:
                other = rng.choice([p for p in SOCIAL if p != platform])
                out.append(("handle", f"{other}:{name}"))
        if rng.random() < p_wallet:
            out.append(("crypto", self.pool.wallet()))
        if rng.random() < p_url:
            out.append(("url", self.pool.url(str(net.base["company"]))))
        return out

    def contact_sets(self, net: Network) -> list[list[tuple[str, str]]]:
        """Phones that chain (p1+p2, p2+p3, ...), extras riding along, and a few ads with no contact at all."""
        rng = self.rng
        k = min(rng.randint(2, 6), max(2, net.size - 2))
        regions = [net.country] * k
        if k > 2 and rng.random() < 0.25:
            regions[-1] = rng.choice([c for c in COUNTRIES[net.langs[0]] if c != net.country])
        phones = [("phone", self.pool.phone(r)) for r in regions]
        sets = [[phones[j], phones[j + 1]] for j in range(k - 1)]
        n_none = sum(rng.random() < self.plan.no_contact_rate for _ in range(net.size))
        n_none = max(0, min(n_none, net.size - len(sets) - 1))
        while len(sets) < net.size - n_none:
            j = rng.randrange(k - 1)
            sets.append([phones[j]] if rng.random() < 0.6 else [phones[j], phones[j + 1]])
        for extra in self.extras(net):
            spots = rng.sample(range(len(sets)), rng.randint(1, max(1, len(sets) // 3)))
            sets[spots[0]].append(extra)
            for s in spots[1:]:
                if s >= k - 1 and rng.random() < 0.35:
                    sets[s] = [c for c in sets[s] if c[0] != "phone"]
                sets[s].append(extra)
        rng.shuffle(sets)
        for _ in range(n_none):
            sets.insert(rng.randrange(len(sets) + 1), [])
        return sets

    def network_author(self, net: Network, platform: str, fresh_rate: float) -> str:
        accounts = net.authors.setdefault(platform, [])
        if not accounts or (len(accounts) < 3 and self.rng.random() < fresh_rate):
            accounts.append(self.author(platform, net.langs[0]))
        return self.rng.choice(accounts)

    def network_ads(self, net: Network) -> None:
        rng = self.rng
        sets = self.contact_sets(net)
        names = [v.split(":", 1)[1] for t, v in (c for s in sets for c in s) if t == "handle"]
        doubled = {
            n for n in names if len({v for s in sets for t, v in s if t == "handle" and v.endswith(":" + n)}) > 1
        }
        for contacts in sets:
            lang = net.langs[1] if len(net.langs) > 1 and rng.random() < 0.3 else net.langs[0]
            if not contacts:
                case = "network_no_contact"
            elif any(t == "handle" and v.split(":", 1)[1] in doubled for t, v in contacts):
                case = "network_cross_platform"
            else:
                case = "network_shared_template" if net.shared else "network"
            platform = self.platform(net.typology)
            self.post(
                lang=lang,
                kind=net.typology,
                template=rng.choice(net.templates[lang]),
                fills=self.fills(lang, net.country, net.typology, net.base),
                contacts=contacts,
                country=net.country,
                platform=platform,
                author=self.network_author(net, platform, 0.2),
                when=self.when(net.start, net.length),
                network=net.nid,
                typology=net.typology,
                case=case,
                drop_rate=0.25,
            )

    def burner_ads(self, net: Network) -> None:
        """Reposts of one text where only the phone changes (a new phone, and mostly a new account, each time);
        a few contacts come back in two or more ads. City, pay and days change in about one repost in five."""
        rng = self.rng
        lang, template = net.langs[0], net.templates[net.langs[0]][0]
        fixed = self.fills(lang, net.country, net.typology, net.base)
        sets = [[("phone", self.pool.phone(net.country))] for _ in range(net.size)]
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(["phone", "phone", "email", "handle"])
            spots = rng.sample(range(net.size), rng.randint(2, min(4, net.size)))
            if kind == "phone":
                for s in spots[1:]:
                    sets[s] = [sets[spots[0]][0]]
            else:
                extra = (
                    ("email", self.pool.email(lang, str(net.base["hint"])))
                    if kind == "email"
                    else (
                        "handle",
                        f"{rng.choice(HANDLE_PLATFORMS[net.typology])}:{self.pool.handle_name(str(net.base['hint']))}",
                    )
                )
                for s in spots:
                    sets[s].append(extra)
        platforms = rng.sample(sorted(PLATFORMS[net.typology]), min(2, len(PLATFORMS[net.typology])))
        for contacts in sets:
            fills = fixed if rng.random() < 0.8 else self.fills(lang, net.country, net.typology, net.base)
            platform = rng.choice(platforms)
            author = self.network_author(net, platform, 1.0) if rng.random() < 0.2 else self.author(platform, lang)
            self.post(
                lang=lang,
                kind=net.typology,
                template=template,
                fills=fills,
                contacts=contacts,
                country=net.country,
                platform=platform,
                author=author,
                when=self.when(net.start, net.length),
                network=net.nid,
                typology=net.typology,
                case="network_burner",
                drop_rate=0.0,
            )

    # ----- posters outside networks ------------------------------------------------------------------------
    def own_contacts(self, lang: str, country: str, typology: str, hint: str) -> list[tuple[str, str]]:
        rng = self.rng
        out = [("phone", self.pool.phone(country))]
        if rng.random() < 0.2:
            out.append(("phone", self.pool.phone(country)))
        if rng.random() < 0.2:
            out.append(("email", self.pool.email(lang, hint)))
        if typology in HANDLE_PLATFORMS and rng.random() < 0.2:
            out.append(("handle", f"{rng.choice(HANDLE_PLATFORMS[typology])}:{self.pool.handle_name(hint)}"))
        if rng.random() < 0.1:
            out = out[1:] or out  # some post only an e-mail or a handle
        return out

    def copycats(self, nets: list[Network]) -> None:
        """Single posters who copy a network's template, with their own contacts and, often, an edit of theirs."""
        rng = self.rng
        sources = [n for n in nets if n.typology != "child_sexual_exploitation"]
        for _ in range(self.plan.n_copycats):
            src = rng.choice(sources)
            lang = src.langs[0]
            template = rng.choice(src.templates[lang])
            if rng.random() < self.plan.copycat_edit_rate:
                template = edit(template, self.banks, rng)
            country = rng.choice(COUNTRIES[lang])
            base = self.base_fills(lang, src.typology)
            platform = self.platform(src.typology)
            self.post(
                lang=lang,
                kind=src.typology,
                template=template,
                fills=self.fills(lang, country, src.typology, base),
                contacts=self.own_contacts(lang, country, src.typology, str(base["hint"])),
                country=country,
                platform=platform,
                author=self.author(platform, lang),
                when=self.when(src.start, 365 - src.start),
                network=None,
                typology=src.typology,
                case="copycat",
            )

    def independents(self, n: int) -> None:
        """Single exploitative ads in their own wording (a template no one else in the corpus uses)."""
        rng = self.rng
        for _ in range(n):
            typology = rng.choices(TYPOLOGIES, self.plan.typology_weights)[0]
            lang = self.lightest_lang()
            country = rng.choice(COUNTRIES[lang])
            base = self.base_fills(lang, typology)
            platform = self.platform(typology)
            self.post(
                lang=lang,
                kind=typology,
                template=compose(self.banks, lang, typology, rng, self.taken),
                fills=self.fills(lang, country, typology, base),
                contacts=self.own_contacts(lang, country, typology, str(base["hint"])),
                country=country,
                platform=platform,
                author=self.author(platform, lang),
                when=self.when(0, 365),
                network=None,
                typology=typology,
                case="independent",
            )

    def benign(self, n: int) -> None:
        """Agencies whose branches share templates and one website, and single posters (some post twice)."""
        rng, plan = self.rng, self.plan
        n_agency = round(n * 0.35)
        for a in range(plan.n_agencies):
            langs = [self.lightest_lang()]
            if rng.random() < 0.4:
                langs.append(rng.choice(SECOND_LANG[langs[0]]))
            base = self.base_fills(langs[0], "benign_agency")
            site = self.pool.url(str(base["company"]))
            templates = {
                lang: [compose(self.banks, lang, "benign_agency", rng, None) for _ in range(rng.randint(1, 2))]
                for lang in langs
            }
            branches = []
            for _ in range(rng.randint(3, 10)):
                lang = rng.choice(langs)
                country = rng.choice(COUNTRIES[lang])
                branches.append((lang, country, rng.choice(CITIES[country]), self.pool.phone(country)))
            quota = n_agency // plan.n_agencies + (n_agency % plan.n_agencies if a == plan.n_agencies - 1 else 0)
            for _ in range(quota):
                lang, country, city, phone = rng.choice(branches)
                fills = self.fills(lang, country, "benign_agency", base) | {"city": city}
                contacts = [("phone", phone)] + ([("url", site)] if rng.random() < 0.7 else [])
                platform = rng.choice(["jobboard", "jobboard", "facebook", "classifieds"])
                self.post(
                    lang=lang,
                    kind="benign_agency",
                    template=rng.choice(templates[lang]),
                    fills=fills,
                    contacts=contacts,
                    country=country,
                    platform=platform,
                    author=f"{base['company']} {city}",
                    when=self.when(0, 365),
                    network=None,
                    typology=None,
                    case="benign_agency",
                )
        done = n_agency
        while done < n:
            kind = rng.choices(["benign_job", "benign_rental", "benign_service"], [0.45, 0.3, 0.25])[0]
            lang = self.lightest_lang()
            country = rng.choice(COUNTRIES[lang])
            base = self.base_fills(lang, kind)
            contacts = [("phone", self.pool.phone(country))] if rng.random() < 0.92 else []
            if rng.random() < 0.25:
                contacts.append(("email", self.pool.email(lang, str(base["hint"]))))
            template = compose(self.banks, lang, kind, rng, None)
            platform = self.platform("benign")
            author = self.author(platform, lang)
            for _ in range(min(n - done, 1 if rng.random() < 0.8 else rng.randint(2, 3))):
                self.post(
                    lang=lang,
                    kind=kind,
                    template=template,
                    fills=self.fills(lang, country, kind, base),
                    contacts=contacts,
                    country=country,
                    platform=platform,
                    author=author,
                    when=self.when(0, 365),
                    network=None,
                    typology=None,
                    case="benign",
                )
                done += 1
