"""``shared_phrase``: the longest run of words two texts share, compared case-folded, as the first wrote it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from himaya.text.phrase import phrase_words, shared_phrase

VOCAB = ["call", "now", "Hotel", "hotel", "work", "abroad", "visa", "free", "the", "ÉTÉ", "été", "agency", "١٢٣"]
texts = st.lists(st.sampled_from(VOCAB), max_size=30).map(lambda ws: " ".join(ws))
seps = st.sampled_from([" ", ", ", "  ", " - ", "\n", "!"])


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


def test_examples() -> None:
    a = "URGENT: Hotel work abroad, free visa and flights! Call +12015550123"
    b = "Restaurant jobs; hotel WORK abroad, free visa and flights. Ring today"
    assert shared_phrase(a, b) == "Hotel work abroad, free visa and flights"
    assert shared_phrase(b, a) == "hotel WORK abroad, free visa and flights"
    assert shared_phrase(a, b, max_words=3) == "Hotel work abroad"
    assert shared_phrase("nothing in common", "at all here") == ""
    assert shared_phrase("", "anything") == shared_phrase("anything", "") == ""


@given(texts, texts, st.integers(min_value=1, max_value=40))
def test_the_phrase_is_a_run_of_both_as_long_either_way_and_the_longest(a: str, b: str, max_words: int) -> None:
    phrase = shared_phrase(a, b, max_words)
    words = phrase_words(phrase)
    assert phrase in a  # as written in a
    assert len(words) <= max_words
    if words:
        assert tuple(words) in _runs(phrase_words(a)) and tuple(words) in _runs(phrase_words(b))
    assert len(words) == len(phrase_words(shared_phrase(b, a, max_words)))
    common = _runs(phrase_words(a)) & _runs(phrase_words(b))
    assert len(words) == min(max_words, max((len(r) for r in common), default=0))
    assert (phrase == "") == (not set(phrase_words(a)) & set(phrase_words(b)))


@given(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=20), seps, st.booleans())
def test_a_text_shares_all_of_itself_whatever_its_punctuation_and_case(words: list[str], sep: str, up: bool) -> None:
    a = sep.join(words)
    b = " ".join(w.upper() if up else w for w in words)
    assert phrase_words(shared_phrase(a, b, max_words=100)) == phrase_words(a)
