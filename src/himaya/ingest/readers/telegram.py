"""Telegram Desktop exports (``result.json``): a single chat, or a full export with ``chats.list``
(and ``left_chats.list``), streamed with ijson so a multi-GB export is never held in memory.

One record per message: ``kind = "message"``, ``platform = "telegram"``, ``author`` = ``from``
(else ``from_id``), ``posted_at`` from ``date_unixtime`` (UTC) or ``date``, ``attrs["chat"]`` the
chat name (with ``chat_id``/``chat_type``). ``text`` may be a string or a list of strings and
entity objects; they are joined, and entity ``href`` targets (text_link) are kept in
``attrs["links"]`` and appended as a ``Links: ...`` line. Photos (and image files) go to
``images``. ``id`` = ``"<chat id>/<message id>"``; ``locator`` = ``"message <id>"`` (prefixed with
``chat <id>`` in full exports); ``uid`` = sha256 of the message's canonical JSON (sorted keys).
Service messages (joins, pins ...) are skipped silently.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import IO, Any

import ijson
import orjson

from himaya.ingest.base import Context, Item, Reader, extension
from himaya.ingest.fields import finish, scalar
from himaya.model import Record

CHAT_PREFIXES = ("", "chats.list.item.", "left_chats.list.item.")
MESSAGE_PREFIXES = {p + "messages.item": p for p in CHAT_PREFIXES}
CHAT_KEYS = {p + key: (p, key) for p in CHAT_PREFIXES for key in ("name", "type", "id")}
DROPPED = ("text_entities", "date_unixtime", "from", "from_id", "photo", "type")


def join_text(value: Any, links: list[str]) -> str:
    """Telegram text: a string, or a list of strings and entities ``{"type", "text", "href"?}``."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict):
            parts.append(str(part.get("text") or ""))
            href = part.get("href")
            if isinstance(href, str) and href and href not in links:
                links.append(href)
    return "".join(parts)


class TelegramReader(Reader):
    name = "telegram"
    description = "Telegram Desktop exports (result.json), one record per message"

    def sniff(self, head: bytes, filename: str) -> int:
        if head.lstrip()[:1] != b"{":
            return 0
        start = head[:4096]
        chat_like = b'"messages"' in start or b'"chats"' in start
        if chat_like and (b'"personal_chat"' in start or b'"from_id"' in start or b'"chats"' in start):
            return 90
        if filename == "result.json" or (chat_like and extension(filename) == ".json"):
            return 85
        return 0

    def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]:
        chat: dict[str, Any] = {}
        builder: ijson.ObjectBuilder | None = None
        current = ""
        full = False
        count = 0
        try:
            for prefix, event, value in ijson.parse(stream, use_float=True):
                if builder is not None:
                    builder.event(event, value)
                    if event == "end_map" and prefix == current:
                        count += 1
                        item = self._message(builder.value, chat, full, count, ctx)
                        if item is not None:
                            yield item
                        builder = None
                elif event == "start_map" and prefix in MESSAGE_PREFIXES:
                    builder = ijson.ObjectBuilder()
                    builder.event(event, value)
                    current = prefix
                elif prefix in CHAT_KEYS and event in ("string", "number", "integer", "double"):
                    chat_prefix, key = CHAT_KEYS[prefix]
                    full = full or bool(chat_prefix)
                    chat[key] = value
                elif event == "start_map" and prefix in ("chats.list.item", "left_chats.list.item"):
                    chat = {}
        except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError, ValueError) as exc:
            yield ctx.problem(f"after message {count}", f"malformed Telegram export ({exc}); the rest is skipped")

    def _message(self, msg: Any, chat: dict[str, Any], full: bool, n: int, ctx: Context) -> Item | None:
        if not isinstance(msg, dict):
            return ctx.problem(f"message {n}", "not an object; skipped")
        raw = orjson.dumps(msg, option=orjson.OPT_SORT_KEYS)
        msg_id = scalar(msg.get("id")) or f"#{n}"
        chat_id = scalar(chat.get("id"))
        locator = f"chat {chat_id} message {msg_id}" if full and chat_id else f"message {msg_id}"
        if msg.get("type") == "service":
            return None
        links: list[str] = []
        text = join_text(msg.pop("text", None), links)
        for entity in msg.get("text_entities") or ():
            href = entity.get("href") if isinstance(entity, dict) else None
            if isinstance(href, str) and href and href not in links:
                links.append(href)
        text = text.strip()
        if links:
            text = f"{text}\nLinks: {' '.join(links)}".strip()
        if not text:
            return ctx.problem(locator, "no text")
        images = [msg["photo"]] if isinstance(msg.get("photo"), str) else []
        if isinstance(msg.get("file"), str) and str(msg.get("mime_type", "")).startswith("image/"):
            images.append(msg["file"])
        unix = msg.get("date_unixtime")
        posted: Any = int(unix) if isinstance(unix, str) and unix.isdigit() else msg.get("date")
        attrs = {k: v for k, v in msg.items() if k not in DROPPED and k not in ("id", "date")}
        if unix is not None and msg.get("date") is not None:
            attrs["date_local"] = msg["date"]
        attrs["chat"] = chat.get("name")
        attrs["chat_id"] = chat.get("id")
        attrs["chat_type"] = chat.get("type")
        if msg.get("from_id") is not None:
            attrs["from_id"] = msg["from_id"]
        if links:
            attrs["links"] = links
        rec = Record(
            uid=hashlib.sha256(raw).hexdigest(),
            id="",
            text=text,
            source=ctx.source,
            locator=locator,
            platform="telegram",
            author=scalar(msg.get("from")) or scalar(msg.get("from_id")),
            images=images,
            kind="message",
            attrs=attrs,
        )
        return finish(rec, ctx, input_id=f"{chat_id}/{msg_id}" if chat_id else msg_id, posted_at=posted)
