"""The steps that fill a corpus: exploitative networks, shared templates, lone posters, benign posts.

Why each step exists is the point of the corpus: networks chain their phones across posts (or burn them),
rivals post the same template with their own contacts, aggregators and quoting posts carry other people's
contacts, and benign organisations post templated ads with steady contacts of their own.
"""

from __future__ import annotations

from collections import defaultdict

import phrases as ph
import world as w
from maker import (
    AFFINITY,
    CSE,
    DS,
    EMOJI,
    FC,
    FL,
    OT,
    SE,
    SECOND_TYPOLOGY,
    SM,
    Contact,
    Group,
    Maker,
    Post,
    Shared,
    slug,
)
from phonenumbers import PhoneNumberType

LANG2 = {"ar": "fr", "fr": "ar", "es": "en", "en": "es"}
EXTRA_FACTOR = {
    "email": {FL: 1.3, DS: 1.3, FC: 1.3, SE: 0.6, SM: 0.6, OT: 1.0},
    "handle": {SE: 1.3, SM: 1.3, FC: 1.3, FL: 0.6, DS: 0.6, OT: 0.8},
    "crypto": {SM: 1.6, FC: 1.6, OT: 1.2, SE: 0.6, FL: 0.2, DS: 0.2},
    "url": {FL: 1.6, DS: 1.4, FC: 1.6, SM: 0.8, SE: 0.3, OT: 0.3},
}
ORG_PLATFORMS = {
    "agency": ["job_board", "facebook"],
    "spa": ["classifieds", "instagram", "facebook"],
    "cleaning": ["classifieds", "facebook"],
    "travel": ["facebook", "instagram"],
    "ngo": ["facebook", "x"],
    "clinic": ["facebook", "x"],
}
PROMISE_OF = {SE: 1, FL: 2, DS: 0, FC: 0, SM: 3, OT: 0}
BENIGN_KINDS = {
    "job": 30,
    "seeker": 12,
    "rental": 12,
    "service": 12,
    "sale": 10,
    "awareness": 9,
    "news": 7,
    "forum_quote": 5,
    "agg_job": 3,
}


def platforms_for(m: Maker, typ: str, k: int) -> list[str]:
    weights = {p: AFFINITY[typ].get(p, 0) * m.cfg.platform_w.get(p, 1) for p in AFFINITY[typ]}
    out: list[str] = []
    while len(out) < k and len(out) < len(weights):
        pick = m.pick({p: v for p, v in weights.items() if p not in out and v > 0} or {"facebook": 1})
        out.append(pick)
    return out


