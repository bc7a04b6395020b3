"""Where a phone number without a country code is likely to be from.

:func:`region_for` turns a record's ``country`` (ISO 3166 alpha-2) or free-text ``location`` into a
phone-number region. Country names come from CLDR through Babel (English, Spanish, French, Arabic);
aliases and major cities come from ``data/places.json``. Both are loaded on first use, not at import.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

import phonenumbers

from himaya.errors import DataError
from himaya.text import fold

_LANGS = ("en", "es", "fr", "ar")
_WORD_RE = re.compile(r"\w+")
_MAX_WORDS = 4


def _key(name: str) -> str:
    return " ".join(_WORD_RE.findall(fold(name)))


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Folded place name -> region code."""
    from babel import Locale  # its locale data loads on first use, not at start-up

    regions = phonenumbers.SUPPORTED_REGIONS
    index: dict[str, str] = {}
    for lang in _LANGS:
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code in regions:
                index.setdefault(_key(name), code)
    raw = json.loads(resources.files("himaya.selectors").joinpath("data/places.json").read_text("utf-8"))
    for code, names in raw.items():
        if code.startswith("_"):
            continue
        if code not in regions or not isinstance(names, list):
            raise DataError(f"places.json: bad region {code!r}", region=code)
        for name in names:
            if not isinstance(name, str) or not _key(name):
                raise DataError(f"places.json: bad place name {name!r} for {code}", region=code)
            index[_key(name)] = code
    return index


@lru_cache(maxsize=4096)
def _region_in(location: str) -> str | None:
    words = _WORD_RE.findall(fold(location))
    if not words:
        return None
    index = _places()
    for size in range(min(_MAX_WORDS, len(words)), 0, -1):
        for i in range(len(words) - size, -1, -1):  # later words ("Lyon, France") name the wider place
            region = index.get(" ".join(words[i : i + size]))
            if region:
                return region
    return None


def region_for(country: str | None, location: str | None) -> str | None:
    """The phone region for a record: its ``country`` if valid, else one guessed from ``location``."""
    if country:
        code = country.strip().upper()
        if code == "UK":
            code = "GB"
        if code in phonenumbers.SUPPORTED_REGIONS:
            return code
    if location and location.strip():
        return _region_in(location.strip()[:200])
    return None


def country_of(type: str, value: str) -> str | None:
    """The country a selector value belongs to, where its type says (phones); else None."""
    if type != "phone":
        return None
    if value[:1] == "+" and 8 <= len(value) <= 18 and value[1:].isdigit() and value.isascii():
        # A calling code with one region answers alone, as region_code_for_number does itself; only
        # shared codes (+1, +44, +7 ...) need the number parsed (a link at 1M records asked 750k times).
        for size in (1, 2, 3):
            regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(value[1 : 1 + size]))
            if regions is not None:
                if len(regions) == 1:
                    return regions[0] if regions[0] != "ZZ" else None
                break
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region != "ZZ" else None
