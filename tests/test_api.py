"""The curated public API: what `himaya` and its packages export, and one error shape for the CLI."""

from __future__ import annotations

import importlib

import pytest

import himaya
from himaya.errors import DataError, DependencyError, HimayaError, InputError, StoreError, UsageError

PACKAGES = [
    "himaya",
    "himaya.ingest",
    "himaya.selectors",
    "himaya.risk",
    "himaya.link",
    "himaya.store",
    "himaya.pipeline",
    "himaya.report",
    "himaya.synth",
    "himaya.text",
]


@pytest.mark.parametrize("name", PACKAGES)
def test_all_names_exist(name: str) -> None:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    assert exported, f"{name} has no __all__"
    assert sorted(exported) == sorted(set(exported))
    for item in exported:
        assert hasattr(module, item), f"{name}.{item}"


def test_top_level_api() -> None:
    assert set(himaya.__all__) >= {
        "Record",
        "SelectorHit",
        "IndicatorHit",
        "Analysis",
        "Network",
        "Problem",
        "HimayaError",
        "TYPOLOGIES",
        "__version__",
    }


@pytest.mark.parametrize(
    ("error", "code"),
    [(HimayaError, 1), (UsageError, 2), (InputError, 2), (DataError, 2), (DependencyError, 3), (StoreError, 1)],
)
def test_error_exit_codes(error: type[HimayaError], code: int) -> None:
    exc = error("something went wrong", path="x.jsonl")
    assert exc.exit_code == code
    assert str(exc) == "something went wrong" and exc.details == {"path": "x.jsonl"}
