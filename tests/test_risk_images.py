"""Risk policy for known-image matches (himaya.risk.images): the hit, the raise, the network's score."""

from __future__ import annotations

from himaya.model import network_risk
from himaya.risk.images import KNOWN, MATCH_RISK, match_hit, network_score, raised


def _match(list_name: str, distance: int, category: str | None = None, **extra: object) -> dict[str, object]:
    return {"list": list_name, "kind": "pdq", "hash": "ab" * 32, "distance": distance, "category": category,
            "series": None, **extra}  # fmt: skip


def test_a_known_abuse_match_is_a_known_hash_that_sets_risk_and_typology() -> None:
    (category,) = KNOWN
    hit = match_hit([_match("partner", 4, category, series="S-1"), _match("other", 9, transform="rotate90")])
    assert hit["indicator"] == "image.known_hash" and hit["weight"] == MATCH_RISK
    assert hit["typology"] == "child_sexual_exploitation" and hit["series"] == "S-1"  # the closest match's series
    assert hit["matched"] == "other (pdq rotate90, distance 9), partner (pdq, distance 4)"
    assert raised(0.2, "labour_trafficking", hit) == (MATCH_RISK, "child_sexual_exploitation")


def test_a_match_of_another_category_is_a_reason_only() -> None:
    hit = match_hit([_match("partner", 0, "comparison")])
    assert (hit["indicator"], hit["weight"], hit["typology"]) == ("image.listed_hash", 0.0, None)
    assert raised(0.35, "sexual_exploitation", hit) == (0.35, "sexual_exploitation")  # never lowered or cleared
    assert raised(0.0, None, hit) == (0.0, None)


def test_a_network_is_scored_from_its_members_as_the_link_stage_does() -> None:
    members = [(0.99, "child_sexual_exploitation"), (0.2, "sexual_exploitation"), (0.4, "sexual_exploitation"),
               (0.1, None)]  # fmt: skip
    score = network_score(members)
    assert score.risk == network_risk([r for r, _ in members]) == round((0.99 + 0.4 + 0.2) / 3, 4)
    assert score.typology == "sexual_exploitation"
    assert score.typologies == {"sexual_exploitation": 2, "child_sexual_exploitation": 1}
    assert network_score([]).risk == 0.0 and network_score([]).typology is None
