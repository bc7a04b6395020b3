"""Faster regular expressions for long lists of words, matching exactly what the plain list matches.

Python's regex engine tries an alternation ``one|two|three|...`` branch by branch at every position
it starts from. Two rewrites keep the matches and cut that work:

- :func:`grouped` groups the alternatives by their first element, keeping their order within each
  group ("t(?:wo|hree)|o(?:ne)"): when no two groups can start with the same character, at most one
  group can match at a position, and its alternatives are tried in the same order as before;
- :func:`first_chars` gives a character class of every character the alternatives can start with, to
  put in a lookahead before them, so that most positions fail at once.
"""

from __future__ import annotations

import re


def _first(pattern: str) -> str:
    """The first element of a pattern: a character class, an escaped character or a character."""
    if pattern.startswith("["):
        return pattern[: pattern.index("]") + 1]
    return pattern[:2] if pattern.startswith("\\") else pattern[:1]


def _chars(first: str) -> set[str]:
    """The characters of a first element, in lower case (a class holds no ranges or escapes here)."""
    return {c.lower() for c in (first[1:-1] if first.startswith("[") else first[-1])}


def _plain(first: str) -> bool:
    """Whether a first element is one character or a class of characters (no range, no escape inside)."""
    if first.startswith("["):
        return "\\" not in first and "-" not in first[1:-1] and "^" not in first[1:2]
    return first[-1].isalpha()


def grouped(patterns: list[str]) -> str:
    """``"|".join(patterns)``, its alternatives grouped by their first element where that is safe.

    Each pattern must start with a letter, an escaped letter or a class of letters: anything else, or
    two groups whose first elements share a character (in any case), leaves the plain alternation.
    """
    groups: dict[str, list[str]] = {}
    for p in patterns:
        first = _first(p)
        if not p or not _plain(first):
            return "|".join(patterns)
        groups.setdefault(first, []).append(p[len(first) :])
    seen: set[str] = set()
    for first in groups:
        if seen & _chars(first):
            return "|".join(patterns)
        seen |= _chars(first)
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def first_chars(patterns: list[str], more: str = "") -> str:
    """A character class of every character the patterns can start with, plus ``more`` (a class body)."""
    chars: set[str] = set()
    for p in patterns:
        first = _first(p)
        if not _plain(first):
            raise ValueError(f"cannot tell the first characters of {p!r}")
        chars.update(first[1:-1] if first.startswith("[") else first[-1])
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + more + "]"


def led(patterns: list[str], after: str = "") -> str:
    """``(?:p1|p2|...)`` written to start with a class of the first characters: the regex engine then
    skips to the next such character instead of trying the alternation at every position. Each group
    of :func:`grouped` goes on after a lookbehind for its first element (:func:`branches`). ``after``
    goes right after the class: a lookbehind that stood before the alternation, moved past the first
    character (``(?<!x)`` becomes ``(?<!x.)``).

    Raises ValueError where :func:`grouped` would keep the plain alternation.
    """
    return f"{first_chars(patterns)}{after}{branches(patterns)}"


def branches(patterns: list[str]) -> str:
    """The alternation to put after a class holding the patterns' first characters (see :func:`led`)."""
    groups: dict[str, list[str]] = {}
    for p in patterns:
        first = _first(p)
        if not p or not _plain(first):
            raise ValueError(f"cannot lead with the first character of {p!r}")
        groups.setdefault(first, []).append(p[len(first) :])
    seen: set[str] = set()
    for first in groups:
        if seen & _chars(first):
            raise ValueError(f"two groups can start with the same character: {first!r}")
        seen |= _chars(first)
    return "(?:" + "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"
