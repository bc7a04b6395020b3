"""Time himaya.selectors.extract on a few thousand synthetic short ads (30-60 words).

    python bench/bench_selectors.py [--n 4000] [--seed 1]

Half the ads carry selectors (a third of those disguised: words for digits, spaced digits, "at"/"dot",
Arabic-Indic digits), the rest only prices, ages, dates and times. Prints ads/s and µs/ad.
"""

from __future__ import annotations

import argparse
import random
import time

from himaya.selectors import extract

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


def make_ads(n: int, seed: int) -> list[tuple[str, str]]:
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    ads = make_ads(args.n, args.seed)
    countries = {"en": None, "es": "ES", "fr": "FR", "ar": "MA"}
    for text, lang in ads[:200]:  # warm caches and lazy data, as a long-running worker would
        extract(text, country=countries[lang])
    start = time.perf_counter()
    found = 0
    for text, lang in ads:
        found += len(extract(text, country=countries[lang]))
    elapsed = time.perf_counter() - start
    rate, per_ad = len(ads) / elapsed, elapsed / len(ads) * 1e6
    print(f"{len(ads)} ads, {found} selectors, {rate:,.0f} ads/s, {per_ad:,.1f} µs/ad")


if __name__ == "__main__":
    main()
