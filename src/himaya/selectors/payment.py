"""Payment tags: Cash App "$cashtag", Venmo and PayPal.me names.

Value: "<service>:<tag in lower case>"; detail: the service. "$" followed by a digit is a price, and
currency codes ("$USD") are not cashtags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from himaya.selectors.base import Finder, Found, Scan, SelectorType

SERVICES = ("cashapp", "venmo", "paypal")
_CURRENCIES = frozenset(
    [
        "usd",
        "usdt",
        "usdc",
        "cad",
        "aud",
        "nzd",
        "mxn",
        "hkd",
        "sgd",
        "btc",
        "eth",
        "ltc",
        "xmr",
        "trx",
        "sol",
    ]
)
# The lookahead holds every character a form can start with: most positions fail there at once.
_RE = re.compile(
    r"(?=[hwca$vp])(?:"
    r"(?:https?://)?(?:www\.)?cash\.app/\$(?P<ca>[A-Za-z][A-Za-z0-9_]{0,19})"
    r"|(?<![\w$])\$(?P<tag>[A-Za-z][A-Za-z0-9_]{0,19})(?![\w$])"
    r"|(?:https?://)?(?:www\.|account\.)?venmo\.com/(?:u/)?(?P<vl>[A-Za-z0-9_\-]{3,30})"
    r"|\bvenmo\s*(?:[:\-]\s*@?|@|\s+@)\s*(?P<vn>[A-Za-z0-9_\-]{3,30})"
    r"|(?:https?://)?(?:www\.)?(?:paypal\.me|paypal\.com/paypalme)/(?P<pp>[A-Za-z0-9_.\-]{2,30}[A-Za-z0-9])"
    r")",
    re.IGNORECASE,
)


def find(text: str, lowered: str | None = None) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, value, service) for each payment tag (``lowered``: ``text.lower()``)."""
    if "$" not in text:
        lowered = text.lower() if lowered is None else lowered
        if "venmo" not in lowered and "paypal" not in lowered:
            return
    for m in _RE.finditer(text):
        g = m.groupdict()
        if g["tag"] and g["tag"].lower() in _CURRENCIES:
            continue
        for service, keys in (("cashapp", ("ca", "tag")), ("venmo", ("vl", "vn")), ("paypal", ("pp",))):
            name = next((g[k] for k in keys if g[k]), None)
            if name:
                yield m.start(), m.end(), f"{service}:{name.lower()}", service
                break


def _tags_in(scan: Scan) -> Iterator[Found]:
    for a, b, value, service in find(scan.text, scan.lowered):
        yield a, b, value, service, False


class Payment(SelectorType):
    name = "payment"
    pivot = True
    pivot_reason = "a payment tag receives money for one person or operation"
    label = "Payment tag"
    colour = "#e377c2"
    finders = (Finder(50, _tags_in),)
    examples = ("$SunnyDay", "venmo.com/u/Sunny-Day", "paypal.me/Helper", "cashapp:sunnyday")
    invalid = ("$200", "$USD", "nothing to pay")

    def normalize(self, raw: str, **context: str | None) -> str | None:
        value = (self.clean(raw) or "").strip()
        service, sep, name = value.lower().partition(":")
        if sep and service in SERVICES and re.fullmatch(r"[a-z0-9_.\-]{1,30}", name):
            return f"{service}:{name}"
        for _s, _e, found, _svc in find(value):
            return found
        return None
