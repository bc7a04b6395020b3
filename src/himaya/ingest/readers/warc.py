"""WARC and WARC.gz crawls (via warcio): one record per ``response`` or ``resource`` record whose
payload is HTML, plain text or an image.

``url`` = WARC-Target-URI, ``posted_at`` = WARC-Date, ``id`` = WARC-Record-ID,
``locator = "offset N"`` (the byte offset of the WARC record, as ``warcio extract`` takes it),
``uid`` = sha256 of the (de-chunked) payload. HTML and text give ``kind = "page"``; the image sources of a
page are resolved against its URL, so that they name the image records of the same crawl.

An image payload (Content-Type image/jpeg, png, gif, webp, bmp or tiff, or any other non-text type whose bytes
start like an image) gives a record as the image reader makes it (``kind = "image"``, no text, the hashes in
``attrs["image"]`` with ``path`` = the target URI); its bytes are dropped once hashed. An image that cannot be
decoded (corrupt, truncated, a probable bomb) is a Problem naming its offset.

Requests, metadata, empty payloads and other payloads are skipped silently; a payload over
``max_document_bytes`` is a Problem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import IO
from urllib.parse import urljoin

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from himaya.images.hashing import ImageError, hash_image
from himaya.ingest.base import Context, Item, Reader, extension
from himaya.ingest.fields import finish
from himaya.ingest.readers.html import meta_charset, page_record
from himaya.ingest.readers.image import looks_like_image
from himaya.ingest.streams import read_bounded, read_head
from himaya.model import Record

HTML_TYPES = ("text/html", "application/xhtml+xml")
IMAGE_TYPES = frozenset(
    {
        "image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/apng", "image/gif", "image/webp",
        "image/bmp", "image/x-bmp", "image/x-ms-bmp", "image/tiff", "image/tif",
    }
)  # fmt: skip
SNIFF_BYTES = 12  # enough for looks_like_image


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
    description = "WARC / WARC.gz web crawls: HTML, text and image responses"
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
                if mime in HTML_TYPES or mime.startswith("text/"):
                    yield from self._text(record, records, mime, charset, ctx)
                else:
                    yield from self._image(record, records, mime, ctx)
        except (ArchiveLoadFailed, ValueError, AttributeError) as exc:  # warcio: AttributeError for a response
            # record without a WARC-Target-URI (found by the reader contract test)
            yield ctx.problem(f"offset {records.offset}", f"corrupt WARC ({exc}); the rest is skipped")

    def _text(self, record, records, mime: str, charset: str | None, ctx: Context) -> Iterator[Item]:  # type: ignore[no-untyped-def]
        data = read_bounded(record.content_stream(), ctx.limits.max_document_bytes)
        locator = f"offset {records.get_record_offset()}"  # after the payload: this reads to the end
        if data is None:
            yield ctx.problem(locator, f"payload larger than {ctx.limits.max_document_bytes} bytes")
            return
        item = self._record(record, mime, charset, data, locator, ctx)
        if not item.text and not item.title:
            yield ctx.problem(locator, "no text")
        else:
            yield item

    def _image(self, record, records, mime: str, ctx: Context) -> Iterator[Item]:  # type: ignore[no-untyped-def]
        """An image payload, hashed and dropped; other non-text payloads are skipped."""
        stream = record.content_stream()
        limit = ctx.limits.max_document_bytes
        head = read_head(stream, SNIFF_BYTES)
        if not head or (mime not in IMAGE_TYPES and not looks_like_image(head)):
            return
        rest = read_bounded(stream, max(0, limit - len(head)))
        offset = records.get_record_offset()  # after the payload: this reads to the end
        locator = f"offset {offset}"
        if rest is None:
            yield ctx.problem(locator, f"payload larger than {limit} bytes")
            return
        data = head + rest
        del head, rest
        try:
            hashes = hash_image(data, dihedral=True)  # rotated or flipped copies can match later
        except ImageError as exc:
            yield ctx.problem(locator, str(exc))
            return
        del data  # the image itself goes no further
        headers = record.rec_headers
        url = headers.get_header("WARC-Target-URI")
        rec = Record(
            uid=hashes.sha256,
            id="",
            text="",
            source=ctx.source,
            locator=locator,
            url=url,
            kind="image",
            attrs={"image": hashes.as_json(url or f"{ctx.source}#offset={offset}"), "content_type": mime},
        )
        _status(record, rec)
        yield finish(rec, ctx, input_id=headers.get_header("WARC-Record-ID"), posted_at=headers.get_header("WARC-Date"))

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
            if url:
                rec.images = list(dict.fromkeys(_resolve(url, src) for src in rec.images))
        else:
            text = ctx.decode(data, locator, encoding).strip()
            uid = hashlib.sha256(data).hexdigest()
            rec = Record(uid=uid, id="", text=text, source=ctx.source, locator=locator, url=url, kind="page")
            rec = finish(rec, ctx, input_id=fields["id"], posted_at=fields["posted_at"])
        rec.attrs["content_type"] = mime
        _status(record, rec)
        return rec


def _status(record, rec: Record) -> None:  # type: ignore[no-untyped-def]
    status = record.http_headers.get_statuscode() if record.http_headers is not None else None
    if status:
        rec.attrs["status"] = status


def _resolve(base: str, src: str) -> str:
    """An image source as an absolute URL (as the crawl names its image records); kept as written if malformed."""
    try:
        return urljoin(base, src)
    except ValueError:  # e.g. an unbalanced "[" in the host
        return src
