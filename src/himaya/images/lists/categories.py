"""Category mapping: each hash-list format's own categories to Himaya's few categories.

The mapping is data (``data/categories.yaml``), reviewable by people who know the lists. Nothing is read
at import time: ``load_categories()`` reads the packaged file, or a user's file in its place, validates it
and raises ``DataError`` naming the file for anything wrong.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from himaya.errors import DataError

UNRATED = "unrated"


@dataclass(frozen=True, slots=True)
class CategoryMap:
    """Himaya categories and, per format, source category (lower case) -> Himaya category."""

    names: tuple[str, ...]
    formats: dict[str, dict[str, str]] = field(default_factory=dict)
    file: str = ""

    def map(self, fmt: str, source: str | None) -> str | None:
        """The Himaya category for ``source`` in format ``fmt``: None without a source category,
        ``unrated`` for one the table does not know."""
        if source is None or not source.strip():
            return None
        return self.formats.get(fmt, {}).get(source.strip().lower(), UNRATED)


def packaged_path() -> Path:
    return Path(str(resources.files("himaya.images.lists") / "data" / "categories.yaml"))


def _fail(path: Path, message: str) -> DataError:
    return DataError(f"{path}: {message}", file=str(path))


def load_categories(path: str | os.PathLike[str] | None = None) -> CategoryMap:
    """Read and check a category mapping file (the packaged one when ``path`` is None)."""
    source = Path(path) if path is not None else packaged_path()
    try:
        data: Any = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(source, f"cannot read category mapping: {exc}") from exc
    if not isinstance(data, dict):
        raise _fail(source, "expected a mapping with 'categories' and 'formats' at the top level")
    unknown = set(data) - {"categories", "formats"}
    if unknown:
        raise _fail(source, f"unknown top-level keys: {', '.join(sorted(map(str, unknown)))}")
    names = data.get("categories")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
        raise _fail(source, "'categories' must be a non-empty list of names")
    if len(set(names)) != len(names):
        raise _fail(source, "'categories' lists a name twice")
    if UNRATED not in names:
        raise _fail(source, f"'categories' must include {UNRATED!r} (used for unknown source categories)")
    tables = data.get("formats")
    if not isinstance(tables, dict):
        raise _fail(source, "'formats' must map format names to tables")
    formats: dict[str, dict[str, str]] = {}
    for fmt, table in tables.items():
        if table is None:
            table = {}
        if not isinstance(table, dict):
            raise _fail(source, f"format {fmt!r}: expected a table of source category -> category")
        mapped: dict[str, str] = {}
        for raw_key, target in table.items():
            key = str(raw_key).strip().lower()
            if target not in names:
                raise _fail(source, f"format {fmt!r}: {raw_key!r} maps to unknown category {target!r}")
            if key in mapped:
                raise _fail(source, f"format {fmt!r}: source category {raw_key!r} is listed twice")
            mapped[key] = target
        formats[str(fmt)] = mapped
    return CategoryMap(tuple(names), formats, str(source))
