"""Phone numbers: found with a fast regex over the de-obfuscated text, judged by ``phonenumbers``.

Value: E.164 ("+12015550123"); detail: region code ("US"). A number written without "+" or "00" is
read in the record's region (``country``, else one guessed from ``location``), else a region named in
the text, else the regions of the text's language, mobile numbers first, else its own country code
("212650123456"), else, only when the text's language is unknown, the one region among a default
list where it is valid with an ordinary national length, if there is just one. With no record region,
a number of more than 12 digits not written in international form is not read at all, and neither is
one marked as a reference by the words before it ("factura n.º", "رقم الفاتورة", "order #") or one that
starts with a year and a hyphen ("2023-000418-77"), nor one that :mod:`himaya.selectors.phantom` shows
to be a citation's pages, a ZIP+4 code, a date, an ISBN, a DOI or a grant's number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from himaya.selectors import phantom, phoneparse
from himaya.selectors.base import DIGITS, Finder, Found, Scan, SelectorType
from himaya.selectors.geo import _region_in, region_for
from himaya.selectors.hints import language
from himaya.text.alternation import branches, first_chars

LANG_REGIONS: dict[str, tuple[str, ...]] = {
    "ar": ("MA", "EG", "SA", "AE", "DZ", "TN", "JO", "LB", "QA", "KW", "BH", "OM", "IQ"),
    "fr": ("FR", "MA", "BE", "CH", "DZ", "TN", "SN", "CI", "CA"),
    "es": ("ES", "MX", "CO", "AR", "PE", "CL", "VE", "US"),
    "en": ("US", "GB", "NG", "PH", "IN", "CA", "AE", "TH"),
}
# A number not written in international form, read with no record country, has at most this many digits.
_MAX_NATIONAL = 12
# The last-resort guess takes a national number of at most this many digits.
_GUESS_NATIONAL = 10
DEFAULT_REGIONS = ("US", "GB", "FR", "ES", "MA", "EG", "SA", "AE", "NG", "TH", "PH", "DE", "IT", "MX", "IN")

# Candidates: 7 or more digits with up to three separator characters between digits ("_" included:
# "6_1_2_3_4_5_6_7_8" is a disguise; a digit glued to a word by "_" is rejected by _plausible).
CANDIDATE_RE = re.compile(r"(?:\+[ .\-/_]{0,3}|\b00)?\(?\d(?:[ \t\u00a0\u3000.\-\u2010-\u2015\u2212/()_]{0,3}\d){6,40}")
# Every character a candidate can hold. A candidate lies inside one stretch of them with 7 digits or
# more (a zone), and starts at most 5 characters (a "+", three separators and a "(") before the zone's
# first digit: CANDIDATE_RE is run only there, not tried at every position of the text.
_ZONE_SEPS = " \t\u00a0\u3000.\\-\u2010-\u2015\u2212/()_+"
_ZONE_RE = re.compile(rf"\d(?:[{_ZONE_SEPS}]*\d){{6}}[\d{_ZONE_SEPS}]*")
_BEFORE_ZONE = frozenset(" \t\u00a0\u3000.-\u2010\u2011\u2012\u2013\u2014\u2015\u2212/()_+")
# Sentence punctuation (right after a digit, then a space) between two groups of a candidate
# ("40. 06 12 ..."): most often the end of one number (an age, a price, a year) and the start of another.
_HARD_SEP_RE = re.compile(r"(?<=\d)[.,;][ \t\u00a0\u3000]")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# At most this many digit groups are searched for a valid stretch inside a candidate that is not valid.
_MAX_GROUPS = 32
_GROUP_RE = re.compile(r"\d+")
_DATE_RE = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}"
)
# Words that mark the number after them as a reference, not a phone ("factura n.º 2023-000418-77",
# "رقم الفاتورة ...", "order #", "IBAN"), in English, Spanish, French and Arabic. Whole words only
# ("Rashid" is no "id"); a full word is followed at most by "number"/"n.º"/"#" and ":", never by the
# end of a sentence ("hago factura. +34 ..."), while an abbreviation may end in "." ("ref. ...").
# Each word with the Arabic article is written out before the same word without it.
_REF_WORDS = (
    r"order|ref|reference|r[ée]f[ée]rence|referencia|invoice|id|iban|account|tracking|zip|code|cp|bic|swift"
    r"|commande|pedido|factura|facture|microchip|chip|licen[cs]ia|licen[cs]e|permis|siret|nif|cif"
    r"|serial|s/n|s[ée]rie|ticket|usd|eur|mad|aed|sar|egp"
    r"|ترخيص|الفاتور[ةه]|فاتور[ةه]|المرجع(?:ي)?|مرجع(?:ي)?|الطلب(?:ي[ةه])?|طلب(?:ي[ةه])?|رقم الطلب"
)
_REF_NUMBER = r"number|num[ée]ro|n[úu]mero|رقم|no\.?|n\.?\s?[°º]\.?|#"
_REF_ABBREV = r"n\.?\s?[°º]|no|nr|ref|r[ée]f|inv|ser"
_CURRENCY = "[$€£¥₹#]"


def _alternatives(alternation: str) -> list[str]:
    """The alternatives of a flat alternation (no "|" inside a group)."""
    return alternation.split("|")


# A currency sign, a reference word (perhaps then "number", "n.º" ...) or an abbreviation, then ":" or "#"
# perhaps, at the end of the text before a number:
#   (?:[$€£¥₹#]\s*[:#.]?|(?<![^\W\d_])(?:REF_WORDS)(?:\s*(?:REF_NUMBER))?\s*[:#]?
#      |(?<![^\W\d_])(?:REF_ABBREV)\.?\s*[:#]?)\s*$
# written to start with a class of every first character (see himaya.text.alternation.led).
_BEFORE_RE = re.compile(
    first_chars([_CURRENCY, *_alternatives(_REF_WORDS), *_alternatives(_REF_ABBREV)])
    + rf"(?:(?<={_CURRENCY})\s*[:#.]?"
    + rf"|(?<![^\W\d_].){branches(_alternatives(_REF_WORDS))}(?:\s*(?:{_REF_NUMBER}))?\s*[:#]?"
    + rf"|(?<![^\W\d_].){branches(_alternatives(_REF_ABBREV))}\.?\s*[:#]?)\s*$",
    re.IGNORECASE,
)
# A phone's label, perhaps then "number"/"No."/"#" and ":", at the end of the text before a number ("Tel No:",
# "Mobile number:", "WhatsApp #", "رقم الهاتف:"): the "No" or "رقم" that follows is the phone's, not a reference's.
_PHONE_LABEL_RE = re.compile(
    r"(?<![^\W\d_])(?:tel|t[ée]l[ée]phone|telefono|tel[ée]fono|tlf|phone|mobile|mob|cell|whats\s?app|contact|call"
    r"|m[oó]vil|portable|hotline|fax|هاتف|الهاتف|جوال|الجوال|موبايل|الموبايل|واتساب|الواتساب|واتس)"
    rf"\.?\s*(?:{_REF_NUMBER})?\.?\s*[:#]?\s*$"
    r"|(?:رقم\s+(?:ال)?(?:هاتف|جوال|موبايل|واتساب|واتس|تلفون|تليفون))\s*[:#]?\s*$",
    re.IGNORECASE,
)
# A group like a year, then a hyphen and more digits ("2023-000418-77", "INV-2024-00871"): a reference.
_YEAR_REF_RE = re.compile(r"\(?(?:19|20)\d\d[\-\u2010-\u2015]\d")
# A currency that closes an amount and its sentence ("9 500€. ", "250 EUR, "): the amount's, not a
# prefix of what follows.
_AMOUNT_END_RE = re.compile(
    r"\d[ \u00a0]?(?:[$€£¥₹]|usd|eur|mad|aed|sar|egp)\s*[.,;]\s+$",
    re.IGNORECASE,
)
# A unit or currency after a number makes it an amount; a currency sign right before digits ("0147 $200")
# starts the next amount instead.
_AFTER_RE = re.compile(
    r"^\s*(?:[$€£¥₹](?!\s?\d)|%|usd|eur|dollars?|euros?|dhs?|mad|aed|sar|egp|d[oó]lares|pesos|درهم|ريال|جنيه|دولار"
    r"|km|kg|cm|mm|m²|sq|years|yrs|ans|años|سنة|عاما|views|likes|followers)(?![^\W\d_])",
    re.IGNORECASE,
)
# (The lookahead holds every character a form can start with: most positions fail there at once.)
_LINK_RE = re.compile(
    r"(?=[hwat])(?:(?:https?://)?(?:www\.)?(?:wa\.me/|api\.whatsapp\.com/send/?\?phone=|whatsapp\.com/send/?\?phone=)"
    r"(\+?\d[\d\-]{6,16})|\btel:(\+?[\d\-. ()]{7,20}\d))",
    re.IGNORECASE,
)


class Hints:
    """What the text around a number says about its region, worked out only when needed."""

    def __init__(self, lang: Callable[[], str | None], named: Callable[[], str | None]) -> None:
        self._lang, self._named = lang, named
        self._cache: dict[str, str | None] = {}

    def lang(self) -> str | None:
        if "lang" not in self._cache:
            self._cache["lang"] = self._lang()
        return self._cache["lang"]

    def named(self) -> str | None:
        if "named" not in self._cache:
            self._cache["named"] = self._named()
        return self._cache["named"]


NO_HINTS = Hints(lambda: None, lambda: None)


@lru_cache(maxsize=16384)
def _parse(digits: str, region: str | None) -> tuple[str, str, bool, int] | None:
    """(E.164, region, is mobile, length of the national number) when ``digits`` is a valid number
    read in ``region`` (see :func:`himaya.selectors.phoneparse.read`)."""
    return phoneparse.read(digits, region)


def resolve(
    raw: str,
    region: str | None = None,
    hints: Hints = NO_HINTS,
) -> tuple[str, str] | None:
    """The (E.164, region) a written number means, or None.

    ``hints`` are asked only when the number has no country code and no ``region`` is given.
    """
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not 7 <= len(digits) <= 17:
        return None
    stripped = raw.lstrip(" (")
    if stripped.startswith("+") or (stripped.startswith("00") and not stripped.startswith("000")):
        hit = _parse("+" + (digits[2:] if stripped.startswith("00") else digits), None)
        return hit[:2] if hit else None
    if region:
        hit = _parse(digits, region)
        if hit:
            return hit[:2]
    elif len(digits) > _MAX_NATIONAL:
        return None  # this long and not international, with no country to read it in: a reference
    elif len(digits) >= 9:
        lang = hints.lang()
        hits = [h for h in (_parse(digits, r) for r in LANG_REGIONS.get(lang or "", ())) if h]
        if len(hits) != 1:
            named = hints.named()
            hit = _parse(digits, named) if named else None
            if hit:
                return hit[:2]
        best = next((h for h in hits if h[2]), hits[0] if hits else None)
        if best:
            return best[:2]
    if len(digits) >= 11 and digits[0] != "0":
        hit = _parse("+" + digits, None)
        if hit:
            return hit[:2]
    if region or len(digits) < 9 or hints.lang() in LANG_REGIONS:
        return None  # the language's own regions (and a place named) were tried above
    # Last resort, when nothing in the text says where: the one default region where it is valid,
    # and an ordinary length there (a long national number in a foreign plan is a reference).
    found = {h[0]: h for h in (_parse(digits, r) for r in DEFAULT_REGIONS) if h and h[3] <= _GUESS_NATIONAL}
    if len(found) == 1:
        return next(iter(found.values()))[:2]
    return None


def _plausible(text: str, a: int, b: int) -> bool:
    """Whether the candidate ``text[a:b]`` can be a phone number by its shape and its neighbours."""
    raw = text[a:b]
    before = text[a - 1] if a else " "
    glued = (before.isascii() and (before.isalnum() or before in "_$@/#=")) or before in "€£"
    if glued and raw[0] != "+":
        return False
    if before == ":" and raw.startswith("00"):
        return False  # the minutes of a time ("10:00 201-555-0147"), not an international prefix
    after = text[b] if b < len(text) else " "
    if (after.isascii() and (after.isalnum() or after in "_%$@")) or after in "€£":
        return False
    if _DATE_RE.fullmatch(raw.strip("() ")):
        return False
    if _YEAR_REF_RE.match(raw) and not raw.startswith("+"):
        return False
    groups = _GROUP_RE.findall(raw)
    if len(groups) >= 2 and all(len(g) == 4 and g[:2] in ("19", "20") for g in groups):
        return False  # a list of years
    window = text[max(0, a - 24) : a]
    if (
        raw.lstrip(" (")[:1] != "+"  # a number in international form is a phone's form, not a reference's
        and _BEFORE_RE.search(window)
        and not _AMOUNT_END_RE.search(window)
        and not _PHONE_LABEL_RE.search(window)
    ):
        return False
    return not _AFTER_RE.match(text[b : b + 16]) and not phantom.phantom(text, a, b)


def disguised_by_spacing(raw: str) -> bool:
    """Digits set apart one by one ("5 5 5 0 1 2 3", "5.5.5-0.1.2.3") are a disguise, not formatting."""
    groups = _GROUP_RE.findall(raw)
    return sum(1 for g in groups if len(g) == 1) >= 3


def find(
    text: str,
    region: str | None,
    hints: Hints = NO_HINTS,
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, E.164, region) for each phone number in ``text`` (a de-obfuscated view)."""
    for zone in _ZONE_RE.finditer(text):
        start = zone.start()
        lowest = max(0, start - 5)
        while start > lowest and text[start - 1] in _BEFORE_ZONE:
            start -= 1
        for m in CANDIDATE_RE.finditer(text, start, zone.end()):
            a, b = m.span()
            raw = m.group()
            if raw.endswith(("(", ")")):
                b -= 1
                raw = raw[:-1]
            if phantom.reference(text, a, b):
                continue  # an ISBN, a DOI, a grant's number: no part of it is a phone
            mixed = _mixed_hard(raw)
            hit = resolve(raw, region, hints) if not mixed and _plausible(text, a, b) else None
            if hit:
                yield a, b, hit[0], hit[1]
                continue
            yield from _split(text, a, raw, region, hints, mixed)


