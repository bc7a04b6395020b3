"""Time indicator scoring and language detection on synthetic 40-60 word ads.

    python bench/bench_risk.py [--ads 20000] [--seed 1]

Ads are built by joining sentences from tests/data/risk/*.jsonl and random filler words (so that the token
cache does not see only known words), in four languages. Prints ads/s and ms per ad for a cold pass
(fresh scorer, empty token cache) and a warm pass, and µs per language detection. One process, one core.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import time
from pathlib import Path

from himaya.risk import Scorer, load_lexicon
from himaya.text.lang import detect

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "risk"


def _ads(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = [
        json.loads(line)["text"]
        for name in ("heldout.jsonl", "examples.jsonl")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    words = [w for t in texts for w in t.split()]
    ads = []
    for _ in range(count):
        target = rng.randint(40, 60)
        parts = rng.choice(texts).split()
        while len(parts) < target:
            if rng.random() < 0.3:
                parts.append("".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 10))))
            else:
                parts.append(rng.choice(words))
        ads.append(" ".join(parts[:target]))
    return ads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ads", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    ads = _ads(args.ads, args.seed)
    start = time.perf_counter()
    lexicon = load_lexicon()
    scorer = Scorer(lexicon)
    scorer.score("warm up the matcher")
    took = (time.perf_counter() - start) * 1000
    print(f"load + compile lexicon: {took:.1f} ms ({len(lexicon.entries)} entries)")
    for label in ("cold", "warm"):
        start = time.perf_counter()
        for ad in ads:
            scorer.score(ad, language="xx")
        elapsed = time.perf_counter() - start
        print(f"score ({label}): {len(ads) / elapsed:,.0f} ads/s, {elapsed / len(ads) * 1000:.3f} ms per ad")
    start = time.perf_counter()
    for ad in ads:
        detect(ad)
    elapsed = time.perf_counter() - start
    print(f"detect: {elapsed / len(ads) * 1e6:.1f} µs per ad")
    start = time.perf_counter()
    for ad in ads:
        scorer.score(ad)
    elapsed = time.perf_counter() - start
    print(f"score + detect: {len(ads) / elapsed:,.0f} ads/s, {elapsed / len(ads) * 1000:.3f} ms per ad")


if __name__ == "__main__":
    main()
