"""Find every selector in a text, disguised or not, with spans into the original text.

The text is cleaned once character by character (:func:`himaya.text.deobfuscate.clean_chars`); then the
finders that the registered selector types declare run in their global order (:class:`~himaya.selectors.base.
Finder`), each over the view of the text it reads: links, onions, emails, crypto addresses, handles and
payment tags over the cleaned view, phone numbers also over a further view with number words and look-alike
letters turned into numerals (:func:`himaya.text.deobfuscate.spell_digits`). A stretch claimed by one
selector is not matched again by a later, looser one (the digits of a wa.me link are not a second phone; a
t.me link is not a url).
"""

from __future__ import annotations

from himaya.model import SelectorHit
from himaya.selectors.base import CLEAN, Scan, SelectorRegistry
from himaya.selectors.builtin import registry
from himaya.text.deobfuscate import clean_chars


def extract(
    text: str,
    *,
    country: str | None = None,
    location: str | None = None,
    platform: str | None = None,
    types: SelectorRegistry | None = None,
) -> list[SelectorHit]:
    """All selectors in ``text``, sorted by start; see the module docstring for the order of matching.
    ``types`` is the registry whose finders run (default: :func:`himaya.selectors.registry`)."""
    if not text:
        return []
    finders = (types or registry()).ordered_finders()
    scan = Scan(clean_chars(text), country, location, platform)
    out: list[SelectorHit] = []
    spans: list[tuple[int, int]] = []  # stretches of the original text already claimed
    # Most finders find nothing, so each is looped over directly; each hit claims its span as it is found.
    for kind, find, view_name, claim, skip_taken in finders:
        for a, b, value, detail, disguised in find(scan):
            view = scan.view if view_name == CLEAN else scan.digits
            original = view.original
            if view.text is original:  # an unchanged view maps spans 1:1
                start, end, hidden = a, b, False
            else:
                start, end, hidden = view.span(a, b)
            if skip_taken and spans and any(start < e and s < end for s, e in spans):
                continue
            if claim:
                spans.append((start, end))
            out.append(SelectorHit(kind, value, original[start:end], start, end, hidden or disguised, detail))
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
