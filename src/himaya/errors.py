"""One exception root for everything Himaya raises on purpose.

    HimayaError                  exit code 1 unless a subclass says otherwise
    ├── UsageError               2: a bad flag, a missing file, an unknown format or id
    │   └── InputError           2: a whole input cannot be read at all (per-line problems are counted, not raised)
    ├── DataError                2: a lexicon, stop-list or settings file that fails validation
    ├── DependencyError          3: an optional package or an external service (PostgreSQL, Spark) is missing
    └── StoreError               1: the database refused something it should not have

Each carries a plain message and, where it helps, structured ``details`` that the CLI prints as one line and
the API returns as JSON.
"""

from __future__ import annotations

from typing import Any


class HimayaError(Exception):
    exit_code = 1

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class UsageError(HimayaError):
    exit_code = 2


class InputError(UsageError):
    exit_code = 2


class DataError(HimayaError):
    exit_code = 2


class DependencyError(HimayaError):
    exit_code = 3


class StoreError(HimayaError):
    exit_code = 1
