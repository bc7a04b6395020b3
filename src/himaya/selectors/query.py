"""What a search box entry means as selectors, so that search finds the stored, normalised values."""

from __future__ import annotations

from himaya.selectors import phone
from himaya.selectors.extract import extract
from himaya.selectors.geo import region_for
from himaya.selectors.handle import PLATFORMS, platform_name


def parse_query(value: str, *, country: str | None = None) -> list[tuple[str, str]]:
    """The (type, value) pairs a typed query could mean, most specific first, without duplicates."""
    query = value.strip()
    if not query:
        return []
    pairs: list[tuple[str, str]] = []
    hits = extract(query, country=country)
    whole = [h for h in hits if h.end - h.start >= len(query.rstrip(".,;")) - 1] or hits
    for hit in whole:
        if hit.type == "handle" and hit.value.startswith("unknown:"):
            continue
        pairs.append((hit.type, hit.value))
    if query.startswith("@") or (":" in query and platform_name(query.split(":", 1)[0]) is None):
        name = query.lstrip("@").lower()
        if name.replace("_", "").replace(".", "").isalnum():
            pairs += [("handle", f"{p}:{name}") for p in PLATFORMS]
    if not any(t == "phone" for t, _ in pairs) and sum(ch.isdigit() for ch in query) >= 7:
        number = phone.resolve(query, region_for(country, None))
        if number is None and country is None:
            for region in phone.DEFAULT_REGIONS:
                found = phone.resolve(query, region)
                if found:
                    pairs.append(("phone", found[0]))
        elif number:
            pairs.append(("phone", number[0]))
    digest = query.lower().removeprefix("image:").removeprefix("sha256:")
    if len(digest) == 64 and all(ch in "0123456789abcdef" for ch in digest):
        pairs.append(("image", digest))  # an image, by the SHA-256 of its file (as `himaya hash` prints it)
    seen: set[tuple[str, str]] = set()
    return [p for p in pairs if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]
