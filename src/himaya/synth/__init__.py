"""A synthetic corpus with known answers, to measure Himaya end to end.

``generate`` writes ads (records.jsonl) and their ground truth (truth.jsonl): networks, typologies and every
selector in each text, some of them hidden the way real posters hide contacts. ``evaluate`` scores an
export against that truth. Synthetic people only; the wording describes ad mechanics, never sexual acts.
"""

from himaya.synth.evaluate import TARGETS, evaluate, format_report, targets
from himaya.synth.generate import generate

__all__ = ["TARGETS", "evaluate", "format_report", "generate", "targets"]
