"""Storage: the one package that talks to the database.

``Store`` is loaded on first use, so that a worker process shaping rows (``himaya.store.rows``) does not
import SQLAlchemy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from himaya.store.db import Store, database_url

__all__ = ["Store", "database_url"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module("himaya.store.db"), name)
    raise AttributeError(f"module 'himaya.store' has no attribute {name!r}")
