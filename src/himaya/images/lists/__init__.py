"""Hash lists of known images in the formats police and platforms exchange them in.

    fmt = detect("known.json")                     # by content, then by extension
    for item in fmt.read("known.json"):            # HashEntry values, and Problems for bad rows
        ...
    get("icse").write(entries, "out.csv")
    added, retracted, changed = diff(old_entries, new_entries)

One module per format behind ``HashListFormat``: ``plain`` (one hex hash per line), ``vics`` (Project VIC
VICS 2.0 JSON), ``icse`` (Interpol ICSE CSV), ``hma`` (ThreatExchange / HMA signal CSV) and ``ncmec``
(NCMEC-style CSV). Each module's docstring says which public facts its layout follows. Source categories
map to Himaya's through ``data/categories.yaml`` (``load_categories``), read only when asked for.
"""

from __future__ import annotations

import os

from himaya.images.lists.base import (
    HEX_LENGTHS,
    KINDS,
    TLP_LABELS,
    HashEntry,
    HashListFormat,
    HashListRegistry,
    kind_for,
    normalize_hex,
)
from himaya.images.lists.categories import CategoryMap, load_categories
from himaya.images.lists.diff import diff
from himaya.images.lists.hma import HmaCsv
from himaya.images.lists.icse import IcseCsv
from himaya.images.lists.ncmec import NcmecCsv
from himaya.images.lists.plain import PlainList
from himaya.images.lists.vics import VicsJson

__all__ = [
    "HEX_LENGTHS",
    "KINDS",
    "TLP_LABELS",
    "CategoryMap",
    "HashEntry",
    "HashListFormat",
    "HashListRegistry",
    "Registry",
    "builtin",
    "detect",
    "diff",
    "formats",
    "get",
    "kind_for",
    "load_categories",
    "normalize_hex",
    "registry",
]


#: The registry class (a ``himaya.registry.Registry`` of formats that can also detect a file's format).
Registry = HashListRegistry


def builtin() -> list[HashListFormat]:
    """The formats Himaya ships, most specific first (the order sniffing tries them)."""
    return [VicsJson(), IcseCsv(), HmaCsv(), NcmecCsv(), PlainList()]


def registry() -> HashListRegistry:
    """A fresh registry of the built-in formats, then those installed packages declare under the
    ``himaya.hashlist_formats`` entry point (loaded now, not on import); sniffing tries them in that order."""
    reg = HashListRegistry(builtin())
    reg.load_plugins("himaya.hashlist_formats")
    return reg


def formats() -> list[str]:
    """Names of the registered formats, usable as ``--format``."""
    return registry().names()


def get(name: str) -> HashListFormat:
    """The built-in format called ``name``; ``UsageError`` for an unknown one."""
    return registry().get(name)


def detect(path: str | os.PathLike[str]) -> HashListFormat:
    """The built-in format of the file at ``path``; ``UsageError`` when none fits."""
    return registry().detect(path)
