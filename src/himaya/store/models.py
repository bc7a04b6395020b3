"""What the store hands back: frozen read models, one per kind of row, instead of dicts.

Field order follows the columns of ``schema.py``, so ``dataclasses.asdict`` gives the JSON that the CLI has
always printed (``himaya networks --json``, ``himaya search --json`` ...). JSON columns come back parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypedDict, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RunInfo:
    """One ``himaya run``/``ingest``: what it read and what it counted."""

    id: int
    started_at: str
    finished_at: str | None
    command: str
    inputs: list[str]
    counts: dict[str, Any] | None
    status: str


@dataclass(frozen=True, slots=True)
class ProblemRow:
    """Bad input met while reading: where, and why it was skipped."""

    id: int
    run_id: int
    source: str
    locator: str
    reason: str


@dataclass(frozen=True, slots=True)
class NetworkRow:
    """A network's summary, as the link stage stored it."""

    id: str
    size: int
    risk: float
    typology: str | None
    typologies: dict[str, int]
    countries: dict[str, int]
    key_selectors: list[list[Any]]  # [type, value, records]
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class RecordRow:
    """A stored record with its analysis, and the network it is in (None when it is in none)."""

    uid: str
    id: str
    source: str
    locator: str
    ingested_at: str
    run_id: int
    kind: str
    title: str | None
    text: str
    url: str | None
    platform: str | None
    author: str | None
    posted_at: str | None
    location: str | None
    country: str | None
    images: list[Any] | None
    attrs: dict[str, Any] | None
    language: str | None
    risk: float
    typology: str | None
    hits: list[dict[str, Any]] | None  # himaya.store.rows.HIT_FIELDS
    network_id: str | None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One selector where a record shows it: the span, the text as written, whether it was hidden."""

    record_uid: str
    type: str
    value: str
    start: int
    end: int
    raw: str
    hidden: bool
    detail: str | None


@dataclass(frozen=True, slots=True)
class FoundOccurrence(Occurrence):
    """A search hit: an occurrence with its record's id, network, risk and provenance."""

    record_id: str
    network_id: str | None
    risk: float
    typology: str | None
    source: str
    locator: str


@dataclass(frozen=True, slots=True)
class SelectorStat:
    """How many records show a selector, and whether the link stage held it back as a hub."""

    type: str
    value: str
    records: int
    hub: bool
    hub_reason: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class Relation:
    """Another network that shares weak evidence with this one (near-duplicate wording, a handle name ...):
    too little to merge them, worth a look. Seen from one side: ``here`` is this network, ``there`` the other."""

    other: str
    kind: str  # "text", "handle-name", "selector" ...
    key: str  # the shared pivot
    records_here: int  # records of this network that carry it
    records_there: int
    strength: float
    example_here: str | None  # a record uid on each side that carries it
    example_there: str | None


@dataclass(frozen=True, slots=True)
class Tie:
    """One record's edge to a pivot it shares with at least one other record, and what the edge is worth."""

    record_uid: str
    key: str
    kind: str
    strength: float
    hub: bool  # the pivot was held back from linking as a hub


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """Where some records of a network id went at a link that did not keep the network whole (UTC)."""

    old_id: str
    new_id: str | None  # None: to no network
    records: int
    at: datetime


@dataclass(frozen=True, slots=True)
class HashListInfo:
    """A stored hash list (its entries are read with ``HashListRepository.entries``)."""

    id: int
    name: str
    format: str
    source: str
    imported_at: str
    updated_at: str
    entries: int


@dataclass(frozen=True, slots=True)
class ImageMatchRow:
    """A stored image that matched a hash-list entry, with the record's risk before its first match."""

    record_uid: str
    list: str
    kind: str
    hash: str
    distance: int
    category: str | None
    series: str | None
    prior_risk: float
    prior_typology: str | None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """Who read or changed what, and when (UTC, timezone-aware)."""

    id: int
    at: datetime
    actor: str
    action: str
    target: str
    details: dict[str, Any]


class ExportRecord(TypedDict):
    """One line of ``himaya export records`` (the contract in docs/formats.md)."""

    id: str
    selectors: list[dict[str, str]]
    risk: float
    typology: str | None
    network: str | None
    reasons: list[str]
    language: str | None
    source: str
    locator: str


def from_row(model: type[T], row: Any, **parsed: Any) -> T:
    """``model`` built from a result row's columns by name, with ``parsed`` (JSON columns) in their place."""
    mapping = row._mapping
    names = model.__dataclass_fields__  # type: ignore[attr-defined]
    return model(**{name: parsed[name] if name in parsed else mapping[name] for name in names})