def _mixed_hard(raw: str) -> bool:
    """Whether sentence punctuation parts some groups of ``raw`` and other separators part others:
    "40. 06 50 12 34 56" is an age then a number; "06. 50. 12. 34. 56" is one number."""
    if _HARD_SEP_RE.search(raw) is None:
        return False
    seps = {sep for sep in re.split(r"\d+", raw.lstrip("+(").rstrip(")"))[1:-1]}
    return len(seps) > 1


def _split(
    text: str, a: int, raw: str, region: str | None, hints: Hints, mixed: bool = False
) -> Iterator[tuple[int, int, str, str]]:
    """The valid numbers inside a candidate that is not one: two written side by side
    ("2015550123 / 2015550124"), or one after a price, an age or a year ("40. 0650123456").

    Every stretch of whole groups is a choice; they are tried best first: not across sentence
    punctuation, not across "/", not starting with a year, the leftmost, the most digits. Each valid
    one is kept unless it overlaps one kept before. When sentence punctuation parts only some groups
    (``mixed``), no stretch crosses it; when a unit or currency follows the candidate, no stretch
    takes its last group, nor a range's first ("18-35 ans")."""
    groups = [(g.start(), g.end()) for g in _GROUP_RE.finditer(raw)]
    n = len(groups)
    if not 2 <= n <= _MAX_GROUPS:
        return
    hard = [False] * n  # hard[k]: sentence punctuation between group k-1 and group k
    slash = [False] * n
    for k in range(1, n):
        sep = raw[groups[k - 1][1] : groups[k][0]]
        hard[k] = sep[:1] in (".", ",", ";") and sep[1:2].isspace()
        slash[k] = "/" in sep
    sizes = [e - s for s, e in groups]
    end = n  # groups from here on are an amount's
    if _AFTER_RE.match(text[a + len(raw) : a + len(raw) + 16]):
        end = n - 2 if raw[groups[-2][1] : groups[-1][0]] in ("-", "\u2013") else n - 1
    choices = []
    for i in range(end):
        digits = 0
        crosses_hard = crosses_slash = 0
        for j in range(i, end):
            if j > i:
                if hard[j] and mixed:
                    break
                crosses_hard |= hard[j]
                crosses_slash |= slash[j]
            digits += sizes[j]
            if digits > 17:
                break
            if digits < 7 or (i, j) == (0, n - 1):
                continue
            year = j > i and sizes[i] == 4 and _YEAR_RE.fullmatch(raw[groups[i][0] : groups[i][1]]) is not None
            choices.append((crosses_hard, crosses_slash, year, i, -digits, j))
    choices.sort()
    kept: list[tuple[int, int]] = []
    for *_, i, _digits, j in choices:
        if any(i <= y and x <= j for x, y in kept):
            continue
        s, e = groups[i][0], groups[j][1]
        if raw[s - 1 : s] == "+":
            s -= 1
        if not _plausible(text, a + s, a + e):
            continue
        hit = resolve(raw[s:e], region, hints)
        if hit:
            kept.append((i, j))
            yield a + s, a + e, hit[0], hit[1]


