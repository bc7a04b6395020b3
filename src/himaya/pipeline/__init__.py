"""Running the stages: analysis in worker processes, storage, then linking (load, build, save); hashing image files.

The public names are loaded on first use, so that a worker process importing ``himaya.pipeline.hashfiles``
(``himaya hash``) does not pay for the analysis stage (lexicons, selectors, the store's rows) it never uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from himaya import lazy

if TYPE_CHECKING:
    from himaya.pipeline.analyze import Analyzer, AnalyzerConfig
    from himaya.pipeline.hashfiles import hash_paths
    from himaya.pipeline.linking import link, load_inputs, save_networks
    from himaya.pipeline.run import IngestSummary, Progress, Silent, default_workers, ingest

__all__ = [
    "Analyzer", "AnalyzerConfig", "IngestSummary", "Progress", "Silent", "default_workers", "hash_paths", "ingest",
    "link", "load_inputs", "save_networks",
]  # fmt: skip
_WHERE = {
    "Analyzer": "analyze",
    "AnalyzerConfig": "analyze",
    "IngestSummary": "run",
    "Progress": "run",
    "Silent": "run",
    "default_workers": "run",
    "hash_paths": "hashfiles",
    "ingest": "run",
    "link": "linking",
    "load_inputs": "linking",
    "save_networks": "linking",
}

__getattr__ = lazy.exports(__name__, _WHERE)
