"""Plain text files.

A file up to ``BLOCK_FILE_BYTES`` (1 MB) is one record (``kind = "text"``, ``locator = "file"``,
``uid`` = sha256 of the file bytes). A bigger file is split at blank lines into one record per
paragraph block (``locator = "offset N"``, the block's byte offset; ``uid`` = sha256 of the
block's bytes); a block that reaches ``max_record_text`` is cut there into several records.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import IO

from himaya.ingest.base import Context, Item, Reader, extension
from himaya.ingest.fields import finish
from himaya.ingest.streams import PrefixedRaw, bounded_lines, buffered, read_head
from himaya.model import Record

BLOCK_FILE_BYTES = 1_000_000


class TextReader(Reader):
    name = "text"
    description = "plain text files, one record per file (big files split at blank lines)"

    def sniff(self, head: bytes, filename: str) -> int:
        if extension(filename) in (".txt", ".text", ".md"):
            return 60
        if b"\x00" in head:
            return 0
        control = sum(1 for b in head[:4096] if b < 9 or 13 < b < 32)
        return 10 if control * 100 < len(head[:4096]) + 1 else 0

    def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]:
        head = read_head(stream, BLOCK_FILE_BYTES + 1)
        if len(head) <= BLOCK_FILE_BYTES:
            item = self._record(head, "file", ctx)
            yield item if item is not None else ctx.problem("file", "no text")
            return
        lines = bounded_lines(buffered(PrefixedRaw(head, stream)), ctx.limits.max_line_bytes)
        block: list[bytes] = []
        start = 0
        size = 0
        cap = ctx.limits.max_record_text
        for n, offset, line in lines:
            if line is None:
                yield ctx.problem(f"line {n}", f"line longer than {ctx.limits.max_line_bytes} bytes; skipped")
                continue
            if not line.strip() or size + len(line) > cap:
                if block:
                    item = self._record(b"\n".join(block), f"offset {start}", ctx)
                    if item is not None:
                        yield item
                block, size = [], 0
                if not line.strip():
                    continue
            if not block:
                start = offset
            block.append(line)
            size += len(line) + 1
        if block:
            item = self._record(b"\n".join(block), f"offset {start}", ctx)
            if item is not None:
                yield item

    @staticmethod
    def _record(data: bytes, locator: str, ctx: Context) -> Record | None:
        text = ctx.decode(data, locator).strip()
        if not text:
            return None
        rec = Record(
            uid=hashlib.sha256(data).hexdigest(),
            id="",
            text=text,
            source=ctx.source,
            locator=locator,
            kind="text",
        )
        return finish(rec, ctx)
