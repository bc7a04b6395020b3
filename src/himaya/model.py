"""The records, selectors, indicator hits and networks that flow through Himaya.

Plain dataclasses with no behaviour beyond small derived values, so that every stage (local worker
processes today, Spark tasks later) can build and pickle them cheaply.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

TYPOLOGIES: tuple[str, ...] = (
    "sexual_exploitation",
    "child_sexual_exploitation",
    "forced_labour",
    "domestic_servitude",
    "forced_criminality",
    "organ_trafficking",
    "migrant_smuggling",
)


@dataclass(slots=True)
class Record:
    """One post, ad, page, message or text file, as read from a source.

    ``uid`` is the content address: the sha256 of the raw bytes the record was read from, so that
    ingesting the same thing twice stores it once. ``id`` is the identifier the source gave it (or,
    when it gave none, a stable one derived from ``uid``).
    """

    uid: str
    id: str
    text: str
    source: str
    locator: str
    title: str | None = None
    url: str | None = None
    platform: str | None = None
    author: str | None = None
    posted_at: str | None = None
    location: str | None = None
    country: str | None = None
    images: list[str] = field(default_factory=list)
    kind: str = "post"
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def full_text(self) -> str:
        """The text that is analysed: title and body, so that spans refer to one string."""
        if self.title and self.title.strip() and self.title.strip() not in self.text:
            return f"{self.title}\n{self.text}"
        return self.text


@dataclass(slots=True, frozen=True)
class Problem:
    """Bad input: reported with where it was and why, counted, and skipped."""

    source: str
    locator: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.locator}: {self.reason}"


@dataclass(slots=True, frozen=True)
class SelectorHit:
    """One occurrence of a selector in a record's ``full_text``.

    ``value`` is normalised (E.164 phone, lower-case email, canonical crypto address ...), ``raw`` is
    the text as written, ``start``/``end`` its span in the original text, ``hidden`` whether it had
    been disguised (digits as words, "at"/"dot", zero-width characters ...).
    """

    type: str
    value: str
    raw: str
    start: int
    end: int
    hidden: bool = False
    detail: str | None = None  # e.g. the chain of a crypto address, the platform of a handle

    @property
    def key(self) -> str:
        return f"{self.type}:{self.value}"


@dataclass(slots=True, frozen=True)
class IndicatorHit:
    """One lexicon entry found in a record: the reason behind part of its risk."""

    indicator: str  # stable id of the lexicon entry, e.g. "en.deceptive_recruitment.free_visa"
    category: str  # e.g. "deceptive_recruitment", "control", "youth", "obscured_contact"
    typology: str | None  # one of TYPOLOGIES, or None for indicators that apply to several
    weight: float
    matched: str  # the words as written in the record
    start: int
    end: int
    language: str
    source: str = ""  # the published evidence the weight rests on

    def reason(self) -> str:
        return f"{self.indicator} ({self.weight:+.2f}): \u201c{self.matched}\u201d"


@dataclass(slots=True)
class Analysis:
    """What the analysis stage learns about one record."""

    uid: str
    language: str | None
    selectors: list[SelectorHit]
    hits: list[IndicatorHit]
    risk: float
    typology: str | None
    band_keys: list[int] = field(default_factory=list)  # MinHash LSH bands, for near-duplicates
    signature: bytes = b""  # MinHash signature (uint32 little-endian), for the Jaccard check

    @property
    def reasons(self) -> list[str]:
        return [hit.reason() for hit in self.hits]


def record_images(kind: str, attrs: Any) -> list[dict[str, Any]]:
    """The hashed images of a record, from its ``attrs``: an image record's own (``attrs["image"]``), or those
    of the images another record references (``attrs["image_hashes"]``)."""
    if not isinstance(attrs, dict):
        return []
    found = [attrs.get("image")] if kind == "image" else attrs.get("image_hashes") or []
    return [image for image in found if isinstance(image, dict)]


def network_risk(risks: list[float]) -> float:
    """A network's risk: the mean of its three riskiest members' (one alarming post is not a network)."""
    top = sorted(risks, reverse=True)[:3]
    return round(sum(top) / len(top), 4) if top else 0.0


def network_typologies(typologies: list[str | None]) -> tuple[str | None, dict[str, int]]:
    """A network's typology (its members' most common) and the count of each, most common first."""
    counts = Counter(t for t in typologies if t)
    return (counts.most_common(1)[0][0] if counts else None), dict(counts.most_common())


@dataclass(slots=True)
class Network:
    """Records joined through pivot selectors, near-duplicate text and shared images."""

    id: str
    members: list[str]  # record uids
    key_selectors: list[tuple[str, str, int]]  # (type, value, number of member records), ranked
    risk: float
    typologies: dict[str, int]
    countries: dict[str, int]
    first_seen: str | None
    last_seen: str | None
    edges: list[tuple[str, str, str]] = field(default_factory=list)  # (record uid, kind, key)

    @property
    def size(self) -> int:
        return len(self.members)
