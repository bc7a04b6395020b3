"""Numbers that look like phones but are something else, told apart by their shape and their neighbours.

Each rule names one class of phantom seen on real pages (issue 10: academic home pages gave 0.62 phone
precision at 0.99 recall). A rule looks only at the candidate ``text[a:b]`` and a few characters around
it, so a real phone in the same surroundings is still found: "Office: 617-253-1000, Cambridge, MA
02139-4307" keeps the phone and drops the ZIP code.

:func:`reference` says a candidate is wholly a reference (an ISBN, a DOI, an arXiv id, a citation's
pages and year): no part of it is tried as a phone. :func:`phantom` says the candidate (or one stretch
of it) is not a phone; the stretches around it are still tried ("MA 02139-4307 617-253-1000").
"""

from __future__ import annotations

import re

# Citations: pages "331-349", "1021--1034", "104301-104310" after "pp."/"pages"/"vol. 7,"/"12(3):" or
# before a year "(2019)" / ", 2019". The second number is the larger and shares the first's length.
_PAGES_RE = re.compile(r"\(?(\d{1,6})\)?\s?(?:-{1,2}|[\u2010-\u2015])\s?(\d{1,6})")
_CITE_BEFORE_RE = re.compile(r"(?:(?<![^\W\d_])(?:pp?|pages?|vol|volume|issue)\.?|\d\)?\s*[:,])\s*$", re.IGNORECASE)
_YEAR_AFTER_RE = re.compile(r"^\)?\s*[,.;]?\s*\(?(?:19|20)\d\d(?!\d)")
# A citation's year in brackets closing the candidate: "331-349 (2019)"; no phone ends so.
_TRAILING_YEAR_RE = re.compile(r"\s\((?:19|20)\d\d$")
# ... or inside it, after other digits: "101 (1950) 201-555-0147" is pages, a year, then a phone.
_INNER_YEAR_RE = re.compile(r"\d\s*\((?:19|20)\d\d\)")
# A US ZIP+4 after a state's code ("MA 02139-4307"), or the digits right after one ("02139-4307 617...").
_ZIP4_RE = re.compile(r"\d{5}-\d{4}(?!\d)")
_STATE_BEFORE_RE = re.compile(r"(?<![^\W\d_])[A-Z]{2}\.?,?\s+$")
_ZIP4_BEFORE_RE = re.compile(r"(?<![^\W\d_])[A-Z]{2}\.?,?\s+\d{5}-$")
# Dates: year first or last with one separator used twice, ("2019 11 04", "04.11.2019"), then perhaps
# an hour; and any number right before ":MM" ends in an hour ("2012/01/02 08:00").
_DATE_START_RE = re.compile(
    r"(?:(?:19|20)\d\d([ ./-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])([ ./-])(?:0?[1-9]|1[0-2])\2(?:19|20)\d\d)(?:\s+\d\d?)?$"
)
_TIME_AFTER_RE = re.compile(r"^:[0-5]\d")
# A stretch that starts inside a year-first date ("1950-05-01 201-555-0147": "05-01 201..." is no phone).
_IN_DATE_RE = re.compile(r"(?<!\d)(?:19|20)\d\d([./-])(?:\d{1,2}\1)?$")
# ISBN-13 ("978-3-16-148410-0"); after the word ISBN/ISSN, any digits are the book's.
_ISBN_RE = re.compile(r"97[89][\- ]\d")
# DOI ("10.1145/3366423.3380211") and arXiv ids ("1706.03762", "2005.14165v2").
_DOI_RE = re.compile(r"10\.\d{4,9}/")
# ... and a stretch that starts inside one, after its "/" ("10.10000/1000000 201..." is the DOI's suffix).
_IN_DOI_RE = re.compile(r"(?<![\d.])10\.\d{4,9}/\S*$")
# Bare, only the 5-digit form of 2015 on: "3312.2735" is a Qatari phone.
_ARXIV_RE = re.compile(r"(?:1[5-9]|2\d)(?:0[1-9]|1[0-2])\.\d{5}")
# Words after which every number is a reference or a grant's ("ISBN 0-262-...", "NSF 1652123", "arXiv:").
_CUE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:isbn(?:-1[03])?|issn|doi|arxiv|pmid|pmcid|nsf|nih|erc|dfg|grants?|awards?|contract)"
    r"\s*(?:no\.?|number|#)?\s*[:#]?\s*$",
    re.IGNORECASE,
)
# A code's letters glued by a hyphen ("CCF-1763423", "ERC-2015-..."), not a phone's label ("TEL-").
_CODE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?!(?:TEL|FAX|MOB|CELL|CALL|PH|WA|TLF)-)[A-Z]{2,6}\d{0,2}-$")
# A quantity: a number before what it counts (not "hours", "times": a phone's opening hours follow it).
_UNIT_AFTER_RE = re.compile(
    r"^\s*(?:participants|people|persons|users|samples|subjects|patients|students|words|tokens|images"
    r"|parameters|citations|downloads|records|documents|bytes|cells|genes)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def reference(text: str, a: int, b: int) -> bool:
    """Whether the candidate ``text[a:b]``, one token, is wholly a reference (see :func:`_reference`):
    none of its parts is tried. A candidate with a space may hold a phone after the reference."""
    return not any(ch.isspace() for ch in text[a:b]) and _reference(text, a, b)


def _reference(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is an ISBN (by shape or after "ISBN"), a DOI, an arXiv id, or a number after
    a grant's or an index's name ("NSF", "arXiv:", "PMID")."""
    raw = text[a:b]
    if raw.startswith("+"):
        return False
    window = text[max(0, a - 16) : a]
    if _CUE_BEFORE_RE.search(window) or _CODE_BEFORE_RE.search(window):
        return True
    if _ISBN_RE.match(raw) and sum(ch.isdigit() for ch in raw) == 13:
        return True
    if _DOI_RE.match(raw) or text[max(0, a - 3) : a].endswith("10.") or _IN_DOI_RE.search(window):
        return True
    return _ARXIV_RE.fullmatch(raw) is not None and not text[b : b + 1].isdigit()


def phantom(text: str, a: int, b: int) -> bool:
    """Whether the candidate ``text[a:b]`` (or a stretch of one) is a citation's pages or year, a ZIP+4
    code, a date or time, or a quantity, by its shape and its neighbours."""
    raw = text[a:b]
    if raw.startswith("+"):
        return False
    after = text[b : b + 12]
    window = text[max(0, a - 16) : a]
    if (
        _reference(text, a, b)
        or (_TRAILING_YEAR_RE.search(raw) and after.startswith(")"))
        or _INNER_YEAR_RE.search(raw)
    ):
        return True
    pages = _PAGES_RE.fullmatch(raw)
    if (
        pages
        and _page_range(pages.group(1), pages.group(2))
        and (_CITE_BEFORE_RE.search(window) or _YEAR_AFTER_RE.match(after))
    ):
        return True
    if _ZIP4_RE.match(raw) and _STATE_BEFORE_RE.search(window):
        return True
    if _ZIP4_BEFORE_RE.search(window):
        return True
    if _DATE_START_RE.match(raw) or _TIME_AFTER_RE.match(after) or _IN_DATE_RE.search(window):
        return True
    return _UNIT_AFTER_RE.match(after) is not None


def _page_range(first: str, last: str) -> bool:
    """Two numbers of one length, the second larger by less than the first's leading place: pages."""
    if len(first) != len(last) or len(first) < 2:
        return False
    gap = int(last) - int(first)
    return 0 < gap < 10 ** (len(first) - 1)
