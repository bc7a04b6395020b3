"""Selectors: the typed, normalised values that link records (phones, emails, crypto addresses ...).

``extract(text)`` finds them all, including the disguised ones; ``parse_query`` reads what a user types
into search; ``registry()`` holds the selector types (built-ins and plug-ins), each a small class with
``clean``/``validate``/``normalize``, its finders, a ``pivot`` flag, a label and a colour. Every built-in
type is a pivot: each names a contact point, account, wallet, site or image controlled by one person or
operation, so sharing one links records; hub control in the linker handles the very common ones.
"""

from __future__ import annotations

from himaya.selectors.base import CLEAN, DIGITS, Finder, Scan, SelectorRegistry, SelectorType
from himaya.selectors.builtin import builtin_types, new_registry, registry
from himaya.selectors.extract import extract
from himaya.selectors.geo import country_of, region_for
from himaya.selectors.query import parse_query

#: The registry class under its old name.
Registry = SelectorRegistry


def get_type(name: str) -> SelectorType:
    """The selector type registered under ``name`` (``UsageError`` listing the known ones when unknown)."""
    return registry().get(name)


def types() -> list[SelectorType]:
    """All registered selector types, in registration order."""
    return list(registry())


def pivot_types() -> list[str]:
    """Names of the types that link records, in registration order (for the link stage's settings)."""
    return registry().pivot_types()


__all__ = [
    "CLEAN",
    "DIGITS",
    "Finder",
    "Registry",
    "Scan",
    "SelectorRegistry",
    "SelectorType",
    "builtin_types",
    "country_of",
    "extract",
    "get_type",
    "new_registry",
    "parse_query",
    "pivot_types",
    "region_for",
    "registry",
    "types",
]
