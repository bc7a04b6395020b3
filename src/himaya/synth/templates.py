"""Template data for the synthetic corpus: loading, choice expansion and slot filling.

Sentences in ``data/<lang>.json`` use ``[a|b]`` for a choice and ``{slot}`` for a value the generator
fills. Choices are parsed once at load; :func:`expand` picks one of each.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from himaya.synth.contacts import pick

LANGUAGES: tuple[str, ...] = ("ar", "en", "es", "fr")
LANG_INDEX = {"en": 0, "fr": 1, "es": 2, "ar": 3}

Parts = tuple[Any, ...]  # str | tuple[str, ...]
_CHOICE = re.compile(r"\[([^\]]+)\]")


def parse(sentence: str) -> Parts:
    parts: list[Any] = []
    pos = 0
    for m in _CHOICE.finditer(sentence):
        if m.start() > pos:
            parts.append(sentence[pos : m.start()])
        parts.append(tuple(m.group(1).split("|")))
        pos = m.end()
    if pos < len(sentence):
        parts.append(sentence[pos:])
    return tuple(parts)


def expand(parts: Parts, rng: random.Random) -> str:
    return "".join(p if isinstance(p, str) else p[int(rng.random() * len(p))] for p in parts)


@dataclass(slots=True)
class Bank:
    titles: list[Parts]
    sentences: list[Parts]


@dataclass(slots=True)
class Language:
    code: str
    typology: dict[str, Bank]
    benign: dict[str, Bank]
    extra: list[Parts]
    shared_phrase: list[str]
    contact: dict[str, list[Parts]]
    hotline: list[Parts]
    subs: list[tuple[str, str]]
    fill: dict[str, list[str]]


def _bank(raw: dict[str, Any]) -> Bank:
    return Bank([parse(s) for s in raw["title"]], [parse(s) for s in raw["sentences"]])


def load_language(code: str) -> Language:
    raw = json.loads(resources.files("himaya.synth").joinpath("data", f"{code}.json").read_text("utf-8"))
    lang = Language(
        code=code,
        typology={k: _bank(v) for k, v in raw["typology"].items()},
        benign={k: _bank(v) for k, v in raw["benign"].items()},
        extra=[parse(s) for s in raw["extra"]],
        shared_phrase=list(raw["shared_phrase"]),
        contact={k: [parse(s) for s in v] for k, v in raw["contact"].items()},
        hotline=[parse(s) for s in raw["hotline"]],
        subs=[(a, b) for a, b in raw["subs"]],
        fill={k: list(v) for k, v in raw["fill"].items()},
    )
    if not lang.typology or not lang.benign:
        raise ValueError(f"synth template file {code}.json has no typology or benign banks")
    return lang


def load_places() -> dict[str, Any]:
    return json.loads(resources.files("himaya.synth").joinpath("data", "places.json").read_text("utf-8"))


EMOJI = ("🌹", "🌹🌹", "💐", "🍒", "👑", "💖")
EMOJI2 = ("✈️", "👑", "💖", "🌸", "🔥")
BLOOD = ("A+", "B+", "O+", "O-", "AB+", "A-")


def _group(n: int, lang: str) -> str:
    text = f"{n:,}"
    if lang == "fr":
        return text.replace(",", "\u202f" if n % 7 == 0 else " ")
    if lang == "es":
        return text.replace(",", ".")
    if lang == "ar":
        return text.replace(",", "")
    return text


class Slots(dict):  # type: ignore[type-arg]
    """Slot values for one ad: fixed ones pre-set, the rest made on first use."""

    def __init__(
        self,
        lang: Language,
        country: str,
        places: dict[str, Any],
        rng: random.Random,
        dest: str | None = None,
    ) -> None:
        super().__init__()
        self.lang = lang
        self.country = country
        self.places = places
        self.rng = rng
        self.dest = dest

    def money(self, usd: float) -> str:
        info = self.places[self.country]
        amount = usd * info["rate"]
        step = 10 ** max(0, len(str(int(amount))) - 2)
        value = max(step, int(round(amount / step) * step))
        text = _group(value, self.lang.code)
        cur = info["cur"]
        if cur in ("$", "£") and self.lang.code == "en":
            return cur + text
        return f"{text} {cur}"

    def __missing__(self, key: str) -> str:
        rng, code = self.rng, self.lang.code
        li = LANG_INDEX[code]
        if key == "city":
            value = pick(rng, self.places[self.country]["cities"])[li]
        elif key in ("dest", "origin"):
            pool = list(self.places)
            code_ = self.dest if key == "dest" and self.dest else pick(rng, pool)
            value = self.places[code_]["names"][li]
        elif key == "rate":
            value = self.money(pick(rng, (50, 80, 100, 150, 200, 300)))
        elif key == "price":
            value = self.money(rng.lognormvariate(5.5, 1.4))
        elif key == "salary":
            value = self.money(pick(rng, (300, 400, 500, 700, 800, 1000, 1200, 1500, 2000, 2500)))
        elif key == "age":
            value = str(rng.randint(19, 29))
        elif key == "height":
            cm = rng.randint(155, 182)
            value = f"{cm} cm" if rng.random() < 0.5 else f"1.{cm - 100} m"
        elif key == "time":
            h, m = rng.randint(7, 23), pick(rng, (0, 15, 30, 45))
            value = (
                f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}"
                if code == "en" and rng.random() < 0.4
                else f"{h:02d}:{m:02d}"
            )
        elif key == "date":
            d, mo, y = rng.randint(1, 28), rng.randint(1, 12), pick(rng, (2024, 2025))
            value = pick(rng, (f"{d:02d}/{mo:02d}/{y}", f"{d}.{mo}.{y % 100:02d}", f"{y}-{mo:02d}-{d:02d}"))
        elif key in ("days", "n", "months", "hours", "hours2", "year", "orders", "rooms"):
            lo, hi = {
                "days": (2, 30),
                "n": (2, 9),
                "months": (3, 24),
                "hours": (7, 12),
                "hours2": (16, 20),
                "year": (1998, 2023),
                "orders": (40, 4000),
                "rooms": (1, 5),
            }[key]
            value = str(rng.randint(lo, hi))
        elif key == "postcode":
            value = f"{rng.randint(10, 95)}{rng.randint(0, 999):03d}"
        elif key == "order":
            roll = rng.random()
            if roll < 0.4:
                value = f"#{rng.randint(10**5, 10**10)}"
            elif roll < 0.7:
                value = f"{pick(rng, (2023, 2024, 2025))}-{rng.randint(10**5, 10**6 - 1)}"
            else:
                value = f"{pick(rng, 'ABCKX')}{rng.randint(10**6, 10**9)}"
        elif key == "km":
            value = _group(rng.randint(5, 250) * 1000, code) + " km"
        elif key == "m2":
            value = f"{rng.randint(25, 160)} m²"
        elif key == "size":
            value = f"{rng.randint(40, 220)}x{rng.randint(40, 200)} cm"
        elif key == "blood":
            value = pick(rng, BLOOD)
        elif key == "emoji":
            value = pick(rng, EMOJI)
        elif key == "emoji2":
            value = pick(rng, EMOJI2)
        else:
            value = pick(rng, self.lang.fill[key])
        self[key] = value
        return value
