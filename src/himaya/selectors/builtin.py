"""The selector types Himaya ships, and this process's registry of types (built-ins and plug-ins)."""

from __future__ import annotations

import functools

from himaya.selectors.base import SelectorRegistry, SelectorType
from himaya.selectors.crypto import Crypto
from himaya.selectors.email import Email
from himaya.selectors.handle import Handle
from himaya.selectors.image import Image
from himaya.selectors.payment import Payment
from himaya.selectors.phone import Phone
from himaya.selectors.web import Onion, Url


def builtin_types() -> list[SelectorType]:
    """Fresh instances of the built-in types, in registration order (the order of ``pivot_types``)."""
    return [Phone(), Email(), Url(), Onion(), Handle(), Crypto(), Payment(), Image()]


def new_registry(*, plugins: bool = False) -> SelectorRegistry:
    """A fresh registry of the built-in types; with ``plugins``, then those that installed packages declare
    under the ``himaya.selectors`` entry point. Register more on it and pass it to ``extract(types=...)``."""
    reg = SelectorRegistry(builtin_types())
    if plugins:
        reg.load_plugins("himaya.selectors")
    return reg


@functools.cache
def registry() -> SelectorRegistry:
    """This process's selector types: the built-ins and the plug-ins, loaded on the first call (by the first
    ``extract``, so each worker process builds it once at start-up), never on import."""
    return new_registry(plugins=True)
