"""The hard cases for linking ads into networks (issue 9): planned once per corpus, written one ad at a time.

Every corpus holds them, so that a linker that merges on wording alone loses points here:

- **rival**: networks of one typology and language post the same one or two templates (a template family,
  shared by 2-8 networks), each with contacts of its own. Truth: separate networks. Posters copy each
  other's wording, so shared wording relates networks; only shared contacts make one.
- **burner**: a network reposts one ad text, nearly always with a new single-use phone; a few ads repeat a
  contact (the first two always do). Truth: one network. A repost (the same text with only the contact
  changed, the same fills) that touches one contact-anchored group belongs to it.
- **copycat**: an independent poster copies a network's template and edits it (their own name, city and
  price, a sentence changed, added or dropped) under their own contact. Truth: no network.

Other networks are case "network", the rest of the posters "independent" and "benign".
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from himaya.synth import contacts
from himaya.synth.ads import Ad, Writer, contacts_time
from himaya.synth.contacts import pick
from himaya.synth.templates import Slots, expand

RIVAL_SHARE = 0.3  # of the networks, in template families
BURNER_SHARE = 0.1  # of the networks
COPYCATS_PER_NETWORK = 0.6  # copycat posts per network, taken from the independent posters
FAMILY_SIZES = (2, 3, 4, 5, 6, 7, 8)
FAMILY_WEIGHTS = (0.3, 0.25, 0.15, 0.1, 0.08, 0.07, 0.05)
BURNER_REPEAT = 0.15  # a later burner ad repeats one of the network's kept contacts
BURNER_IMAGES = 0.2  # burner ads with photos (an identical photo is a tie of its own)
EDITS = ("change", "add", "drop")
OWN_FILLS = ("name", "agency", "rate", "salary", "price")  # what a copycat puts of their own in a copied ad
RIVAL_EDITS = 0.3  # rivals edit their copy of the template less than a network edits its own
LONG = (6, 8)  # sentences in a template that spreads (a family's, a burner's)


def sentences(case: str) -> tuple[int, int]:
    """How many sentences (fewest, most) the templates of a network of ``case`` have."""
    return LONG if case == "burner" else (4, 6)


@dataclass(frozen=True, slots=True)
class Plan:
    """The case of each network and its template family (None outside a family)."""

    case: list[str]
    family: list[int | None]
    families: int


def plan(rng: random.Random, networks: int) -> Plan:
    """Burners (about 10%, at least one from 5 networks) and rivals (about 30%, at least two from 4
    networks) in families of 2-8; the rest are plain networks."""
    order = list(range(networks))
    rng.shuffle(order)
    case = ["network"] * networks
    family: list[int | None] = [None] * networks
    n_burner = max(1, round(BURNER_SHARE * networks)) if networks >= 5 else 0
    for i in order[:n_burner]:
        case[i] = "burner"
    rest = order[n_burner:]
    left = min(len(rest), max(2, round(RIVAL_SHARE * networks))) if networks >= 4 else 0
    fam = pos = 0
    while left >= 2:
        size = min(left, rng.choices(FAMILY_SIZES, FAMILY_WEIGHTS)[0])
        if left - size == 1:  # no family of one
            size = size + 1 if size < FAMILY_SIZES[-1] else size - 1
        for i in rest[pos : pos + size]:
            case[i], family[i] = "rival", fam
        pos, left, fam = pos + size, left - size, fam + 1
    return Plan(case, family, fam)


def copycat_count(networks: int, independents: int) -> int:
    """Copycat posts in a corpus: about 0.6 a network, at most a third of the independent posters."""
    if networks == 0 or independents < 3:
        return 0
    return min(independents // 3, max(1, round(COPYCATS_PER_NETWORK * networks)))


def family(rng: random.Random, writer: Writer, typology: str, dest: str) -> dict[str, Any]:
    """One or two templates of one language with their fills, for 2-8 rival networks to share."""
    lang = pick(rng, list(writer.langs))
    templates = writer.network_templates(lang, typology, dest, rng, LONG)[: 1 if rng.random() < 0.7 else 2]
    return {"typology": typology, "lang": lang, "dest": dest, "templates": templates}


def make_burner(rng: random.Random, writer: Writer, net: dict[str, Any]) -> None:
    """Turn ``net`` into a burner network: one language, one ad text and 1-2 contacts it keeps."""
    lang = net["langs"][0]
    net["langs"] = [lang]
    net["templates"] = {lang: net["templates"][lang][:1]}
    country = net["countries"][0]
    kept: list[Any] = []
    for _ in range(rng.choices((1, 2), (0.7, 0.3))[0]):
        kind = rng.choices(("phone", "handle", "email"), (0.55, 0.35, 0.1))[0]
        if kind == "phone":
            kept.append(writer.phones.take(country))
        elif kind == "handle":
            kept.append(contacts.handle(rng, "telegram"))
        else:
            kept.append(contacts.email(rng))
    net["selectors"] = kept
    language = writer.langs[lang]
    tpl = net["templates"][lang][0]
    slots = Slots(language, country, writer.places, rng, net["dest"])
    slots.update(tpl["fixed"])
    net["repost"] = {
        "country": country,
        "body": [s.format_map(slots) for s in tpl["sentences"]],
        "title": tpl["title"].format_map(slots) if rng.random() < 0.6 else None,
        "lines": {kind: expand(pick(rng, language.contact[kind]), rng) for kind in ("phone", "handle", "email")},
        "joiner": "\n" if rng.random() < 0.4 else " ",
    }


def burner_ad(rng: random.Random, writer: Writer, net: dict[str, Any]) -> Ad:
    """The network's ad text again, with a new burner phone and, now and then, a contact it keeps."""
    base, kept = net["repost"], net["selectors"]
    k = net["posted"]
    net["posted"] = k + 1
    if k == 0:  # the first two ads share a kept contact (and chain two of them): one anchored group
        carried = list(kept)
    elif k == 1:
        carried = [kept[-1]]
    else:
        carried = [pick(rng, kept)] if rng.random() < BURNER_REPEAT else []
    if not carried or rng.random() < 0.6:
        carried.append(writer.phones.take(base["country"]))
    lang = net["langs"][0]
    language = writer.langs[lang]
    ad = writer.base(lang, base["country"], rng)
    lines = []
    for sel in carried:
        raw, (kind, label) = writer.written(ad, language, sel, rng, 0.0, 0.0, fixed_label=True)
        lines.append(base["lines"][kind].replace("{p}", label).replace("{c}", label).replace("{x}", raw))
    ad.text = base["joiner"].join([*base["body"], *lines])
    ad.title = base["title"]
    ad.network, ad.typology, ad.exploitative = net["id"], net["typology"], True
    ad.platform = pick(rng, net["platforms"])
    ad.author = pick(rng, net["authors"])
    ad.time = net["start"] + rng.randrange(max(1, net["span"]))
    if net["images"] and rng.random() < BURNER_IMAGES:
        ad.images = rng.sample(net["images"], rng.randint(1, len(net["images"])))
    return ad


