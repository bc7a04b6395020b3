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

from himaya.risk.lexicon import Entry
from himaya.risk.stem import stem, stems
from himaya.text.normalize import fold

GAP = 1
FUZZY_MIN = 6
_CACHE_LIMIT = 200_000
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55"
TOKEN_RE = re.compile(
    f"[\\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640\u00ad\u200b-\u200d\u2060]+|[{_EMOJI}]"
)


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


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    start: int
    end: int


def _deletions(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


def _fuzzy_ok(word: str) -> bool:
    return len(word) >= FUZZY_MIN and not any(ch.isdigit() for ch in word)


def term_stems(term: str) -> tuple[str, ...]:
    """The stems a lexicon phrase is matched by."""
    out = []
    for token in TOKEN_RE.findall(term):
        folded = fold(token)
        if folded:
            out.append(stem(folded))
    return tuple(out)


class Matcher:
    """Finds every lexicon phrase in a text; built once per lexicon, read-only but for a token cache."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = tuple(entries)
        self._index: dict[str, _Node] = {}
        vocabulary: set[str] = set()
        unordered = 0
        for number, entry in enumerate(self.entries):
            seen: set[tuple[str, ...]] = set()
            for term in entry.terms:
                key = term_stems(term)
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
        self._vocabulary = frozenset(vocabulary)
        self._deletes: dict[str, set[str]] = {}
        for word in vocabulary:
            if _fuzzy_ok(word):
                for deleted in _deletions(word):
                    self._deletes.setdefault(deleted, set()).add(word)
        self._cache: dict[str, tuple[str, ...]] = {}

    def _fuzzy(self, word: str) -> tuple[str, ...]:
        found: set[str] = set(self._deletes.get(word, ()))
        for deleted in _deletions(word):
            if deleted in self._vocabulary and _fuzzy_ok(deleted):
                found.add(deleted)
            found.update(self._deletes.get(deleted, ()))
        return tuple(sorted(w for w in found if w[0] == word[0] and w != word))

    def _candidates(self, token: str) -> tuple[str, ...]:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        folded = fold(token)
        found = stems(folded) if folded else ()
        if folded and not any(c in self._vocabulary for c in found) and _fuzzy_ok(folded):
            found = found + self._fuzzy(found[0])
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[token] = found
        return found

    def tokens(self, text: str) -> tuple[list[tuple[int, int]], list[tuple[str, ...]]]:
        """Spans (into ``text``) and candidate stems of the tokens of ``text``."""
        words = TOKEN_RE.findall(text)
        return _spans(text, words), self._stems(words)

    def _stems(self, words: list[str]) -> list[tuple[str, ...]]:
        cache, candidates = self._cache, self._candidates
        return [cache[word] if word in cache else candidates(word) for word in words]

    def find(self, text: str) -> list[Match]:
        """Every phrase occurrence in ``text``; overlapping occurrences of one entry are reported once."""
        words = TOKEN_RE.findall(text)
        cands = self._stems(words)
        count = len(cands)
        found: list[tuple[_Pattern, int, int]] = []
        index = self._index
        positions: dict[str, list[int]] | None = None  # stem -> token positions, built on first unordered set
        for i in range(count):
            for candidate in cands[i]:
                node = index.get(candidate)
                if node is None:
                    continue
                found.extend((pattern, i, i) for pattern in node.singles)
                if node.unordered:
                    if positions is None:
                        positions = _positions(cands)
                    present = node.unordered.keys() & positions.keys()  # only sets whose 2nd word occurs
                    if present:
                        tried = sorted(p for second in present for p in node.unordered[second])
                        for _, pattern in tried:
                            bounds = _any_order(pattern, positions, i)
                            if bounds is not None:
                                found.append((pattern, *bounds))
                if not node.second:
                    continue
                for p in range(i + 1, min(i + 2 + GAP, count)):
                    for second in cands[p]:
                        for pattern in node.second.get(second, ()):
                            end = _in_order(pattern.stems, cands, p, count)
                            if end is not None:
                                found.append((pattern, i, end))
        if not found:
            return []
        spans = _spans(text, words)
        taken: dict[int, list[tuple[int, int]]] = {}
        matches: list[Match] = []
        for pattern, first, last in found:
            spans_of_entry = taken.setdefault(pattern.entry, [])
            if any(first <= b and a <= last for a, b in spans_of_entry):
                continue
            spans_of_entry.append((first, last))
            matches.append(Match(self.entries[pattern.entry], spans[first][0], spans[last][1]))
        return matches


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where each token (as returned by ``TOKEN_RE.findall``, in order) lies in ``text``."""
    spans, position = [], 0
    for word in words:
        start = text.find(word, position)
        position = start + len(word)
        spans.append((start, position))
    return spans


def _in_order(words: tuple[str, ...], cands: list[tuple[str, ...]], j: int, count: int) -> int | None:
    """The last token of ``words[2:]`` found in order after token ``j`` (which matched ``words[1]``)."""
    for target in words[2:]:
        for p in range(j + 1, min(j + 2 + GAP, count)):
            if target in cands[p]:
                j = p
                break
        else:
            return None
    return j


def _positions(cands: list[tuple[str, ...]]) -> dict[str, list[int]]:
    """Where each candidate stem occurs (ascending token positions)."""
    out: dict[str, list[int]] = {}
    for p, stems_of_token in enumerate(cands):
        for candidate in stems_of_token:
            out.setdefault(candidate, []).append(p)
    return out


def _any_order(pattern: _Pattern, positions: dict[str, list[int]], i: int) -> tuple[int, int] | None:
    """The span of the other words of an unordered set, each nearest to token ``i`` within the window."""
    low, high = i - pattern.window, i + pattern.window
    used = [i]
    for target in pattern.stems[1:]:
        found = positions.get(target)
        if found is None:
            return None
        best = -1
        for p in found:
            if low <= p <= high and p not in used and (best < 0 or abs(p - i) < abs(best - i)):
                best = p
        if best < 0:
            return None
        used.append(best)
    return min(used), max(used)
