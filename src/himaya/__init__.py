"""Himaya: find, link and act on the online side of child sexual exploitation and human trafficking."""

from himaya.errors import DataError, DependencyError, HimayaError, InputError, StoreError, UsageError
from himaya.model import TYPOLOGIES, Analysis, IndicatorHit, Network, Problem, Record, SelectorHit

__version__ = "0.1.0"

__all__ = [
    "TYPOLOGIES",
    "Analysis",
    "DataError",
    "DependencyError",
    "HimayaError",
    "IndicatorHit",
    "InputError",
    "Network",
    "Problem",
    "Record",
    "SelectorHit",
    "StoreError",
    "UsageError",
    "__version__",
]
