"""The analysis stage: a pure function from a batch of records to their analyses.

No I/O and no global state beyond what an ``Analyzer`` compiles once (the lexicon matcher, the MinHash
permutations), so the same code runs inline, in local worker processes, or inside Spark tasks
(``mapPartitions`` with one Analyzer per partition). The one exception is ``Analyzer.rows``, which first
reads and hashes the local images the records reference (``himaya.images.attach``), because decoding them is
the costly part of ingesting them and belongs on the worker cores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from himaya.images.attach import hash_referenced, image_selectors
from himaya.link.minhash import MinHasher, band_keys_many, shingles
from himaya.model import Analysis, Record
from himaya.risk import Scorer, load_lexicon
from himaya.risk.model import tokens
from himaya.selectors import extract
from himaya.store.rows import Rows, to_rows
from himaya.text.lang import detect


@dataclass(frozen=True, slots=True)
class AnalyzerConfig:
    """What an Analyzer needs to be rebuilt in another process (picklable)."""

    lexicon_paths: tuple[Path, ...] | None = None
    near_duplicates: bool = True
    image_files: bool = True  # hash the local images that records reference (himaya.images.attach)
    permutations: np.ndarray | None = field(default=None, compare=False)  # MinHash's, when known already


class Analyzer:
    def __init__(self, config: AnalyzerConfig | None = None) -> None:
        self.config = config or AnalyzerConfig()
        paths = list(self.config.lexicon_paths) if self.config.lexicon_paths else None
        self.scorer = Scorer(load_lexicon(paths))
        self.minhasher = MinHasher(self.config.permutations)

    def rows(self, batch: Sequence[Record]) -> Rows:
        """Hash the batch's images (those image records' readers left to hash here, and, when configured, the
        local images that records reference), analyse it, and shape it into rows."""
        found = hash_referenced(batch, referenced=self.config.image_files)
        if found.dropped:
            batch = [record for record in batch if record.uid not in found.dropped]
        rows = to_rows(zip(batch, self.analyze_batch(batch), strict=True))
        rows.problems, rows.image_counts = found.problems, dict(found.counts)
        if found.dropped:
            rows.image_counts["dropped"] = len(found.dropped)
        return rows

    def analyze(self, record: Record) -> Analysis:
        return self.analyze_batch([record])[0]

    def analyze_batch(self, batch: Sequence[Record]) -> list[Analysis]:
        out: list[Analysis] = []
        grams: list[set[bytes]] = []
        for record in batch:
            text = record.full_text
            found = extract(text, country=record.country, location=record.location, platform=record.platform)
            images = image_selectors(record)
            language = detect(text)
            folded = tokens(text)  # folded once, for the learned model and the near-duplicate shingles
            assessment = self.scorer.score(text, selectors=found, language=language, folded=folded)
            if self.config.near_duplicates:
                grams.append(shingles(text, folded))
            out.append(
                Analysis(
                    uid=record.uid,
                    language=assessment.language or language,
                    selectors=[*found, *images] if images else found,
                    hits=[*assessment.hits, *([assessment.learned] if assessment.learned else [])],
                    risk=float(assessment.risk),
                    typology=assessment.typology,
                )
            )
        if grams:  # MinHash for the whole batch in one vectorised pass
            signatures = self.minhasher.signatures(grams)
            kept = [(analysis, sig) for analysis, sig in zip(out, signatures, strict=True) if sig is not None]
            if kept:
                keys = band_keys_many(np.stack([sig for _, sig in kept]))
                for (analysis, sig), bands in zip(kept, keys, strict=True):
                    analysis.band_keys = bands
                    analysis.signature = sig.tobytes()
        return out


# One Analyzer per worker process, built by the pool's initializer.
_worker: Analyzer | None = None


def init_worker(config: AnalyzerConfig) -> None:
    global _worker
    _worker = Analyzer(config)


def worker_config(config: AnalyzerConfig) -> AnalyzerConfig:
    """``config`` with what the main process can work out once for every worker (MinHash permutations)."""
    if not config.near_duplicates or config.permutations is not None:
        return config
    return replace(config, permutations=MinHasher().permutations)


def analyze_in_worker(batch: Sequence[Record]) -> Rows:
    """Analyse a batch and shape it into rows for the store (cheap to send back to the main process)."""
    assert _worker is not None, "init_worker was not called in this process"
    return _worker.rows(batch)
