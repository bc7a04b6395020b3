"""Linking records into networks: near-duplicates, pivots, hub control, communities, summaries.

``build_networks(inputs, settings)`` is pure (arrays in, networks out: ``build``); ``link(store, settings)``
loads its inputs from a store, builds, and saves the result (``stored``, the stage's only store calls).

The public names are loaded on first use, so that a worker process importing ``himaya.link.minhash``
does not pay for the graph libraries (scipy, networkx) and the database layer it never uses.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from himaya.link.build import LinkSettings, LinkSummary, Networks, build_networks, link_settings
    from himaya.link.graph import HubRules
    from himaya.link.inputs import LinkInputs
    from himaya.link.stored import link, load_inputs, load_stoplist, save_networks

__all__ = [
    "HubRules", "LinkInputs", "LinkSettings", "LinkSummary", "Networks", "build_networks", "link", "link_settings",
    "load_inputs", "load_stoplist", "save_networks",
]  # fmt: skip
_WHERE = {
    "HubRules": "graph",
    "LinkInputs": "inputs",
    "LinkSettings": "build",
    "LinkSummary": "build",
    "Networks": "build",
    "build_networks": "build",
    "link": "stored",
    "link_settings": "build",
    "load_inputs": "stored",
    "load_stoplist": "stored",
    "save_networks": "stored",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"himaya.link.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'himaya.link' has no attribute {name!r}")
