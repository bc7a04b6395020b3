"""Hash lists in the store: import (a newer version applies its additions and retractions), read, remove."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson
from sqlalchemy import Engine, Text, cast, delete, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from himaya.errors import StoreError, UsageError
from himaya.model import network_risk, network_typologies, record_images
from himaya.store.listimport import ListImport, import_list
from himaya.store.schema import hash_entries, hash_lists, image_matches, members, networks, occurrences, records

_CHUNK = 400  # (kind, value) pairs per DELETE ... IN (...)


def _entry(row: Any) -> Any:
    from himaya.images.lists import HashEntry

    attrs = _json(row.attrs)
    return HashEntry(
        kind=row.kind, value=row.value, quality=row.quality, category=row.category,
        source_category=row.source_category, series=row.series, victim_identified=row.victim_identified,
        first_seen=row.first_seen, last_seen=row.last_seen, tlp=row.tlp, entry_id=row.entry_id, group=row.grp,
        attrs=attrs or {},
    )  # fmt: skip


class HashLists:
    """The hash-list part of ``Store`` (a mixin: ``engine`` and ``utcnow`` come from it)."""

    engine: Engine

    def import_hash_list(self, name: str, fmt: str, source: str, entries: Iterable[Any], now: str) -> ListImport:
        """Store ``entries`` (``himaya.images.lists.HashEntry``, streamed) as the current version of list
        ``name``, in one transaction: entries the new version no longer has are retracted, new ones added,
        changed ones updated (see himaya.store.listimport)."""
        try:
            with self.engine.begin() as conn:
                return import_list(conn, self.engine.dialect.name, name, fmt, source, entries, now)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store hash list {name!r}: {exc}") from exc

    def hash_lists(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(hash_lists).order_by(hash_lists.c.name))]

    def hash_list_entries(self, name: str) -> Iterator[Any]:
        """The entries of list ``name`` (``HashEntry`` values); UsageError for an unknown list."""
        query = (
            select(hash_entries)
            .join(hash_lists, hash_lists.c.id == hash_entries.c.list_id)
            .where(hash_lists.c.name == name)
            .order_by(hash_entries.c.grp, hash_entries.c.kind, hash_entries.c.value)
        )
        self._list_id(name)
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=20_000).execute(query):
                yield _entry(row)

    def remove_hash_list(self, name: str) -> int:
        """Delete list ``name`` and its entries; returns how many entries it had."""
        list_id = self._list_id(name)
        with self.engine.begin() as conn:
            gone = conn.execute(delete(hash_entries).where(hash_entries.c.list_id == list_id)).rowcount
            conn.execute(delete(hash_lists).where(hash_lists.c.id == list_id))
        return int(gone or 0)

    def pdq_entries(self) -> Iterator[str]:
        """The PDQ hex of every stored PDQ entry, streamed (the match index is built from them)."""
        query = select(hash_entries.c.value).where(hash_entries.c.kind == "pdq")
        with self.engine.connect() as conn:
            for (value,) in conn.execution_options(yield_per=50_000).execute(query):
                yield value

    def entries_for(self, kind: str, values: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
        """(list name, value, category, series) of the stored entries of ``kind`` with one of ``values``."""
        wanted = sorted(set(values))
        out: list[tuple[str, str, str | None, str | None]] = []
        query = select(hash_lists.c.name, hash_entries.c.value, hash_entries.c.category, hash_entries.c.series).join(
            hash_lists, hash_lists.c.id == hash_entries.c.list_id
        )
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                rows = conn.execute(query.where(hash_entries.c.kind == kind, hash_entries.c.value.in_(chunk)))
                out.extend((r[0], r[1], r[2], r[3]) for r in rows)
        return out

    def image_hashes(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(uid, id, hashes) of every stored image: image records (``attrs["image"]``) and the images that
        other records reference and that were hashed on ingest (``attrs["image_hashes"]``), one per image;
        see himaya.images.hashing for the hashes."""
        query = select(records.c.uid, records.c.id, records.c.kind, records.c.attrs).where(
            or_(records.c.kind == "image", records.c.images.isnot(None))
        )
        with self.engine.connect() as conn:
            for uid, record_id, kind, attrs in conn.execution_options(yield_per=20_000).execute(query):
                for image in record_images(kind, _json(attrs)):
                    yield uid, record_id, image

    def images_with_digest(self, kind: str, value: str) -> set[str]:
        """SHA-256 of the stored images (image records and images records reference) whose ``kind`` digest
        ("md5" or "sha1") is ``value`` (lower-case hex): one text scan of the image attributes."""
        if kind not in ("md5", "sha1"):
            raise UsageError(f"images are looked up by md5 or sha1, not {kind!r}")
        query = select(records.c.kind, records.c.attrs).where(
            or_(records.c.kind == "image", records.c.images.isnot(None)),
            cast(records.c.attrs, Text).like(f"%{value}%"),
        )
        found: set[str] = set()
        with self.engine.connect() as conn:
            for kind_of, attrs in conn.execute(query):
                found.update(i["sha256"] for i in record_images(kind_of, _json(attrs)) if i.get(kind) == value)
        return found

    def image_occurrences(self) -> Iterator[tuple[str, str, str]]:
        """(record uid, SHA-256, PDQ hex) of every image selector whose PDQ hash is good enough to link by."""
        query = select(occurrences.c.record_uid, occurrences.c.value, occurrences.c.detail).where(
            occurrences.c.type == "image", occurrences.c.detail.isnot(None)
        )
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=20_000).execute(query):
                yield row[0], row[1], row[2]

    def image_url_refs(self) -> Iterator[tuple[str, str]]:
        """(record uid, SHA-256) for each record that shows, by URL, an image stored as an image record with
        that URL: a crawled page and the image it embeds, both in one WARC. Relative URLs are resolved
        against the record's own URL."""
        from urllib.parse import urljoin

        with self.engine.connect() as conn:
            found = conn.execute(
                select(records.c.url, records.c.uid).where(records.c.kind == "image", records.c.url.isnot(None))
            )
            by_url = {url: uid for url, uid in found}
            if not by_url:
                return
            query = select(records.c.uid, records.c.url, records.c.images).where(
                records.c.kind != "image", records.c.images.isnot(None)
            )
            for uid, url, images in conn.execution_options(yield_per=20_000).execute(query):
                refs = _json(images)
                for ref in refs if isinstance(refs, list) else ():
                    target = by_url.get(urljoin(url, ref) if url else ref) if isinstance(ref, str) else None
                    if target is not None:
                        yield uid, target

    def replace_image_matches(self, found: dict[str, list[dict[str, Any]]], hit: Any) -> int:
        """Swap in the image matches (record uid -> matches as ``Match.as_json``), in one transaction.

        A matched record gets ``hit(matches)`` (its reason, an indicator hit as a dict) among its hits, and its
        risk and typology are raised (``hit`` says to what); a record that no longer matches gets back the
        risk and typology it had before its first match. Returns how many records matched."""
        try:
            with self.engine.begin() as conn:
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
                    kept = [h for h in _json(hits) or [] if not str(h.get("indicator", "")).startswith("image.")]
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
                    conn.execute(
                        update(records)
                        .where(records.c.uid == uid)
                        .values(risk=new_risk, typology=new_typology, hits=kept or None)
                    )
                _refresh_networks(conn, [uid for uid, *_ in rows])
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store image matches: {exc}") from exc
        return sum(1 for uid in found if found[uid])

    def image_matches(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            query = select(image_matches).order_by(image_matches.c.record_uid, image_matches.c.list)
            return [dict(r._mapping) for r in conn.execute(query)]

    def _list_id(self, name: str) -> int:
        with self.engine.connect() as conn:
            found = conn.execute(select(hash_lists.c.id).where(hash_lists.c.name == name)).first()
        if found is None:
            raise UsageError(f"no hash list named {name!r} (see `himaya hashlist list`)")
        return int(found[0])


def _refresh_networks(conn: Any, uids: list[str]) -> None:
    """Recompute the risk and typologies of the networks holding these records, as the link stage does, so
    that a match found after linking shows in its network at once."""
    nets: set[str] = set()
    for i in range(0, len(uids), _CHUNK):
        query = select(members.c.network_id).where(members.c.record_uid.in_(uids[i : i + _CHUNK]))
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


def _json(value: Any) -> Any:
    """A JSON column's value: parsed where the driver hands back text (SQLite), as is where it parsed it."""
    return orjson.loads(value) if isinstance(value, str | bytes) else value
