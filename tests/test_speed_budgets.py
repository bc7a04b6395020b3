"""bench/speed_budgets.py, which took over the timing tests (detect per call, a 10,000-record corpus), reports
its figures and fails when one is over its budget. Run small here; the real budgets are a benchmark's job."""

from __future__ import annotations

import pytest
from bench import speed_budgets

SMALL = ["--calls", "20", "--records", "300", "--networks", "10"]


def test_within_budget_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert speed_budgets.main([*SMALL, "--detect-budget-us", "1e6", "--synth-budget-s", "600"]) == 0
    out = capsys.readouterr().out
    assert "µs per call (20 calls); budget 1e+06 µs" in out
    assert "generate: 300 records, 10 networks in" in out
    assert "OVER" not in out


def test_over_budget_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert speed_budgets.main([*SMALL, "--detect-budget-us", "0", "--synth-budget-s", "0"]) == 1
    assert capsys.readouterr().out.count("OVER") == 2
