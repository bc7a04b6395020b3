"""Time indicator scoring and language detection on synthetic 40-60 word ads, or on a corpus, cold.

    python bench/bench_risk.py [--ads 20000] [--seed 1]
    python bench/bench_risk.py --corpus records.jsonl [--records 10000] [--runs 5] [--against OTHER/src]

Ads are built by joining sentences from tests/data/risk/*.jsonl and random filler words (so that the token
cache does not see only known words), in four languages. Prints ads/s and ms per ad for a cold pass
(fresh scorer, empty token cache) and a warm pass, and µs per language detection. One process, one core.

With ``--corpus``, the first ``--records`` records get what the pipeline gives the scorer (selectors, language,
folded tokens; worked out once, untimed), then each run starts fresh processes that time, each record seen
once: ``Scorer.score`` as the pipeline calls it, the lexicon matcher alone (``find``) and the learned model
alone (``predict``), with the start-up (lexicon load, Scorer, first score) of each process. ``--against``
runs the same processes on another checkout's ``src`` too (e.g. an untouched copy), interleaved, so that a
shared machine's load falls on both alike. Prints the median over the runs (CPU time of the process).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import statistics
import string
import subprocess
import sys
import tempfile
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


def _prepare(corpus: str, count: int, out: Path) -> None:
    """What the pipeline passes to the scorer for the first ``count`` records, as JSON lines."""
    from himaya.ingest import read
    from himaya.model import Record
    from himaya.risk.model import tokens
    from himaya.selectors import extract

    with out.open("w", encoding="utf-8") as f:
        done = 0
        for item in read(corpus):
            if not isinstance(item, Record):
                continue
            text = item.full_text
            found = extract(text, country=item.country, location=item.location, platform=item.platform)
            row = {
                "text": text,
                "selectors": [dataclasses.asdict(s) for s in found],
                "language": detect(text),
                "folded": tokens(text),
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            done += 1
            if done == count:
                break


def _child(mode: str, inputs: Path) -> None:
    """One fresh process: start-up, then ``mode`` over every prepared record once; prints one JSON line."""
    from himaya.model import SelectorHit

    clock = time.process_time
    start = clock()
    lexicon = load_lexicon()
    loaded = clock()
    scorer = Scorer(lexicon)
    built = clock()
    scorer.score("warm up the matcher")
    ready = clock()
    rows = []  # read after the start-up, so that its timing does not include walking them in collections
    for line in inputs.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows.append((row["text"], [SelectorHit(**s) for s in row["selectors"]], row["language"], row["folded"]))
    began = clock()
    if mode == "score":
        score = scorer.score
        for text, selectors, language, folded in rows:
            score(text, selectors=selectors, language=language, folded=folded)
    elif mode == "find":
        find = lexicon.matcher.find
        for text, _, _, _ in rows:
            find(text)
    else:
        assert scorer.model is not None
        predict = scorer.model.predict
        for text, _, _, folded in rows:
            predict(text, folded=folded)
    per_ad = (clock() - began) / len(rows) * 1e6
    startup = {"load_lexicon": loaded - start, "scorer": built - loaded, "first_score": ready - built}
    print(json.dumps({"us_per_ad": per_ad, **{k: v * 1000 for k, v in startup.items()}}))


def _corpus(args: argparse.Namespace) -> None:
    trees = {"this": str(Path(__file__).resolve().parent.parent / "src")}
    if args.against:
        trees["against"] = str(Path(args.against).resolve())
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.jsonl"
        _prepare(args.corpus, args.records, inputs)
        for _ in range(args.runs):
            for mode in ("score", "find", "predict"):
                for name, src in trees.items():
                    env = {**os.environ, "PYTHONPATH": src}
                    command = [sys.executable, __file__, "--child", mode, "--inputs", str(inputs)]
                    line = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
                    results.setdefault((name, mode), []).append(json.loads(line.strip().splitlines()[-1]))
    print(f"{args.records} records, {args.runs} runs, medians (CPU time, one process each):")
    for (name, mode), runs in results.items():
        median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        each = ", ".join(f"{run['us_per_ad']:.0f}" for run in runs)
        print(
            f"{name:8s} {mode:8s} {median['us_per_ad']:7.1f} us/ad cold   start-up: load_lexicon "
            f"{median['load_lexicon']:.0f} ms, Scorer {median['scorer']:.0f} ms, first score "
            f"{median['first_score']:.0f} ms   (runs: {each})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ads", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", help="records to score cold, in fresh processes (JSONL or any readable input)")
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", help="another checkout's src to time alike, interleaved")
    parser.add_argument("--child", choices=("score", "find", "predict"), help=argparse.SUPPRESS)
    parser.add_argument("--inputs", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.inputs)
        return
    if args.corpus:
        _corpus(args)
        return
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
