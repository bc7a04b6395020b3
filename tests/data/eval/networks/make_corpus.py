"""Make the two labelled corpora of ads (netA, netB) on which grouping ads into networks is judged.

Written for Himaya issue 9 by an author who did not read Himaya's linking code, so that the corpora test the
tool rather than mirror it. Everything is synthetic and seeded; running

    python tests/data/eval/networks/make_corpus.py --out tests/data/eval/networks

rewrites the four data files byte for byte and prints the counts that README.md reports. README.md says what
each case is and why its truth is what it is. Modules beside this one: ad_plan (the two plans), ad_owners (who
posts what, and the truth), ad_assembly (template + fills + contacts -> text), ad_contacts (fictional contacts
and how ads write them), ad_fills (names, places, money, labels), banks_a.txt / banks_b.txt (phrase banks).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from ad_assembly import Ad
from ad_owners import Maker
from ad_plan import PLANS, Plan

HERE = Path(__file__).resolve().parent
EXPLOITATIVE_CASES = (
    "network",
    "network_shared_template",
    "network_burner",
    "network_no_contact",
    "network_cross_platform",
    "copycat",
    "independent",
)


def write_corpus(plan: Plan, ads: list[Ad], out: Path) -> None:
    """Ids follow posting time; records and truth are written line for line in the same order."""
    order = sorted(range(len(ads)), key=lambda i: (ads[i].when, i))
    records, truth = [], []
    for n, i in enumerate(order, 1):
        ad = ads[i]
        ad_id = f"{plan.prefix}-{n:05d}"
        record: dict[str, object] = {
            "id": ad_id,
            "text": ad.text,
            "platform": ad.platform,
            "author": ad.author,
            "posted_at": ad.when.strftime("%Y-%m-%dT%H:%M:00Z"),
            "country": ad.country,
        }
        if ad.location:
            record["location"] = ad.location
        records.append(json.dumps(record, ensure_ascii=False))
        truth.append(
            json.dumps(
                {
                    "id": ad_id,
                    "network": ad.network,
                    "typology": ad.typology,
                    "exploitative": ad.typology is not None,
                    "case": ad.case,
                    "selectors": ad.selectors,
                },
                ensure_ascii=False,
            )
        )
    stem = f"net{plan.prefix}"
    (out / f"{stem}.records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (out / f"{stem}.truth.jsonl").write_text("\n".join(truth) + "\n", encoding="utf-8")


def components(ads: list[Ad], ignore: set[str]) -> int:
    """How many pieces the ads fall into when joined only by the contacts they share (hotlines left out)."""
    parent = list(range(len(ads)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, ad in enumerate(ads):
        for s in ad.selectors:
            if s["value"] in ignore:
                continue
            j = first.setdefault(s["value"], i)
            parent[find(i)] = find(j)
    return len({find(i) for i in range(len(ads))})


def summary(plan: Plan, ads: list[Ad], hotlines: list[str]) -> str:
    """The counts README.md reports, as Markdown."""
    lines = [f"### net{plan.prefix}: {len(ads)} ads", "", "| case | ads |", "|---|---|"]
    cases = Counter(ad.case for ad in ads)
    lines += [f"| {c} | {n} |" for c, n in sorted(cases.items())]
    langs = Counter(ad.lang for ad in ads)
    lines += ["", "| language | ads | of which exploitative |", "|---|---|---|"]
    lines += [
        f"| {lang} | {n} | {sum(1 for a in ads if a.lang == lang and a.typology)} |"
        for lang, n in sorted(langs.items())
    ]
    typ = Counter(ad.typology or "benign (null)" for ad in ads)
    lines += ["", "| typology | ads |", "|---|---|"] + [f"| {t} | {n} |" for t, n in sorted(typ.items())]
    by_net: dict[str, list[Ad]] = defaultdict(list)
    for ad in ads:
        if ad.network:
            by_net[ad.network].append(ad)
    sizes = [len(v) for v in by_net.values()]
    burners = sum(1 for v in by_net.values() if v[0].case == "network_burner")
    shared_nets = sum(1 for v in by_net.values() if any(a.case == "network_shared_template" for a in v))
    users: dict[tuple[object, ...], set[str]] = defaultdict(set)
    copied: dict[tuple[object, ...], int] = Counter()
    for ad in ads:
        if ad.network:
            users[ad.template].add(ad.network)
    for ad in ads:
        if ad.case == "copycat" and ad.template in users:
            copied[ad.template] += 1
    shared = {t: n for t, n in users.items() if len(n) >= 2}
    hot = set(hotlines)
    split = sum(
        1 for v in by_net.values() if components([a for a in v if {s["value"] for s in a.selectors} - hot], hot) > 1
    )
    net_langs = [len({a.lang for a in v}) for v in by_net.values()]
    lines += [
        "",
        f"- networks: {len(sizes)} (burner {burners}, drawing on shared templates {shared_nets}); "
        f"sizes min {min(sizes)}, max {max(sizes)}, mean {sum(sizes) / len(sizes):.1f}; "
        f"in one language {net_langs.count(1)}, in two {net_langs.count(2)}",
        f"- templates used by >= 2 networks: {len(shared)} (networks per such template: "
        f"{', '.join(str(len(n)) for n in sorted(shared.values(), key=len, reverse=True))})",
        f"- copycat ads reusing a network template word for word: {sum(copied.values())} (the others edited it)",
        f"- networks whose ads with contacts (hotline aside) do not all join through shared contacts: {split}",
        f"- ads printing an NGO hotline: {sum(1 for a in ads if any(s['value'] in hotlines for s in a.selectors))} "
        f"({', '.join(hotlines)}), of which in network ads: "
        f"{sum(1 for a in ads if a.network and any(s['value'] in hotlines for s in a.selectors))}",
        f"- ads with no selector: {sum(1 for a in ads if not a.selectors)}",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for net{A,B}.{records,truth}.jsonl")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for plan in PLANS:
        maker = Maker(plan, HERE)
        ads = maker.build()
        write_corpus(plan, ads, args.out)
        print(summary(plan, ads, maker.hotlines), end="\n\n")


if __name__ == "__main__":
    main()
