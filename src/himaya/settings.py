"""Settings declared once: name, default, help. The CLI builds its flags from here and the docs list them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when used: the link stage pulls in scipy, networkx and SQLAlchemy
    from himaya.link import LinkSettings


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
    Setting("near_duplicate_threshold", 0.7, "estimated Jaccard similarity for two texts to link", float),
    Setting("image_radius", 31, "PDQ bits within which two images link as copies (-1: identical only)"),
    Setting("hub_min_degree", 8, "records a selector must appear in before the hub test looks at it"),
    Setting("hub_min_components", 4, "otherwise unrelated groups a selector must join to be a hub"),
    Setting("hub_ratio", 0.5, "share of a selector's records that must be in unrelated groups for a hub", float),
    Setting("max_network_size", 300, "networks larger than this are split by community detection"),
)
DEFAULTS = {s.name: s.default for s in SETTINGS}


def link_settings(values: dict[str, Any], stoplist: tuple[tuple[str, str], ...] = ()) -> LinkSettings:
    from himaya.link import HubRules, LinkSettings

    v = {**DEFAULTS, **{k: val for k, val in values.items() if val is not None}}
    return LinkSettings(
        near_duplicate_threshold=float(v["near_duplicate_threshold"]),
        image_radius=int(v["image_radius"]),
        hubs=HubRules(
            min_degree=int(v["hub_min_degree"]),
            min_components=int(v["hub_min_components"]),
            ratio=float(v["hub_ratio"]),
        ),
        max_network_size=int(v["max_network_size"]),
        stoplist=stoplist,
    )
