"""Linking records into networks: near-duplicates, pivots, hub control, communities, summaries."""

from himaya.link.build import LinkSettings, LinkSummary, link, load_stoplist
from himaya.link.graph import HubRules

__all__ = ["HubRules", "LinkSettings", "LinkSummary", "link", "load_stoplist"]
