"""Linking records into networks: near-duplicates, pivots, hub control, communities, summaries.

The public names are loaded on first use, so that a worker process importing ``himaya.link.minhash``
does not pay for the graph libraries (scipy, networkx) and the database layer it never uses.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from himaya.link.build import LinkSettings, LinkSummary, link, load_stoplist
    from himaya.link.graph import HubRules

__all__ = ["HubRules", "LinkSettings", "LinkSummary", "link", "load_stoplist"]
_WHERE = {
    "HubRules": "graph",
    "LinkSettings": "build",
    "LinkSummary": "build",
    "link": "build",
    "load_stoplist": "build",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"himaya.link.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'himaya.link' has no attribute {name!r}")
