"""Write a synthetic corpus of ads with known networks, typologies and selectors (see :func:`generate`)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from himaya.model import TYPOLOGIES
from himaya.synth import cases, contacts
from himaya.synth.ads import SPAN, START, Ad, Writer
from himaya.synth.contacts import pick
from himaya.synth.templates import LANGUAGES

TYPOLOGY_WEIGHTS = (0.34, 0.08, 0.16, 0.12, 0.13, 0.05, 0.12)  # in model.TYPOLOGIES order
DEST = {
    "sexual_exploitation": ("FR", "ES", "GB", "DE", "IT", "AE", "US"),
    "child_sexual_exploitation": ("US",),
    "forced_labour": ("SA", "AE", "QA", "RO", "GB", "DE", "IT"),
    "domestic_servitude": ("SA", "AE", "QA", "LB", "JO"),
    "forced_criminality": ("KH", "MM", "TH", "PH", "VN"),
    "organ_trafficking": ("EG", "IN", "TH"),
    "migrant_smuggling": ("ES", "IT", "GB", "FR", "US", "DE"),
}
PLATFORMS = {
    "sexual_exploitation": ("escort-dir.example", "classifieds.example", "telegram", "x", "instagram"),
    "child_sexual_exploitation": ("forum.onion", "market.onion", "telegram"),
    "forced_labour": ("jobs-board.example", "facebook", "telegram", "classifieds.example"),
    "domestic_servitude": ("classifieds.example", "facebook", "instagram", "jobs-board.example"),
    "forced_criminality": ("telegram", "facebook", "jobs-board.example", "x"),
    "organ_trafficking": ("facebook", "classifieds.example", "telegram"),
    "migrant_smuggling": ("facebook", "telegram", "tiktok", "classifieds.example"),
    "benign": (
        "classifieds.example",
        "adsboard.example",
        "rentals.example",
        "jobs-board.example",
        "facebook",
    ),
}


def _network_sizes(rng: random.Random, networks: int, records: int) -> list[int]:
    if networks * 3 > records * 0.45:
        raise ValueError(f"{networks} networks of at least 3 posts do not fit in {records} records")
    sizes = [min(60, 3 + int(rng.paretovariate(1.2) * 2.2) - 2) for _ in range(networks)]
    sizes = [max(3, s) for s in sizes]
    budget = int(records * 0.45)
    while sum(sizes) > budget:
        sizes = [max(3, s * 9 // 10) for s in sizes]
    return sizes


def _typology(rng: random.Random) -> str:
    return rng.choices(TYPOLOGIES, TYPOLOGY_WEIGHTS)[0]


def _network(
    rng: random.Random, writer: Writer, nid: int, size: int, case: str, family: dict[str, Any] | None
) -> dict[str, Any]:
    """A network's plan; a rival takes its typology, language, destination and templates from its family."""
    typology = family["typology"] if family else _typology(rng)
    langs = [family["lang"] if family else rng.choice(LANGUAGES)]
    if family is None and rng.random() < 0.25:
        langs.append(rng.choice([lang for lang in LANGUAGES if lang != langs[0]]))
    countries = [rng.choice(writer.lang_countries[langs[0]]) for _ in range(rng.randint(1, 3))]
    if len(langs) > 1:
        countries.append(rng.choice(writer.lang_countries[langs[1]]))
    dest = family["dest"] if family else rng.choice(DEST[typology])
    sels: list[contacts.Made | contacts.Phone] = []
    n_phone = rng.randint(1, 4) if typology != "child_sexual_exploitation" else rng.randint(0, 1)
    sels += [writer.phones.take(rng.choice(countries)) for _ in range(n_phone)]
    domain = contacts.slug(rng) + ".example" if rng.random() < 0.3 else None
    sels += [contacts.email(rng, domain) for _ in range(rng.choices((0, 1, 2), (0.4, 0.4, 0.2))[0])]
    sels += [contacts.handle(rng) for _ in range(rng.choices((0, 1, 2, 3), (0.3, 0.4, 0.2, 0.1))[0])]
    if typology == "child_sexual_exploitation":
        sels += [contacts.onion(rng) for _ in range(rng.randint(1, 2))]
        sels += [contacts.crypto(rng) for _ in range(rng.randint(1, 2))]
    elif rng.random() < 0.3:
        sels.append(contacts.crypto(rng))
    if rng.random() < 0.25:
        sels.append(contacts.url(rng))
    if not sels:
        sels.append(contacts.handle(rng, "telegram"))
    rng.shuffle(sels)
    sels = sels[: size + 1]
    start = START + rng.randrange(SPAN)
    templates = (
        {langs[0]: family["templates"]}
        if family
        else {lang: writer.network_templates(lang, typology, dest, rng, cases.sentences(case)) for lang in langs}
    )
    net = {
        "id": f"net-{nid:05d}",
        "case": case,
        "typology": typology,
        "langs": langs,
        "countries": countries,
        "dest": dest,
        "selectors": sels,
        "templates": templates,
        "platforms": rng.sample(PLATFORMS[typology], rng.randint(1, min(3, len(PLATFORMS[typology])))),
        "authors": [contacts.handle(rng).value.split(":", 1)[1] for _ in range(rng.randint(1, 4))],
        "start": start,
        "span": min(SPAN - (start - START), rng.randint(20, 360) * 86400),
        "hidden_form": rng.random(),
        "images": [f"img_{rng.getrandbits(48):012x}.jpg" for _ in range(rng.randint(0, 3))],
        "posted": 0,
    }
    if case == "burner":
        cases.make_burner(rng, writer, net)
    return net


