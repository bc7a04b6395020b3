"""Exploitation indicators, risk and typology, with reasons.

Lexicons are data (``himaya/risk/data/*.yaml``), loaded explicitly with ``load_lexicon()``; ``Scorer`` turns
a text and its selectors into an ``Assessment``: a risk in [0, 1], a typology or None, and the indicator
hits that explain both. Scores are triage aids, not evidence.
"""

from himaya.risk.lexicon import Category, Entry, Lexicon, Typology, load_lexicon, packaged_paths
from himaya.risk.score import Assessment, Scorer

__all__ = [
    "Assessment",
    "Category",
    "Entry",
    "Lexicon",
    "Scorer",
    "Typology",
    "load_lexicon",
    "packaged_paths",
]
