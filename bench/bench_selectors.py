"""Time himaya.selectors.extract per ad, cold: a fresh process, each ad seen once.

    python bench/bench_selectors.py [--records 10000] [--seed 1]      # ads of a synthetic corpus (himaya synth)
    python bench/bench_selectors.py --corpus corpus/records.jsonl     # the first --records ads of a corpus
    python bench/bench_selectors.py --filler [--n 4000] [--seed 1]    # shuffled filler ads, warm (the old benchmark)

Corpus ads are read as the pipeline reads them (``record.full_text`` with the record's country, location
and platform). Before timing, the lazy data (top-level domains, places, number words, phone metadata
of the common regions) is loaded on filler ads, and the cache of phone numbers read is emptied, so that
each number is read for the first time, as in a run over new data. Prints ads/s and µs/ad (wall and CPU).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from itertools import islice
from pathlib import Path

from himaya.ingest import read
from himaya.model import Record
from himaya.selectors import extract
from himaya.selectors.phone import _parse

FILLER = {
    "en": "new in town available now friendly clean apartment near the station call or text for details "
    "serious clients only rates from {price} dollars age {age} height 165 cm open {time} daily since {year}",
    "es": "nueva en la ciudad disponible ahora piso limpio cerca de la estacion llama o escribe para mas "
    "informacion precio {price} euros edad {age} años horario {time} desde {year}",
    "fr": "nouvelle en ville disponible maintenant appartement propre pres de la gare appelez ou ecrivez "
    "pour plus de details tarif {price} euros age {age} ans ouvert {time} depuis le {date}",
    "ar": "جديدة في المدينة متاحة الآن شقة نظيفة قرب المحطة اتصل أو راسل للتفاصيل السعر {price} درهم "
    "العمر {age} سنة من الساعة {time} منذ {year}",
}
SELECTORS = [
    "(201) 555-01{d}",
    "+44 7400 1234{d}",
    "06 12 34 56 {d}",
    "+34 612 34 56 {d}",
    "0650 12 34 {d}",
    "five five five zero one two three {d}",
    "2 0 1 5 5 5 0 1 2 {d}",
    "zéro six douze trente-quatre cinquante-six",
    "٠٦٥٠١٢٣٤٥٦",
    "jane{d} at mail dot example",
    "bob{d}@site.example",
    "t.me/worker_{d}00",
    "@helper{d}x",
    "wa.me/4474001234{d}",
    "site.example/jobs/{d}",
    "0x" + "ab" * 20,
    "$sunny{d}",
]
COUNTRIES = {"en": None, "es": "ES", "fr": "FR", "ar": "MA"}

Ad = tuple[str, str | None, str | None, str | None]  # text, country, location, platform


def make_ads(n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` filler ads (text, language), half with one selector in them."""
    rng = random.Random(seed)
    ads = []
    for i in range(n):
        lang = rng.choice(list(FILLER))
        words = (
            FILLER[lang]
            .format(
                price=rng.randint(50, 900),
                age=rng.randint(19, 40),
                time=f"{rng.randint(8, 22)}:00",
                year=rng.randint(2015, 2024),
                date=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2024",
            )
            .split()
        )
        rng.shuffle(words)
        if i % 2 == 0:
            words.insert(rng.randrange(len(words)), rng.choice(SELECTORS).format(d=rng.randint(10, 99)))
        ads.append((" ".join(words[: rng.randint(30, 60)]), lang))
    return ads


def corpus_ads(path: Path, count: int) -> list[Ad]:
    records = (item for item in read(path) if isinstance(item, Record))
    return [(r.full_text, r.country, r.location, r.platform) for r in islice(records, count)]


def synthetic_ads(count: int, seed: int) -> list[Ad]:
    from himaya.synth.generate import generate

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), records=count, networks=max(1, count // 130), seed=seed)
        return corpus_ads(Path(tmp) / "records.jsonl", count)


def run(ads: list[Ad]) -> tuple[int, float, float]:
    """(selectors found, wall seconds, CPU seconds) for one pass over ``ads``."""
    found = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for text, country, location, platform in ads:
        found += len(extract(text, country=country, location=location, platform=platform))
    return found, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000, help="corpus ads to time (default 10000)")
    parser.add_argument("--corpus", type=Path, help="a records.jsonl to read ads from (default: synthesise one)")
    parser.add_argument("--filler", action="store_true", help="time warm passes over shuffled filler ads instead")
    parser.add_argument("--n", type=int, default=4000, help="filler ads (with --filler)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for text, lang in make_ads(200, args.seed + 1000):  # lazy data, as a long-running worker has it
        extract(text, country=COUNTRIES[lang])
    if args.filler:
        ads: list[Ad] = [(text, COUNTRIES[lang], None, None) for text, lang in make_ads(args.n, args.seed)]
        label = "filler ads, warm"
    else:
        ads = corpus_ads(args.corpus, args.records) if args.corpus else synthetic_ads(args.records, args.seed)
        _parse.cache_clear()  # every number read for the first time
        label = "corpus ads, cold"
    found, wall, cpu = run(ads)
    print(
        f"{len(ads)} {label}, {found} selectors: {len(ads) / wall:,.0f} ads/s, "
        f"{wall / len(ads) * 1e6:,.1f} µs/ad wall, {cpu / len(ads) * 1e6:,.1f} µs/ad CPU"
    )


if __name__ == "__main__":
    main()
