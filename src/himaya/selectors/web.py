"""Web addresses: URLs (with scheme, "www." or bare "site.example/page") and Tor v3 onion services.

URL value: canonical form (lower-case scheme and host, no "www.", no default port, no fragment, no
utm_*/fbclid/gclid tracking parameters, no trailing "/" on a bare host; bare domains get "http://");
detail: host. Onion value: "<56 base32 chars>.onion", v3 only, checksum-validated.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit

from himaya.selectors.base import Finder, Found, Scan, SelectorType
from himaya.selectors.email import tlds

ONION_RE = re.compile(r"(?<![a-z2-7])([a-z2-7]{56})\.onion\b", re.IGNORECASE)
_ONION_URL_RE = re.compile(r"(?:https?://)?(?:www\.)?[a-z2-7]{56}\.onion(?::\d+)?(?:/[^\s<>\"']*)?", re.I)
# A URL: "http(s)://..." after a word boundary; "www...." or a bare domain with a real-looking top-level
# domain (group 1) and an optional port and path, not glued to a word, "@", ".", "-" or "/" before it.
# Every form starts with [a-z0-9], so the pattern starts with that class (the regex engine then skips
# to the next such character instead of trying each form at every position) and lookbehinds after it
# say which form it can be; the first label of a bare domain goes on from that first character.
URL_RE = re.compile(
    r"[a-z0-9](?:"
    r"(?<=h)(?<!\w.)ttps?://[^\s<>\"'`]+"
    r"|(?<=w)(?<![\w@.\-/].)ww\.[^\s<>\"'`]+"
    r"|(?<![\w@.\-/].)(?:[a-z0-9\-]{0,61}[a-z0-9])?\.(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)*"
    r"([a-z]{2,24})(?::\d{2,5})?(?:/[^\s<>\"'`]*)?(?![\w@])"
    r")",
    re.IGNORECASE,
)
# A bare domain needs "." and two letters of its top-level domain; the other forms need "://" or "www.".
_TLD_HINT_RE = re.compile(r"\.[a-z]{2}", re.IGNORECASE)
_TRAILING = ".,;:!?)]}>'\"»”’…"
_TRACKING = ("utm_", "fbclid", "gclid", "mc_eid", "igshid")
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def onion_valid(label: str) -> bool:
    """Whether a 56-character label is a v3 onion address with a correct checksum."""
    try:
        raw = base64.b32decode(label.upper())
    except ValueError:
        return False
    pubkey, checksum, version = raw[:32], raw[32:34], raw[34:]
    if version != b"\x03":
        return False
    return hashlib.sha3_256(b".onion checksum" + pubkey + version).digest()[:2] == checksum


def find_onions(text: str, lowered: str | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, onion) for each v3 onion address in ``text`` (``lowered``: ``text.lower()``)."""
    if ".onion" not in (text.lower() if lowered is None else lowered):
        return
    for m in _ONION_URL_RE.finditer(text):
        label = ONION_RE.search(m.group())
        if label and onion_valid(label.group(1)):
            yield m.start(), m.end(), label.group(1).lower() + ".onion"


def canonical_url(raw: str) -> tuple[str, str] | None:
    """(canonical url, host) or None when ``raw`` is not a usable web address."""
    raw = raw.rstrip(_TRAILING)
    if not raw or any(ch.isspace() for ch in raw):
        return None
    if "://" not in raw[:10]:
        raw = "http://" + raw
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if scheme not in ("http", "https") or "." not in host:
        return None
    if host.startswith("www."):
        host = host[4:]
    if host.rsplit(".", 1)[-1] not in tlds() and not host.replace(".", "").isdigit():
        return None
    netloc = host if port is None or str(port) == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith(_TRACKING)]
    path = parts.path
    if path == "/" and not query:
        path = ""
    url = f"{scheme}://{netloc}{path}"
    if query:
        url += "?" + urlencode(query)
    return url, host


def find_urls(text: str, lowered: str | None = None) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, canonical url, host) for each web address in ``text`` (``lowered``: ``text.lower()``)."""
    if "." not in text:
        return
    if (
        "://" not in text
        and _TLD_HINT_RE.search(text) is None
        and "www." not in (text.lower() if lowered is None else lowered)
    ):
        return
    for m in URL_RE.finditer(text):
        raw = m.group()
        tld = m.group(1)
        if tld is not None and (not tld.islower() or tld not in tlds() or len(raw.split("/")[0]) < 5):
            continue  # a bare domain must end in a real, lower-case TLD: "done.It" is a sentence
        trimmed = raw.rstrip(_TRAILING)
        if trimmed.count(")") < raw.count("(") and raw.endswith(")"):
            trimmed = raw
        hit = canonical_url(trimmed)
        if hit:
            yield m.start(), m.start() + len(trimmed), hit[0], hit[1]


def _onions_in(scan: Scan) -> Iterator[Found]:
    for a, b, value in find_onions(scan.text, scan.lowered):
        yield a, b, value, None, False


def _urls_in(scan: Scan) -> Iterator[Found]:
    for a, b, value, host in find_urls(scan.text, scan.lowered):
        yield a, b, value, host, False


class Url(SelectorType):
    name = "url"
    pivot = True
    pivot_reason = "a page or site address; hub control in the linker damps very common hosts"
    label = "URL"
    colour = "#7f7f7f"
    finders = (Finder(60, _urls_in),)
    examples = ("https://www.Example.com/page?utm_source=x", "site.example/ads/1", "http://example.org:80/")
    invalid = ("not a url", "http://", "two words.example")

    def normalize(self, raw: str, **context: str | None) -> str | None:
        value = self.clean(raw)
        hit = canonical_url(value) if value else None
        return hit[0] if hit else None


class Onion(SelectorType):
    name = "onion"
    pivot = True
    pivot_reason = "a hidden service is run by one operator"
    label = "Onion service"
    colour = "#8c564b"
    finders = (Finder(20, _onions_in),)
    examples = (
        "b3gk34rn5hmihoycz7te3gr5j4mkoruwc3xdtmfrt3si2pnqlijzqsad.onion",
        "http://B3GK34RN5HMIHOYCZ7TE3GR5J4MKORUWC3XDTMFRT3SI2PNQLIJZQSAD.onion/page",
    )
    invalid = ("abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion", "example.onion")

    def normalize(self, raw: str, **context: str | None) -> str | None:
        value = self.clean(raw)
        for _s, _e, onion in find_onions(value or ""):
            return onion
        return None
