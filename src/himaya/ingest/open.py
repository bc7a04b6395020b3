"""Opening inputs: files, folders, gzip, zip and tar, with limits; then handing each stream to
the reader that fits it."""

from __future__ import annotations

import gzip
import io
import os
import shutil
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import IO

from himaya.ingest.base import Context, Item, Reader, ReaderRegistry
from himaya.ingest.encoding import HEAD_BYTES, detect, is_wide, sniff_bom
from himaya.ingest.fields import FieldMap
from himaya.ingest.limits import LimitExceeded, Limits
from himaya.ingest.streams import (
    BinaryIn,
    BoundedRaw,
    CountingRaw,
    PrefixedRaw,
    TranscodeRaw,
    buffered,
    read_head_deferred,
)
from himaya.model import Problem

SPOOL_BYTES = 32 * 1024 * 1024
DECOMPRESS_ERRORS = (EOFError, OSError, zlib.error, zipfile.BadZipFile, tarfile.TarError)


@dataclass(slots=True)
class Session:
    """One call to ``read``: settings shared by every file and member it opens."""

    registry: ReaderRegistry
    limits: Limits
    fields: FieldMap
    reader: Reader | None = None  # forced with fmt=...
    progress: Callable[[int], None] | None = None
    last: str = ""  # locator of the last item yielded, to say where a stream broke

    def where(self) -> str:
        return f"after {self.last}" if self.last else "start"


def hidden(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in name.replace("\\", "/").split("/") if part)


def walk(path: str) -> Iterator[str]:
    """Files under ``path`` (or ``path`` itself), sorted, hidden files and folders skipped."""
    if not os.path.isdir(path):
        yield path
        return
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def read_paths(path: str, session: Session) -> Iterator[Item]:
    for file in walk(path):
        yield from read_file(file, session)


def read_file(path: str, session: Session) -> Iterator[Item]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in finally, around a generator
    except OSError as exc:
        yield Problem(path, "file", f"cannot open: {exc.strerror or exc}")
        return
    counter = CountingRaw(handle, session.progress, os.fstat(handle.fileno()).st_size)
    try:
        yield from guard(read_stream(counter, path, os.path.basename(path), 0, session), path, session, "read")
    finally:
        counter.finish()
        handle.close()


def guard(items: Iterator[Item], source: str, session: Session, what: str) -> Iterator[Item]:
    """Turn a broken stream (truncated gzip, corrupt member, a limit hit) into one Problem."""
    try:
        yield from items
    except LimitExceeded as exc:
        yield Problem(source, session.where(), str(exc))
    except DECOMPRESS_ERRORS as exc:
        yield Problem(source, session.where(), f"{what} failed: {exc}")


def read_stream(raw: BinaryIn, source: str, filename: str, depth: int, session: Session) -> Iterator[Item]:
    head, raw = read_head_deferred(raw, HEAD_BYTES, (*DECOMPRESS_ERRORS, LimitExceeded))
    if not head:
        yield Problem(source, "file", "empty input")
        return
    archive = head[:2] == b"\x1f\x8b" or head[:4] in (b"PK\x03\x04", b"PK\x05\x06") or head[257:262] == b"ustar"
    if archive and depth >= session.limits.max_depth:
        yield Problem(source, "file", f"archives nested deeper than {session.limits.max_depth}; skipped")
        return
    if head[:2] == b"\x1f\x8b" and gzipped_warc(head, session):
        # warcio reads per-record gzip itself, so that locators are offsets in the file as stored
        yield from read_plain(raw, head, source, filename, session, session.registry.get("warc"))
    elif head[:2] == b"\x1f\x8b":
        yield from read_gzip(PrefixedRaw(head, raw), source, filename, depth, session)
    elif head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        yield from read_zip(raw, head, source, depth, session)
    elif head[257:262] == b"ustar":
        yield from read_tar(PrefixedRaw(head, raw), source, depth, session)
    else:
        yield from read_plain(raw, head, source, filename, session)


def gzipped_warc(head: bytes, session: Session) -> bool:
    if session.reader is not None:
        return session.reader.name == "warc"
    try:
        return zlib.decompressobj(wbits=31).decompress(head[:4096], 16).startswith(b"WARC/")
    except zlib.error:
        return False


