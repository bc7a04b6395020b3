"""From a source object (a JSON object, a CSV row) to a ``Record``: the input field contract.

Fields: ``id``, ``text`` (or ``title`` + ``body``), ``title``, ``url``, ``platform``, ``author``,
``posted_at``, ``location``, ``country``, ``images``, ``kind``; everything else goes to ``attrs``.
A mapping names the source key of a field (``{"text": "body", "author": "user.name"}``; dotted
paths reach into nested objects and leave the outer object in ``attrs``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from hashlib import sha256
from typing import TYPE_CHECKING, Any

import orjson

from himaya.errors import UsageError
from himaya.model import Problem, Record

if TYPE_CHECKING:
    from himaya.ingest.base import Context

FIELDS: tuple[str, ...] = (
    "id", "text", "title", "body", "url", "platform", "author", "posted_at", "location", "country", "images",
    "kind",
)  # fmt: skip
KINDS = frozenset({"post", "ad", "page", "message", "text", "image"})

_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M", "%d %b %Y %H:%M", "%d %B %Y %H:%M", "%b %d, %Y %H:%M",
)  # fmt: skip
_CANONICAL = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ")
_DATE_FORMATS = ("%Y/%m/%d", "%d.%m.%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y")


class FieldMap:
    """Which source key feeds which record field."""

    def __init__(self, mapping: Mapping[str, str] | None = None) -> None:
        mapping = dict(mapping or {})
        unknown = sorted(set(mapping) - set(FIELDS))
        if unknown:
            raise UsageError(f"unknown record field(s) in mapping: {', '.join(unknown)}; fields: {', '.join(FIELDS)}")
        self.keys: list[str] = []  # top-level source key per field ("" for dotted paths)
        self.dotted: list[tuple[int, tuple[str, ...]]] = []
        for index, name in enumerate(FIELDS):
            key = mapping.get(name, name)
            if "." in key:
                self.dotted.append((index, tuple(key.split("."))))
                key = "\0"  # a key no source has: nothing is popped
            self.keys.append(key)

    def take(self, obj: dict[str, Any]) -> list[Any]:
        """Remove the mapped keys from ``obj`` and return their values in ``FIELDS`` order."""
        pop = obj.pop
        values = [pop(key, None) for key in self.keys]
        for index, path in self.dotted:
            value: Any = obj
            for part in path:
                value = value.get(part) if isinstance(value, dict) else None
            values[index] = value
        return values


def scalar(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return str(value)
    return None


def as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, list):
        return "\n".join(as_text(v) or "" for v in value).strip() or None
    if isinstance(value, dict):
        return orjson.dumps(value).decode()
    return str(value)


def as_images(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.strip()
        if value.startswith("["):
            try:
                parsed = orjson.loads(value)
            except orjson.JSONDecodeError:
                parsed = None
            if isinstance(parsed, list):
                return as_images(parsed)
        return [part for part in value.replace("|", " ").replace(";", " ").split() if part]
    if isinstance(value, list):
        return [s for s in (scalar(v) for v in value) if s]
    one = scalar(value)
    return [one] if one else []


def _iso(dt: datetime) -> str:
    dt = dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    return dt.isoformat(timespec="microseconds" if dt.microsecond else "seconds").replace("+00:00", "Z")


def normalize_date(value: Any) -> str | None:
    """ISO 8601 UTC for the common date forms; ``None`` when it cannot be parsed (the caller then
    keeps the raw value in ``attrs["posted_at_raw"]``).

    Times without a zone are taken as UTC. Bare dates stay dates (``2024-03-01``). Epoch seconds and
    milliseconds (numbers or 10/13-digit strings) are accepted.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _epoch(float(value))
    s = value.strip() if type(value) is str else str(value).strip()
    if _CANONICAL.fullmatch(s):
        return s
    if not s:
        return None
    if s.isdigit() and len(s) in (10, 13):
        return _epoch(float(s))
    if len(s) == 10 and s[4:5] == "-":
        try:
            return date.fromisoformat(s).isoformat()
        except ValueError:
            return None
    try:
        return _iso(datetime.fromisoformat(s))
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            return _iso(datetime.strptime(s, fmt))
        except ValueError:
            continue
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return _iso(parsedate_to_datetime(s))
    except (TypeError, ValueError, IndexError):
        return None


def _epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000.0
    try:
        return _iso(datetime.fromtimestamp(seconds, UTC))
    except (OverflowError, OSError, ValueError):
        return None


def make_record(
    obj: dict[str, Any], raw: bytes, locator: str, ctx: Context, kind: str = "post", uid: str | None = None
) -> Record | Problem:
    """Build a Record from a source object (which becomes ``attrs`` once the fields are taken out)."""
    input_id, text, title, body, url, platform, author, posted_at, location, country, images, kind_v = ctx.fields.take(
        obj
    )
    if type(text) is not str:
        text = as_text(text)
    if body is not None:
        body = as_text(body)
        if not text:
            text = body
        elif body:
            obj["body"] = body
    if title is not None:
        title = scalar(title)
    if not text and not title:
        return Problem(ctx.source, locator, "no text")
    return finish(
        Record(
            uid or sha256(raw).hexdigest(),
            "",
            text or "",
            ctx.source,
            locator,
            title,
            None if url is None else scalar(url),
            None if platform is None else scalar(platform),
            None if author is None else _author(author, obj),
            None,
            None if location is None else scalar(location),
            None,
            [] if images is None else as_images(images),
            kind if kind_v is None else _kind(kind_v, kind, obj),
            obj,
        ),
        ctx,
        input_id,
        posted_at,
        country,
    )


def finish(rec: Record, ctx: Context, input_id: Any = None, posted_at: Any = None, country: Any = None) -> Record:
    """Fill id, posted_at and country with their checks, and cut over-long text."""
    attrs = rec.attrs
    rec.id = (input_id.strip() if type(input_id) is str else scalar(input_id)) or ctx.default_id(rec.locator)
    if input_id is not None and not isinstance(input_id, str | int | float):
        attrs["id"] = input_id
    if posted_at is not None:
        iso = normalize_date(posted_at)
        rec.posted_at = iso
        if iso is None:
            attrs["posted_at_raw"] = posted_at
    if country is not None:
        code = country.strip() if type(country) is str else scalar(country)
        if code and len(code) == 2 and code.isascii() and code.isalpha():
            rec.country = code.upper()
        else:
            attrs["country_raw"] = country
    limit = ctx.limits.max_record_text
    if len(rec.text) > limit:
        attrs["truncated"] = len(rec.text)
        rec.text = rec.text[:limit]
    return rec


def _author(value: Any, obj: dict[str, Any]) -> str | None:
    if isinstance(value, dict):
        obj.setdefault("author", value)
        return scalar(value.get("name") or value.get("username") or value.get("id"))
    return scalar(value)


def _kind(value: Any, default: str, obj: dict[str, Any]) -> str:
    if value is None:
        return default
    if isinstance(value, str) and value.strip().lower() in KINDS:
        return value.strip().lower()
    obj["kind"] = value
    return default
