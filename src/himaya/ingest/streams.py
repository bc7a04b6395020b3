"""Small raw-stream adapters: byte counting, bounded decompression, re-reading a sniffed head,
transcoding UTF-16/32 to UTF-8, and bounded line reading."""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from typing import IO

from himaya.ingest.limits import LimitExceeded, Limits

CHUNK = 1024 * 1024

#: what the adapters read from: a file, a raw or a buffered stream
BinaryIn = IO[bytes] | io.RawIOBase | io.BufferedIOBase


class CountingRaw(io.RawIOBase):
    """Wraps a binary file and counts the bytes read through it.

    With ``progress``, increments of the count are reported, capped at ``size`` so that the
    increments of one file sum to its size (``finish`` reports the remainder).
    """

    def __init__(self, inner: BinaryIn, progress: Callable[[int], None] | None = None, size: int | None = None) -> None:
        self._inner = inner
        self._progress = progress
        self._size = size
        self.count = 0
        self.reported = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._inner.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._inner.seek(offset, whence)

    def tell(self) -> int:
        return self._inner.tell()

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self._inner.read(len(buffer)) or b""
        n = len(data)
        buffer[:n] = data
        self.count += n
        if self._progress is not None:
            self._report(self.count)
        return n

    def _report(self, upto: int) -> None:
        if self._size is not None:
            upto = min(upto, self._size)
        if self._progress is not None and upto > self.reported:
            self._progress(upto - self.reported)
            self.reported = upto

    def finish(self) -> None:
        """Report whatever was not reported yet, so increments sum to the file size."""
        if self._size is not None:
            self._report(self._size)


class BoundedRaw(io.RawIOBase):
    """Reads decompressed bytes from ``inner``; stops a member that grows too big or too fast.

    ``compressed`` returns how many compressed bytes have been consumed so far (for the ratio).
    """

    def __init__(self, inner: BinaryIn, limits: Limits, compressed: Callable[[], int], what: str) -> None:
        self._inner = inner
        self._limits = limits
        self._compressed = compressed
        self._what = what
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self._inner.read(len(buffer)) or b""
        n = len(data)
        buffer[:n] = data
        self.count += n
        lim = self._limits
        if self.count > lim.max_decompressed_bytes:
            raise LimitExceeded(f"{self._what} decompresses to more than {lim.max_decompressed_bytes} bytes; stopped")
        if self.count > lim.ratio_grace_bytes:
            ratio = self.count / max(1, self._compressed())
            if ratio > lim.max_ratio:
                raise LimitExceeded(
                    f"{self._what} expands more than {lim.max_ratio:g}:1 (probable compression bomb); stopped"
                )
        return n


class PrefixedRaw(io.RawIOBase):
    """Serves ``head`` first and then the rest of ``inner``: lets a stream be sniffed, then read."""

    def __init__(self, head: bytes, inner: BinaryIn) -> None:
        self._head = memoryview(head)
        self._inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._inner.read(len(buffer)) or b""
        buffer[: len(data)] = data
        return len(data)


class TranscodeRaw(io.RawIOBase):
    """Decodes ``inner`` incrementally (UTF-16/32) and serves it re-encoded as UTF-8."""

    def __init__(self, inner: BinaryIn, encoding: str) -> None:
        self._inner = inner
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._pending = b""
        self._eof = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        while not self._pending and not self._eof:
            data = self._inner.read(CHUNK) or b""
            self._eof = not data
            self._pending = self._decoder.decode(data, final=self._eof).encode("utf-8", "surrogatepass")
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def buffered(raw: io.RawIOBase) -> io.BufferedReader:
    return io.BufferedReader(raw, buffer_size=256 * 1024)


def _chunks(stream: BinaryIn, size: int) -> Iterator[bytes]:
    """Reads of up to ``size`` bytes in all (several if the stream returns short ones)."""
    left = size
    while left > 0:
        data = stream.read(left)
        if not data:
            return
        yield data
        left -= len(data)


def read_head(stream: BinaryIn, size: int) -> bytes:
    """Read up to ``size`` bytes (several reads if the stream returns short ones)."""
    return b"".join(_chunks(stream, size))


class FailingRaw(io.RawIOBase):
    """A stream that raises ``error`` when read: the rest of an input that broke while sniffing."""

    def __init__(self, error: BaseException) -> None:
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        raise self._error


def read_head_deferred(stream: BinaryIn, size: int, errors: tuple[type[BaseException], ...]) -> tuple[bytes, BinaryIn]:
    """Read a head to sniff; if the stream breaks, keep what came and defer the error to the rest."""
    parts: list[bytes] = []
    try:
        parts.extend(_chunks(stream, size))  # extend keeps the chunks read before an error
    except errors as exc:
        return b"".join(parts), FailingRaw(exc)
    return b"".join(parts), stream


def read_bounded(stream: BinaryIn, limit: int) -> bytes | None:
    """The whole rest of ``stream`` if it is at most ``limit`` bytes, else ``None`` (read is stopped)."""
    data = read_head(stream, limit + 1)
    return None if len(data) > limit else data


def bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, int, bytes | None]]:
    """Yield ``(line number, byte offset, line)`` with the line ending removed.

    A line longer than ``limit`` bytes is yielded as ``None`` after being skipped in chunks, so it is
    never held in memory whole.
    """
    readline = stream.readline
    n = 0
    offset = 0
    while True:
        line = readline(limit + 1)
        if not line:
            return
        n += 1
        start = offset
        offset += len(line)
        if len(line) > limit and line[-1:] != b"\n":
            while True:
                rest = readline(CHUNK)
                offset += len(rest)
                if not rest or rest[-1:] == b"\n":
                    break
            yield n, start, None
            continue
        if line[-1:] == b"\n":
            line = line[:-2] if line[-2:-1] == b"\r" else line[:-1]
        yield n, start, line
