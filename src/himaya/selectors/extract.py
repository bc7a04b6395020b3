"""Find every selector in a text, disguised or not, with spans into the original text.

The text is cleaned once character by character (:func:`himaya.text.deobfuscate.clean_chars`); links,
onions, emails, crypto addresses, handles and payment tags are matched on that view. Phone numbers are
matched on a further view with number words and look-alike letters turned into numerals
(:func:`himaya.text.deobfuscate.spell_digits`). A stretch claimed by one selector is not matched again
by a later, looser one (the digits of a wa.me link are not a second phone; a t.me link is not a url).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from himaya.model import SelectorHit
from himaya.selectors import crypto, email, handle, payment, phone, web
from himaya.selectors.geo import _region_in, region_for
from himaya.text.deobfuscate import View, clean_chars, spell_digits
from himaya.text.numwords import may_have_number_words

# 7 digits or more; 4 or more (the count of \d, found without counting them all).
_SEVEN_DIGITS_RE = re.compile(r"\d(?:\D*\d){6}")
_FOUR_DIGITS_RE = re.compile(r"\d(?:\D*\d){3}")
_LOOKALIKE_HINT = re.compile(r"\d[ .\-]?[OoIl]|[OoIl][ .\-]?\d")
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


def _language(text: str) -> str | None:
    if _ARABIC_RE.search(text):
        arabic = len(_ARABIC_RE.findall(text))
        if arabic * 2 > sum(ch.isalpha() for ch in text):
            return "ar"
    words = _WORDS_RE.findall(text.lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else None


class _Claims:
    """Spans of the original text already taken by a selector."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []


def _emit(
    out: list[SelectorHit],
    view: View,
    claims: _Claims,
    kind: str,
    found: Iterable[tuple[int, int, str, str | None, bool]],
    claim: bool = True,
    skip_taken: bool = True,
) -> None:
    text = view.original
    spans = claims.spans
    span = None if view.text is text else view.span  # an unchanged view maps spans 1:1
    for a, b, value, detail, disguised in found:
        if span is None:
            start, end, hidden = a, b, False
        else:
            start, end, hidden = span(a, b)
        if skip_taken and spans and any(start < e and s < end for s, e in spans):
            continue
        if claim:
            spans.append((start, end))
        out.append(SelectorHit(kind, value, text[start:end], start, end, hidden or disguised, detail))


def extract(
    text: str, *, country: str | None = None, location: str | None = None, platform: str | None = None
) -> list[SelectorHit]:
    """All selectors in ``text``, sorted by start; see the module docstring for the order of matching."""
    if not text:
        return []
    view = clean_chars(text)
    clean = view.text
    out: list[SelectorHit] = []
    claims = _Claims()
    # Each finder's hits are emitted in the order found, each claiming its span (crypto addresses are
    # emitted even over a claimed span); most finders find nothing, so each is looped over directly.
    lowered = clean.lower()  # for the finders' quick tests
    for a, b, v, r in phone.find_links(clean, lowered):
        _emit(out, view, claims, "phone", ((a, b, v, r, False),))
    for a, b, v in web.find_onions(clean, lowered):
        _emit(out, view, claims, "onion", ((a, b, v, None, False),))
    for a, b, v, disguised in email.find(clean):
        _emit(out, view, claims, "email", ((a, b, v, v.rsplit("@", 1)[1], disguised),))
    for a, b, v, p in handle.find_links(clean, lowered):
        _emit(out, view, claims, "handle", ((a, b, v, p, False),))
    for a, b, v, s in payment.find(clean, lowered):
        _emit(out, view, claims, "payment", ((a, b, v, s, False),))
    for a, b, v, h in web.find_urls(clean, lowered):
        _emit(out, view, claims, "url", ((a, b, v, h, False),))
    for a, b, v, c in crypto.find(clean):
        _emit(out, view, claims, "crypto", ((a, b, v, c, False),), skip_taken=False)
    for a, b, v, p in handle.find_labelled(clean):
        _emit(out, view, claims, "handle", ((a, b, v, p, False),))
    for a, b, v, p in handle.find_bare(clean, platform):
        _emit(out, view, claims, "handle", ((a, b, v, p, False),))
    worded = may_have_number_words(clean)
    if worded or _SEVEN_DIGITS_RE.search(clean) or (_FOUR_DIGITS_RE.search(clean) and _LOOKALIKE_HINT.search(clean)):
        _phones(out, view, claims, region_for(country, location), worded)
    if len(out) < 2:
        return out
    out.sort(key=lambda h: (h.start, h.end, h.type, h.value))
    unique: list[SelectorHit] = []
    seen: set[tuple[str, str, int]] = set()
    for hit in out:
        key = (hit.type, hit.value, hit.start)
        if key not in seen:
            seen.add(key)
            unique.append(hit)
    return unique


def _phones(out: list[SelectorHit], view: View, claims: _Claims, region: str | None, worded: bool) -> None:
    digits_view = spell_digits(view, number_words=worded)
    text = digits_view.text
    found = []
    hints = phone.Hints(lambda: _language(view.text), lambda: _region_in(view.text[:2000]))
    for a, b, value, where in phone.find(text, region, hints):
        disguised = phone.disguised_by_spacing(text[a:b])
        found.append((a, b, value, where, disguised))
    _emit(out, digits_view, claims, "phone", found)
