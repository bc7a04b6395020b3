"""A token-indexed phrase matcher for indicator lexicons.

Text is split into word and emoji tokens whose spans point into the original string; each word token is
folded (``himaya.text.fold``) and reduced to one or more candidate stems (``himaya.risk.stem``). Every lexicon
phrase is indexed under its first stem, so a record costs one dictionary look-up per token plus a short check
of the phrases that start there; there is no per-entry regular expression.

* Phrases match in order, allowing up to ``GAP`` extra tokens between consecutive words ("free visa" matches
  "free work visa"); entries with ``any_order`` match when all their words fall within ``window`` tokens.
* Words of six letters or more tolerate one typo (insertion, deletion or substitution, same first letter),
  found through a symspell-style index of one-letter deletions of the lexicon's long stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from himaya.risk.stem import stem, stems
from himaya.text.normalize import fold

if TYPE_CHECKING:  # the lexicon imports this module to build its matcher
    from himaya.risk.lexicon import Entry

GAP = 1
FUZZY_MIN = 6
_CACHE_LIMIT = 200_000
_PAD: tuple[tuple[str, ...], ...] = ((),) * (GAP + 1)  # no stems: what lies past the last token
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55"
TOKEN_RE = re.compile(f"[\\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640\u00ad\u200b-\u200d\u2060]+|[{_EMOJI}]")


@dataclass(frozen=True, slots=True)
class _Pattern:
    stems: tuple[str, ...]
    entry: int
    any_order: bool
    window: int


@dataclass(slots=True)
class _Node:
    """Phrases starting with one stem: single words, unordered sets, in-order phrases by second stem."""

    singles: list[_Pattern] = field(default_factory=list)
    unordered: dict[str, list[tuple[int, _Pattern]]] = field(default_factory=dict)  # by second stem, numbered
    second: dict[str, list[_Pattern]] = field(default_factory=dict)


# What ``find`` reads per first stem, compiled from a _Node: the entry numbers of its single words, its
# unordered sets by second stem (numbered, in lexicon order), and its in-order phrases by second stem as
# (entry number, the stems after the second one).
_Compiled = tuple[
    tuple[int, ...],
    dict[str, list[tuple[int, int, tuple[str, ...], int]]],  # (set number, entry number, later words, window)
    dict[str, tuple[tuple[int, tuple[str, ...]], ...]],
]
# What the token cache holds per token as written: its candidate stems, the numbers (in ``Matcher._nodes``)
# of the compiled phrases starting with each candidate (in candidate order; empty for most tokens), and the
# candidates that are a later word of some unordered set (the only stems whose positions ``_any_order`` asks
# for; empty for most tokens). Only strings and numbers, so that the garbage collector stops tracking the
# cache's entries instead of walking tens of thousands of them in every full collection.
_Token = tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    start: int
    end: int


def _deletions(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


def _fuzzy_ok(word: str) -> bool:
    return len(word) >= FUZZY_MIN and not any(ch.isdigit() for ch in word)


def term_stems(term: str, memo: dict[str, str | None] | None = None) -> tuple[str, ...]:
    """The stems a lexicon phrase is matched by; ``memo`` remembers each word's stem (None: no word)."""
    out = []
    for token in TOKEN_RE.findall(term):
        if memo is not None and token in memo:
            known = memo[token]
            if known is not None:
                out.append(known)
            continue
        folded = fold(token)
        found = stem(folded) if folded else None
        if memo is not None:
            memo[token] = found
        if found is not None:
            out.append(found)
    return tuple(out)


def _compile(node: _Node) -> _Compiled:
    second = {
        key: tuple((pattern.entry, pattern.stems[2:]) for pattern in patterns) for key, patterns in node.second.items()
    }
    unordered = {
        key: [(n, pattern.entry, pattern.stems[1:], pattern.window) for n, pattern in patterns]
        for key, patterns in node.unordered.items()
    }
    return tuple(pattern.entry for pattern in node.singles), unordered, second


