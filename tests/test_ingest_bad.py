"""Bad input is reported as Problems (file + line) and reading goes on; limits stop bombs."""

from __future__ import annotations

import gzip
import io
import os
import tarfile
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from himaya.errors import InputError
from himaya.ingest import Limits, read
from himaya.ingest.streams import bounded_lines
from himaya.model import Problem, Record

GOOD = b'{"id": "g1", "text": "Call +1 201-555-0123"}\n'
GOOD2 = b'{"id": "g2", "text": "Write to jobs@agency.example"}\n'


def split(items) -> tuple[list[Record], list[Problem]]:
    items = list(items)
    return [i for i in items if isinstance(i, Record)], [i for i in items if isinstance(i, Problem)]


def test_malformed_json_line_then_good(tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl"
    path.write_bytes(GOOD + b'{"id": "bad", "text": \n' + GOOD2)
    records, problems = split(read(path))
    assert [r.id for r in records] == ["g1", "g2"]
    assert [(p.source, p.locator) for p in problems] == [(str(path), "line 2")]
    assert "malformed JSON" in problems[0].reason


def test_csv_wrong_column_count_then_good(tmp_path: Path) -> None:
    path = tmp_path / "ads.csv"
    path.write_text("id,text\nc1,first ad\nc2,second,extra\nc3,third ad\n")
    records, problems = split(read(path))
    assert [r.id for r in records] == ["c1", "c3"]
    assert problems[0].locator == "row 3" and "expected 2 columns, got 3" in problems[0].reason


def test_undecodable_bytes_replaced_and_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl"
    head = GOOD2 * 2000  # valid UTF-8 for the first 64 KiB: read as UTF-8
    path.write_bytes(head + b'{"id": "u1", "text": "caf\xe9 \xff work"}\n{"id": "u2", "text": "\xfe again"}\n' + GOOD)
    records, problems = split(read(path))
    assert [r.id for r in records][-3:] == ["u1", "u2", "g1"]
    assert "\ufffd" in records[-3].text
    assert len(problems) == 1 and problems[0].locator == "line 2001" and "undecodable" in problems[0].reason


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "ads.csv"
    rows = "".join(
        f"w{i},Caf\u00e9 staff wanted in Montr\u00e9al; na\u00efve fianc\u00e9e welcome\n" for i in range(30)
    )
    path.write_bytes(("id,text\n" + rows).encode("cp1252"))
    records, problems = split(read(path))
    assert not problems and len(records) == 30 and records[0].text.startswith("Caf\u00e9 staff")


def test_truncated_gzip_keeps_records_before(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(b'{"id": "t%d", "text": "ad number %d"}\n' % (i, i) for i in range(20000)))
    path = tmp_path / "ads.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records, problems = split(read(path))
    assert records and records[0].id == "t0" and len(records) < 20000
    assert len(problems) == 1 and problems[0].source == str(path)
    assert problems[0].locator.startswith("after line") and "gunzip failed" in problems[0].reason


def test_corrupt_zip_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "bundle.zip"
    path.write_bytes(b"PK\x03\x04" + os.urandom(200))
    (tmp_path / "z.jsonl").write_bytes(GOOD)
    records, problems = split(read(tmp_path))
    assert [r.id for r in records] == ["g1"]
    assert problems[0].source == str(path) and "corrupt zip" in problems[0].reason


def test_unreadable_and_unknown_files_are_problems(tmp_path: Path) -> None:
    (tmp_path / "a_broken.jsonl").symlink_to(tmp_path / "missing.jsonl")
    (tmp_path / "b_image.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c.jsonl").write_bytes(GOOD)
    (tmp_path / ".hidden.jsonl").write_bytes(GOOD2)
    records, problems = split(read(tmp_path))
    assert [r.id for r in records] == ["g1"]
    assert "cannot open" in problems[0].reason and problems[0].source.endswith("a_broken.jsonl")
    assert "unrecognised format" in problems[1].reason and problems[1].source.endswith("b_image.bin")


def test_missing_path_and_unknown_format_raise_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as missing:
        read(tmp_path / "nope.jsonl")
    assert "nope.jsonl" in str(missing.value) and missing.value.exit_code == 2
    (tmp_path / "a.jsonl").write_bytes(GOOD)
    with pytest.raises(InputError) as unknown:
        read(tmp_path / "a.jsonl", fmt="pdf")
    assert "a.jsonl" in str(unknown.value) and "pdf" in str(unknown.value)


def test_zip_bomb_member_is_stopped_and_next_member_read(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a_bomb.jsonl", b'{"text": "' + b"a" * (4 * 1024 * 1024) + b'"}\n')
        zf.writestr("b_ok.jsonl", GOOD)
    limits = Limits(ratio_grace_bytes=64 * 1024, max_ratio=50)
    records, problems = split(read(path, limits=limits))
    assert [r.id for r in records] == ["g1"]
    assert problems[0].source == f"{path}!a_bomb.jsonl" and "bomb" in problems[0].reason


def test_zip_member_lying_about_its_size_is_stopped(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.jsonl", GOOD * 20000)
    limits = Limits(max_decompressed_bytes=100_000, ratio_grace_bytes=10**9)
    records, problems = split(read(path, limits=limits))
    assert not records and "over the limit" in problems[0].reason


def test_gzip_bomb_is_stopped(tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl.gz"
    path.write_bytes(gzip.compress(GOOD * 200_000))
    limits = Limits(ratio_grace_bytes=256 * 1024, max_ratio=20)
    records, problems = split(read(path, limits=limits))
    assert 0 < len(records) < 200_000
    assert problems[-1].source == str(path) and "bomb" in problems[-1].reason


def test_nested_archives_beyond_depth_are_skipped(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("ads.jsonl", GOOD)
    path = tmp_path / "outer.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("inner.zip", inner.getvalue())
    records, _ = split(read(path))
    assert [(r.id, r.source) for r in records] == [("g1", f"{path}!inner.zip!ads.jsonl")]
    records, problems = split(read(path, limits=Limits(max_depth=1)))
    assert not records and "nested deeper" in problems[0].reason


def test_overlong_line_skipped(tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl"
    path.write_bytes(GOOD + b'{"text": "' + b"x" * (24 * 1024 * 1024) + b'"}\n' + GOOD2)
    tracemalloc.start()
    records, problems = split(read(path, limits=Limits(max_line_bytes=4096)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [r.id for r in records] == ["g1", "g2"]
    assert problems[0].locator == "line 2" and "longer than 4096 bytes" in problems[0].reason
    assert peak < 8 * 1024 * 1024  # the 24 MB line was never held whole


def test_bounded_lines_never_returns_more_than_the_limit() -> None:
    class Spy(io.BytesIO):
        biggest = 0

        def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
            line = super().readline(size)
            Spy.biggest = max(Spy.biggest, len(line))
            return line

    stream = Spy(b"short\n" + b"y" * 5_000_000 + b"\nlast")
    lines = list(bounded_lines(stream, 100))
    assert [(n, line) for n, _, line in lines] == [(1, b"short"), (2, None), (3, b"last")]
    assert Spy.biggest <= 1024 * 1024


def test_record_text_is_truncated_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "' + b"z" * 5000 + b'"}\n')
    (record,) = read(path, limits=Limits(max_record_text=1000))
    assert len(record.text) == 1000 and record.attrs["truncated"] == 5000


def test_tar_gz_members(tmp_path: Path) -> None:
    path = tmp_path / "dump.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        for name, data in (("x/ads.jsonl", GOOD), ("x/notes.txt", b"Room and board provided, no pay.\n")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    records, problems = split(read(path))
    assert not problems
    assert [(r.source, r.kind) for r in records] == [
        (f"{path}!x/ads.jsonl", "post"),
        (f"{path}!x/notes.txt", "text"),
    ]