def _network_ad(rng: random.Random, writer: Writer, net: dict[str, Any]) -> Ad:
    if net["case"] == "burner":
        return cases.burner_ad(rng, writer, net)
    sels = net["selectors"]
    k = net["posted"]
    net["posted"] = k + 1
    if k < len(sels) - 1:  # the first posts chain the selectors pairwise
        carried = sels[k : k + 2]
    elif rng.random() < 0.03:
        carried = []
    else:
        width = rng.randint(1, min(3, len(sels)))
        first = rng.randrange(len(sels) - width + 1)
        carried = sels[first : first + width]
    lang = rng.choice(net["langs"])
    country = rng.choice(net["countries"])
    ad = writer.from_template(
        lang,
        net["templates"][lang],
        country,
        carried,
        rng,
        hide_rate=0.35,
        preferred=net["hidden_form"],
        dest=net["dest"],
        edits=cases.RIVAL_EDITS if net["case"] == "rival" else 1.0,
    )
    ad.network, ad.typology, ad.exploitative = net["id"], net["typology"], True
    ad.platform = rng.choice(net["platforms"])
    ad.author = rng.choice(net["authors"])
    ad.time = net["start"] + rng.randrange(max(1, net["span"]))
    if net["images"] and rng.random() < 0.4:
        ad.images = rng.sample(net["images"], rng.randint(1, len(net["images"])))
    return ad


def _iso(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def generate(
    out_dir: Path, *, records: int, networks: int, seed: int, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """Write ``records.jsonl`` and ``truth.jsonl`` under ``out_dir``; return a summary of what was written.

    Each truth line says the record's ``case`` (:mod:`himaya.synth.cases`); rival lines name their template
    ``family``, copycat lines the network they copied (``copy_of``). The same ``seed`` (with the same
    counts) writes the same bytes.
    """
    if records < 1 or networks < 0:
        raise ValueError("records must be positive and networks not negative")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    writer = Writer(seed, rng)
    sizes = _network_sizes(rng, networks, records)
    roles = cases.plan(rng, networks)
    families = []
    for _ in range(roles.families):
        typology = _typology(rng)
        families.append(cases.family(rng, writer, typology, rng.choice(DEST[typology])))
    nets = [
        _network(rng, writer, i, size, case, None if fam is None else families[fam])
        for i, (size, case, fam) in enumerate(zip(sizes, roles.case, roles.family, strict=True))
    ]
    spread = [i for i, case in enumerate(roles.case) if case != "network"]  # copied most: templates that spread
    n_benign = records // 2
    n_indep = records - n_benign - sum(sizes)
    n_copy = cases.copycat_count(networks, n_indep)
    plan = np.concatenate(
        [
            np.repeat(np.arange(networks), sizes),
            np.full(n_indep - n_copy, -1),
            np.full(n_benign, -2),
            np.full(n_copy, -3),
        ]
    )
    plan = np.random.default_rng(seed).permutation(plan).tolist()
    summary: dict[str, Counter[str]] = {
        k: Counter() for k in ("kind", "case", "typology", "language", "hidden", "selectors", "platform")
    }
    hub_posts = 0
    step = max(1, min(10_000, records // 100))
    with (
        open(out_dir / "records.jsonl", "wb", buffering=1 << 20) as rec_f,
        open(out_dir / "truth.jsonl", "wb", buffering=1 << 20) as truth_f,
    ):
        for i, who in enumerate(plan):
            extra: dict[str, Any] = {}
            if who >= 0:
                net = nets[who]
                ad = _network_ad(rng, writer, net)
                kind, case = "network", net["case"]
                fam = roles.family[who]
                if fam is not None:
                    extra["family"] = f"fam-{fam:04d}"
            elif who == -3:
                source = nets[pick(rng, spread) if spread and rng.random() < 0.5 else rng.randrange(networks)]
                ad = cases.copycat(rng, writer, source)
                kind, case = "independent", "copycat"
                extra["copy_of"] = source["id"]
            elif who == -1:
                ad = writer.independent(rng)
                kind = case = "independent"
            else:
                ad = writer.benign(rng)
                kind = case = "benign"
            hub_posts += ad.hub
            rid = f"syn-{i:08d}"
            rec_f.write(orjson.dumps(ad.record(rid, _iso(ad.time), writer, i)) + b"\n")
            truth_f.write(
                orjson.dumps(
                    {
                        "id": rid,
                        "network": ad.network,
                        "typology": ad.typology,
                        "exploitative": ad.exploitative,
                        "selectors": ad.truth,
                        "case": case,
                        **extra,
                    }
                )
                + b"\n"
            )
            summary["kind"][kind] += 1
            summary["case"][case] += 1
            summary["typology"][ad.typology or "none"] += 1
            summary["language"][ad.lang] += 1
            summary["platform"][ad.platform] += 1
            for sel in ad.truth:
                summary["selectors"][sel["type"]] += 1
                if sel["hidden"]:
                    summary["hidden"][f"{sel['type']}:{sel['hidden']}"] += 1
            if progress is not None and (i + 1) % step == 0:
                progress(step)
        if progress is not None and records % step:
            progress(records % step)
    result: dict[str, Any] = {k: dict(sorted(v.items())) for k, v in summary.items()}
    result.update(
        records=records,
        networks=networks,
        seed=seed,
        hub_posts=hub_posts,
        network_sizes={
            "min": min(sizes, default=0),
            "max": max(sizes, default=0),
            "mean": round(sum(sizes) / max(1, len(sizes)), 2),
        },
        network_cases=dict(sorted(Counter(roles.case).items())),
        template_families=roles.families,
        phone_ranges_reused=writer.phones.reused,
    )
    return result