class Matcher:
    """Finds every lexicon phrase in a text; built once per lexicon, read-only but for a token cache."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = tuple(entries)
        self._index: dict[str, _Node] = {}
        vocabulary: set[str] = set()
        unordered = 0
        memo: dict[str, str | None] = {}
        for number, entry in enumerate(self.entries):
            seen: set[tuple[str, ...]] = set()
            for term in entry.terms:
                key = term_stems(term, memo)
                if not key or key in seen:
                    continue
                seen.add(key)
                vocabulary.update(key)
                pattern = _Pattern(key, number, entry.any_order and len(key) > 1, entry.window)
                node = self._index.setdefault(key[0], _Node())
                if len(key) == 1:
                    node.singles.append(pattern)
                elif pattern.any_order:
                    node.unordered.setdefault(key[1], []).append((unordered, pattern))
                    unordered += 1
                else:
                    node.second.setdefault(key[1], []).append(pattern)
        self._nodes = [_compile(node) for node in self._index.values()]
        self._numbers = {key: number for number, key in enumerate(self._index)}
        self._later = frozenset(
            word
            for node in self._index.values()
            for patterns in node.unordered.values()
            for _, pattern in patterns
            for word in pattern.stems[1:]
        )
        self._vocabulary = frozenset(vocabulary)
        self._deletes: dict[str, set[str]] = {}
        for word in vocabulary:
            if _fuzzy_ok(word):
                for deleted in _deletions(word):
                    self._deletes.setdefault(deleted, set()).add(word)
        self._cache: dict[str, _Token] = {}

    def _fuzzy(self, word: str) -> tuple[str, ...]:
        found: set[str] = set(self._deletes.get(word, ()))
        for deleted in _deletions(word):
            if deleted in self._vocabulary and _fuzzy_ok(deleted):
                found.add(deleted)
            found.update(self._deletes.get(deleted, ()))
        return tuple(sorted(w for w in found if w[0] == word[0] and w != word))

    def _token(self, token: str) -> _Token:
        """The candidate stems of one token as written, and the phrases they start (cached)."""
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        folded = fold(token)
        found = stems(folded) if folded else ()
        if folded and not any(c in self._vocabulary for c in found) and _fuzzy_ok(folded):
            found = found + self._fuzzy(found[0])
        numbers, later = self._numbers, self._later
        info: _Token
        if len(found) == 1:  # most tokens
            (only,) = found
            number = numbers.get(only)
            info = (found, () if number is None else (number,), found if only in later else ())
        else:
            info = (found, tuple(numbers[c] for c in found if c in numbers), tuple(c for c in found if c in later))
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[token] = info
        return info

    def _candidates(self, token: str) -> tuple[str, ...]:
        return self._token(token)[0]

    def tokens(self, text: str) -> tuple[list[tuple[int, int]], list[tuple[str, ...]]]:
        """Spans (into ``text``) and candidate stems of the tokens of ``text``."""
        words = TOKEN_RE.findall(text)
        return _spans(text, words), self._stems(words)

    def _stems(self, words: list[str]) -> list[tuple[str, ...]]:
        get, token = self._cache.get, self._token
        return [(get(word) or token(word))[0] for word in words]

    def find(self, text: str) -> list[Match]:
        """Every phrase occurrence in ``text``; overlapping occurrences of one entry are reported once."""
        entries = self.entries
        return [Match(entries[number], start, end) for number, start, end in self.scan(text)]

    def scan(self, text: str) -> list[tuple[int, int, int]]:
        """``find`` as (entry number in ``entries``, start, end), in the same order: no Match objects."""
        words = TOKEN_RE.findall(text)
        get, token = self._cache.get, self._token
        infos = [get(word) or token(word) for word in words]
        cands = [info[0] for info in infos]
        cands.extend(_PAD)  # so that looking GAP + 1 tokens ahead never runs off the end
        found: list[tuple[int, int, int]] = []  # (entry number, first token, last token)
        compiled = self._nodes
        positions: dict[str, list[int]] | None = None  # stem -> token positions, built on first unordered set
        for i, (_, nodes, _) in enumerate(infos):
            if not nodes:
                continue
            for node in nodes:
                singles, unordered, second = compiled[node]
                if singles:
                    for number in singles:
                        found.append((number, i, i))
                if unordered:
                    if positions is None:
                        positions = _positions(infos)
                    present = unordered.keys() & positions.keys()  # only sets whose 2nd word occurs
                    if present:
                        if len(present) == 1:
                            tried = unordered[present.pop()]  # numbered in ascending order already
                        else:
                            tried = sorted(p for key in present for p in unordered[key])
                        for _, number, later, window in tried:
                            bounds = _any_order(later, window, positions, i)
                            if bounds is not None:
                                found.append((number, *bounds))
                if second:
                    for p in range(i + 1, i + 2 + GAP):
                        for key in cands[p]:
                            if key in second:
                                for number, rest in second[key]:
                                    if not rest:
                                        found.append((number, i, p))
                                    else:
                                        end = _in_order(rest, cands, p)
                                        if end is not None:
                                            found.append((number, i, end))
        if not found:
            return []
        if len({number for number, _, _ in found}) == len(found):
            kept = found  # one occurrence per entry: nothing overlaps
        else:
            taken: dict[int, list[tuple[int, int]]] = {}
            kept = []
            for number, first, last in found:
                spans_of_entry = taken.get(number)
                if spans_of_entry is None:
                    taken[number] = [(first, last)]
                elif any(first <= b and a <= last for a, b in spans_of_entry):
                    continue
                else:
                    spans_of_entry.append((first, last))
                kept.append((number, first, last))
        starts = _starts(text, words, max(last for _, _, last in kept) + 1)
        return [(number, starts[first], starts[last] + len(words[last])) for number, first, last in kept]


def _starts(text: str, words: list[str], upto: int) -> list[int]:
    """Where each of the first ``upto`` tokens (as returned by ``TOKEN_RE.findall``, in order) starts in ``text``."""
    starts, position = [], 0
    for word in words[:upto]:
        position = text.find(word, position)
        starts.append(position)
        position += len(word)
    return starts


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where each token (as returned by ``TOKEN_RE.findall``, in order) lies in ``text``."""
    spans, position = [], 0
    for word in words:
        start = text.find(word, position)
        position = start + len(word)
        spans.append((start, position))
    return spans


