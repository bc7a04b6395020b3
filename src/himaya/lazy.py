"""Public names of a package loaded on first use, so that importing one module of the package (a worker
importing ``himaya.store.rows``, ``himaya hash`` importing ``himaya.pipeline.hashfiles``) does not pay for the
libraries the rest of the package needs (SQLAlchemy, scipy, the analysis stage).

    __getattr__ = lazy.exports(__name__, {"Store": "db", "Transaction": "unit"})
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def exports(package: str, homes: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name in ``homes`` is taken from its module (a name
    relative to the package) when first asked for; any other name is an AttributeError."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(f"{package}.{home}"), name)

    return __getattr__
