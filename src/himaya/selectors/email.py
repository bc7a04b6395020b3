"""Email addresses, including the disguised ones ("name at domain dot com", "name(at)domain[dot]com",
"name آت domain دوت com").

Value: the address in lower case. The "at" is found first, then the local part is read backwards
and the domain forwards, so the pattern never scans the whole text letter by letter. A disguised
address must end in a real top-level domain (``data/tlds.txt``) and, when its "at" is a spelled-out
word, its local part and first domain label must not be ordinary words ("meet me at the hotel").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from himaya.errors import DataError
from himaya.selectors.base import Finder, Found, Scan, SelectorType

_AT_WORDS = r"at|arroba|arobase|chez"
_DOT_WORDS = r"dot|punto|point|نقطة|نقطه|دوت|بوينت"
# Arabic spellings of "at" ("آت", "أت", "ات") and "dot" ("دوت", "نقطة", "بوينت"): a whole Arabic word
# (no Arabic letter glued on either side, so "ات" inside "سيارات" is none), spaced or glued to the
# Latin names it joins; an address still needs a Latin local part before and a real TLD after.
_AR = "\u0600-\u06ff"
_AR_AT = rf"(?<![{_AR}])(?:[آأا]|ا[\u0653\u0654])ت(?![{_AR}])"
_AR_DOT = rf"(?<![{_AR}])(?:دوت|نقط[ةه]|بوينت)(?![{_AR}])"
_OPEN, _CLOSE = r"[\(\[\{<]", r"[\)\]\}>]"
AT_RE = re.compile(
    rf"\s*{_OPEN}\s*(?:{_AT_WORDS}|{_AR_AT}|@)\s*{_CLOSE}\s*"  # (at) [at] {{at}} [@] (آت)
    rf"|\s*@\s*"
    rf"|\s+(?:{_AT_WORDS})\s+"
    rf"|\s*{_AR_AT}\s*",
    re.IGNORECASE,
)
_DOT = (
    rf"\s*{_OPEN}\s*(?:{_DOT_WORDS}|\.)\s*{_CLOSE}\s*"
    rf"|\s+(?:{_DOT_WORDS})\s+"
    rf"|\s*{_AR_DOT}\s*"
    r"|\s\.\s?|\."
)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
DOMAIN_RE = re.compile(rf"{_LABEL}(?:(?:{_DOT}){_LABEL})+", re.IGNORECASE)
_DOT_RE = re.compile(_DOT, re.IGNORECASE)
_LOCAL_RE = re.compile(r"[a-z0-9](?:[a-z0-9._%+\-]{0,63})$", re.IGNORECASE)
_LOCAL_RUN_RE = re.compile(r"[a-z0-9._%+\-]*", re.IGNORECASE)
_DISGUISED_DOT_RE = re.compile(rf"([a-z0-9][a-z0-9_%+\-]{{0,63}})(?:{_DOT})$", re.IGNORECASE)
# The last character of each kind of _DOT but its trailing white space: a closing bracket, ".", or the
# last letter of a dot word. _DISGUISED_DOT_RE can only match a stretch whose last character other
# than white space is one of these (it is slow to search, and most stretches end otherwise).
_DOT_END_RE = re.compile(r"[)\]}>.toةهت]", re.IGNORECASE)
# Where an "at" can sit: every match of AT_RE is this (its core) with only white space before it.
_CORE_RE = re.compile(rf"[@(\[{{<]|(?<=\s)(?:{_AT_WORDS})(?=\s)|{_AR_AT}", re.IGNORECASE)
_PLAIN_EMAIL_RE = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+", re.IGNORECASE)

# Words that stand next to a spelled-out "at" in ordinary sentences.
_COMMON = frozenset(
    [
        "me",
        "you",
        "him",
        "her",
        "us",
        "them",
        "it",
        "we",
        "i",
        "the",
        "a",
        "an",
        "this",
        "that",
        "my",
        "your",
        "our",
        "his",
        "their",
        "home",
        "work",
        "night",
        "noon",
        "least",
        "last",
        "first",
        "once",
        "all",
        "time",
        "hotel",
        "here",
        "there",
        "now",
        "call",
        "text",
        "look",
        "meet",
        "see",
        "arrive",
        "arrived",
        "arrives",
        "stay",
        "staying",
        "am",
        "is",
        "are",
        "was",
        "be",
        "been",
        "available",
        "free",
        "open",
        "only",
        "around",
        "la",
        "le",
        "el",
        "los",
        "las",
        "les",
        "un",
        "una",
        "une",
        "de",
        "del",
        "du",
        "des",
        "mi",
        "tu",
        "su",
        "nous",
        "vous",
        "lo",
        "ce",
        "cette",
    ]
)


@lru_cache(maxsize=1)
def tlds() -> frozenset[str]:
    text = resources.files("himaya.selectors").joinpath("data/tlds.txt").read_text("utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    bad = [n for n in names if not re.fullmatch(r"[a-z]{2,24}", n)]
    if bad:
        raise DataError(f"tlds.txt: bad entries {bad[:5]}")
    return frozenset(names)


def _domain(text: str, pos: int) -> tuple[int, str, bool] | None:
    """(end, domain, disguised) of the domain starting at ``pos``, cut back to its last real TLD."""
    m = DOMAIN_RE.match(text, pos)
    if not m:
        return None
    labels: list[str] = []
    ends: list[int] = []
    seps: list[str] = []
    last = pos
    for d in _DOT_RE.finditer(text, pos, m.end()):
        labels.append(text[last : d.start()])
        ends.append(d.start())
        seps.append(d.group())
        last = d.end()
    labels.append(text[last : m.end()])
    ends.append(m.end())
    known = tlds()
    for k in range(len(labels) - 1, 0, -1):
        if labels[k].lower() in known and (labels[k].islower() or labels[k].isupper() or k == 1):
            domain = ".".join(labels[: k + 1]).lower()
            return ends[k], domain, any(s != "." for s in seps[:k])
    return None


# The three kinds of core, scanned apart (much cheaper than the alternation, which is tried at every
# position): they start with different characters and cannot overlap, so together, in order of start,
# they are exactly the matches of _CORE_RE.
_CORE_PUNCT_RE = re.compile(r"[@(\[{<]")
_CORE_WORD_RE = re.compile(rf"\s(?=[ac])(?:{_AT_WORDS})(?=\s)", re.IGNORECASE)
# _AR_AT written to start with a character class (the engine skips to the next alef instead of trying
# the lookbehind at every position); the lookbehind after the alef looks at the character before it.
_CORE_AR_RE = re.compile(rf"[آأا](?<![{_AR}].)(?:(?<=ا)[\u0653\u0654])?ت(?![{_AR}])")


def _core_starts(text: str) -> list[int]:
    """The starts of the matches of ``_CORE_RE.finditer(text)``."""
    starts = [m.start() for m in _CORE_PUNCT_RE.finditer(text)]
    words = [m.start() + 1 for m in _CORE_WORD_RE.finditer(text)]
    if not text.isascii():
        words += [m.start() for m in _CORE_AR_RE.finditer(text)]
    if words:
        starts += words
        starts.sort()
    return starts


def _ats(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``AT_RE.finditer(text)``, found without trying AT_RE at every position.

    Each match is an "@", a bracket or a spelled-out "at" (its core) with only white space before it,
    so the leftmost match from ``pos`` starts at the white space just before the first core at or
    after ``pos`` where AT_RE matches at all.
    """
    pos = 0
    for start in _core_starts(text):
        if start < pos:
            continue
        while start > pos and text[start - 1].isspace():
            start -= 1
        at = AT_RE.match(text, start)
        if at is not None:
            yield at
            pos = at.end()