def copycat(rng: random.Random, writer: Writer, source: dict[str, Any]) -> Ad:
    """An independent poster's edited copy of one of ``source``'s templates, under their own contacts."""
    lang = pick(rng, source["langs"])
    tpl = pick(rng, source["templates"][lang])
    typology = source["typology"]
    language = writer.langs[lang]
    bank = language.typology[typology]
    sentences = list(tpl["sentences"])
    edit = pick(rng, EDITS)
    if edit == "drop" and len(sentences) > 2:
        sentences.pop(rng.randrange(len(sentences)))
    elif edit == "add":
        sentences.insert(rng.randrange(len(sentences) + 1), _other_sentence(rng, bank.sentences, sentences))
    else:
        sentences[rng.randrange(len(sentences))] = _other_sentence(rng, bank.sentences, sentences)
    country = pick(rng, writer.lang_countries[lang])
    slots = Slots(language, country, writer.places, rng, source["dest"])
    slots.update({k: v for k, v in tpl["fixed"].items() if k not in OWN_FILLS})  # their own name, city, price
    body = [s.format_map(slots) for s in sentences]
    title = tpl["title"].format_map(slots) if rng.random() < 0.6 else None
    carried: list[Any] = []
    if typology == "child_sexual_exploitation":
        carried += [contacts.onion(rng), contacts.crypto(rng)]
    elif rng.random() < 0.8:
        carried.append(writer.phones.take(country))
    if rng.random() < 0.3:
        carried.append(contacts.email(rng))
    if rng.random() < 0.35 or not carried:
        carried.append(contacts.handle(rng))
    ad = writer.base(lang, country, rng)
    writer.finish(ad, language, body, title, carried, rng, 0.35, rng.random())
    ad.typology, ad.exploitative = typology, True
    ad.platform = pick(rng, source["platforms"])
    ad.author = f"{pick(rng, contacts.LATIN_NAMES)}{pick(rng, contacts.LATIN_WORDS)}{rng.randint(1, 99_999)}"
    ad.time = contacts_time(rng)
    return ad


def _other_sentence(rng: random.Random, bank: list[Any], present: list[str]) -> str:
    """A sentence of the bank not already in the template (a few tries; the bank is small)."""
    sentence = expand(pick(rng, bank), rng)
    for _ in range(5):
        if sentence not in present:
            break
        sentence = expand(pick(rng, bank), rng)
    return sentence
