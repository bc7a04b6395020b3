"""Social-media handles: Telegram, Instagram, Snapchat, X/Twitter and TikTok.

Value: "<platform>:<name in lower case>"; detail: the platform. Found in profile links
("t.me/name", "instagram.com/name"), after a platform label ("IG: name", "snap: name",
"تلغرام: @name"), and as a bare "@name", whose platform is the record's, else Telegram when a Telegram
word is near, else "unknown".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from himaya.selectors.base import Finder, Found, Scan, SelectorType
from himaya.text.alternation import led

PLATFORMS = ("telegram", "instagram", "snapchat", "x", "tiktok", "unknown")
_ALIASES = {
    "telegram": "telegram",
    "tg": "telegram",
    "telegrama": "telegram",
    "télégramme": "telegram",
    "تلغرام": "telegram",
    "تليجرام": "telegram",
    "تيليجرام": "telegram",
    "تلجرام": "telegram",
    "تلييجرام": "telegram",
    "تيلجرام": "telegram",
    "تيليغرام": "telegram",
    "تليغرام": "telegram",
    "ig": "instagram",
    "insta": "instagram",
    "instagram": "instagram",
    "انستغرام": "instagram",
    "انستجرام": "instagram",
    "انستا": "instagram",
    "snap": "snapchat",
    "snapchat": "snapchat",
    "sc": "snapchat",
    "سناب": "snapchat",
    "سناب شات": "snapchat",
    "twitter": "x",
    "twitter/x": "x",
    "twitter / x": "x",
    "x/twitter": "x",
    "x": "x",
    "تويتر": "x",
    "tiktok": "tiktok",
    "tik tok": "tiktok",
    "تيك توك": "tiktok",
}
_LINK_RE = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:"
    r"(?P<tg>t\.me|telegram\.me|telegram\.dog)/(?P<tgn>[A-Za-z][A-Za-z0-9_]{3,31})"
    r"|(?P<ig>instagram\.com|instagr\.am)/(?P<ign>[A-Za-z0-9_.]{1,30})"
    r"|snapchat\.com/add/(?P<scn>[A-Za-z0-9_.\-]{2,15})"
    r"|(?P<x>x\.com|twitter\.com)/(?P<xn>[A-Za-z0-9_]{1,15})"
    r"|tiktok\.com/@(?P<ttn>[A-Za-z0-9_.]{2,24})"
    r")(?![\w.]*[\w])/?",
    re.IGNORECASE,
)
_SITES = ("t.me/", "telegram.", "instagr", "snapchat.com", "x.com/", "twitter.com", "tiktok.com")
_RESERVED = frozenset(
    [
        "joinchat",
        "share",
        "s",
        "p",
        "explore",
        "reel",
        "reels",
        "stories",
        "home",
        "intent",
        "i",
        "search",
        "hashtag",
        "login",
    ]
)
_LABEL_LIST = sorted((re.escape(k) for k in _ALIASES), key=len, reverse=True)
# A label (longest first) not glued to a letter or digit before it. Written to start with a class of
# the labels' first letters (see himaya.text.alternation.led): the same matches, found much faster.
_LABEL = led(_LABEL_LIST, after=r"(?<![^\W_].)")
_LABEL_RE = re.compile(
    rf"(?P<label>{_LABEL})(?P<sep>\s*[:=：\-–]\s*@?|\s+@|[ \t]+)"
    r"(?P<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])",
    re.IGNORECASE,
)
# After a label with only a space ("Snap name"), these are words of the sentence, not names.
_NOT_NAMES = frozenset(
    [
        "me",
        "us",
        "only",
        "account",
        "group",
        "channel",
        "photos",
        "pics",
        "and",
        "or",
        "for",
        "to",
        "the",
        "is",
        "on",
        "at",
        "now",
        "please",
        "story",
        "stories",
        "chat",
        "message",
        "dm",
        "link",
        "y",
        "et",
        "ou",
        "o",
        "de",
        "en",
        "sur",
        "por",
        "para",
        "with",
        "app",
    ]
)
# "@name" not glued to what stands before the "@" (the lookbehind after the "@" looks at the character
# before it; starting with the "@" lets the regex engine skip straight to each "@").
_BARE_RE = re.compile(r"@(?<![\w@.+\-/$]@)(?P<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])")
_TELEGRAM_WORD_RE = re.compile(r"(?=[tت])(?:telegram|\btg\b|تلغرام|تليجرام|تيليجرام|تلجرام|télégramme)", re.IGNORECASE)


def platform_name(name: str | None) -> str | None:
    if not name:
        return None
    key = name.strip().lower()
    key = {"twitter.com": "x", "x.com": "x", "t.me": "telegram"}.get(key, key)
    return _ALIASES.get(key, key if key in PLATFORMS else None)


def find_links(text: str, lowered: str | None = None) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, value, platform) for profile links (``lowered``: ``text.lower()``)."""
    if lowered is None:
        lowered = text.lower()
    if not any(site in lowered for site in _SITES):
        return
    for m in _LINK_RE.finditer(text):
        groups = m.groupdict()
        for platform, key in (
            ("telegram", "tgn"),
            ("instagram", "ign"),
            ("snapchat", "scn"),
            ("x", "xn"),
            ("tiktok", "ttn"),
        ):
            name = groups.get(key)
            if name:
                if name.lower() in _RESERVED:
                    break
                yield m.start(), m.end(), f"{platform}:{name.lower().rstrip('.')}", platform
                break


