"""Unicode and Arabic folding for matching.

``fold`` maps text to a form where spelling variants meet: case-folded, Latin diacritics removed, Arabic
diacritics (harakat) and tatweel removed, Arabic letter variants unified (alef forms, alef maqsura, teh
marbuta), Arabic-Indic, Persian and full-width digits made ASCII, invisible characters removed.
It keeps one output character per input character where it can, but callers that need spans into the
original must not rely on that: use ``himaya.selectors`` spans instead.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width and other invisible characters people insert to break up words and numbers.
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u034f\u061c"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")

_ARABIC_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0622": "\u0627",  # alef with madda -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0649": "\u064a",  # alef maqsura -> yeh
        "\u0629": "\u0647",  # teh marbuta -> heh
        "\u0624": "\u0648",  # waw with hamza -> waw
        "\u0626": "\u064a",  # yeh with hamza -> yeh
        "\u06cc": "\u064a",  # Farsi yeh -> yeh
        "\u06a9": "\u0643",  # keheh -> kaf
        "\u0640": None,  # tatweel
    }
)
_DIGITS = {}
for _base in (0x0660, 0x06F0, 0xFF10, 0x07C0, 0x0966, 0x09E6, 0x1D7CE):
    for _i in range(10):
        _DIGITS[_base + _i] = str(_i)
_DIGIT_FOLD = str.maketrans(_DIGITS)
_ARABIC_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def strip_invisible(text: str) -> str:
    """Remove zero-width and other invisible characters."""
    return _INVISIBLE_RE.sub("", text)


def _fold_slow(text: str) -> str:
    text = _ARABIC_MARKS_RE.sub("", _INVISIBLE_RE.sub("", text)).translate(_ARABIC_FOLD)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFKD", text.casefold())  # NFKD can yield upper case (U+210C)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _ARABIC_MARKS_RE.sub("", text.translate(_DIGIT_FOLD)).translate(_ARABIC_FOLD)


# Folding is per character, so one translation table does it all in a single pass. It covers the Basic
# Multilingual Plane and the mathematical and enclosed alphanumerics; other characters (emoji) pass unchanged.
_TABLE_RANGES = ((0x80, 0x10000), (0x1D400, 0x1D800), (0x1F100, 0x1F200))


_SPECIAL = frozenset(_ARABIC_FOLD) | frozenset(_DIGIT_FOLD) | {ord(c) for c in _INVISIBLE} | set(range(0x0610, 0x06EE))


def _fold_char(code: int) -> str:
    """What character ``code`` folds to (itself when folding leaves it alone)."""
    ch = chr(code)
    if code < 0x80:
        return ch.lower() if "A" <= ch <= "Z" else ch
    if not any(lo <= code < hi for lo, hi in _TABLE_RANGES):
        return ch
    if not (
        unicodedata.normalize("NFKD", ch) != ch or unicodedata.combining(ch) or ch.casefold() != ch or code in _SPECIAL
    ):
        return ch
    folded = _fold_slow(ch)
    while True:  # to a fixed point, so that fold is idempotent
        again = _fold_slow(folded)
        if again == folded:
            return folded
        folded = again


class _Table(dict[int, str]):
    """The translation table, filled one character at a time as texts bring them: ``str.translate`` looks
    each character up, and a character not seen before is folded once (``__missing__``) and remembered.
    Building the whole table up front took about 0.1 s in every process; a process meets a few hundred
    distinct characters."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(code)
        return folded


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Built on first use, never at import, and filled lazily (``_Table``)."""
    return _Table()


def fold(text: str) -> str:
    """Fold ``text`` for matching; idempotent: ``fold(fold(t)) == fold(t)``."""
    if text.isascii():
        return text.lower()
    return text.translate(_table())


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits of any script)."""
    return _WORD_RE.findall(fold(text))