def read_gzip(raw: BinaryIn, source: str, filename: str, depth: int, session: Session) -> Iterator[Item]:
    compressed = CountingRaw(raw)
    inner = gzip.GzipFile(fileobj=buffered(compressed), mode="rb")
    bounded = BoundedRaw(inner, session.limits, lambda: compressed.count, "gzip stream")
    name = filename[:-3] if filename.lower().endswith(".gz") else filename
    if name.lower().endswith(".tgz"):
        name = name[:-4] + ".tar"
    yield from guard(read_stream(buffered(bounded), source, name, depth + 1, session), source, session, "gunzip")


def _seekable(raw: BinaryIn, head: bytes, limit: int) -> BinaryIn:
    if raw.seekable():
        raw.seek(0)
        return raw
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - returned
    spool.write(head)
    shutil.copyfileobj(raw, spool)
    spool.seek(0)
    return spool  # type: ignore[return-value]


def read_zip(raw: BinaryIn, head: bytes, source: str, depth: int, session: Session) -> Iterator[Item]:
    lim = session.limits
    try:
        archive = zipfile.ZipFile(_seekable(raw, head, lim.max_decompressed_bytes))
        infos = [i for i in archive.infolist() if not i.is_dir() and not hidden(i.filename)]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        yield Problem(source, "file", f"corrupt zip: {exc}")
        return
    for n, info in enumerate(infos):
        member = f"{source}!{info.filename}"
        if n >= lim.max_members:
            yield Problem(source, "file", f"more than {lim.max_members} members; the rest are skipped")
            return
        if info.file_size > lim.max_decompressed_bytes:
            yield Problem(member, "file", f"declares {info.file_size} bytes, over the limit; skipped")
            continue
        if info.file_size > lim.ratio_grace_bytes and info.file_size > lim.max_ratio * max(1, info.compress_size):
            yield Problem(member, "file", f"expands more than {lim.max_ratio:g}:1 (probable compression bomb); skipped")
            continue
        try:
            stream = archive.open(info)
        except (RuntimeError, NotImplementedError, zipfile.BadZipFile, OSError) as exc:
            yield Problem(member, "file", f"cannot open zip member: {exc}")
            continue
        with stream:
            bounded = BoundedRaw(stream, lim, partial(int, info.compress_size), "zip member")
            items = read_stream(buffered(bounded), member, os.path.basename(info.filename), depth + 1, session)
            yield from guard(items, member, session, "unzip")


def read_tar(raw: io.RawIOBase, source: str, depth: int, session: Session) -> Iterator[Item]:
    lim = session.limits
    try:
        archive = tarfile.open(fileobj=buffered(raw), mode="r|")  # type: ignore[call-overload]  # noqa: SIM115
    except tarfile.TarError as exc:
        yield Problem(source, "file", f"corrupt tar: {exc}")
        return
    n = 0
    for info in archive:
        if not info.isfile() or hidden(info.name):
            continue
        member = f"{source}!{info.name}"
        n += 1
        if n > lim.max_members:
            yield Problem(source, "file", f"more than {lim.max_members} members; the rest are skipped")
            return
        if info.size > lim.max_decompressed_bytes:
            yield Problem(member, "file", f"{info.size} bytes, over the limit; skipped")
            continue
        stream = archive.extractfile(info)
        if stream is not None:
            items = read_stream(stream, member, os.path.basename(info.name), depth + 1, session)
            yield from guard(items, member, session, "untar")


def read_plain(
    raw: BinaryIn, head: bytes, source: str, filename: str, session: Session, reader: Reader | None = None
) -> Iterator[Item]:
    reader = reader or session.reader or session.registry.detect(head, filename)
    if reader is None:
        yield Problem(source, "file", "unrecognised format; skipped (pass fmt= to force one)")
        return
    ctx = Context(source, filename, session.limits, session.fields)
    stream: IO[bytes]
    if reader.text_based:
        encoding, bom = sniff_bom(head)
        if encoding and is_wide(encoding):
            stream = buffered(TranscodeRaw(PrefixedRaw(head[bom:], raw), encoding))
            head = stream.peek(HEAD_BYTES)[:HEAD_BYTES]  # type: ignore[attr-defined]
            encoding = "utf-8"
        else:
            head = head[bom:]
            encoding = encoding or detect(head)
            stream = buffered(PrefixedRaw(head, raw))
        ctx.encoding = encoding
    else:
        stream = buffered(PrefixedRaw(head, raw))
    ctx.head = head
    session.last = ""
    problems = ctx.problems
    for item in reader.read(stream, ctx):
        if problems:
            yield from problems
            problems.clear()
        session.last = item.locator
        yield item
    yield from problems
