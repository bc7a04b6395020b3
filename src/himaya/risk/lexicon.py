"""Indicator lexicons: loading and validating the YAML data files.

A lexicon is three kinds of file, told apart by their top-level key:

* ``categories.yaml`` (``categories:``): each category's id, description, ``cap`` (the most its indicators
  together add to a record's evidence), ``negative`` (true for benign evidence, whose weights are < 0) and
  ``framing`` (true for discourse-framing cues such as warnings and news reports, which damp the whole score);
* ``typologies.yaml`` (``typologies:``): the seven typologies of ``himaya.model.TYPOLOGIES`` with a
  description, ``min_evidence`` (the evidence a record needs before it is given that typology) and optionally
  ``shares``: categories of generic lures (e.g. ``deceptive_recruitment``) whose evidence also counts for that
  typology once the record has some evidence of its own for it;
* one file per language (``language:`` and ``entries:``), each entry with ``id``, ``category``, ``typology``
  (or null), ``weight`` in [-1, 1], ``source`` and ``terms`` (or, for selector-based indicators,
  ``selector``), optionally ``any_order: true`` and ``window``.

An entry's stable indicator id is ``<language>.<category>.<id>``. Nothing is read at import time:
``load_lexicon()`` reads the packaged files, or the ones it is given, and raises ``DataError`` naming the file
and the entry for anything wrong.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from himaya.errors import DataError
from himaya.model import TYPOLOGIES
from himaya.risk.matcher import Matcher

SELECTOR_KINDS = ("phone_hidden",)
# libyaml's parser when PyYAML was built with it (about 8 times faster on the lexicons), the same safe
# constructors either way.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ENTRY_KEYS = {"id", "category", "typology", "weight", "source", "terms", "selector", "any_order", "window"}
_MAX_WINDOW = 20


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    description: str
    cap: float
    negative: bool = False
    framing: bool = False  # discourse framing (warning, news, legal notice): damps the whole score


@dataclass(frozen=True, slots=True)
class Typology:
    id: str
    description: str
    min_evidence: float
    shares: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entry:
    """One indicator: a set of phrasings (or a selector condition) with one weight and one reason."""

    id: str  # <language>.<category>.<local id>
    category: str
    typology: str | None
    weight: float
    source: str
    language: str
    terms: tuple[str, ...] = ()
    selector: str | None = None
    any_order: bool = False
    window: int = 6
    file: str = ""


@dataclass
class Lexicon:
    entries: tuple[Entry, ...]
    categories: dict[str, Category]
    typologies: dict[str, Typology]
    files: tuple[str, ...] = ()
    _matcher: Matcher | None = field(default=None, repr=False, compare=False)

    @property
    def matcher(self) -> Matcher:
        """The compiled phrase matcher, built on first use."""
        if self._matcher is None:
            self._matcher = Matcher(self.entries)
        return self._matcher

    def by_selector(self, kind: str) -> list[Entry]:
        return [entry for entry in self.entries if entry.selector == kind]


def packaged_paths() -> list[Path]:
    """The lexicon files shipped with Himaya."""
    root = resources.files("himaya.risk") / "data"
    return sorted(Path(str(item)) for item in root.iterdir() if item.name.endswith(".yaml"))


def _fail(path: Path, message: str, entry: str | None = None) -> DataError:
    where = f"{path.name}: entry {entry!r}: " if entry else f"{path.name}: "
    return DataError(where + message, file=str(path), entry=entry)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, f"cannot read lexicon file: {exc}") from exc
    if not isinstance(data, dict):
        raise _fail(path, "expected a mapping at the top level")
    return data


def _number(path: Path, item: dict[str, Any], key: str, name: str) -> float:
    value = item.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _fail(path, f"{key} must be a number, got {value!r}", name)
    return float(value)


def _categories(path: Path, data: dict[str, Any]) -> dict[str, Category]:
    out: dict[str, Category] = {}
    for item in data.get("categories") or []:
        name = str(item.get("id", "")) if isinstance(item, dict) else ""
        if not name:
            raise _fail(path, "category without an id")
        if name in out:
            raise _fail(path, "duplicate category id", name)
        cap = _number(path, item, "cap", name)
        if not 0 < cap <= 5:
            raise _fail(path, f"cap out of range (0, 5]: {cap}", name)
        negative, framing = bool(item.get("negative", False)), bool(item.get("framing", False))
        if framing and not negative:
            raise _fail(path, "a framing category must be negative (its cues weigh < 0)", name)
        out[name] = Category(name, str(item.get("description", "")), cap, negative, framing)
    return out


def _typologies(path: Path, data: dict[str, Any], categories: dict[str, Category] | None = None) -> dict[str, Typology]:
    out: dict[str, Typology] = {}
    for item in data.get("typologies") or []:
        name = str(item.get("id", "")) if isinstance(item, dict) else ""
        if name not in TYPOLOGIES:
            raise _fail(path, f"unknown typology (expected one of {', '.join(TYPOLOGIES)})", name or None)
        if name in out:
            raise _fail(path, "duplicate typology id", name)
        minimum = _number(path, item, "min_evidence", name)
        shares = item.get("shares") or []
        if not isinstance(shares, list) or any(not isinstance(c, str) for c in shares):
            raise _fail(path, "shares must be a list of category ids", name)
        if categories is not None:
            unknown = [c for c in shares if c not in categories]
            if unknown:
                raise _fail(path, f"shares names unknown categories: {', '.join(unknown)}", name)
        out[name] = Typology(name, str(item.get("description", "")), minimum, tuple(shares))
    return out


def _entry(path: Path, language: str, item: Any, categories: dict[str, Category]) -> Entry:
    if not isinstance(item, dict) or not item.get("id"):
        raise _fail(path, f"entry without an id: {item!r}")
    local = str(item["id"])
    unknown = set(item) - _ENTRY_KEYS
    if unknown:
        raise _fail(path, f"unknown field(s): {', '.join(sorted(unknown))}", local)
    for key in ("category", "weight", "source"):
        if item.get(key) in (None, ""):
            raise _fail(path, f"missing field {key!r}", local)
    if "typology" not in item:
        raise _fail(path, "missing field 'typology' (use null for cross-cutting indicators)", local)
    category = categories.get(str(item["category"]))
    if category is None:
        raise _fail(path, f"unknown category {item['category']!r}", local)
    typology = item["typology"]
    if typology is not None and typology not in TYPOLOGIES:
        raise _fail(path, f"unknown typology {typology!r}", local)
    weight = _number(path, item, "weight", local)
    if not -1.0 <= weight <= 1.0 or weight == 0:
        raise _fail(path, f"weight out of range [-1, 1] (and not 0): {weight}", local)
    if (weight < 0) != category.negative:
        sign = "negative" if category.negative else "positive"
        raise _fail(path, f"weight must be {sign} in category {category.id!r}", local)
    terms, selector = item.get("terms"), item.get("selector")
    if selector is not None:
        if selector not in SELECTOR_KINDS:
            raise _fail(path, f"unknown selector condition {selector!r}", local)
        terms = []
    elif not isinstance(terms, list) or not terms:
        raise _fail(path, "missing field 'terms' (a non-empty list of phrases)", local)
    if any(not isinstance(term, str) or not term.strip() for term in terms):
        raise _fail(path, "every term must be a non-empty string", local)
    window = item.get("window", 6)
    if isinstance(window, bool) or not isinstance(window, int) or not 1 <= window <= _MAX_WINDOW:
        raise _fail(path, f"window must be an integer in [1, {_MAX_WINDOW}]", local)
    return Entry(
        id=f"{language}.{category.id}.{local}",
        category=category.id,
        typology=typology,
        weight=weight,
        source=str(item["source"]),
        language=language,
        terms=tuple(str(term) for term in terms),
        selector=selector,
        any_order=bool(item.get("any_order", False)),
        window=window,
        file=path.name,
    )


def load_lexicon(paths: list[Path] | None = None) -> Lexicon:
    """Load, validate and return a lexicon.

    ``paths`` defaults to the packaged files. When the given files hold no categories or typologies, the
    packaged ``categories.yaml`` / ``typologies.yaml`` are used, so a single language file can be loaded.
    """
    chosen = [Path(p) for p in (paths if paths is not None else packaged_paths())]
    documents = [(path, _read(path)) for path in chosen]
    categories: dict[str, Category] = {}
    typologies: dict[str, Typology] = {}
    for path, data in documents:
        if "categories" in data:
            categories.update(_categories(path, data))
        if "typologies" in data:
            typologies.update(_typologies(path, data, categories or None))
    packaged = {path.name: path for path in packaged_paths()}
    if not categories:
        path = packaged["categories.yaml"]
        categories = _categories(path, _read(path))
    if not typologies:
        path = packaged["typologies.yaml"]
        typologies = _typologies(path, _read(path), categories)
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for path, data in documents:
        if "entries" not in data:
            if not ({"categories", "typologies"} & set(data)):
                raise _fail(path, "not a lexicon file (expected 'entries', 'categories' or 'typologies')")
            continue
        language = data.get("language")
        if not isinstance(language, str) or not language:
            raise _fail(path, "missing 'language' (an ISO 639-1 code, or 'zxx' for emoji and selectors)")
        for item in data["entries"] or []:
            entry = _entry(path, language, item, categories)
            if entry.id in seen:
                raise _fail(path, f"duplicate id {entry.id!r} (first in {seen[entry.id]})", str(item["id"]))
            seen[entry.id] = path.name
            entries.append(entry)
    return Lexicon(tuple(entries), categories, typologies, tuple(str(path) for path, _ in documents))
