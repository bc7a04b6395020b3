"""Running the stages: analysis in worker processes, storage, then linking."""

from himaya.pipeline.analyze import Analyzer, AnalyzerConfig
from himaya.pipeline.run import IngestSummary, Progress, Silent, default_workers, ingest

__all__ = ["Analyzer", "AnalyzerConfig", "IngestSummary", "Progress", "Silent", "default_workers", "ingest"]
