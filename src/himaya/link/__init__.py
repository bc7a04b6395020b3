"""Linking records into networks: near-duplicates, pivots, hub control, communities, summaries.

``build_networks(inputs, settings)`` is pure (arrays in, networks out: ``build``); ``himaya.pipeline.link``
loads its inputs from a store, builds, and saves the result (the stage's only store calls).

The public names are loaded on first use, so that a worker process importing ``himaya.link.minhash``
does not pay for the graph libraries (scipy, networkx) and the database layer it never uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from himaya import lazy

if TYPE_CHECKING:
    from himaya.link.build import LinkSettings, LinkSummary, Networks, build_networks, link_settings
    from himaya.link.graph import HubRules
    from himaya.link.inputs import LinkInputs
    from himaya.link.stoplist import load_stoplist

__all__ = [
    "HubRules", "LinkInputs", "LinkSettings", "LinkSummary", "Networks", "build_networks", "link_settings",
    "load_stoplist",
]  # fmt: skip
_WHERE = {
    "HubRules": "graph",
    "LinkInputs": "inputs",
    "LinkSettings": "build",
    "LinkSummary": "build",
    "Networks": "build",
    "build_networks": "build",
    "link_settings": "build",
    "load_stoplist": "stoplist",
}

__getattr__ = lazy.exports(__name__, _WHERE)
