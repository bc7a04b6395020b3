"""The faster forms of the selector regexes match exactly what their plain forms match.

Each pattern below was rewritten for speed (a leading character class, grouped alternatives, a search
limited to where a match can be); the plain form it replaced is kept here and both are run over text
built from the pieces they look for.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from himaya.selectors import crypto, email, handle, phone, web
from himaya.text import deobfuscate, numwords
from himaya.text.alternation import first_chars, grouped

PIECES = [
    *"0123456789 .-_/()+@$#:\n\t",
    "\u00a0",
    "\u2013",
    "00",
    "+33",
    "06 12 34 56 78",
    "(201) 555-0123",
    "2O1 555 Ol23",
    "l0l",
    "O",
    "o",
    "I",
    "l",
    "http://",
    "https://",
    "www.",
    "site",
    "example",
    ".com",
    ".example",
    "a-b",
    ":8080",
    "/p?q=1",
    "bc1",
    "BC1",
    "ltc1",
    "LTC1",
    "0x",
    "1A2b3C4d5E6f7G8h9J",
    "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
    "ab" * 20,
    "L",
    "M",
    "T",
    "4",
    "8",
    "at",
    " at ",
    "(at)",
    "arroba",
    "chez",
    "آت",
    "أت",
    "ا\u0653ت",
    "سيارات",
    "ig",
    "IG",
    "insta",
    "snap",
    "Snap",
    "x",
    "X",
    "tg",
    "telegram",
    "tik tok",
    "twitter/x",
    "تلغرام",
    "سناب شات",
    ":",
    "=",
    "name_1",
    "é",
    "ſ",
    "K",
    "zero",
    "five",
    "oh",
    "douze",
    "quatre-vingt",
    "cinco",
    "y",
    "et",
    "صفر",
    "وعشرون",
    "ثلاثة",
    "\u064e",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


PLAIN_URL = re.compile(
    r"\bhttps?://[^\s<>\"'`]+"
    r"|(?<![\w@.\-/])www\.[^\s<>\"'`]+"
    r"|(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+([a-z]{2,24})(?::\d{2,5})?(?:/[^\s<>\"'`]*)?"
    r"(?![\w@])",
    re.IGNORECASE,
)
PLAIN_CRYPTO = re.compile(
    r"(?<![0-9A-Za-z])(?:[13LMT][1-9A-HJ-NP-Za-km-z]{25,34}|[48][1-9A-HJ-NP-Za-km-z]{94}"
    r"|(?:bc|ltc|BC|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}|0x[0-9a-fA-F]{40})(?![0-9A-Za-z])"
)
PLAIN_BARE = re.compile(r"(?<![\w@.+\-/$])@(?P<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])")
PLAIN_LOOKALIKE = re.compile(r"(?<!\w)[(]?[\dOoIl](?:[ .\-/()]{0,2}[\dOoIl]){6,}(?!\w)")
PLAIN_NEAR = re.compile(r"\d[ .\-/()]{0,2}[OoIl]|[OoIl][ .\-/()]{0,2}\d")
PLAIN_AR_AT = re.compile(email._AR_AT, re.IGNORECASE)
PLAIN_LABEL = re.compile(
    rf"(?<![^\W_])(?P<label>{'|'.join(handle._LABEL_LIST)})(?P<sep>\s*[:=：\-–]\s*@?|\s+@|[ \t]+)"
    r"(?P<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])",
    re.IGNORECASE,
)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fast_patterns_match_like_plain_ones(text: str) -> None:
    assert spans(web.URL_RE, text) == spans(PLAIN_URL, text)
    assert spans(crypto.CANDIDATE_RE, text) == spans(PLAIN_CRYPTO, text)
    assert spans(handle._BARE_RE, text) == spans(PLAIN_BARE, text)
    assert spans(handle._LABEL_RE, text) == spans(PLAIN_LABEL, text)
    assert spans(deobfuscate._LOOKALIKE_RE, text) == spans(PLAIN_LOOKALIKE, text)
    assert (deobfuscate._LOOKALIKE_NEAR_RE.search(text) is None) == (PLAIN_NEAR.search(text) is None)
    assert [m.start() for m in email._CORE_AR_RE.finditer(text)] == [m.start() for m in PLAIN_AR_AT.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_phone_candidates_are_found_only_where_they_can_be(text: str) -> None:
    plain = [m.span() for m in phone.CANDIDATE_RE.finditer(text)]
    found = []
    for zone in phone._ZONE_RE.finditer(text):
        start = zone.start()
        while start > max(0, zone.start() - 5) and text[start - 1] in phone._BEFORE_ZONE:
            start -= 1
        found += [m.span() for m in phone.CANDIDATE_RE.finditer(text, start, zone.end())]
    assert found == plain


def _plain_number_words() -> re.Pattern[str]:
    latin = [numwords._latin(w) for w in sorted(numwords._WORDS, key=len, reverse=True)]
    arabic = [numwords._arabic(w) for w in sorted(numwords._AR_WORDS, key=len, reverse=True)]
    word = (
        rf"(?:(?<![^\W\d_])(?:{'|'.join(latin)})(?![^\W\d_]))"
        rf"|(?:(?<![\u0621-\u064a])و?{numwords._HARAKAT}(?:{'|'.join(arabic)})(?![\u0621-\u064a]))"
    )
    token = rf"(?:\d+|{word})"
    sep = r"(?:[ \t\u00a0\-.,/_|·•*~]+(?:(?:y|et|and|و)[ \t\u00a0\-]+)?)?"
    return re.compile(rf"{token}(?:{sep}{token})+", re.IGNORECASE)


PLAIN_RUN = _plain_number_words()


@settings(max_examples=400, deadline=None)
@given(texts)
def test_number_runs_match_like_the_plain_alternation(text: str) -> None:
    assert spans(numwords.number_run_pattern(), text) == spans(PLAIN_RUN, text)


def test_grouped_alternation() -> None:
    assert grouped(["one", "two", "three", "ten"]) == "o(?:ne)|t(?:wo|hree|en)"
    assert first_chars(["one", "[tT]wo"]) == "[Tot]"
    # Two groups that can start with the same character: the plain alternation is kept.
    assert grouped(["[ab]x", "ay"]) == "[ab]x|ay"
    assert grouped(["\\.x", "y"]) == "\\.x|y"


def test_fold_by_replacing_is_translate() -> None:
    table, _known, folds, _wordlike = numwords._quick()
    keys = {chr(k) for k in table}
    assert not keys & {v for v in table.values() if v}  # no folded character is folded again
    text = "".join(sorted(keys)) + "ÉCOLE zéro أحد إثنان"
    for ch in set(folds.findall(text)):
        text_replaced = text.replace(ch, table[ord(ch)] or "")
        text = text_replaced
    assert text == ("".join(sorted(keys)) + "ÉCOLE zéro أحد إثنان").translate(table)
