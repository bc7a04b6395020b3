"""Text handling shared by every analysis stage: folding for matching, tokens, language."""

from himaya.text.normalize import fold, strip_invisible, words

__all__ = ["fold", "strip_invisible", "words"]
