"""Jobs on images: match the stored images or a query file against the stored hash lists, find series.

Matching the stored images also stores the result: what each match means for a record's risk and typology is
asked of ``himaya.risk.images``, and the store is given the values to write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from himaya.images.hashing import MIN_QUALITY, PDQ_RADIUS
from himaya.images.match import ListIndex, Match, match_images
from himaya.images.queries import read_queries
from himaya.images.series import find_series
from himaya.risk.images import match_hit, network_score, raised
from himaya.store.images import MatchOutcome

if TYPE_CHECKING:
    from himaya.store import Store, Transaction

__all__ = [
    "MatchResult", "QueryMatchResult", "SeriesRow", "match_hashes", "match_stored", "match_stored_in", "series",
    "store_matches",
]  # fmt: skip


@dataclass(slots=True)
class MatchResult:
    """Stored images matched: how many images, how many records matched, and each match as a line (the
    ``Match.as_json`` fields with the record's ``record`` id, ``uid`` and the image's ``path``)."""

    images: int = 0
    matched: int = 0
    lines: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class QueryMatchResult:
    """A query file matched: its hashes, the matches in query order, its bad lines (counted, the first ones
    described), and how many queries had no dihedral hashes when they were asked for."""

    queries: int = 0
    matches: list[Match] = field(default_factory=list)
    bad: int = 0
    problems: list[str] = field(default_factory=list)
    without_dihedral: int = 0


@dataclass(frozen=True, slots=True)
class SeriesRow:
    """A series of near-identical stored images, with the records that show them, their networks and the
    hash lists ("list (category)") any of those records matched."""

    series: str
    images: int
    sha256: list[str]
    pdq: list[str]
    records: list[str]
    networks: list[str]
    matched: list[str]


def match_stored(store: Store, *, radius: int = PDQ_RADIUS, dihedral: bool = False, actor: str) -> MatchResult:
    """Match every stored image against the stored lists and store the result (risk, typology and reasons of
    the matched records; earlier matches that no longer hold are undone); audited as "match"."""
    with store.transaction(actor=actor) as tx:
        found = match_stored_in(tx, radius, dihedral)
        tx.audit.record(
            "match", "stored images", images=found.images, records=found.matched, matches=len(found.lines),
            radius=radius,
        )  # fmt: skip
    return found


def match_stored_in(tx: Transaction, radius: int = PDQ_RADIUS, dihedral: bool = False) -> MatchResult:
    """``match_stored`` inside a transaction the caller holds (and audits)."""
    found = match_images(ListIndex(tx.hashlists), tx.images.hashes(), radius, dihedral)
    matched = store_matches(tx, found.by_record)
    return MatchResult(found.images, matched, found.lines)


def store_matches(tx: Transaction, found: dict[str, list[dict[str, Any]]]) -> int:
    """Store the image matches of each record (uid -> ``Match.as_json`` values), replacing the stored ones.

    A matched record gets its match hit (``himaya.risk.images.match_hit``) as a reason and its risk and
    typology raised from what it had before any match; a record no longer matched gets those back. The
    networks holding a changed record are scored again, so that a match found after linking shows at once.
    Returns how many records matched."""
    outcomes: dict[str, MatchOutcome] = {}
    for uid, base in tx.images.match_baselines(found).items():
        matches = found.get(uid, [])
        if not matches:
            outcomes[uid] = MatchOutcome(base.risk, base.typology, base.hits)
            continue
        hit = match_hit(matches)
        risk, typology = raised(base.risk, base.typology, hit)
        outcomes[uid] = MatchOutcome(risk, typology, [*base.hits, hit], matches, base.risk, base.typology)
    tx.images.replace_matches(outcomes)
    for net, members in tx.images.network_members(sorted(outcomes)).items():
        score = network_score(members)
        tx.images.set_network_score(net, score.risk, score.typology, score.typologies)
    return sum(1 for uid in found if found[uid])


def match_hashes(
    store: Store,
    path: Path,
    *,
    radius: int = PDQ_RADIUS,
    dihedral: bool = False,
    min_quality: int = MIN_QUALITY,
    actor: str,
) -> QueryMatchResult:
    """Match the PDQ hashes of a query file (``himaya.images.queries``) against the stored lists; nothing is
    stored but the audit entry ("match", the file)."""
    query = read_queries(path, min_quality)
    with store.transaction(actor=actor) as tx:
        index = ListIndex(tx.hashlists)
        found = list(index.match_pdq(query.queries, radius, query.variants if dihedral else None))
        tx.audit.record("match", str(path), queries=len(query.queries), matches=len(found), radius=radius)
    plain = sum(1 for v in query.variants if not v) if dihedral else 0
    return QueryMatchResult(len(query.queries), found, query.bad, query.problems, plain)


def series(store: Store, *, radius: int = PDQ_RADIUS, min_images: int = 2, actor: str) -> list[SeriesRow]:
    """Series of near-identical stored images (image records and the images records reference), largest
    first, with the networks of the records that show them and the lists those records matched; audited as
    "series" with how many were found."""
    with store.transaction(actor=actor) as tx:
        found = find_series(tx.images.hashes(), radius, min_images)
        network = tx.networks.of_records(sorted({uid for s in found for uid, _ in s.records}))
        matched: dict[str, set[str]] = {}
        for match in tx.images.matches():
            matched.setdefault(match.record_uid, set()).add(f"{match.list} ({match.category or 'no category'})")
        tx.audit.record("series", "", found=len(found), radius=radius, min_images=min_images)
    return [
        SeriesRow(
            series=s.name,
            images=len(s.sha256),
            sha256=s.sha256,
            pdq=s.pdq,
            records=[record_id for _, record_id in s.records],
            networks=sorted({network[uid] for uid, _ in s.records if network.get(uid)}),
            matched=sorted({m for uid, _ in s.records for m in matched.get(uid, ())}),
        )
        for s in found
    ]
