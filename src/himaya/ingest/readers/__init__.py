"""The readers Himaya ships, registered as the default plug-ins."""

from __future__ import annotations

from himaya.ingest.base import Reader
from himaya.ingest.readers.csv import CsvReader
from himaya.ingest.readers.html import HtmlReader
from himaya.ingest.readers.image import ImageReader
from himaya.ingest.readers.jsonl import JsonlReader
from himaya.ingest.readers.telegram import TelegramReader
from himaya.ingest.readers.text import TextReader
from himaya.ingest.readers.warc import WarcReader


def default_readers(*, defer_images: bool = False) -> list[Reader]:
    """The readers, in the order they are asked; with ``defer_images``, image files are hashed later, by the
    pipeline's workers (see ImageReader)."""
    return [
        JsonlReader(), CsvReader(), HtmlReader(), WarcReader(), TelegramReader(), ImageReader(defer=defer_images),
        TextReader(),
    ]  # fmt: skip


__all__ = ["default_readers"]
