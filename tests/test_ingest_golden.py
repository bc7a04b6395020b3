"""Golden outputs of every reader on the committed fixtures in tests/data/ingest/.

Regenerate after an intended change: ``HIMAYA_REGEN_GOLDEN=1 pytest tests/test_ingest_golden.py``
(fixtures themselves: ``python tests/data/ingest/make_fixtures.py``), then review the diff.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from himaya.ingest import read
from himaya.model import Problem, Record

DATA = Path(__file__).parent / "data" / "ingest"
GOLDEN = DATA / "golden"

CASES: dict[str, dict] = {
    "ads.jsonl": {},
    "posts.csv": {"mapping": {"text": "body", "id": "post_id", "author": "user"}},
    "page.html": {},
    "crawl.warc.gz": {},
    "telegram/result.json": {},
    "notes.txt": {},
    "arabic_cp1256.txt": {},
    "utf16.csv": {},
    "bundle.zip": {},
    "more.jsonl.gz": {},
    "photo.png": {},
}


def as_rows(items: list[Record | Problem]) -> list[dict]:
    rows = []
    for item in items:
        row = {"type": "record" if isinstance(item, Record) else "problem", **dataclasses.asdict(item)}
        rows.append(json.loads(json.dumps(row, ensure_ascii=False)))
    return rows


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DATA)
    rows = as_rows(list(read(name, **CASES[name])))
    golden = GOLDEN / (name.replace("/", "_") + ".jsonl")
    if os.environ.get("HIMAYA_REGEN_GOLDEN"):
        golden.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows))
    expected = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines()]
    assert rows == expected


def test_every_format_has_a_golden() -> None:
    from himaya.ingest import formats

    covered = {"jsonl", "csv", "html", "warc", "telegram", "image", "text"}
    assert set(formats()) == covered
