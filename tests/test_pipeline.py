"""The run loop: worker processes, idempotence, resuming an interrupted run."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from himaya.pipeline import Analyzer, ingest
from himaya.store import Store
from himaya.synth import generate


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(out, records=400, networks=8, seed=3)
    return out / "records.jsonl"


def _analysis_by_id(store: Store) -> dict[str, tuple]:
    with store.transaction(actor="test") as tx:
        return {
            row["id"]: (row["risk"], row["typology"], tuple((s["type"], s["value"]) for s in row["selectors"]))
            for row in tx.records.export()
        }


def _count(store: Store) -> int:
    with store.transaction(actor="test") as tx:
        return tx.records.counts()["records"]


def test_worker_processes_give_the_same_result_as_inline(corpus: Path, tmp_path: Path) -> None:
    with Store.open(tmp_path / "one.db") as one, Store.open(tmp_path / "two.db") as two:
        a = ingest(one, [corpus], workers=1, batch_size=64)
        b = ingest(two, [corpus], workers=2, batch_size=64)
        assert a.new == b.new == 400
        assert _analysis_by_id(one) == _analysis_by_id(two)


def test_interrupted_run_resumes_without_duplicates(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    from himaya.store.records import RecordRepository

    calls = {"n": 0, "written": 0}
    real = RecordRepository.write_rows

    def failing(self, run_id, rows, bad=()):  # the third batch dies mid-write, after its rows went in
        calls["n"] += 1
        new = real(self, run_id, rows, bad)
        if calls["n"] == 3:
            raise KeyboardInterrupt
        calls["written"] += new
        return new

    with Store.open(tmp_path / "r.db") as store:
        monkeypatch.setattr(RecordRepository, "write_rows", failing)
        with pytest.raises(KeyboardInterrupt):
            ingest(store, [corpus], workers=1, batch_size=50)
        monkeypatch.setattr(RecordRepository, "write_rows", real)
        written = calls["written"]  # up to 50 records a batch, fewer where records carry images to hash
        assert 0 < written <= 100
        assert _count(store) == written  # two whole batches, nothing half-written
        with store.transaction(actor="test") as tx:
            assert tx.runs.all()[-1].status == "interrupted"
            (entry,) = tx.audit.entries(action="ingest")
            assert entry.target == "run:1" and entry.details["status"] == "interrupted"
        again = ingest(store, [corpus], workers=1, batch_size=50)
        assert again.already_stored == written and again.new == 400 - written
        assert _count(store) == 400


def test_duplicate_lines_are_stored_once(tmp_path: Path) -> None:
    line = orjson.dumps({"id": "x", "text": "room to rent near the station, call 020 7946 0000"}) + b"\n"
    src = tmp_path / "dups.jsonl"
    src.write_bytes(line * 5)
    with Store.open(tmp_path / "d.db") as store:
        summary = ingest(store, [src], workers=1)
        assert (summary.read, summary.new, summary.already_stored) == (5, 1, 4)


def test_analyzer_explains_its_scores() -> None:
    from tests.factories import record

    analyzer = Analyzer()
    rec = record(
        "1", "Free visa and plane ticket, no experience needed. Employer keeps your passport. WhatsApp +44 7400 123456"
    )
    result = analyzer.analyze(rec)
    assert result.risk > 0.5
    assert result.typology == "forced_labour"
    spans = [h for h in result.hits if h.category != "learned"]  # the model's reason covers the whole post
    assert spans and all(rec.full_text[h.start : h.end] == h.matched for h in spans)
    assert [(s.type, s.value) for s in result.selectors] == [("phone", "+447400123456")]
    assert len(result.band_keys) == 16 and len(result.signature) == 64 * 4


def test_analyzer_reads_images_from_the_source_it_is_given_and_changes_no_record() -> None:
    import io

    import numpy as np
    from PIL import Image
    from tests.factories import record

    from himaya.images.hashing import hash_image
    from himaya.images.sources import MemoryImages
    from himaya.pipeline import AnalyzerConfig

    rng = np.random.default_rng(2)
    photo = io.BytesIO()
    Image.fromarray((rng.random((6, 8, 3)) * 255).astype(np.uint8)).resize((320, 240)).save(photo, "PNG")
    rec = record("1", "Flat to rent near the station, call +44 7400 123456", images=["flat.png", "https://x.example/a"])
    with Analyzer(AnalyzerConfig(near_duplicates=False), images=MemoryImages({"flat.png": photo.getvalue()})) as a:
        rows = a.rows([rec])
    assert rec.attrs == {}
    assert rows.image_counts == {"hashed": 1, "remote": 1}
    (row,) = rows.records
    stored = orjson.loads(row[14])  # the attrs column
    assert stored["image_hashes"][0]["sha256"] == hash_image(photo.getvalue()).sha256
    assert {(o[1], o[2]) for o in rows.occurrences} == {
        ("phone", "+447400123456"),
        ("image", stored["image_hashes"][0]["sha256"]),
    }
