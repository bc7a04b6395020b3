"""Stored images: their hashes (image records and the images records reference), the image selectors the link
stage joins records by, and the stored matches against the hash lists."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urljoin

from sqlalchemy import Connection, Text, cast, delete, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from himaya.errors import StoreError, UsageError
from himaya.model import network_risk, network_typologies, record_images
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

    def replace_matches(
        self, found: dict[str, list[dict[str, Any]]], hit: Callable[[list[dict[str, Any]]], dict[str, Any]]
    ) -> int:
        """Swap in the image matches (record uid -> matches as ``Match.as_json``).

        A matched record gets ``hit(matches)`` (its reason, an indicator hit as a dict) among its hits, and its
        risk and typology are raised (``hit`` says to what); a record that no longer matches gets back the
        risk and typology it had before its first match. Returns how many records matched."""
        conn = self.conn
        try:
            prior = {
                r.record_uid: (r.prior_risk, r.prior_typology)
                for r in conn.execute(
                    select(image_matches.c.record_uid, image_matches.c.prior_risk, image_matches.c.prior_typology)
                )
            }
            touched = set(prior) | set(found)
            rows = (
                list(
                    conn.execute(
                        select(records.c.uid, records.c.risk, records.c.typology, records.c.hits).where(
                            records.c.uid.in_(sorted(touched))
                        )
                    )
                )
                if touched
                else []
            )
            conn.execute(delete(image_matches))
            for uid, risk, typology, hits in rows:
                base_risk, base_typology = prior.get(uid, (risk, typology))
                kept = [h for h in parse_json(hits) or [] if not str(h.get("indicator", "")).startswith("image.")]
                matches = found.get(uid, [])
                new_risk, new_typology = base_risk, base_typology
                if matches:
                    reason = hit(matches)
                    kept.append(reason)
                    new_risk = max(base_risk, reason["weight"])
                    new_typology = reason["typology"] or base_typology
                    conn.execute(
                        insert(image_matches),
                        [
                            {"record_uid": uid, "list": m["list"], "kind": m["kind"], "hash": m["hash"],
                             "distance": m["distance"], "category": m["category"], "series": m["series"],
                             "prior_risk": base_risk, "prior_typology": base_typology}
                            for m in {(m["list"], m["kind"], m["hash"]): m for m in matches}.values()
                        ],
                    )  # fmt: skip
                values = {"risk": new_risk, "typology": new_typology, "hits": kept or None}
                conn.execute(update(records).where(records.c.uid == uid).values(**values))
            _refresh_networks(conn, [uid for uid, *_ in rows])
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store image matches: {exc}") from exc
        return sum(1 for uid in found if found[uid])


def _refresh_networks(conn: Connection, uids: list[str]) -> None:
    """Recompute the risk and typologies of the networks holding these records, as the link stage does, so
    that a match found after linking shows in its network at once."""
    nets: set[str] = set()
    for i in range(0, len(uids), CHUNK):
        query = select(members.c.network_id).where(members.c.record_uid.in_(uids[i : i + CHUNK]))
        nets.update(row[0] for row in conn.execute(query))
    for net in sorted(nets):
        found = conn.execute(
            select(records.c.risk, records.c.typology)
            .join(members, members.c.record_uid == records.c.uid)
            .where(members.c.network_id == net)
        ).all()
        typology, typologies = network_typologies([t for _, t in found])
        conn.execute(
            update(networks)
            .where(networks.c.id == net)
            .values(risk=network_risk([r for r, _ in found]), typology=typology, typologies=typologies)
        )
