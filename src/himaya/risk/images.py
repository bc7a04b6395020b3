"""Risk policy for known-image matches: the indicator hit a record's matches give it, how that hit raises the
record's risk and typology, and how a network's risk and typologies follow from its members'.

Kept here, with the rest of the scoring, so that storage only writes the values it is given: the application
layer (``himaya.app.images``) asks this module what a match means and hands the answer to the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from himaya.model import network_risk, network_typologies

__all__ = ["KNOWN", "MATCH_RISK", "NetworkScore", "match_hit", "network_score", "raised"]

# A match with a list entry of one of these categories is known abuse material: the record's risk is raised to
# MATCH_RISK and its typology set. Other categories (exploitative, comparison, unrated) are reasons only.
KNOWN = frozenset({"known_abuse"})
MATCH_RISK = 0.99


def match_hit(matches: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The indicator hit a record's image matches (``Match.as_json``) give it, stored with its other hits and
    shown as its reason."""
    known = any(m.get("category") in KNOWN for m in matches)
    best = min(matches, key=lambda m: (m["distance"], m["list"]))
    words = ", ".join(sorted({f"{m['list']} ({m['kind']}{_turned(m)}, distance {m['distance']})" for m in matches}))
    return {
        "indicator": "image.known_hash" if known else "image.listed_hash", "category": "known_image",
        "typology": "child_sexual_exploitation" if known else None, "weight": MATCH_RISK if known else 0.0,
        "matched": words, "start": 0, "end": 0, "language": "", "series": best.get("series"),
    }  # fmt: skip


def raised(risk: float, typology: str | None, hit: Mapping[str, Any]) -> tuple[float, str | None]:
    """A matched record's (risk, typology) from those it had before any match and its match hit: the risk
    never falls, and a known-abuse match sets the typology."""
    return max(risk, hit["weight"]), hit["typology"] or typology


@dataclass(frozen=True, slots=True)
class NetworkScore:
    risk: float
    typology: str | None
    typologies: dict[str, int]


def network_score(members: Iterable[tuple[float, str | None]]) -> NetworkScore:
    """A network's risk and typologies from its members' (risk, typology), as the link stage computes them."""
    found = list(members)
    typology, typologies = network_typologies([t for _, t in found])
    return NetworkScore(network_risk([r for r, _ in found]), typology, typologies)


def _turned(match: Mapping[str, Any]) -> str:
    return f" {match['transform']}" if match.get("transform") else ""