def find_links(text: str, lowered: str | None = None) -> Iterator[tuple[int, int, str, str]]:
    """WhatsApp and tel: links: their number, read as international (``lowered``: ``text.lower()``)."""
    if "wa.me" not in text:
        lowered = text.lower() if lowered is None else lowered
        if "whatsapp" not in lowered and "tel:" not in lowered:
            return
    for m in _LINK_RE.finditer(text):
        raw = m.group(1) or m.group(2)
        digits = "".join(ch for ch in raw if ch.isdigit())
        parsed = _parse("+" + digits, None) if m.group(1) or raw.startswith("+") else None
        hit = parsed[:2] if parsed else (resolve(raw) if m.group(2) else None)
        if hit:
            yield m.start(), m.end(), hit[0], hit[1]


def _links_in(scan: Scan) -> Iterator[Found]:
    for a, b, value, region in find_links(scan.text, scan.lowered):
        yield a, b, value, region, False


# 7 digits or more; 4 or more (the count of \d, found without counting them all).
_SEVEN_DIGITS_RE = re.compile(r"\d(?:\D*\d){6}")
_FOUR_DIGITS_RE = re.compile(r"\d(?:\D*\d){3}")
_LOOKALIKE_HINT = re.compile(r"\d[ .\-]?[OoIl]|[OoIl][ .\-]?\d")


