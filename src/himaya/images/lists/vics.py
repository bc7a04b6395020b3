"""Project VIC VICS 2.0 OData JSON, the hash-set and case format of Project VIC and the tools that adopt it.

Public facts this follows (the data model itself is shared only under agreement, so this keeps to what
public tools read and write): the document is an object with ``@odata.context`` (e.g.
``http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/$metadata#Media``) and ``value``. A
hash set lists ``Media`` records directly under ``value``; a case export lists cases under ``value``, each
with a ``Media`` array. A Media record has ``MediaID``, ``Category`` (an integer, null when uncategorised),
``MD5`` and ``SHA1`` (often upper case), ``Series``, ``VictimIdentified``, ``OffenderIdentified``,
``IsDistributed``, ``IsPrecategorized`` (flags written as JSON booleans or as the strings
"true"/"false"), ``DateUpdated`` (ISO 8601), ``MediaSize``, ``Tags``, ``Comments`` and, where shared, a
base64 ``PhotoDNA`` value (kept opaque). Files may start with a BOM.

The file is streamed with ijson: a Media record is built, turned into entries and dropped, so a list of
millions of records is never held whole (a 40 MB, 200,000-record set reads with under 1 MB at peak).
Locators name the JSON item (``value[3]``, or ``Media[12]`` counted across a case export's cases) since
JSON has no useful line numbers. Writing produces a ``#Media`` hash set.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

import ijson

from himaya.images.lists.base import (
    HashEntry,
    HashListFormat,
    entries_for_row,
    parse_bool,
    parse_date,
    rows_of,
    text_or_none,
    text_output,
)
from himaya.images.lists.categories import CategoryMap, load_categories
from himaya.model import Problem

CONTEXT = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/CUSTOM/$metadata#Media"
_HASHES = (("md5", "MD5"), ("sha1", "SHA1"))
_FLAGS = {"OffenderIdentified": "offender_identified", "IsDistributed": "is_distributed"}
_FLAGS_OUT = {v: k for k, v in _FLAGS.items()} | {"is_precategorized": "IsPrecategorized"}
_MEDIA_ARRAY = re.compile(rb'"Media"\s*:\s*\[')
_KNOWN = {"MD5", "SHA1", "MediaID", "Category", "Series", "VictimIdentified", "DateUpdated", "IsPrecategorized"}


class VicsJson(HashListFormat):
    name = "vics"
    description = "Project VIC VICS 2.0 OData JSON (hash sets and case exports)"
    extensions = (".json",)

    def sniff(self, head: bytes) -> bool:
        text = head[:4096].lstrip()
        return text.startswith(b"{") and (b"VICSDATAMODEL" in text or b"ProjectVic" in text)

    def read(
        self, path: str | os.PathLike[str], *, categories: CategoryMap | None = None, kind64: str = "pdq"
    ) -> Iterator[HashEntry | Problem]:
        source = os.fspath(path)
        mapping = categories or load_categories()
        with open(source, "rb") as stream:
            if stream.read(3) != b"\xef\xbb\xbf":
                stream.seek(0)
            try:
                for locator, media in _media(stream):
                    yield from _entries(source, locator, media, mapping)
            except ijson.JSONError as exc:
                yield Problem(
                    source, "end of file", f"truncated or invalid JSON, reading stopped: {str(exc).splitlines()[0]}"
                )

    def write(self, entries: Iterable[HashEntry], out: str | os.PathLike[str] | IO[str]) -> int:
        """A ``#Media`` hash set, one record per image; VICS carries MD5 and SHA-1 only, so other kinds
        are left out."""
        count = 0
        with text_output(out) as stream:
            stream.write('{"@odata.context": ' + json.dumps(CONTEXT) + ', "value": [')
            for row in rows_of(e for e in entries if e.kind in ("md5", "sha1")):
                stream.write(("," if count else "") + "\n  " + json.dumps(_record(row), ensure_ascii=False))
                count += 1
            stream.write("\n]}\n")
        return count


def _media(stream: IO[bytes]) -> Iterator[tuple[str, Any]]:
    """(locator, Media record) one at a time, for either shape. ijson's C backend builds each record;
    the shape is told from the head: a ``#Cases`` context or a ``"Media": [`` array means a case export,
    whose records are numbered across all its cases (``Media[12]``)."""
    start = stream.tell()
    head = stream.read(65536)
    stream.seek(start)
    if b"$metadata#Cases" in head or _MEDIA_ARRAY.search(head):
        prefix, label = "value.item.Media.item", "Media[{}]"
    else:
        prefix, label = "value.item", "value[{}]"
    for index, media in enumerate(ijson.items(stream, prefix, use_float=True)):
        yield label.format(index), media


def _entries(source: str, locator: str, media: Any, mapping: CategoryMap) -> Iterator[HashEntry | Problem]:
    if not isinstance(media, dict):
        yield Problem(source, locator, f"expected a Media object, got {type(media).__name__}")
        return
    try:
        category = media.get("Category")
        if isinstance(category, float) and category.is_integer():
            category = int(category)
        source_category = text_or_none(category)
        attrs: dict[str, Any] = {}
        for key, name in _FLAGS.items():
            flag = parse_bool(media.get(key))
            if flag is not None:
                attrs[name] = flag
        precategorized = parse_bool(media.get("IsPrecategorized"))
        if precategorized is not None:
            attrs["is_precategorized"] = precategorized
        for key, value in media.items():
            if key not in _KNOWN and key not in _FLAGS and value not in (None, "", [], {}):
                attrs[key] = value
        entry_id = text_or_none(media.get("MediaID"))
        entries = entries_for_row(
            [(kind, media.get(key)) for kind, key in _HASHES],
            category=mapping.map("vics", source_category),
            source_category=source_category,
            series=text_or_none(media.get("Series")),
            victim_identified=parse_bool(media.get("VictimIdentified")),
            last_seen=parse_date(media.get("DateUpdated")),
            entry_id=entry_id,
            group=entry_id or locator,
            attrs=attrs,
        )
    except (ValueError, TypeError) as exc:
        yield Problem(source, locator, str(exc))
        return
    yield from entries


def _record(row: list[HashEntry]) -> dict[str, Any]:
    first = row[0]
    record: dict[str, Any] = {}
    if first.entry_id is not None:
        record["MediaID"] = int(first.entry_id) if first.entry_id.isdigit() else first.entry_id
    if first.source_category is not None and first.source_category.isdigit():  # a VICS code, not another list's
        record["Category"] = int(first.source_category)
    for kind, key in _HASHES:
        for entry in row:
            if entry.kind == kind:
                record[key] = entry.value.upper()
    if first.series is not None:
        record["Series"] = first.series
    if first.victim_identified is not None:
        record["VictimIdentified"] = first.victim_identified
    if first.last_seen is not None:
        record["DateUpdated"] = first.last_seen
    for name, value in first.attrs.items():
        record[_FLAGS_OUT.get(name, name)] = value
    return record
