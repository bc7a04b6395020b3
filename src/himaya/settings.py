"""Settings declared once: name, default, help. The CLI builds its flags from here, the docs list them, and the
stages take their defaults from here (``himaya.link.LinkSettings``, ``himaya.link.graph.HubRules``).

A leaf: it imports nothing from Himaya but the PDQ radius, so every layer can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from himaya.images.hashing import PDQ_RADIUS


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    type: type = int

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


SETTINGS: tuple[Setting, ...] = (
    Setting("workers", 0, "worker processes for analysis (0: one per core)"),
    Setting("batch_size", 500, "records per batch sent to a worker and written in one transaction"),
    Setting("near_duplicate_threshold", 0.7, "estimated Jaccard similarity for two texts to be near-duplicates", float),
    Setting(
        "repost_threshold",
        0.9,
        "similarity at which an ad with its own new contact is a repost of a network's ad",
        float,
    ),
    Setting("image_radius", PDQ_RADIUS, "PDQ bits within which two images link as copies (-1: identical only)"),
    Setting("hub_min_degree", 8, "records a selector must appear in before the hub test looks at it"),
    Setting("hub_min_components", 4, "otherwise unrelated groups a selector must join to be a hub"),
    Setting("hub_ratio", 0.5, "share of a selector's records that must be in unrelated groups for a hub", float),
    Setting("max_network_size", 300, "networks larger than this are split into communities (a hard bound)"),
)
DEFAULTS: dict[str, Any] = {s.name: s.default for s in SETTINGS}
