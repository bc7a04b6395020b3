"""Selectors: the typed, normalised values that link records (phones, emails, crypto addresses ...).

``extract(text)`` finds them all, including the disguised ones; ``parse_query`` reads what a user types
into search; ``get_type``/``types`` give the registry of selector types, each a small class with
``clean``/``validate``/``normalize`` and a ``pivot`` flag (every type here is a pivot: each names a contact
point, account, wallet or site controlled by one person or operation, so sharing one links records;
hub control in the linker handles the very common ones).
"""

from __future__ import annotations

from himaya.selectors.base import Registry, SelectorType
from himaya.selectors.crypto import Crypto
from himaya.selectors.email import Email
from himaya.selectors.extract import extract
from himaya.selectors.geo import country_of, region_for
from himaya.selectors.handle import Handle
from himaya.selectors.payment import Payment
from himaya.selectors.phone import Phone
from himaya.selectors.query import parse_query
from himaya.selectors.web import Onion, Url

registry = Registry([Phone(), Email(), Url(), Onion(), Handle(), Crypto(), Payment()])


def get_type(name: str) -> SelectorType:
    """The selector type registered under ``name`` (KeyError when unknown)."""
    return registry.get(name)


def types() -> list[SelectorType]:
    """All registered selector types."""
    return list(registry)


__all__ = [
    "Registry",
    "SelectorType",
    "country_of",
    "extract",
    "get_type",
    "parse_query",
    "region_for",
    "registry",
    "types",
]
