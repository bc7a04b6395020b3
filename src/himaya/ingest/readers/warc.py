"""WARC and WARC.gz crawls (via warcio): one record per ``response`` or ``resource`` record whose
payload is HTML or plain text.

``url`` = WARC-Target-URI, ``posted_at`` = WARC-Date, ``id`` = WARC-Record-ID, ``kind = "page"``,
``locator = "offset N"`` (the byte offset of the WARC record, as ``warcio extract`` takes it),
``uid`` = sha256 of the (de-chunked) payload. Requests, metadata and non-text payloads are skipped
silently; a payload over ``max_document_bytes`` is a Problem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from himaya.ingest.base import Context, Item, Reader, extension
from himaya.ingest.fields import finish
from himaya.ingest.readers.html import meta_charset, page_record
from himaya.ingest.streams import read_bounded
from himaya.model import Record

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(value: str | None) -> tuple[str, str | None]:
    if not value:
        return "", None
    parts = [p.strip() for p in value.split(";")]
    charset = None
    for part in parts[1:]:
        if part.lower().startswith("charset="):
            charset = part[8:].strip("\"' ") or None
    return parts[0].lower(), charset


class WarcReader(Reader):
    name = "warc"
    text_based = False

    def sniff(self, head: bytes, filename: str) -> int:
        if head.startswith(b"WARC/"):
            return 100
        return 60 if extension(filename) in (".warc", ".arc") else 0

    def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]:
        records = ArchiveIterator(stream, no_record_parse=False, arc2warc=True)
        try:
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    continue
                if record.http_headers is not None:
                    mime, charset = _content_type(record.http_headers.get_header("Content-Type"))
                else:
                    mime, charset = _content_type(record.rec_headers.get_header("Content-Type"))
                if mime not in HTML_TYPES and not mime.startswith("text/"):
                    continue
                data = read_bounded(record.content_stream(), ctx.limits.max_document_bytes)
                locator = f"offset {records.get_record_offset()}"  # after the payload: this reads to the end
                if data is None:
                    yield ctx.problem(locator, f"payload larger than {ctx.limits.max_document_bytes} bytes")
                    continue
                item = self._record(record, mime, charset, data, locator, ctx)
                if not item.text and not item.title:
                    yield ctx.problem(locator, "no text")
                else:
                    yield item
        except (ArchiveLoadFailed, ValueError) as exc:
            yield ctx.problem(f"offset {records.offset}", f"corrupt WARC ({exc}); the rest is skipped")

    @staticmethod
    def _record(record, mime: str, charset: str | None, data: bytes, locator: str, ctx: Context) -> Record:  # type: ignore[no-untyped-def]
        headers = record.rec_headers
        url = headers.get_header("WARC-Target-URI")
        fields = {
            "url": url,
            "posted_at": headers.get_header("WARC-Date"),
            "id": headers.get_header("WARC-Record-ID"),
        }
        encoding = charset or (meta_charset(data) if mime in HTML_TYPES else None) or "utf-8"
        if mime in HTML_TYPES:
            rec = page_record(data, ctx.decode(data, locator, encoding), locator, ctx, **fields)
        else:
            text = ctx.decode(data, locator, encoding).strip()
            uid = hashlib.sha256(data).hexdigest()
            rec = Record(uid=uid, id="", text=text, source=ctx.source, locator=locator, url=url, kind="page")
            rec = finish(rec, ctx, input_id=fields["id"], posted_at=fields["posted_at"])
        rec.attrs["content_type"] = mime
        status = record.http_headers.get_statuscode() if record.http_headers is not None else None
        if status:
            rec.attrs["status"] = status
        return rec