def find(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, address, disguised) for each email address in ``text``."""
    for at in _ats(text):
        end = at.start()
        lo = max(0, end - 64)
        # Searching from ``lo`` tries every start; the match can only start inside the run of local-part
        # characters that ends at ``end``, so search from where that run starts (same pattern, same result).
        run = _LOCAL_RUN_RE.match(text[lo:end][::-1])
        local_m = _LOCAL_RE.search(text, end - run.end(), end) if run and run.end() else None
        if not local_m or local_m.end() != at.start():
            continue
        start = local_m.start()
        local = local_m.group()
        dotted_local = False
        while True:  # "marta (punto) city51 (arroba) ...": a local part with disguised dots
            before = text[max(0, start - 80) : start].rstrip()
            if not before or _DOT_END_RE.match(before[-1]) is None:
                break
            more = _DISGUISED_DOT_RE.search(text, max(0, start - 80), start)
            if not more or more.group().strip() == more.group(1) + "." or more.group(1).lower() in _COMMON:
                break
            local = more.group(1) + "." + local
            start = more.start()
            dotted_local = True
        if start and (text[start - 1].isalnum() and text[start - 1].isascii()):
            continue
        dom = _domain(text, at.end())
        if dom is None:
            continue
        end, domain, dotted = dom
        local = local.lower().rstrip(".")
        word_at = at.group().strip() not in ("@",)
        spelled = not at.group().strip().startswith(("(", "[", "{", "<", "@"))
        if spelled and (local in _COMMON or domain.split(".")[0] in _COMMON):
            continue
        yield start, end, f"{local}@{domain}", word_at or dotted or dotted_local or " " in at.group()


def _emails_in(scan: Scan) -> Iterator[Found]:
    for a, b, value, disguised in find(scan.text):
        yield a, b, value, value.rsplit("@", 1)[1], disguised


class Email(SelectorType):
    name = "email"
    pivot = True
    pivot_reason = "a mailbox is a contact point controlled by one person or operation"
    label = "Email"
    colour = "#2ca02c"
    finders = (Finder(30, _emails_in),)
    examples = ("John.Doe@Mail.Example", "john at mail dot example", "<anna@site.example>")
    invalid = ("john@mail.notatld", "a@b", "no mailbox here")

    def normalize(self, raw: str, **context: str | None) -> str | None:
        value = self.clean(raw)
        if not value:
            return None
        for _s, _e, address, _h in find(value):
            return address
        return None

    def validate(self, value: str) -> bool:
        return _PLAIN_EMAIL_RE.fullmatch(value) is not None and value.rsplit(".", 1)[-1].lower() in tlds()
