"""The phrase two texts share: what a near-duplicate wording tie between two ads actually has in common.

A wording tie is a MinHash estimate ("these two ads are about 80% alike"); an investigator wants to see the
words. ``shared_phrase`` finds the longest run of words the two texts have in common, compared case-folded,
and returns it as the first text wrote it (spelling, case and the punctuation between the words kept).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_WORD = re.compile(r"\w+")


def shared_phrase(a: str, b: str, max_words: int = 20) -> str:
    """The longest run of words common to ``a`` and ``b`` (at most ``max_words`` of it), as written in ``a``;
    empty when they share no word. Of several runs equally long, the first in ``a``."""
    spans_a = [m.span() for m in _WORD.finditer(a)]
    words_a = [a[s:e].casefold() for s, e in spans_a]
    words_b = [w.casefold() for w in _WORD.findall(b)]
    if not words_a or not words_b or max_words <= 0:
        return ""
    # autojunk off: frequent words ("the", "and") are part of a phrase, not noise to skip
    match = SequenceMatcher(None, words_a, words_b, autojunk=False).find_longest_match(0, len(words_a), 0, len(words_b))
    if match.size == 0:
        return ""
    first, last = match.a, match.a + min(match.size, max_words) - 1
    return a[spans_a[first][0] : spans_a[last][1]]


def phrase_words(text: str) -> list[str]:
    """The case-folded words of ``text`` as ``shared_phrase`` compares them."""
    return [w.casefold() for w in _WORD.findall(text)]