def _numbers_in(scan: Scan) -> list[Found]:
    """Numbers over the digits view, when the cleaned text holds enough digits (or number words) for one."""
    clean = scan.text
    if not (
        scan.worded
        or _SEVEN_DIGITS_RE.search(clean)
        or (_FOUR_DIGITS_RE.search(clean) and _LOOKALIKE_HINT.search(clean))
    ):
        return []
    region = region_for(scan.country, scan.location)
    text = scan.digits.text
    hints = Hints(lambda: language(clean), lambda: _region_in(clean[:2000]))
    return [(a, b, value, where, disguised_by_spacing(text[a:b])) for a, b, value, where in find(text, region, hints)]


class Phone(SelectorType):
    name = "phone"
    pivot = True
    pivot_reason = "a phone number is a contact point controlled by one person or operation"
    label = "Phone"
    colour = "#1f77b4"
    # WhatsApp/tel: links first (their digits are not a second number), numbers in running text last.
    finders = (Finder(10, _links_in), Finder(100, _numbers_in, view=DIGITS))
    examples = ("+1 (201) 555-0123", "+44 7400 123456", "+34612345678", "wa.me/12015550123")
    invalid = ("12345", "+1 555 0123", "not a number")

    def normalize(self, raw: str, **context: str | None) -> str | None:
        hit = resolve(raw, context.get("region"))
        return hit[0] if hit else None
