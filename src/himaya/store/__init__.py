"""Storage: the one package that talks to the database.

``Store`` opens a database and hands out transactions (``with store.transaction(actor=...) as tx``) whose
repositories (``tx.records``, ``tx.runs``, ``tx.networks``, ``tx.hashlists``, ``tx.images``, ``tx.audit``)
do the reads and writes and return the read models of ``himaya.store.models``.

The names are loaded on first use, so that a worker process shaping rows (``himaya.store.rows``) does not
import SQLAlchemy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from himaya.store.db import Store, database_url
    from himaya.store.unit import Transaction
    from himaya.store.upgrade import Upgrade

__all__ = ["Store", "Transaction", "Upgrade", "database_url"]

_HOMES = {
    "Store": "himaya.store.db",
    "database_url": "himaya.store.db",
    "Transaction": "himaya.store.unit",
    "Upgrade": "himaya.store.upgrade",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'himaya.store' has no attribute {name!r}")
