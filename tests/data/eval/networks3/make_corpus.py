"""Writes netE and netF, two held-out corpora of posts labelled with who ran them (Himaya issue 9).

Written by an independent author who did not read how Himaya links, scores or generates data. All of it is
synthetic (see world.py for the phones and wallets, phrases.py for the words). Deterministic:

    python tests/data/eval/networks3/make_corpus.py --out tests/data/eval/networks3

The truth follows who posted a post (the group behind it), never how the text looks: rivals share
templates, aggregators repost other people's ads, news items and forum users quote ads with their numbers,
and job boards print one helpline under every ad. README.md lists the cases and the decisions taken.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import UTC, datetime
from pathlib import Path

import build as b
import stats as st
import world as w
from maker import DS, FC, FL, OT, SE, SM, Config, Maker, Post

CONFIGS = {
    "netE": Config(
        prefix="E",
        seed=90_301,
        posts=3000,
        start=datetime(2025, 3, 1, tzinfo=UTC),
        days=365,
        lang_w={"ar": 26, "fr": 26, "en": 24, "es": 24},
        typ_w={SE: 30, FL: 25, DS: 20, SM: 10, FC: 9, OT: 6},
        nets=80,
        size_mode=14,
        orgs=[
            "agency",
            "agency",
            "agency",
            "agency",
            "spa",
            "spa",
            "cleaning",
            "cleaning",
            "travel",
            "travel",
            "ngo",
            "ngo",
            "clinic",
            "clinic",
        ],
        cse_posts=4,
        cse_lang="en",
        burner=0.15,
        author_modes={"stable": 50, "rotating": 20, "anon": 20, "mixed": 10},
        platform_w={
            "classifieds": 35,
            "job_board": 20,
            "facebook": 15,
            "telegram": 10,
            "forum": 10,
            "x": 5,
            "instagram": 5,
            "tiktok": 2,
        },
        phone_styles={
            "nat": 45,
            "nat_dots": 10,
            "nat_compact": 10,
            "intl": 20,
            "paren0": 5,
            "00": 5,
            "e164": 3,
            "spaced": 2,
        },
        arabic_digits=0.1,
        country_p=0.85,
        footer_p=0.6,
        aggregators={"en": "Jobs Abroad Daily 🌍", "ar": "وظائف الخليج اليوم"},
        agg_rate=0.06,
        helplines={"en": "GB", "fr": "FR", "es": "ES", "ar": "MA"},
        quiet_nets=0.3,
        extras={"email": 0.35, "handle": 0.3, "crypto": 0.15, "url": 0.2},
        two_platform_handle=0.35,
    ),
    "netF": Config(
        prefix="F",
        seed=90_302,
        posts=4000,
        start=datetime(2025, 6, 15, tzinfo=UTC),
        days=365,
        lang_w={"en": 28, "es": 28, "ar": 22, "fr": 22},
        typ_w={SE: 25, FC: 20, SM: 20, FL: 15, DS: 12, OT: 8},
        nets=85,
        size_mode=22,
        orgs=[
            "agency",
            "agency",
            "agency",
            "agency",
            "spa",
            "spa",
            "spa",
            "cleaning",
            "cleaning",
            "travel",
            "travel",
            "travel",
            "ngo",
            "ngo",
        ],
        cse_posts=5,
        cse_lang="es",
        burner=0.3,
        author_modes={"stable": 30, "rotating": 35, "anon": 15, "mixed": 20},
        platform_w={
            "telegram": 25,
            "facebook": 15,
            "instagram": 12,
            "x": 10,
            "tiktok": 8,
            "classifieds": 15,
            "job_board": 10,
            "forum": 5,
        },
        phone_styles={"intl": 35, "e164": 15, "00": 10, "intl_dots": 10, "nat": 15, "nat_compact": 10, "spaced": 5},
        arabic_digits=0.25,
        country_p=0.55,
        footer_p=0.3,
        aggregators={
            "en": "Work Visa Alerts",
            "es": "Chamba en el Extranjero 🌎",
            "fr": "Bons Plans Emploi International",
            "ar": "فرص عمل بالخارج",
        },
        agg_rate=0.08,
        helplines={"en": "US", "fr": "BE", "es": "MX", "ar": "AE"},
        quiet_nets=0.45,
        extras={"email": 0.25, "handle": 0.55, "crypto": 0.35, "url": 0.15},
        two_platform_handle=0.5,
    ),
}


def allot(weights: dict[str, int], n: int, rng: random.Random) -> list[str]:
    """n labels in the given proportions (largest remainders), shuffled: the mix is planned, not drawn."""
    total = sum(weights.values())
    exact = {k: v * n / total for k, v in weights.items()}
    counts = {k: int(x) for k, x in exact.items()}
    for k in sorted(exact, key=lambda k: counts[k] - exact[k])[: n - sum(counts.values())]:
        counts[k] += 1
    out = [k for k in weights for _ in range(counts[k])]
    rng.shuffle(out)
    return out


def build(name: str, cfg: Config, book: w.PhoneBook) -> Maker:
    """Networks first (so news and forum posts can quote their ads), then lone posters and benign posts."""
    m = Maker(cfg, book)
    rng = m.rng
    nets = []
    typs, langs = allot(cfg.typ_w, cfg.nets, rng), allot(cfg.lang_w, cfg.nets, rng)
    for typ, lang in zip(typs, langs, strict=True):
        size = max(4, min(30, round(rng.triangular(4, 30, cfg.size_mode))))
        nets.append(b.new_network(m, typ, lang, size))
    nets.append(b.cse_network(m))
    b.make_shared(m, nets)
    for g in nets:
        b.network_posts(m, g)
    orgs = b.org_groups(m)
    for g in orgs:
        b.org_posts(m, g)
    benign_target = round(cfg.posts * 0.4)
    singles = cfg.posts - benign_target - sum(g.size for g in nets)
    b.single_posts(m, singles, nets)
    b.benign_posts(m, cfg.posts - len(m.posts))
    groups = nets + orgs
    rng.shuffle(groups)
    for k, g in enumerate(groups, start=1):
        g.nid = f"{cfg.prefix}-net-{k:03d}"
        m.groups[g.key] = g
    return m


def write(m: Maker, name: str, out: Path) -> list[tuple[dict, dict, Post]]:
    ordered = sorted(enumerate(m.posts), key=lambda item: (item[1].when, item[0]))
    rows = []
    with (
        (out / f"{name}.records.jsonl").open("w", encoding="utf-8") as rec_f,
        (out / f"{name}.truth.jsonl").open("w", encoding="utf-8") as truth_f,
    ):
        for k, (_, p) in enumerate(ordered, start=1):
            pid = f"{m.cfg.prefix}-{k:05d}"
            record: dict = {
                "id": pid,
                "text": p.text,
                "platform": p.platform,
                "author": p.author,
                "posted_at": p.when.strftime("%Y-%m-%dT%H:%M:00Z"),
                "country": p.country,
            }
            if p.location is not None:
                record["location"] = p.location
            nid = m.groups[p.network].nid if p.network else None
            truth = {
                "id": pid,
                "network": nid,
                "typology": p.typology,
                "exploitative": p.typology is not None,
                "case": p.case,
                "selectors": p.selectors,
            }
            rec_f.write(json.dumps(record, ensure_ascii=False) + "\n")
            truth_f.write(json.dumps(truth, ensure_ascii=False) + "\n")
            rows.append((record, truth, p))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--stats", action="store_true", help="print counts for the README")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    book = w.PhoneBook(random.Random(90_300))
    for name, cfg in CONFIGS.items():
        m = build(name, cfg, book)
        rows = write(m, name, args.out)
        if args.stats:
            st.report(name, m, rows)


if __name__ == "__main__":
    main()
