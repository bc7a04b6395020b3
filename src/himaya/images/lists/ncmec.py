"""NCMEC-style hash sharing lists as CSV.

What is public: NCMEC's hash sharing service hands out entries (over an XML API, as python-threatexchange's
NCMEC exchange shows), each with an ``id``, the ``member`` that shared it, an entry type (``image`` or
``video``), a ``classification`` (industry classification system: A1, A2, B1, B2) and ``fingerprints``
keyed by type: ``MD5``, ``SHA1``, ``PDQ``, ``PDNA`` (PhotoDNA), and others for video.

What is guessed: there is no public flat-file layout, so Himaya reads and writes a documented CSV of those
fields, comma-separated, with a header row naming the columns (case-insensitive, any order, absent
columns allowed): ``id,member_id,entry_type,classification,md5,sha1,pdq,photodna``. One row is one entry;
it yields one Himaya entry per hash it gives, sharing ``entry_id`` (the NCMEC id). PhotoDNA values are
kept as an opaque attribute, never computed or matched; columns beyond these are kept as attributes.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Iterator
from typing import IO

from himaya.images.lists.base import (
    HashEntry,
    HashListFormat,
    csv_rows,
    entries_for_row,
    rows_of,
    text_or_none,
    text_output,
)
from himaya.images.lists.categories import CategoryMap, load_categories
from himaya.model import Problem

COLUMNS = ("id", "member_id", "entry_type", "classification", "md5", "sha1", "pdq", "photodna")
_HASHES = ("md5", "sha1", "pdq")
_ATTRS = ("member_id", "entry_type", "photodna")
_CLASSIFICATION = re.compile(r"[A-Z][0-9]")  # A1, A2, B1, B2


class NcmecCsv(HashListFormat):
    name = "ncmec"
    description = "NCMEC-style hash sharing CSV (id, member_id, entry_type, classification, md5, sha1, pdq)"
    extensions = (".csv",)

    def sniff(self, head: bytes) -> bool:
        names = {name.strip() for name in head.split(b"\n", 1)[0].lower().split(b",")}
        return b"classification" in names and bool(names & {b"md5", b"sha1", b"pdq"})

    def read(
        self, path: str | os.PathLike[str], *, categories: CategoryMap | None = None, kind64: str = "pdq"
    ) -> Iterator[HashEntry | Problem]:
        source = os.fspath(path)
        mapping = categories or load_categories()
        for item in csv_rows(source):
            if isinstance(item, Problem):
                yield item
                continue
            locator, row = item
            attrs = {name: row[name].strip() for name in _ATTRS if text_or_none(row.get(name))}
            attrs |= {k: v.strip() for k, v in row.items() if k not in COLUMNS and text_or_none(v)}
            source_category = text_or_none(row.get("classification"))
            entry_id = text_or_none(row.get("id"))
            try:
                yield from entries_for_row(
                    [(kind, row.get(kind)) for kind in _HASHES],
                    category=mapping.map("ncmec", source_category),
                    source_category=source_category,
                    entry_id=entry_id,
                    group=entry_id or locator,
                    attrs=attrs,
                )
            except ValueError as exc:
                yield Problem(source, locator, str(exc))

    def write(self, entries: Iterable[HashEntry], out: str | os.PathLike[str] | IO[str]) -> int:
        """One row per entry (image) with the columns above; SHA-256 hashes are left out, and so is a
        source category that does not look like an NCMEC classification (it came from another list)."""
        count = 0
        with text_output(out) as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(COLUMNS)
            for row in rows_of(e for e in entries if e.kind in _HASHES):
                first = row[0]
                values = {entry.kind: entry.value for entry in row}
                values |= {name: str(first.attrs.get(name, "")) for name in _ATTRS}
                classification = first.source_category or ""
                if not _CLASSIFICATION.fullmatch(classification):
                    classification = ""  # another list's category (a VICS code ...) is not an NCMEC one
                values |= {"id": first.entry_id or "", "classification": classification}
                writer.writerow([values.get(column, "") for column in COLUMNS])
                count += 1
        return count
