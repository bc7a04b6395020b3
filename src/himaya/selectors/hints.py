"""A cheap guess at an ad's language, as a hint for reading phone numbers written without a country code.

Only the language's own common words are counted (and the share of Arabic letters): a hint for choosing
among phone regions, not language identification (that is :mod:`himaya.text.lang`).
"""

from __future__ import annotations

import re

_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_STOP = {
    "en": frozenset(
        [
            "the",
            "and",
            "you",
            "for",
            "with",
            "call",
            "text",
            "me",
            "my",
            "is",
            "are",
            "to",
            "in",
            "now",
            "new",
            "available",
            "only",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "que",
            "en",
            "con",
            "para",
            "por",
            "una",
            "mi",
            "llama",
            "llamar",
            "disponible",
            "solo",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "et",
            "est",
            "pour",
            "avec",
            "une",
            "je",
            "vous",
            "appelez",
            "appelle",
            "disponible",
            "au",
            "sur",
        ]
    ),
}
_WORDS_RE = re.compile(r"[a-zà-ÿ]+")


def language(text: str) -> str | None:
    """The language code (ar, en, es or fr) when the text is mostly Arabic or uses that language's common
    words, else None."""
    if _ARABIC_RE.search(text):
        arabic = len(_ARABIC_RE.findall(text))
        if arabic * 2 > sum(ch.isalpha() for ch in text):
            return "ar"
    words = _WORDS_RE.findall(text.lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else None
