"""The stop-list: selectors never used to link (a hotline, an agency's own number), read from a file."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from himaya.errors import DataError
from himaya.selectors import parse_query


def load_stoplist(path: Path) -> tuple[tuple[str, str], ...]:
    """A stop-list file: one selector a line in any written form; ``#`` starts a comment."""
    pairs: list[tuple[str, str]] = []
    try:
        lines: Iterable[str] = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"cannot read stop-list {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        found = parse_query(text)
        if not found:
            raise DataError(f"{path}:{number}: not a selector: {text!r}")
        pairs.extend(found)
    return tuple(pairs)
