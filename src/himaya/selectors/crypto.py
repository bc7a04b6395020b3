"""Cryptocurrency addresses, accepted only with a valid checksum.

Value: the canonical address (base58 as written, bech32 lower case, Ethereum lower case); detail: the
chain ("btc", "ltc", "trx", "eth", "xmr"). Bitcoin/Litecoin/Tron use base58check (version byte decides
the chain), segwit addresses bech32 (witness v0) or bech32m (v1+, BIP 350), Ethereum EIP-55 mixed-case
checksums (keccak-256), Monero its own base58 blocks with a keccak-256 checksum.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import base58
from bech32 import bech32_hrp_expand, bech32_polymod, convertbits
from Crypto.Hash import keccak

from himaya.selectors.base import Finder, Found, Scan, SelectorType

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# Candidates, not inside a longer run of letters and digits:
#   [13LMT] + 25-34 base58 | [48] + 94 base58 | (bc|ltc|BC|LTC)1 + 8-87 bech32 | 0x + 40 hex.
# Written to start with a class of their first characters, so that the regex engine skips to the next
# such character instead of trying every position; lookbehinds then tell which first character it was.
CANDIDATE_RE = re.compile(
    r"[01348LMTbBl](?<![0-9A-Za-z].)(?:"
    r"(?<=[13LMT])[1-9A-HJ-NP-Za-km-z]{25,34}"
    r"|(?<=[48])[1-9A-HJ-NP-Za-km-z]{94}"
    r"|(?:(?<=b)c|(?<=l)tc|(?<=B)C|(?<=L)TC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}"
    r"|(?<=0)x[0-9a-fA-F]{40}"
    r")(?![0-9A-Za-z])"
)
_BASE58_VERSIONS = {0x00: "btc", 0x05: "btc", 0x30: "ltc", 0x32: "ltc", 0x41: "trx"}
_BECH32_CONST, _BECH32M_CONST = 1, 0x2BC830A3


def keccak256(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def _base58check(addr: str) -> str | None:
    try:
        payload = base58.b58decode_check(addr)
    except ValueError:
        return None
    if len(payload) != 21:
        return None
    chain = _BASE58_VERSIONS.get(payload[0])
    if chain == "trx" and not addr.startswith("T"):
        return None
    return chain


def _segwit(addr: str) -> tuple[str, str] | None:
    """(chain, lower-case address) for a valid bech32/bech32m segwit address."""
    if addr != addr.lower() and addr != addr.upper():
        return None
    addr = addr.lower()
    pos = addr.rfind("1")
    hrp, data_part = addr[:pos], addr[pos + 1 :]
    if hrp not in ("bc", "ltc") or len(data_part) < 6:
        return None
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    data = [charset.find(ch) for ch in data_part]
    if -1 in data:
        return None
    const = bech32_polymod(bech32_hrp_expand(hrp) + data)
    version = data[0]
    if (version == 0 and const != _BECH32_CONST) or (version != 0 and const != _BECH32M_CONST):
        return None
    program = convertbits(data[1:-6], 5, 8, False)
    if program is None or not 2 <= len(program) <= 40 or version > 16:
        return None
    if version == 0 and len(program) not in (20, 32):
        return None
    return ("btc" if hrp == "bc" else "ltc"), addr


def eip55(hex_address: str) -> str:
    """The EIP-55 mixed-case form of a 40-hex-digit address (without "0x")."""
    lower = hex_address.lower()
    digest = keccak256(lower.encode("ascii")).hex()
    return "".join(ch.upper() if int(digest[i], 16) >= 8 else ch for i, ch in enumerate(lower))


_HEX_RE = re.compile(r"[0-9a-fA-F]{40}")


def _ethereum(addr: str) -> str | None:
    body = addr[2:]
    if not _HEX_RE.fullmatch(body):
        return None
    if body in (body.lower(), body.upper()) or eip55(body) == body:
        return "0x" + body.lower()
    return None


def _monero_decode(addr: str) -> bytes | None:
    sizes = {0: 0, 2: 1, 3: 2, 5: 3, 6: 4, 7: 5, 9: 6, 10: 7, 11: 8}
    out = bytearray()
    for i in range(0, len(addr), 11):
        block = addr[i : i + 11]
        n = 0
        for ch in block:
            k = _B58.find(ch)
            if k < 0:
                return None
            n = n * 58 + k
        size = sizes.get(len(block))
        if size is None or n >= 1 << (8 * size):
            return None
        out += n.to_bytes(size, "big")
    return bytes(out)


def _monero(addr: str) -> bool:
    raw = _monero_decode(addr)
    if raw is None or len(raw) != 69 or raw[0] not in (18, 42):
        return False
    return keccak256(raw[:-4])[:4] == raw[-4:]


def classify(addr: str) -> tuple[str, str] | None:
    """(chain, canonical address) when ``addr`` is a valid address, else None."""
    first = addr[:1]
    if addr.startswith("0x") and len(addr) == 42:
        value = _ethereum(addr)
        return ("eth", value) if value else None
    if addr[:3].lower() == "bc1" or addr[:4].lower() == "ltc1":
        return _segwit(addr)
    if first in "48" and len(addr) == 95:
        return ("xmr", addr) if _monero(addr) else None
    if first in "13LMT":
        chain = _base58check(addr)
        return (chain, addr) if chain else None
    return None


def find(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, canonical address, chain) for each valid address in ``text``."""
    for m in CANDIDATE_RE.finditer(text):
        hit = classify(m.group())
        if hit:
            yield m.start(), m.end(), hit[1], hit[0]


def _addresses_in(scan: Scan) -> Iterator[Found]:
    for a, b, value, chain in find(scan.text):
        yield a, b, value, chain, False


class Crypto(SelectorType):
    name = "crypto"
    pivot = True
    pivot_reason = "a wallet address receives payments for one person or operation"
    label = "Crypto wallet"
    colour = "#ff7f0e"
    # An address is kept even inside a claimed stretch (a wallet in a link is still a wallet).
    finders = (Finder(70, _addresses_in, skip_taken=False),)
    examples = ("0x52908400098527886E0F7030069857D2E4169EE7", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    invalid = ("0x1234", "1BoatSLRHtKNngkdXEeobR76b53LETtpyX", "not a wallet")

    def normalize(self, raw: str, **context: str | None) -> str | None:
        value = self.clean(raw)
        hit = classify(value) if value else None
        return hit[1] if hit else None
