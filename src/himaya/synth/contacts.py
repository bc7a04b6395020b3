"""Synthetic selectors: phones from phonenumbers' example ranges, ``.example`` emails and URLs,
checksum-valid crypto addresses, onion v3 addresses and platform handles.

Each maker returns a :class:`Made` with the normalised truth value and the plain ways to write it.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import base58
import bech32
import numpy as np
import phonenumbers
from Crypto.Hash import keccak
from phonenumbers import PhoneNumberFormat, PhoneNumberType

PHONE_REGIONS: tuple[str, ...] = (
    "US",
    "GB",
    "FR",
    "ES",
    "DE",
    "IT",
    "MA",
    "DZ",
    "TN",
    "EG",
    "SA",
    "AE",
    "QA",
    "LB",
    "JO",
    "NG",
    "GH",
    "KE",
    "TH",
    "PH",
    "KH",
    "MM",
    "VN",
    "IN",
    "MX",
    "CO",
    "BR",
    "RO",
    "UA",
)

T = TypeVar("T")
_SUFFIX = 10_000  # the last four digits of each example number vary
# Example numbers are used by tier: mobile and fixed-line first; when a region has used those up (large
# corpora), its other example types, before any number is reused.
_TIERS: tuple[tuple[int, ...], ...] = (
    (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE),
    (
        PhoneNumberType.VOIP,
        PhoneNumberType.PERSONAL_NUMBER,
        PhoneNumberType.UAN,
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.PAGER,
        PhoneNumberType.PREMIUM_RATE,
    ),
)

LATIN_NAMES = (
    "maya",
    "lina",
    "sara",
    "nadia",
    "eva",
    "amira",
    "kim",
    "rosa",
    "tom",
    "ali",
    "sam",
    "jo",
    "mike",
    "lea",
    "ines",
    "yasmine",
    "sofia",
    "nina",
    "karim",
    "lucas",
    "mehdi",
    "julie",
    "lucia",
    "camila",
    "carlos",
    "andres",
    "javier",
    "marta",
    "layla",
    "nour",
    "mariam",
    "hind",
    "ahmed",
    "youssef",
    "salma",
    "omar",
    "zainab",
    "grace",
)
LATIN_WORDS = (
    "star",
    "rose",
    "vip",
    "gold",
    "blue",
    "moon",
    "jobs",
    "work",
    "travel",
    "agency",
    "team",
    "pro",
    "home",
    "care",
    "ads",
    "shop",
    "line",
    "info",
    "help",
    "best",
    "royal",
    "pearl",
    "sun",
    "city",
    "fast",
    "easy",
)
MAIL_DOMAINS = (
    "mail.example",
    "inbox.example",
    "post.example",
    "correo.example",
    "courriel.example",
    "bareed.example",
    "webmail.example",
    "fastmail.example",
    "box.example",
)
HANDLE_PLATFORMS = ("telegram", "instagram", "snapchat", "x")


def pick(rng: random.Random, seq: Sequence[T]) -> T:
    """``rng.choice`` without its overhead (the generator calls it millions of times)."""
    return seq[int(rng.random() * len(seq))]


@dataclass(slots=True, frozen=True)
class Phone:
    e164: str
    region: str
    national: str  # national format, e.g. "06 12 34 56 78"
    international: str  # e.g. "+33 6 12 34 56 78"

    @property
    def national_digits(self) -> str:
        return re.sub(r"\D", "", self.national)

    @property
    def intl_digits(self) -> str:
        return "+" + self.e164[1:]


@dataclass(slots=True, frozen=True)
class Made:
    type: str
    value: str
    label: str = ""  # crypto chain or handle platform, for the contact sentence
    written: str = ""  # the plain written form (for handles, wallets, urls, onions)


def _last_digits_template(text: str, count: int = 4) -> str:
    chars = list(text)
    found = 0
    for i in range(len(chars) - 1, -1, -1):
        if chars[i].isdigit():
            chars[i] = "{}"
            found += 1
            if found == count:
                break
    return "".join(chars)


class PhonePool:
    """Unique phone numbers per region, drawn without replacement from the example ranges.

    Each region's example MOBILE and FIXED_LINE numbers give bases; the last four digits vary.
    Every number handed out passes ``phonenumbers.is_valid_number``. When a region's range is used up,
    its other example numbers (VoIP, personal, toll-free ...) give the next bases; when those are used up
    too, it starts again (numbers are then reused by unrelated posters; ``reused`` counts them).
    """

    def __init__(self, seed: int) -> None:
        self._np = np.random.default_rng(seed)
        self._tiers: dict[str, list[list[tuple[phonenumbers.PhoneNumber, str, str, str]]]] = {}
        self._bases: dict[str, list[tuple[phonenumbers.PhoneNumber, str, str, str]]] = {}
        self._order: dict[str, np.ndarray] = {}
        self._pos: dict[str, int] = {}
        self.reused = 0
        for region in PHONE_REGIONS:
            seen: set[str] = set()
            tiers = [self._examples(region, kinds, seen) for kinds in _TIERS]
            self._tiers[region] = [tier for tier in tiers if tier]
            self._bases[region] = self._tiers[region][0]

    @staticmethod
    def _examples(
        region: str, kinds: tuple[int, ...], seen: set[str]
    ) -> list[tuple[phonenumbers.PhoneNumber, str, str, str]]:
        bases = []
        for kind in kinds:
            num = phonenumbers.example_number_for_type(region, kind)
            if num is None:
                continue
            e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
            if e164 in seen:
                continue
            seen.add(e164)
            bases.append(
                (
                    num,
                    _last_digits_template(e164),
                    _last_digits_template(phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)),
                    _last_digits_template(phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)),
                )
            )
        return bases

    def _next_tier(self, region: str) -> bool:
        """Move a region whose ranges are used up to its next tier of example numbers, if it has one."""
        tiers = self._tiers[region]
        k = next(i for i, tier in enumerate(tiers) if tier is self._bases[region])
        if k + 1 >= len(tiers):
            return False
        self._bases[region] = tiers[k + 1]
        return True

    def take(self, region: str) -> Phone:
        while True:
            bases = self._bases[region]
            order = self._order.get(region)
            pos = self._pos.get(region, 0)
            if order is None or pos >= len(order):
                if order is not None and not self._next_tier(region):
                    self._bases[region] = self._tiers[region][0]
                    self.reused += 1
                bases = self._bases[region]
                order = self._np.permutation(len(bases) * _SUFFIX)
                self._order[region] = order
                pos = 0
            k = int(order[pos])
            self._pos[region] = pos + 1
            base, e164_t, nat_t, intl_t = bases[k % len(bases)]
            suffix = f"{k // len(bases):04d}"
            national = base.national_number or 0
            num = phonenumbers.PhoneNumber(
                country_code=base.country_code,
                national_number=national - national % _SUFFIX + int(suffix),
                italian_leading_zero=base.italian_leading_zero,
                number_of_leading_zeros=base.number_of_leading_zeros,
            )
            if phonenumbers.is_valid_number(num):
                return Phone(e164_t.format(*suffix), region, nat_t.format(*suffix), intl_t.format(*suffix))


def email(rng: random.Random, domain: str | None = None) -> Made:
    sep = pick(rng, (".", "_", "", "-"))
    local = pick(rng, LATIN_NAMES) + sep + pick(rng, LATIN_WORDS)
    # Unrelated people rarely share an address: a number wide enough that two posters seldom collide.
    local += str(rng.randint(10, 99_999))
    dom = domain or pick(rng, MAIL_DOMAINS)
    written = local + "@" + dom
    if rng.random() < 0.2:
        written = local.capitalize() + "@" + dom
    return Made("email", written.lower(), written=written)


def handle(rng: random.Random, platform: str | None = None) -> Made:
    plat = platform or pick(rng, HANDLE_PLATFORMS)
    name = pick(rng, LATIN_NAMES) + pick(rng, ("_", "", "_")) + pick(rng, LATIN_WORDS)
    name += str(rng.randint(10, 99_999))  # wide enough that unrelated posters seldom collide
    if plat == "x":
        name = name[:15]
    written = name if rng.random() < 0.7 else name.title()
    return Made("handle", f"{plat}:{name.lower()}", label=plat, written=written)


def slug(rng: random.Random) -> str:
    return pick(rng, LATIN_WORDS) + pick(rng, ("-", "")) + pick(rng, LATIN_WORDS) + str(rng.randint(1, 99))


def url(rng: random.Random, host_slug: str | None = None) -> Made:
    host = (host_slug or slug(rng)) + ".example"
    path = pick(rng, ("/ads/", "/jobs/", "/p/", "/offer/", "/")) + str(rng.randint(10, 99999))
    canonical = "https://" + host + path
    shown_host = host.title() if rng.random() < 0.2 else host
    if rng.random() < 0.3:
        shown_host = "www." + shown_host
    written = "https://" + shown_host + path
    roll = rng.random()
    if roll < 0.15:
        written += "?utm_source=" + pick(rng, ("fb", "tg", "ig")) + "&utm_medium=post"
    elif roll < 0.25:
        written += "#contact"
    return Made("url", canonical, written=written)


def eip55(addr_hex: str) -> str:
    digest = keccak.new(digest_bits=256, data=addr_hex.encode()).hexdigest()
    return "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(addr_hex))


def crypto(rng: random.Random, chain: str | None = None) -> Made:
    chain = chain or pick(rng, ("BTC", "BTC", "ETH", "USDT"))
    body = rng.randbytes(20)
    if chain == "BTC":
        roll = rng.random()
        if roll < 0.4:
            addr = bech32.encode("bc", 0, list(body))
            assert addr is not None
            written = addr.upper() if rng.random() < 0.05 else addr
            return Made("crypto", addr, label="BTC", written=written)
        version = b"\x00" if roll < 0.8 else b"\x05"
        addr = base58.b58encode_check(version + body).decode()
        return Made("crypto", addr, label="BTC", written=addr)
    if chain == "ETH":
        low = body.hex()
        written = "0x" + (eip55(low) if rng.random() < 0.6 else low)
        return Made("crypto", "0x" + low, label="ETH", written=written)
    addr = base58.b58encode_check(b"\x41" + body).decode()
    return Made("crypto", addr, label="USDT (TRC20)", written=addr)


def onion(rng: random.Random) -> Made:
    key = rng.randbytes(32)
    check = hashlib.sha3_256(b".onion checksum" + key + b"\x03").digest()[:2]
    addr = base64.b32encode(key + check + b"\x03").decode().lower() + ".onion"
    written = addr if rng.random() < 0.6 else "http://" + addr
    return Made("onion", addr, written=written)
