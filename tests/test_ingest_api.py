"""The public ingest API: exports, registry, detection, mapping, progress, dates, idempotence."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

import himaya.ingest as ingest
from himaya.errors import InputError
from himaya.ingest import Context, Reader, Registry, normalize_date, read, total_bytes
from himaya.model import Problem, Record
from himaya.registry import RegistryError

DATA = Path(__file__).parent / "data" / "ingest"


def records(items) -> list[Record]:
    return [i for i in items if isinstance(i, Record)]


def test_exported_members() -> None:
    assert sorted(ingest.__all__) == [
        "Context", "Item", "Limits", "Reader", "ReaderRegistry", "Registry", "estimate_records", "formats",
        "normalize_date", "read",
        "registry",
        "total_bytes",
    ]  # fmt: skip
    for name in ingest.__all__:
        assert hasattr(ingest, name)


def test_formats_and_registry_uniqueness() -> None:
    assert ingest.formats() == ["jsonl", "csv", "html", "warc", "telegram", "image", "text"]

    class Dup(Reader):
        name = "jsonl"

        def sniff(self, head: bytes, filename: str) -> int:
            return 0

        def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Record | Problem]:
            return iter(())

    reg = ingest.registry()
    with pytest.raises(RegistryError, match="input format 'jsonl' from built-in clashes"):
        reg.register(Dup())


def test_custom_reader_plugs_in(tmp_path: Path) -> None:
    class Lines(Reader):
        name = "lines"

        def sniff(self, head: bytes, filename: str) -> int:
            return 100 if filename.endswith(".lines") else 0

        def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Record | Problem]:
            for n, line in enumerate(stream, 1):
                yield Record(uid=str(n), id=ctx.default_id(f"line {n}"), text=line.decode().strip(),
                             source=ctx.source, locator=f"line {n}")  # fmt: skip

    path = tmp_path / "x.lines"
    path.write_text("one\ntwo\n")
    reg = Registry([*ingest.registry(), Lines()])
    assert [r.id for r in records(read(path, readers=reg))] == ["x.lines:line 1", "x.lines:line 2"]


def test_detection_by_content_and_fmt_override(tmp_path: Path) -> None:
    (tmp_path / "a.dat").write_text('{"text": "json content"}\n')
    (tmp_path / "b.dat").write_text("<!DOCTYPE html><html><body><p>page content</p></body></html>")
    (tmp_path / "c.dat").write_bytes((DATA / "telegram" / "result.json").read_bytes())
    kinds = [r.kind for r in records(read(tmp_path))]
    assert kinds == ["post", "page", "message", "message"]
    (forced,) = records(read(tmp_path / "a.dat", fmt="text"))
    assert forced.kind == "text" and forced.text == '{"text": "json content"}'


def test_dotted_mapping_and_json_array(tmp_path: Path) -> None:
    path = tmp_path / "posts.json"
    path.write_text(json.dumps([
        {"post": {"id": 7, "body": "Ad one"}, "user": {"name": "Pat Example"},
         "when": "2024-05-01T00:00:00Z"},
        {"post": {"id": 8, "body": "Ad two"}, "user": {"name": "Kim Example"}},
    ]))  # fmt: skip
    mapping = {"id": "post.id", "text": "post.body", "author": "user.name", "posted_at": "when"}
    first, second = records(read(path, mapping=mapping))
    assert (first.id, first.text, first.author, first.posted_at) == (
        "7",
        "Ad one",
        "Pat Example",
        "2024-05-01T00:00:00Z",
    )
    assert (first.locator, second.id) == ("item 1", "8")


def test_unknown_mapping_field_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    with pytest.raises(InputError, match="bogus"):
        read(tmp_path / "a.jsonl", mapping={"bogus": "x"})


def test_telegram_full_export_with_chat_list(tmp_path: Path) -> None:
    export = {
        "about": "export", "personal_information": {"first_name": "Analyst"},
        "chats": {"about": "chats", "list": [
            {"name": "Chat A", "type": "private_group", "id": 11, "messages": [
                {"id": 1, "type": "message", "date": "2024-02-01T10:00:00", "from": "Ana Example",
                 "from_id": "user1", "text": "Job in Dubai, we keep your passport"}]},
            {"name": "Chat B", "type": "personal_chat", "id": 22, "messages": [
                {"id": 1, "type": "message", "date": "2024-02-02T10:00:00", "from": "Ben Example",
                 "from_id": "user2",
                 "text": [{"type": "bold", "text": "Visa free"}, " call +44 7400 123456"]}]},
        ]},
    }  # fmt: skip
    (tmp_path / "result.json").write_text(json.dumps(export))
    a, b = records(read(tmp_path / "result.json"))
    assert (a.id, a.locator, a.attrs["chat"], a.author) == (
        "11/1",
        "chat 11 message 1",
        "Chat A",
        "Ana Example",
    )
    assert (b.id, b.text, b.attrs["chat"]) == ("22/1", "Visa free call +44 7400 123456", "Chat B")
    assert b.posted_at == "2024-02-02T10:00:00Z"


def test_progress_sums_to_total_bytes(tmp_path: Path) -> None:
    for name in ("ads.jsonl", "bundle.zip", "crawl.warc.gz", "more.jsonl.gz", "page.html"):
        shutil.copy(DATA / name, tmp_path / name)
    (tmp_path / "big.jsonl.gz").write_bytes(gzip.compress(b'{"text": "short ad"}\n' * 50_000))
    seen: list[int] = []
    list(read(tmp_path, progress=seen.append))
    assert sum(seen) == total_bytes(tmp_path) == total_bytes([tmp_path])
    assert len(seen) > 5 and all(n > 0 for n in seen)


def test_folder_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("second")
    (tmp_path / "a.txt").write_text("first")
    (tmp_path / ".git" / "x.txt").write_text("hidden")
    assert [r.text for r in records(read(tmp_path))] == ["first", "second"]


def test_reading_twice_gives_identical_uids() -> None:
    for name in ("ads.jsonl", "bundle.zip", "crawl.warc.gz", "telegram", "posts.csv", "notes.txt"):
        first = [r.uid for r in records(read(DATA / name))]
        assert first and first == [r.uid for r in records(read(DATA / name))]


def test_uid_is_sha256_of_the_line() -> None:
    import hashlib

    line = (DATA / "ads.jsonl").read_bytes().splitlines()[0]
    assert records(read(DATA / "ads.jsonl"))[0].uid == hashlib.sha256(line).hexdigest()


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z"),
        ("2024-03-01T10:00:00+02:00", "2024-03-01T08:00:00Z"),
        ("2024-03-01 10:00", "2024-03-01T10:00:00Z"),
        ("2024-03-01", "2024-03-01"),
        ("01.03.2024 10:00", "2024-03-01T10:00:00Z"),
        ("Fri, 01 Mar 2024 10:00:00 +0000", "2024-03-01T10:00:00Z"),
        ("1 March 2024", "2024-03-01"),
        (1709287200, "2024-03-01T10:00:00Z"),
        ("1709287200000", "2024-03-01T10:00:00Z"),
        ("last Tuesday", None),
        ("2024-13-45", None),
    ],
)
def test_normalize_date(raw: object, iso: str | None) -> None:
    assert normalize_date(raw) == iso


def test_unparseable_date_and_bad_country_kept_raw(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"text": "x", "posted_at": "yesterday", "country": "Qatar", "images": "a.jpg"}\n'
    )
    (rec,) = records(read(tmp_path / "a.jsonl"))
    assert rec.posted_at is None and rec.attrs == {"posted_at_raw": "yesterday", "country_raw": "Qatar"}
    assert rec.images == ["a.jpg"] and rec.id == "a.jsonl:line 1"
