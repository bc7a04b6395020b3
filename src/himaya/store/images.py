"""Stored images: their hashes (image records and the images records reference), the image selectors the link
stage joins records by, and the stored matches against the hash lists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from sqlalchemy import Connection, Text, cast, delete, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from himaya.errors import StoreError, UsageError
from himaya.model import record_images
from himaya.store.models import ImageMatchRow, from_row
from himaya.store.schema import image_matches, members, networks, occurrences, records
from himaya.store.sql import CHUNK, parse_json


class ImageRepository:
    """The stored images of one transaction (``tx.images``)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def hashes(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(uid, id, hashes) of every stored image: image records (``attrs["image"]``) and the images that
        other records reference and that were hashed on ingest (``attrs["image_hashes"]``), one per image;
        see himaya.images.hashing for the hashes."""
        query = select(records.c.uid, records.c.id, records.c.kind, records.c.attrs).where(
            or_(records.c.kind == "image", records.c.images.isnot(None))
        )
        for uid, record_id, kind, attrs in self.conn.execute(query.execution_options(yield_per=20_000)):
            for image in record_images(kind, parse_json(attrs)):
                yield uid, record_id, image

    def with_digest(self, kind: str, value: str) -> set[str]:
        """SHA-256 of the stored images (image records and images records reference) whose ``kind`` digest
        ("md5" or "sha1") is ``value`` (lower-case hex): one text scan of the image attributes."""
        if kind not in ("md5", "sha1"):
            raise UsageError(f"images are looked up by md5 or sha1, not {kind!r}")
        query = select(records.c.kind, records.c.attrs).where(
            or_(records.c.kind == "image", records.c.images.isnot(None)),
            cast(records.c.attrs, Text).like(f"%{value}%"),
        )
        found: set[str] = set()
        for kind_of, attrs in self.conn.execute(query):
            found.update(i["sha256"] for i in record_images(kind_of, parse_json(attrs)) if i.get(kind) == value)
        return found

    def occurrences(self) -> Iterator[tuple[str, str, str]]:
        """(record uid, SHA-256, PDQ hex) of every image selector whose PDQ hash is good enough to link by."""
        query = select(occurrences.c.record_uid, occurrences.c.value, occurrences.c.detail).where(
            occurrences.c.type == "image", occurrences.c.detail.isnot(None)
        )
        for row in self.conn.execute(query.execution_options(yield_per=20_000)):
            yield row[0], row[1], row[2]

    def url_refs(self) -> Iterator[tuple[str, str]]:
        """(record uid, SHA-256) for each record that shows, by URL, an image stored as an image record with
        that URL: a crawled page and the image it embeds, both in one WARC. Relative URLs are resolved
        against the record's own URL."""
        found = self.conn.execute(
            select(records.c.url, records.c.uid).where(records.c.kind == "image", records.c.url.isnot(None))
        )
        by_url = {url: uid for url, uid in found}
        if not by_url:
            return
        query = select(records.c.uid, records.c.url, records.c.images).where(
            records.c.kind != "image", records.c.images.isnot(None)
        )
        for uid, url, images in self.conn.execute(query.execution_options(yield_per=20_000)):
            refs = parse_json(images)
            for ref in refs if isinstance(refs, list) else ():
                target = by_url.get(urljoin(url, ref) if url else ref) if isinstance(ref, str) else None
                if target is not None:
                    yield uid, target

    def matches(self) -> list[ImageMatchRow]:
        query = select(image_matches).order_by(image_matches.c.record_uid, image_matches.c.list)
        return [from_row(ImageMatchRow, r) for r in self.conn.execute(query)]

    def match_baselines(self, uids: Iterable[str]) -> dict[str, MatchBaseline]:
        """What the image-match policy starts from for ``uids`` and every record matched before: each one's
        risk and typology before its first match (its current ones if it had none) and its hits other than
        image matches."""
        conn = self.conn
        try:
            prior = {
                r.record_uid: (r.prior_risk, r.prior_typology)
                for r in conn.execute(
                    select(image_matches.c.record_uid, image_matches.c.prior_risk, image_matches.c.prior_typology)
                )
            }
            touched = sorted(set(prior) | set(uids))
            found: dict[str, MatchBaseline] = {}
            for i in range(0, len(touched), CHUNK):
                query = select(records.c.uid, records.c.risk, records.c.typology, records.c.hits).where(
                    records.c.uid.in_(touched[i : i + CHUNK])
                )
                for uid, risk, typology, hits in conn.execute(query):
                    base_risk, base_typology = prior.get(uid, (risk, typology))
                    kept = [h for h in parse_json(hits) or [] if not str(h.get("indicator", "")).startswith("image.")]
                    found[uid] = MatchBaseline(base_risk, base_typology, kept)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not read image matches: {exc}") from exc
        return found

    def replace_matches(self, outcomes: Mapping[str, MatchOutcome]) -> None:
        """Swap in the image matches: every stored match is dropped, and each record of ``outcomes`` gets the
        risk, typology, hits and matches it says (a record no longer matched: no matches and its prior
        values). The values are the caller's (``himaya.risk.images`` decides them); this only writes them."""
        conn = self.conn
        try:
            conn.execute(delete(image_matches))
            for uid, out in sorted(outcomes.items()):
                if out.matches:
                    conn.execute(
                        insert(image_matches),
                        [
                            {"record_uid": uid, "list": m["list"], "kind": m["kind"], "hash": m["hash"],
                             "distance": m["distance"], "category": m["category"], "series": m["series"],
                             "prior_risk": out.prior_risk, "prior_typology": out.prior_typology}
                            for m in {(m["list"], m["kind"], m["hash"]): m for m in out.matches}.values()
                        ],
                    )  # fmt: skip
                values = {"risk": out.risk, "typology": out.typology, "hits": list(out.hits) or None}
                conn.execute(update(records).where(records.c.uid == uid).values(**values))
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store image matches: {exc}") from exc

    def network_members(self, uids: Sequence[str]) -> dict[str, list[tuple[float, str | None]]]:
        """The networks holding any of these records, each with its members' (risk, typology), by network id:
        what a network's score is recomputed from when a member's changes after linking."""
        nets: set[str] = set()
        for i in range(0, len(uids), CHUNK):
            query = select(members.c.network_id).where(members.c.record_uid.in_(uids[i : i + CHUNK]))
            nets.update(row[0] for row in self.conn.execute(query))
        out: dict[str, list[tuple[float, str | None]]] = {}
        for net in sorted(nets):
            found = self.conn.execute(
                select(records.c.risk, records.c.typology)
                .join(members, members.c.record_uid == records.c.uid)
                .where(members.c.network_id == net)
            ).all()
            out[net] = [(risk, typology) for risk, typology in found]
        return out

    def set_network_score(self, network_id: str, risk: float, typology: str | None, typologies: dict[str, int]) -> None:
        """Write a network's risk and typologies (as ``himaya.risk.images.network_score`` gives them)."""
        self.conn.execute(
            update(networks)
            .where(networks.c.id == network_id)
            .values(risk=risk, typology=typology, typologies=typologies)
        )


@dataclass(frozen=True, slots=True)
class MatchBaseline:
    """A record's values before any image match: the risk and typology matches raise, its other hits."""

    risk: float
    typology: str | None
    hits: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class MatchOutcome:
    """What to store for one record after matching: its values and matches (none: no longer matched), and the
    values it had before its first match (kept with the matches, to return to)."""

    risk: float
    typology: str | None
    hits: list[dict[str, Any]]
    matches: list[dict[str, Any]] = field(default_factory=list)
    prior_risk: float = 0.0
    prior_typology: str | None = None