def _in_order(rest: tuple[str, ...], cands: list[tuple[str, ...]], j: int) -> int | None:
    """The last token of ``rest`` (a phrase's words after its second) found in order after token ``j``
    (which matched the second word); ``cands`` ends with ``_PAD``."""
    for target in rest:
        for p in range(j + 1, j + 2 + GAP):
            if target in cands[p]:
                j = p
                break
        else:
            return None
    return j


def _positions(infos: list[_Token]) -> dict[str, list[int]]:
    """Where each candidate stem that is a later word of an unordered set occurs (ascending token positions)."""
    out: dict[str, list[int]] = {}
    for p, (_, _, later) in enumerate(infos):
        if later:
            for candidate in later:
                if candidate in out:
                    out[candidate].append(p)
                else:
                    out[candidate] = [p]
    return out


def _any_order(later: tuple[str, ...], window: int, positions: dict[str, list[int]], i: int) -> tuple[int, int] | None:
    """The span of the ``later`` words of an unordered set whose first word is token ``i``, each the nearest to
    token ``i`` within ``window`` tokens (the first of equals) and not already used."""
    low, high = i - window, i + window
    used = [i]
    for target in later:
        found = positions.get(target)
        if found is None:
            return None
        best, distance = -1, window + 1
        for p in found:  # ascending
            if p < low:
                continue
            if p > high:
                break
            d = p - i if p >= i else i - p
            if d < distance and p not in used:
                best, distance = p, d
        if best < 0:
            return None
        used.append(best)
    return min(used), max(used)
