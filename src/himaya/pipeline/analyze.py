"""The analysis stage: a pure function from a batch of records to their analyses, shaped into rows.

No I/O and no global state: an ``Analyzer`` compiles what it needs once (the lexicon matcher, the MinHash
permutations) and is handed where the images that records reference come from (an ``ImageSource``:
``LocalImages`` beside the input files for ``himaya run``, ``MemoryImages`` in tests, whatever a Spark task
has), so the same code runs inline, in local worker processes, or inside Spark tasks (``mapPartitions`` with
one Analyzer per partition). Input records are never changed: those whose images were hashed are replaced by
copies (``himaya.images.attach``). Decoding images is the costly part of ingesting them, so it belongs here,
on the worker cores; an Analyzer remembers the hashes of the images it decoded (``HashMemo``), so a photo
posted with dozens of ads is decoded once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from himaya.images.attach import HashMemo, attach_images, image_selectors
from himaya.images.sources import ImageSource, LocalImages
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
    image_files: bool = True  # hash the local images that records reference (LocalImages, unless given a source)
    permutations: np.ndarray | None = field(default=None, compare=False)  # MinHash's, when known already


class Analyzer:
    """Analyses batches of records. ``images``: where referenced images are read from; by default the files
    beside each record's input (``LocalImages``) when ``config.image_files``, else none are read. ``close``
    (or a ``with`` block) closes the default source's open archives."""

    def __init__(self, config: AnalyzerConfig | None = None, *, images: ImageSource | None = None) -> None:
        self.config = config or AnalyzerConfig()
        paths = list(self.config.lexicon_paths) if self.config.lexicon_paths else None
        self.scorer = Scorer(load_lexicon(paths))
        self.minhasher = MinHasher(self.config.permutations)
        self._local = LocalImages() if images is None and self.config.image_files else None
        self.images: ImageSource | None = images if images is not None else self._local
        self.memo = HashMemo()

    def close(self) -> None:
        if self._local is not None:
            self._local.close()

    def __enter__(self) -> Analyzer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def rows(self, batch: Sequence[Record]) -> Rows:
        """Hash the batch's images (those image records' readers left to hash here, and those that records
        reference, when there is a source to read them from), analyse it, and shape it into rows."""
        found = attach_images(batch, self.images, self.memo)
        rows = to_rows(zip(found.records, self.analyze_batch(found.records), strict=True))
        rows.problems, rows.image_counts = found.problems, dict(found.counts)
        if found.dropped:
            rows.image_counts["dropped"] = found.dropped
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


# The Analyzer of this worker process, built once by the process pool's initializer (``init_worker``): a pool
# hands its tasks nothing but their arguments, so what a worker builds once lives here, for ``analyze_in_worker``.
# Never set in the main process; a worker's archives close when it exits.
_worker: Analyzer | None = None


def init_worker(config: AnalyzerConfig) -> None:
    """The pool's initializer: build this worker process's Analyzer."""
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
