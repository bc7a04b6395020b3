"""HTML pages: one record per file (``kind = "page"``, ``locator = "file"``, ``uid`` = sha256 of
the file bytes).

The text is the page's main text (script, style, nav, header, footer and the like dropped; block
elements become line breaks). Link targets are harvested from ``href`` attributes (``mailto:``,
``tel:``, ``sms:``, wa.me, t.me and other absolute links; relative ones are site navigation), kept
in ``attrs["links"]`` and appended as a trailing ``Links: ...`` line, so that contact details
hidden inside attributes are found too.
Image sources go to ``images``; the canonical or og:url to ``url``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser

from himaya.ingest.base import Context, Item, Reader, extension
from himaya.ingest.fields import finish
from himaya.ingest.streams import read_bounded
from himaya.model import Record

DROP = "script, style, noscript, template, nav, header, footer, iframe, svg, head"
BLOCKS = (
    "p, div, br, li, tr, td, th, h1, h2, h3, h4, h5, h6, section, article, main, blockquote, pre, dd, dt, "
    "address, table, ul, ol, hr"
)
MAX_LINKS = 200
MAX_IMAGES = 50
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")  # in HTML, a newline in the source is a space
_GAPS = re.compile(r"\n\s*\n+")
BREAK = "\u2029"  # marks block boundaries while the text is flattened


@dataclass(slots=True)
class Page:
    title: str | None
    text: str
    url: str | None = None
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)


def meta_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def extract(markup: str) -> Page:
    """Title, main text, links and images of an HTML document."""
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    title = _SPACES.sub(" ", title_node.text()).strip() if title_node else None
    url = None
    for selector, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        if node is not None and node.attributes.get(attr):
            url = (node.attributes.get(attr) or "").strip() or None
            break
    links: list[str] = []
    seen: set[str] = set()
    for node in tree.css("a[href], area[href], link[href][rel='me']"):
        href = (node.attributes.get("href") or "").strip()
        low = href.lower()
        if not href or ":" not in href.split("/", 1)[0] or low.startswith(("javascript:", "data:")):
            continue  # relative links (site navigation) and scripts say nothing about the poster
        if low.startswith(("mailto:", "tel:", "sms:", "whatsapp:", "callto:")):
            href = unquote(href).split("?", 1)[0] if low.startswith("mailto:") else unquote(href)
        if href not in seen and len(links) < MAX_LINKS:
            seen.add(href)
            links.append(href)
    images: list[str] = []
    for node in tree.css("img[src]"):
        src = (node.attributes.get("src") or "").strip()
        if src and not src.startswith("data:") and src not in images and len(images) < MAX_IMAGES:
            images.append(src)
    for node in tree.css(DROP):
        node.decompose()
    for node in tree.css(BLOCKS):
        node.insert_before(BREAK)
        node.insert_after(BREAK)
    root = tree.body or tree.root
    raw_text = root.text(separator="", strip=False) if root is not None else ""
    text = _clean(raw_text) or ""
    if links:
        text = f"{text}\nLinks: {' '.join(links)}" if text else f"Links: {' '.join(links)}"
    return Page(title=title or None, text=text, url=url, links=links, images=images)


def _clean(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split(BREAK))
    return _GAPS.sub("\n\n", "\n".join(lines)).strip()


def page_record(data: bytes, markup: str, locator: str, ctx: Context, **fields: str | None) -> Record:
    page = extract(markup)
    attrs: dict[str, object] = {"links": page.links} if page.links else {}
    rec = Record(
        uid=hashlib.sha256(data).hexdigest(),
        id="",
        text=page.text,
        source=ctx.source,
        locator=locator,
        title=page.title,
        url=fields.pop("url", None) or page.url,
        images=page.images,
        kind="page",
        attrs=attrs,
    )
    return finish(rec, ctx, input_id=fields.pop("id", None), posted_at=fields.pop("posted_at", None))


class HtmlReader(Reader):
    name = "html"
    description = "HTML pages, one record per file: main text and link targets"

    def sniff(self, head: bytes, filename: str) -> int:
        start = head[:1024].lstrip().lower()
        if start.startswith((b"<!doctype html", b"<html")):
            return 85
        if extension(filename) in (".html", ".htm", ".xhtml", ".shtml"):
            return 80
        return 40 if b"<body" in head[:8192].lower() else 0

    def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]:
        data = read_bounded(stream, ctx.limits.max_document_bytes)
        if data is None:
            yield ctx.problem("file", f"page larger than {ctx.limits.max_document_bytes} bytes; skipped")
            return
        declared = meta_charset(data)
        encoding = ctx.encoding
        if declared and encoding != "utf-8":
            encoding = declared
        rec = page_record(data, ctx.decode(data, "file", encoding), "file", ctx)
        if not rec.text and not rec.title:
            yield ctx.problem("file", "no text")
        else:
            yield rec
