"""Property tests: scoring never crashes, risk stays in [0, 1], spans stay inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from himaya.risk import Scorer, load_lexicon

SCORER = Scorer(load_lexicon())
PIECES = st.sampled_from(
    [
        "free visa",
        "كلية للبيع",
        "riñón",
        "passeur",
        "🌹",
        "24/7",
        "no samples",
        "mileage",
        "ـــ",
        "\u200b",
        "é",
        " ",
    ]
)
TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_score_is_total_and_bounded(text: str) -> None:
    result = SCORER.score(text)
    assert 0.0 <= result.risk <= 1.0
    for hit in result.hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.matched
    if result.typology is not None:
        assert result.risk > 0