def new_network(m: Maker, typ: str, lang: str, size: int) -> Group:
    rng, cfg = m.rng, m.cfg
    m.serial += 1
    country = m.pick(w.LANG_COUNTRIES[lang])
    g = Group(key=f"n{m.serial}", typology=typ, lang=lang, country=country, size=size)
    g.brand = m.brand(lang)
    if typ != CSE and rng.random() < 0.12:
        g.lang2 = LANG2[lang]
    if typ in SECOND_TYPOLOGY and rng.random() < 0.1:
        g.typ2 = SECOND_TYPOLOGY[typ]
    g.kind = "burner" if typ != CSE and rng.random() < cfg.burner else "chain"
    g.platforms = platforms_for(m, typ, rng.choice([1, 2, 2, 3]))
    g.author_mode = "rotating" if typ == CSE else m.pick(cfg.author_modes)
    if g.author_mode in ("stable", "mixed"):
        g.accounts = [m.own_account(g.platforms[0], lang, g.brand) for _ in range(rng.choice([1, 1, 2, 3]))]
    g.styles = sorted({m.pick(cfg.phone_styles) for _ in range(2)})
    g.emojis = rng.sample(EMOJI, k=2)
    for lang_i in filter(None, (lang, g.lang2)):
        g.vals[lang_i] = m.vals_for(typ, lang_i, country)
        for typ_i in filter(None, (typ, g.typ2)):
            if lang_i in ph.ADS[typ_i]:
                g.skeletons[f"{typ_i}|{lang_i}"] = [m.skeleton(typ_i, lang_i) for _ in range(rng.choice([2, 2, 3]))]
    dest_region = w.DEST[g.vals[lang]["dest"][0]][1]
    if typ == CSE:
        g.stable = [
            (
                Contact(
                    "handle", m.handle_name(rng.choice(["vault", "archive", "club_access"])), platforms=("telegram",)
                ),
                0.6,
            )
        ]
        g.phones = []
    elif g.kind == "chain":
        n_phones = min(rng.randint(2, 6), max(2, size // 2))
        g.phones = [m.book.new(country) for _ in range(n_phones)]
        if rng.random() < 0.25 and dest_region != country:
            g.phones[-1] = m.book.new(dest_region)
    for kind, base_p in cfg.extras.items():
        if typ != CSE and rng.random() < base_p * EXTRA_FACTOR[kind][typ]:
            g.stable.append((m.extra_contact(kind, g, g.brand), rng.uniform(0.25, 0.6)))
    if g.kind == "burner" and not any(c.kind in ("handle", "email") for c, _ in g.stable):
        kind = "handle" if rng.random() < 0.6 else "email"
        g.stable.append((m.extra_contact(kind, g, g.brand), rng.uniform(0.35, 0.6)))
    if rng.random() < cfg.quiet_nets:
        g.quiet_rate = rng.uniform(0.05, 0.25)
    g.bursts = m.make_bursts(rng.choice([1, 1, 2, 3]))
    return g


def assign_contacts(m: Maker, g: Group) -> list[list[Contact] | None]:
    """Which contacts each post of a network carries: None for a post with no contact at all."""
    rng, n = m.rng, g.size
    quiet = [rng.random() < g.quiet_rate for _ in range(n)]
    if sum(quiet) > n * 0.4:
        quiet = [False] * n
    idx = [i for i in range(n) if not quiet[i]]
    sets: list[list[Contact]] = []
    if g.typology == CSE:
        wallets = [Contact("crypto", w.tron_address(rng), label="USDT (TRC20)") for _ in range(2)]
        sets = [[wallets[0]], [wallets[0], wallets[1]]] + [[rng.choice(wallets)] for _ in range(len(idx) - 2)]
    elif g.kind == "chain":
        phones = [Contact("phone", w.e164(p), phone=p) for p in g.phones]
        mm = min(len(phones), len(idx) + 1)
        sets = [[phones[j], phones[j + 1]] for j in range(mm - 1)]
        while len(sets) < len(idx):
            k = rng.choices([1, 2, 3], weights=[45, 40, 15])[0]
            s = rng.randrange(mm)
            sets.append(phones[s : s + k])
        sets = sets[: len(idx)]
        rng.shuffle(sets)
    else:
        pool: list[Contact] = []
        dest_region = w.DEST[g.vals[g.lang]["dest"][0]][1]
        for _ in idx:
            if not pool or rng.random() < 0.7:
                region = g.country if rng.random() < 0.8 else dest_region
                num = m.book.new(region)
                new = Contact("phone", w.e164(num), phone=num)
                cur = [new]
                if pool and rng.random() < 0.2:
                    cur.append(rng.choice(pool))
                pool.append(new)
            else:
                cur = [rng.choice(pool)]
            sets.append(cur)
        g.phones = [c.phone for c in pool if c.phone is not None]
    for contact, rate in g.stable:
        hits = [k for k in range(len(sets)) if rng.random() < rate]
        if len(hits) < 2 and len(sets) >= 2:
            hits = rng.sample(range(len(sets)), k=2)
        for k in hits:
            sets[k] = [*sets[k], contact]
    out: list[list[Contact] | None] = [None] * n
    for k, i in enumerate(idx):
        out[i] = sets[k]
    return out


def make_shared(m: Maker, nets: list[Group]) -> None:
    """Templates that unrelated rival networks of one typology and language all post."""
    rng = m.rng
    by_combo: dict[str, list[Group]] = defaultdict(list)
    for g in nets:
        if g.typology != CSE:
            by_combo[f"{g.typology}|{g.lang}"].append(g)
    for combo in sorted(by_combo):
        gs = by_combo[combo]
        typ, lang = combo.split("|")
        count = 0 if len(gs) < 2 else (1 if len(gs) < 4 else 2)
        for _ in range(count):
            sh = Shared(typ, lang, m.skeleton(typ, lang), verbatim=rng.random() < 0.5)
            sh.skeleton["flag"] = max(sh.skeleton["flag"], 0)
            if sh.verbatim:
                vals = m.vals_for(typ, lang, gs[0].country)
                sh.text, sh.head = m.ad_text(typ, lang, sh.skeleton, vals, "classifieds", "{contact}", "", fixed=True)
            users = rng.sample(gs, k=min(len(gs), rng.randint(2, 4)))
            for g in users:
                g.shared.append(len(m.shared))
                g.shared_rate = rng.uniform(0.2, 0.5)
                sh.users.append(g.key)
            m.shared.append(sh)


def network_posts(m: Maker, g: Group) -> None:
    rng, cfg = m.rng, m.cfg
    contacts = assign_contacts(m, g)
    for i in range(g.size):
        platform = g.platforms[0] if rng.random() < 0.6 else rng.choice(g.platforms)
        lang = g.lang2 if g.lang2 and rng.random() < 0.3 else g.lang
        typ = g.typ2 if g.typ2 and rng.random() < 0.3 else g.typology
        assert typ is not None
        if f"{typ}|{lang}" not in g.skeletons:
            typ, lang = g.typology or typ, g.lang
        country, location = m.place(platform, g.country)
        cts = contacts[i]
        contact_text, sels = m.block(cts, lang, country, g.styles) if cts else (None, [])
        emoji = rng.choice(g.emojis)
        case = "cse_market_indicator" if typ == CSE else ("net_burner" if g.kind == "burner" else "net_chain")
        usable = [m.shared[k] for k in g.shared if m.shared[k].typology == typ and m.shared[k].lang == lang]
        if cts and usable and rng.random() < g.shared_rate:
            sh = rng.choice(usable)
            if sh.verbatim:
                text, head = sh.text.replace("{contact}", contact_text or ""), sh.head
            else:
                text, head = m.ad_text(typ, lang, sh.skeleton, g.vals[lang], platform, contact_text, emoji)
            case = "net_shared_template"
        else:
            skel = rng.choice(g.skeletons[f"{typ}|{lang}"])
            text, head = m.ad_text(typ, lang, skel, g.vals[lang], platform, contact_text, emoji)
            if typ in (FL, DS, FC) and rng.random() < 0.35:
                text = f"{g.brand}: {text}"
        author = network_author(m, g, platform, lang)
        if cts and typ in (FL, DS, FC, SE) and lang in cfg.aggregators and rng.random() < cfg.agg_rate:
            platform, author, case = "telegram", cfg.aggregators[lang], "aggregator_repost"
            text = "📢 " + text
        if cts is None:
            case = "net_no_contact"
        post = Post(
            lang,
            text,
            platform,
            author,
            m.when(m.days_from_bursts(g)),
            country,
            location,
            g.key,
            typ,
            case,
            sels,
            group=g.key,
            head=head,
            contact_text=contact_text or "",
            contact_sels=list(sels),
        )
        m.add(post)


def network_author(m: Maker, g: Group, platform: str, lang: str) -> str | None:
    rng = m.rng
    mode = g.author_mode
    if mode == "mixed":
        mode = "stable" if rng.random() < 0.5 else "rotating"
    if mode == "stable" and g.accounts:
        return rng.choice(g.accounts)
    if mode == "anon" and platform in ("classifieds", "forum", "job_board"):
        return None if rng.random() < 0.6 else w.GENERIC_AUTHOR[lang]
    return m.account(platform, lang)


def single_posts(m: Maker, n: int, nets: list[Group]) -> None:
    """Lone exploitative posters: their own words, a rivals' shared template, or a network's text re-filled."""
    rng, cfg = m.rng, m.cfg
    for _ in range(n):
        typ, lang = m.pick(cfg.typ_w), m.pick(cfg.lang_w)
        country = m.pick(w.LANG_COUNTRIES[lang])
        platform = platforms_for(m, typ, 1)[0]
        post_country, location = m.place(platform, country)
        vals = m.vals_for(typ, lang, country)
        m.serial += 1
        g = Group(key=f"s{m.serial}", typology=typ, lang=lang, country=country)
        contacts: list[Contact] = []
        if rng.random() > 0.05:
            contacts.append(m.phone_contact(country))
            if rng.random() < 0.15:
                contacts.append(m.phone_contact(country))
            if rng.random() < 0.15:
                contacts.append(m.extra_contact(rng.choice(["handle", "email"]), g, m.username(lang)))
        styles = [m.pick(cfg.phone_styles)]
        contact_text, sels = m.block(contacts, lang, post_country, styles) if contacts else (None, [])
        emoji = rng.choice(EMOJI)
        shared = [s for s in m.shared if s.typology == typ and s.lang == lang]
        copied = [x for x in nets if x.typology == typ and x.lang == lang and f"{typ}|{lang}" in x.skeletons]
        roll = rng.random()
        case = "single_copied_template"
        if shared and contact_text and roll < 0.45:
            sh = rng.choice(shared)
            sh.singles += 1
            if sh.verbatim:
                text, head = sh.text.replace("{contact}", contact_text), sh.head
            else:
                text, head = m.ad_text(typ, lang, sh.skeleton, vals, platform, contact_text, emoji)
        elif copied and roll > 0.9:
            skel = rng.choice(rng.choice(copied).skeletons[f"{typ}|{lang}"])
            text, head = m.ad_text(typ, lang, skel, vals, platform, contact_text, emoji)
        else:
            text, head = m.ad_text(typ, lang, m.skeleton(typ, lang), vals, platform, contact_text, emoji)
            case = "single_own_words"
        author = lone_author(m, platform, lang)
        m.add(
            Post(
                lang,
                text,
                platform,
                author,
                m.when(rng.random() * cfg.days),
                post_country,
                location,
                None,
                typ,
                case,
                sels,
                group=g.key,
                head=head,
                contact_text=contact_text or "",
                contact_sels=list(sels),
            )
        )


def lone_author(m: Maker, platform: str, lang: str) -> str | None:
    if platform in ("classifieds", "forum", "job_board") and m.rng.random() < 0.35:
        return None if m.rng.random() < 0.6 else w.GENERIC_AUTHOR[lang]
    return m.account(platform, lang)


def org_groups(m: Maker) -> list[Group]:
    """Benign organisations that post templated ads with steady contacts: each is its own (benign) group."""
    rng = m.rng
    out, seen = [], defaultdict(int)
    offset = {kind: rng.randrange(4) for kind in sorted(set(m.cfg.orgs))}
    for kind in m.cfg.orgs:
        lang = w.ORG_LANG[(offset[kind] + seen[kind]) % 4]
        seen[kind] += 1
        country = m.pick(w.LANG_COUNTRIES[lang])
        m.serial += 1
        g = Group(key=f"o{m.serial}", typology=None, lang=lang, country=country, size=rng.randint(6, 25))
        g.org_kind = kind
        brand = w.ORG_BRANDS[kind][w.ORG_LANG.index(lang)]
        latin, local = m.city(country, lang)
        g.brand = f"{brand} {local}" if m.cfg.prefix == "F" else brand
        fixed = kind in ("agency", "ngo", "clinic") and rng.random() < 0.5
        kinds = [PhoneNumberType.FIXED_LINE if fixed else PhoneNumberType.MOBILE]
        g.phones = [m.book.new(country, k) for k in kinds * rng.choice([1, 2])]
        site = slug(brand) + ("-" + slug(latin) if m.cfg.prefix == "F" else "")
        g.stable = [
            (Contact("email", f"contact@{site}.example"), 0.4),
            (Contact("url", f"https://www.{site}.example"), 1.0),
        ]
        g.platforms = ORG_PLATFORMS[kind]
        g.accounts = [g.brand]
        m.reserved.add(g.brand)
        g.styles = [m.pick(m.cfg.phone_styles)]
        g.vals[lang] = m.vals_for(FL, lang, country)
        out.append(g)
    return out


def org_posts(m: Maker, g: Group) -> None:
    rng = m.rng
    lang = g.lang
    for _ in range(g.size):
        platform = rng.choice(g.platforms)
        country, location = m.place(platform, g.country)
        phones = [Contact("phone", w.e164(p), phone=p) for p in g.phones]
        contacts = rng.choice([phones[:1], phones[-1:], phones]) if rng.random() < 0.9 else []
        email, url = g.stable[0][0], g.stable[1][0]
        if rng.random() < 0.4 or not contacts:
            contacts = [*contacts, email]
        contact_text, sels = m.block(contacts, lang, country, g.styles)
        template = ph.ORGS[g.org_kind][lang][0]
        filled = m.fill(template, g.vals[lang], lang, False)
        role = rng.choice(ph.ROLES[lang])
        text = filled.replace("{brand}", g.brand).replace("{lic}", f"RL-{rng.randrange(1000, 9999)}")
        text = text.replace("{role}", role).replace("{url}", url.value)
        url_sel = [{"type": "url", "value": url.value}] if "{url}" in template else []
        help_sel: list[dict[str, str]] = []
        if "{helpline}" in text:
            num = m.helpline[lang]
            text = text.replace("{helpline}", w.render_phone(num, "nat", country, False))
            help_sel = [{"type": "phone", "value": w.e164(num)}]
        order = order_of(template, url_sel, sels, help_sel)
        text = text.replace("{contact}", contact_text)
        m.add(
            Post(
                lang,
                text,
                platform,
                g.accounts[0],
                m.when(rng.random() * m.cfg.days),
                country,
                location,
                g.key,
                None,
                f"benign_org_{g.org_kind}",
                order,
                group=g.key,
            )
        )


def order_of(template: str, url_sel: list, contact_sels: list, help_sel: list) -> list:
    """Selectors in the order they appear in the template."""
    keyed = [
        (template.find("{url}"), url_sel),
        (template.find("{contact}"), contact_sels),
        (template.find("{helpline}"), help_sel),
    ]
    out: list = []
    for _, sels in sorted((k for k in keyed if k[0] >= 0), key=lambda k: k[0]):
        out.extend(sels)
    return out


def benign_posts(m: Maker, n: int) -> None:
    rng, cfg = m.rng, m.cfg
    ads = [
        p
        for p in m.posts
        if p.network
        and p.typology
        and p.contact_text
        and p.case != "cse_market_indicator"
        and p.typology != "child_sexual_exploitation"
    ]
    for _ in range(n):
        kind, lang = m.pick(BENIGN_KINDS), m.pick(cfg.lang_w)
        country = m.pick(w.LANG_COUNTRIES[lang])
        latin, local = m.city(country, lang)
        if kind in ("news", "forum_quote", "awareness"):
            quoted_pool = [p for p in ads if p.lang == lang] or ads
            quoted = rng.choice(quoted_pool)
            quiet_help = m.helpline.get(lang)
            post_country = country if rng.random() < cfg.country_p else None
            if kind == "awareness":
                template = rng.choice(ph.BENIGN["awareness"][lang])
                text = template.replace("{quote}", quoted.head)
                platform, author, sels = rng.choice(["facebook", "x", "instagram"]), m.account("x", lang), []
                day = rng.random() * cfg.days
            else:
                # The quote keeps the ad's own way of writing the number, so the item is placed where the ad
                # was (local news, a cousin in the same country): a reader there can still dial it.
                post_country = quoted.country
                if quoted.country:
                    local = m.city(quoted.country, lang)[1]
                template = ph.BENIGN[kind][lang][0]
                quote = f"{quoted.head}… {quoted.contact_text}"
                text = template.replace("{quote}", quote).replace("{outlet}", rng.choice(w.OUTLETS[lang]))
                text = text.replace("{city}", local).replace("{promise}", rng.choice(ph.PROMISE[lang]))
                sels = list(quoted.contact_sels)
                platform = "news" if kind == "news" else "forum"
                author = None if kind == "news" else m.username(lang)
                day = (quoted.when - cfg.start).days + rng.randrange(5, 60)
            help_sel = []
            if "{helpline}" in text and quiet_help is not None:
                text = text.replace("{helpline}", w.render_phone(quiet_help, "nat", post_country, False))
                help_sel = [{"type": "phone", "value": w.e164(quiet_help)}]
            case = {"news": "news_quoting_ad", "forum_quote": "forum_quoting_ad", "awareness": "awareness_helpline"}
            m.add(
                Post(
                    lang,
                    text,
                    platform,
                    author,
                    m.when(day),
                    post_country,
                    None,
                    None,
                    None,
                    case[kind],
                    [*sels, *help_sel],
                )
            )
            continue
        platform = {"job": "job_board", "agg_job": "telegram", "seeker": "classifieds"}.get(kind, "classifieds")
        if kind == "job" and rng.random() < 0.4:
            platform = rng.choice(["facebook", "classifieds"])
        if kind in ("rental", "service", "sale") and rng.random() < 0.3:
            platform = "facebook"
        post_country, location = m.place(platform, country, latin)
        m.serial += 1
        g = Group(key=f"b{m.serial}", typology=None, lang=lang, country=country)
        contacts = [m.phone_contact(country)]
        if kind in ("job", "agg_job") and rng.random() < 0.3:
            contacts = [m.extra_contact("email", g, rng.choice(ph.BIZ[lang])), *contacts[: rng.randrange(2)]]
        contact_text, sels = m.block(contacts, lang, post_country, [m.pick(cfg.phone_styles)])
        bank = "job" if kind == "agg_job" else kind
        text = rng.choice(ph.BENIGN[bank][lang])
        roles = ph.SEEKER_ROLES if kind == "seeker" else ph.ROLES
        fills = {
            "{biz}": rng.choice(ph.BIZ[lang]),
            "{city}": local,
            "{role}": rng.choice(roles[lang]),
            "{hours}": rng.choice(ph.HOURS[lang]),
            "{pay}": w.money(lang, rng.choice([11, 12, 14, 15, 18])),
            "{rent}": w.money(lang, rng.choice([80, 150, 300, 450, 600])),
            "{service}": rng.choice(ph.SERVICES[lang]),
            "{item}": rng.choice(ph.ITEMS[lang]),
            "{contact}": contact_text,
        }
        for key, value in fills.items():
            text = text.replace(key, value)
        author = lone_author(m, platform, lang)
        case = f"benign_{kind}"
        if kind == "agg_job":
            if lang in cfg.aggregators:
                author, text, case = cfg.aggregators[lang], "📢 " + text, "benign_aggregator_repost"
            else:
                platform, case = "job_board", "benign_job"
        m.add(
            Post(
                lang,
                text,
                platform,
                author,
                m.when(rng.random() * cfg.days),
                post_country,
                location,
                None,
                None,
                case,
                sels,
                group=g.key,
            )
        )


def cse_network(m: Maker) -> Group:
    """The one market-indicator network: an invitation-only group sold for crypto; nothing about content."""
    g = new_network(m, CSE, m.cfg.cse_lang, m.cfg.cse_posts)
    g.quiet_rate = 0.0
    return g
