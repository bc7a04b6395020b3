"""JSON Lines / NDJSON, and a top-level JSON array of objects (streamed with ijson).

One record per line (``locator = "line N"``, ``uid`` = sha256 of the line without its line ending)
or per array element (``"item N"``, ``uid`` = sha256 of the element's canonical JSON).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import IO, Any

import ijson
import orjson

from himaya.ingest.base import Context, Item, Reader, extension
from himaya.ingest.fields import make_record
from himaya.ingest.streams import bounded_lines


class JsonlReader(Reader):
    name = "jsonl"
    description = "JSON Lines / NDJSON, or a JSON array of objects, one record per line or item"

    def sniff(self, head: bytes, filename: str) -> int:
        ext = extension(filename)
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if ext in (".jsonl", ".ndjson", ".jsonlines"):
            return 80
        if start == b"{":
            first = head.lstrip().split(b"\n", 1)[0]
            try:
                return 70 if isinstance(orjson.loads(first), dict) else 0
            except orjson.JSONDecodeError:
                return 30 if ext == ".json" else 0
        if start == b"[":
            return 50 if ext == ".json" else 30
        return 0

    def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]:
        if ctx.head.lstrip()[:1] == b"[":
            yield from self._array(stream, ctx)
        else:
            yield from self._lines(stream, ctx)

    def _lines(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]:
        loads = orjson.loads
        decode_error = orjson.JSONDecodeError
        limit = ctx.limits.max_line_bytes
        utf8 = ctx.encoding == "utf-8"
        for n, _offset, line in bounded_lines(stream, limit):
            locator = f"line {n}"
            if line is None:
                yield ctx.problem(locator, f"line longer than {limit} bytes; skipped")
                continue
            try:
                obj = loads(line) if utf8 else loads(ctx.decode(line, locator))
            except decode_error:
                if not line.strip():
                    continue
                obj = self._retry(line, locator, ctx)
                if obj is None:
                    yield ctx.problem(locator, "malformed JSON; skipped")
                    continue
            if type(obj) is not dict:
                yield ctx.problem(locator, f"a JSON {type(obj).__name__}, not an object; skipped")
                continue
            yield make_record(obj, line, locator, ctx)

    @staticmethod
    def _retry(line: bytes, locator: str, ctx: Context) -> Any:
        """A line orjson refused: perhaps only its bytes are bad (reported once), not its JSON."""
        try:
            line.decode("utf-8")
            return None  # valid UTF-8, so the JSON itself is malformed
        except UnicodeDecodeError:
            pass
        try:
            return orjson.loads(ctx.decode(line, locator))
        except orjson.JSONDecodeError:
            return None

    def _array(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]:
        n = 0
        try:
            for obj in ijson.items(stream, "item", use_float=True):
                n += 1
                locator = f"item {n}"
                if not isinstance(obj, dict):
                    yield ctx.problem(locator, f"a JSON {type(obj).__name__}, not an object; skipped")
                    continue
                raw = orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)
                yield make_record(obj, raw, locator, ctx, uid=hashlib.sha256(raw).hexdigest())
        except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError, ValueError) as exc:
            yield ctx.problem(f"item {n + 1}", f"malformed JSON array ({exc}); the rest is skipped")
