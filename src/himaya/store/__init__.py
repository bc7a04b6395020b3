"""Storage: the one package that talks to the database."""

from himaya.store.db import Store, database_url

__all__ = ["Store", "database_url"]
