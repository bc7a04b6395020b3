"""Storage: the one package that talks to the database.

``Store`` opens a database and hands out transactions (``with store.transaction(actor=...) as tx``) whose
repositories (``tx.records``, ``tx.runs``, ``tx.networks``, ``tx.ties``, ``tx.hashlists``, ``tx.images``, ``tx.audit``)
do the reads and writes and return the read models of ``himaya.store.models``.

The names are loaded on first use, so that a worker process shaping rows (``himaya.store.rows``) does not
import SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from himaya import lazy

if TYPE_CHECKING:
    from himaya.store.db import Store, database_url
    from himaya.store.unit import Transaction
    from himaya.store.upgrade import Upgrade

__all__ = ["Store", "Transaction", "Upgrade", "database_url"]

_HOMES = {
    "Store": "db",
    "database_url": "db",
    "Transaction": "unit",
    "Upgrade": "upgrade",
}

__getattr__ = lazy.exports(__name__, _HOMES)
