"""ICSE CSV exports: hash lists from Interpol's International Child Sexual Exploitation database.

Public facts this follows (the layout public forensic tools such as IPED's hash-database builder
recognise): semicolon-separated, a header row with the columns ``MD5;SHA1;PhotoDNA;Image ID;
Is distributed;Victim identified;Offender identified;Series name;Number of submissions;File Available;
Media Type;Baseline``, header names matched case-insensitively, flag columns written as Y/N, Yes/No,
T/F or true/false. ICSE exports carry no category column; ``Baseline`` flags the Interpol Baseline subset,
so Himaya's source category is ``baseline`` for those rows and ``icse`` for the rest (see
``categories.yaml``). PhotoDNA values are proprietary: they are kept as an opaque ``photodna`` attribute,
never computed or matched. Columns beyond these are kept as attributes under their header names.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from typing import IO, Any

from himaya.images.lists.base import (
    HashEntry,
    HashListFormat,
    csv_rows,
    entries_for_row,
    parse_bool,
    rows_of,
    text_or_none,
    text_output,
)
from himaya.images.lists.categories import CategoryMap, load_categories
from himaya.model import Problem

COLUMNS = (
    "MD5",
    "SHA1",
    "PhotoDNA",
    "Image ID",
    "Is distributed",
    "Victim identified",
    "Offender identified",
    "Series name",
    "Number of submissions",
    "File Available",
    "Media Type",
    "Baseline",
)
# column (lower case) -> attribute name, for the columns kept in attrs
_ATTRS = {
    "photodna": "photodna",
    "is distributed": "is_distributed",
    "offender identified": "offender_identified",
    "number of submissions": "submissions",
    "file available": "file_available",
    "media type": "media_type",
    "baseline": "baseline",
}
_FLAG_ATTRS = {"is_distributed", "offender_identified", "file_available", "baseline"}
_OWN = {"md5", "sha1", "image id", "victim identified", "series name", *_ATTRS}


class IcseCsv(HashListFormat):
    name = "icse"
    description = "Interpol ICSE database CSV export (semicolon-separated MD5, SHA-1, series and flags)"
    extensions = (".csv",)

    def sniff(self, head: bytes) -> bool:
        first = head.split(b"\n", 1)[0].lower()
        return first.startswith(b"md5;sha1;") and b"image id" in first

    def read(
        self, path: str | os.PathLike[str], *, categories: CategoryMap | None = None, kind64: str = "pdq"
    ) -> Iterator[HashEntry | Problem]:
        source = os.fspath(path)
        mapping = categories or load_categories()
        for item in csv_rows(source, ";"):
            if isinstance(item, Problem):
                yield item
                continue
            locator, row = item
            try:
                yield from _entries(row, locator, mapping)
            except ValueError as exc:
                yield Problem(source, locator, str(exc))

    def write(self, entries: Iterable[HashEntry], out: str | os.PathLike[str] | IO[str]) -> int:
        """One row per image with the twelve ICSE columns; flags as Yes/No. ICSE carries MD5 and SHA-1
        only, so other kinds are left out."""
        count = 0
        with text_output(out) as stream:
            writer = csv.writer(stream, delimiter=";", lineterminator="\n")
            writer.writerow(COLUMNS)
            for row in rows_of(e for e in entries if e.kind in ("md5", "sha1")):
                writer.writerow(_fields(row))
                count += 1
        return count


def _entries(row: dict[str, str], locator: str, mapping: CategoryMap) -> list[HashEntry]:
    attrs: dict[str, Any] = {}
    for column, name in _ATTRS.items():
        value = text_or_none(row.get(column))
        if value is None:
            continue
        attrs[name] = parse_bool(value) if name in _FLAG_ATTRS else value
    for column, value in row.items():
        if column not in _OWN and text_or_none(value) is not None:
            attrs[column] = value.strip()
    source_category = "baseline" if attrs.get("baseline") else "icse"
    entry_id = text_or_none(row.get("image id"))
    return entries_for_row(
        [("md5", row.get("md5")), ("sha1", row.get("sha1"))],
        category=mapping.map("icse", source_category),
        source_category=source_category,
        series=text_or_none(row.get("series name")),
        victim_identified=parse_bool(row.get("victim identified")),
        entry_id=entry_id,
        group=entry_id or locator,
        attrs=attrs,
    )


def _flag(value: object) -> str:
    return "" if value is None else ("Yes" if value else "No")


def _fields(row: list[HashEntry]) -> list[str]:
    first = row[0]
    by_kind = {entry.kind: entry.value.upper() for entry in row}
    attrs = first.attrs
    values = {
        "md5": by_kind.get("md5", ""),
        "sha1": by_kind.get("sha1", ""),
        "image id": first.entry_id or "",
        "victim identified": _flag(first.victim_identified),
        "series name": first.series or "",
    }
    for column, name in _ATTRS.items():
        value = attrs.get(name)
        values[column] = _flag(value) if name in _FLAG_ATTRS else ("" if value is None else str(value))
    return [values[column.lower()] for column in COLUMNS]
