"""extract() against the golden file: realistic synthetic ads in four languages, checked exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from himaya.selectors import extract

GOLDEN = Path(__file__).parent / "data" / "selectors" / "golden.jsonl"
CASES = [json.loads(line) for line in GOLDEN.read_text("utf-8").splitlines() if line.strip()]


def test_golden_is_large_enough() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden(case: dict) -> None:
    hits = extract(
        case["text"],
        country=case.get("country"),
        location=case.get("location"),
        platform=case.get("platform"),
    )
    got = [{"type": h.type, "value": h.value, "hidden": h.hidden} for h in hits]
    assert got == case["expected"]
    assert all(h.raw == case["text"][h.start : h.end] for h in hits)
