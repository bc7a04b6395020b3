"""Bounds that keep a hostile or broken input from exhausting memory or disk.

Every limit is per item or per archive member, so that one bad member is reported as a
``Problem`` and the rest of the input is still read.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True, slots=True)
class Limits:
    """Limits applied while reading.

    - ``max_line_bytes``: a JSONL/CSV/text line longer than this is skipped (and reported) without
      ever being held in memory whole.
    - ``max_record_text``: record text beyond this many characters is cut; ``attrs["truncated"]``
      keeps the original length.
    - ``max_document_bytes``: whole-document items (an HTML page, a WARC payload, a small text
      file) larger than this are reported and skipped.
    - ``max_decompressed_bytes``: per gzip stream or archive member.
    - ``max_ratio`` / ``ratio_grace_bytes``: once a member has produced more than the grace amount,
      decompressed/compressed above ``max_ratio`` stops it as a probable bomb.
    - ``max_members``: archive members read per archive; ``max_depth``: archives within archives.
    """

    max_line_bytes: int = 1 * MiB
    max_record_text: int = 200_000
    max_document_bytes: int = 32 * MiB
    max_decompressed_bytes: int = 4 * GiB
    max_ratio: float = 200.0
    ratio_grace_bytes: int = 8 * MiB
    max_members: int = 100_000
    max_depth: int = 4


class LimitExceeded(Exception):
    """Raised inside a bounded stream; the reader loop turns it into a ``Problem``."""