def find_labelled(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, value, platform) for names after a platform label: "IG: name", "SC name", "X @name"."""
    for m in _LABEL_RE.finditer(text):
        label, name = m.group("label"), m.group("name")
        platform = _ALIASES[label.lower()]
        if not any(ch.isalpha() for ch in name):
            continue
        if not m.group("sep").strip():
            # A bare space after the label: only for a capitalised label or a name that looks made up.
            if label.lower() in ("x", "tg", "ig") and not label.isupper():
                continue
            if name.lower() in _NOT_NAMES or not (label[0].isupper() or any(c.isdigit() or c == "_" for c in name)):
                continue
            if label.lower() == "x" and not any(c.isdigit() or c == "_" for c in name):
                continue
        elif label.lower() == "x" and "@" not in m.group("sep") and label != "X":
            continue
        yield m.start("label"), m.end(), f"{platform}:{name.lower()}", platform


def find_bare(text: str, platform: str | None) -> Iterator[tuple[int, int, str, str]]:
    if "@" not in text:
        return
    where = None  # worked out for the first name found (most texts with an "@" only hold an email)
    for m in _BARE_RE.finditer(text):
        name = m.group("name")
        if "." in name or not any(ch.isalpha() for ch in name):
            continue
        if where is None:
            where = platform_name(platform)
            if where is None:
                where = "telegram" if _TELEGRAM_WORD_RE.search(text) else "unknown"
        yield m.start(), m.end(), f"{where}:{name.lower()}", where


def _links_in(scan: Scan) -> Iterator[Found]:
    for a, b, value, platform in find_links(scan.text, scan.lowered):
        yield a, b, value, platform, False


def _labelled_in(scan: Scan) -> Iterator[Found]:
    for a, b, value, platform in find_labelled(scan.text):
        yield a, b, value, platform, False


def _bare_in(scan: Scan) -> Iterator[Found]:
    for a, b, value, platform in find_bare(scan.text, scan.platform):
        yield a, b, value, platform, False


class Handle(SelectorType):
    name = "handle"
    pivot = True
    pivot_reason = "an account name on one platform belongs to one person or operation"
    label = "Handle"
    colour = "#9467bd"
    # Links (t.me/name) before the loose forms: a label and a name ("telegram: name"), then a bare "@name".
    finders = (Finder(40, _links_in), Finder(80, _labelled_in), Finder(90, _bare_in))
    examples = ("telegram:Some_Name", "https://t.me/Some_Name", "instagram:some.name")
    invalid = ("facebook:x", "t.me/joinchat", "plain words")

    def normalize(self, raw: str, **context: str | None) -> str | None:
        value = (self.clean(raw) or "").lower()
        platform, sep, name = value.partition(":")
        if sep and platform in PLATFORMS and re.fullmatch(r"[a-z0-9_.]{1,32}", name):
            return f"{platform}:{name}"
        for _s, _e, found, _p in find_links(value):
            return found
        return None
