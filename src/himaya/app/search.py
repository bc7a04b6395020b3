"""Search: a selector in any written form, or an image by its SHA-256, MD5 or SHA-1."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from himaya.errors import UsageError
from himaya.selectors import parse_query
from himaya.store.models import FoundOccurrence, SelectorStat

if TYPE_CHECKING:
    from himaya.store import Store

__all__ = ["SearchResult", "image_digest", "search"]


@dataclass(slots=True)
class SearchResult:
    """What a search looked for (``selectors``, (type, value) pairs), each one's statistics and where it
    occurs. ``digest`` is the (kind, hex) of an MD5 or SHA-1 query: with no selectors, no stored image had it."""

    query: str
    selectors: list[tuple[str, str]] = field(default_factory=list)
    stats: list[SelectorStat] = field(default_factory=list)
    occurrences: list[FoundOccurrence] = field(default_factory=list)
    digest: tuple[str, str] | None = None


def image_digest(value: str) -> tuple[str, str] | None:
    """("md5" or "sha1", lower-case hex) when ``value`` is 32 or 40 hex digits, else None."""
    text = value.strip().lower()
    kind = {32: "md5", 40: "sha1"}.get(len(text))
    return (kind, text) if kind and all(ch in "0123456789abcdef" for ch in text) else None


def search(store: Store, value: str, *, country: str | None = None, actor: str) -> SearchResult:
    """Find ``value`` ("+1 (201) 555-0123", "name at mail dot example", a wallet, an image's SHA-256, MD5 or
    SHA-1); ``country`` reads numbers written without a country code. Audited as "search" (the query, the
    selectors looked for and how many records hold them). UsageError when ``value`` reads as nothing."""
    keys = parse_query(value, country=country)
    digest = image_digest(value)
    if not keys and digest is None:
        raise UsageError(f"{value!r} does not read as a phone, email, handle, wallet, url, onion address or image hash")
    with store.transaction(actor=actor) as tx:
        if digest is not None:  # an image's MD5 or SHA-1: the images stored with it, by their SHA-256
            keys += [("image", sha) for sha in sorted(tx.images.with_digest(*digest))]
        found = tx.records.search(keys) if keys else []
        stats = tx.networks.selector_stats(keys) if keys else []
        tx.audit.record(
            "search", value, selectors=[f"{t}:{v}" for t, v in keys], records=len({o.record_uid for o in found})
        )
    return SearchResult(value, list(keys), list(stats), list(found), digest)
