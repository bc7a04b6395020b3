"""ThreatExchange / Hasher-Matcher-Actioner (HMA) signal CSV.

Public facts this follows: python-threatexchange (the library HMA is built on) prints a fetched dataset
as CSV with ``threatexchange dataset -P --csv``: a header row and the columns ``collab`` (the
collaboration or bank the signal came from), ``signal_type`` (the signal type's name, e.g. ``pdq``,
``video_md5``), ``signal_str`` (the hash as text), ``category`` (the aggregate opinion: ``TRUE_POSITIVE``,
``FALSE_POSITIVE``, ``WORTH_INVESTIGATING``, or in newer releases ``POSITIVE_CLASS``, ``NEGATIVE_CLASS``,
``INVESTIGATION_SEED``) and ``tags`` (space-separated). Only hash signal types of images are read: ``pdq``
and the MD5 types (``video_md5``, ``photo_md5``, ``md5``); other signal types (URLs, text, vPDQ ...) are
reported and skipped. The original signal type is kept in ``attrs`` so that writing gives it back.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Iterator
from typing import IO

from himaya.images.lists.base import HashEntry, HashListFormat, csv_rows, normalize_hex, text_or_none, text_output
from himaya.images.lists.categories import CategoryMap, load_categories
from himaya.model import Problem

COLUMNS = ("collab", "signal_type", "signal_str", "category", "tags")
SIGNAL_KINDS = {"pdq": "pdq", "video_md5": "md5", "photo_md5": "md5", "md5": "md5"}
_DEFAULT_TYPE = {"pdq": "pdq", "md5": "video_md5"}
_OPINION = re.compile(r"[A-Z][A-Z_]*")


class HmaCsv(HashListFormat):
    name = "hma"
    description = "ThreatExchange / Hasher-Matcher-Actioner signal CSV (collab, signal_type, signal_str, category)"
    extensions = (".csv",)

    def sniff(self, head: bytes) -> bool:
        first = head.split(b"\n", 1)[0].lower()
        return b"signal_type" in first and b"signal_str" in first

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
            signal_type = (row.get("signal_type") or "").strip().lower()
            kind = SIGNAL_KINDS.get(signal_type)
            if kind is None:
                yield Problem(source, locator, f"signal type {signal_type!r} is not an image hash Himaya reads")
                continue
            try:
                value = normalize_hex(row.get("signal_str") or "", kind)
            except ValueError as exc:
                yield Problem(source, locator, str(exc))
                continue
            attrs: dict[str, object] = {"signal_type": signal_type}
            if text_or_none(row.get("collab")):
                attrs["collab"] = row["collab"].strip()
            tags = (row.get("tags") or "").split()
            if tags:
                attrs["tags"] = tags
            source_category = text_or_none(row.get("category"))
            yield HashEntry(
                kind,
                value,
                category=mapping.map("hma", source_category),
                source_category=source_category,
                attrs=attrs,
            )

    def write(self, entries: Iterable[HashEntry], out: str | os.PathLike[str] | IO[str]) -> int:
        """One signal per row. PDQ and MD5 only (the signal types HMA matches images with); an MD5 is
        written as ``video_md5`` unless its entry says which MD5 signal type it came from."""
        count = 0
        with text_output(out) as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(COLUMNS)
            for entry in entries:
                if entry.kind not in _DEFAULT_TYPE:
                    continue
                signal_type = str(entry.attrs.get("signal_type", ""))
                if SIGNAL_KINDS.get(signal_type) != entry.kind:
                    signal_type = _DEFAULT_TYPE[entry.kind]
                tags = entry.attrs.get("tags") or []
                collab = entry.attrs.get("collab") or ""
                tag_text = " ".join(str(tag) for tag in tags) if isinstance(tags, list) else str(tags)
                opinion = entry.source_category or ""
                if not _OPINION.fullmatch(opinion):
                    opinion = ""  # another list's category (a VICS code ...) is not an opinion name
                writer.writerow([collab, signal_type, entry.value, opinion, tag_text])
                count += 1
        return count
