"""Hash kinds: what an image hash is, as a registry of small classes (md5, sha1, sha256, pdq).

A kind says how many hex digits its values have, how a value as written becomes the canonical lower-case
hex, and whether it is *perceptual*: compared by distance (the number of differing bits) rather than by
equality, and scored with a quality. PDQ is the one perceptual kind Himaya computes and matches; the
cryptographic digests only ever match exactly. Lists, the store and matching ask the kind instead of
testing for ``"pdq"``.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from himaya.registry import Registry

_HEX = re.compile(r"[0-9a-f]+")


class HashKind:
    """One kind of image hash. ``normalize`` raises ``ValueError`` with the reason for a bad value."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    hex_length: ClassVar[int] = 0
    #: Compared by distance in bits (and carries a 0..100 quality), not by equality.
    perceptual: ClassVar[bool] = False
    #: Example values as lists write them (for the contract tests).
    examples: ClassVar[tuple[str, ...]] = ()

    @property
    def bits(self) -> int:
        return self.hex_length * 4

    def normalize(self, raw: str, *, allow_prefix: bool = True) -> str:
        """Lower-case hex of the right length, from a value as written: surrounding and inner spaces are
        dropped, and (where the format allows it) a ``0x`` prefix."""
        value = raw.replace(" ", "").strip().lower()
        if allow_prefix and value.startswith("0x"):
            value = value[2:]
        if not _HEX.fullmatch(value):
            raise ValueError(f"not hexadecimal: {raw!r}")
        if len(value) != self.hex_length:
            raise ValueError(f"{self.name} needs {self.hex_length} hex digits, got {len(value)}: {raw!r}")
        return value

    def is_normal(self, value: str) -> bool:
        """Whether ``value`` is already canonical (lower-case hex of the right length)."""
        return len(value) == self.hex_length and _HEX.fullmatch(value) is not None

    def distance(self, a: str, b: str) -> int:
        """Differing bits between two canonical values (0 or ``bits`` for a non-perceptual kind: equal or not)."""
        if not self.perceptual:
            return 0 if a == b else self.bits
        return (int(a, 16) ^ int(b, 16)).bit_count()

    def __repr__(self) -> str:
        return f"<HashKind {self.name}>"


class Md5(HashKind):
    name = "md5"
    label = "MD5"
    hex_length = 32
    examples = ("d41d8cd98f00b204e9800998ecf8427e", "0xD41D8CD98F00B204E9800998ECF8427E")


class Sha1(HashKind):
    name = "sha1"
    label = "SHA-1"
    hex_length = 40
    examples = ("da39a3ee5e6b4b0d3255bfef95601890afd80709",)


class Sha256(HashKind):
    name = "sha256"
    label = "SHA-256"
    hex_length = 64
    examples = ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",)


class Pdq(HashKind):
    """Meta's PDQ perceptual hash: 256 bits; near-identical images differ in few bits."""

    name = "pdq"
    label = "PDQ"
    hex_length = 64
    perceptual = True
    examples = ("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22", "F8F8 F0CE " * 8)


def builtin() -> list[HashKind]:
    """The kinds Himaya ships, in a fresh list."""
    return [Md5(), Sha1(), Sha256(), Pdq()]


def new_registry() -> Registry[HashKind]:
    """A fresh registry of the built-in kinds (no plug-ins)."""
    return Registry("hash kind", HashKind, builtin())


@functools.cache
def registry() -> Registry[HashKind]:
    """This process's hash kinds: the built-ins and those that installed packages declare under the
    ``himaya.hash_kinds`` entry point, loaded on the first call (never on import)."""
    reg = new_registry()
    reg.load_plugins("himaya.hash_kinds")
    return reg


def get(name: str) -> HashKind:
    """The kind called ``name``; ``UsageError`` listing the known ones."""
    return registry().get(name)


def perceptual() -> list[str]:
    """Names of the kinds compared by distance."""
    return [k.name for k in registry() if k.perceptual]


def exact() -> list[str]:
    """Names of the kinds compared by equality (the digests), in registry order."""
    return [k.name for k in registry() if not k.perceptual]
