"""Image payloads in WARC crawls: hashed as the image reader hashes them, the bytes dropped, bad ones reported.

Every image here is benign: flat colours and gradients generated in the test.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from himaya.images.hashing import hash_image
from himaya.ingest import Limits, read
from himaya.model import Problem, Record

DATE = "2024-05-01T08:00:00Z"
PAGE = (
    b"<html><head><title>Room for rent</title></head><body><p>Room near the station, call +1 201-555-0123."
    b"<img src='/img/room.png'><img src='https://cdn.example/photo.jpg'></p></body></html>"
)


def _gradient(fmt: str, size: tuple[int, int] = (64, 48)) -> bytes:
    x = np.linspace(0, 255, size[0], dtype=np.uint8)
    pixels = np.stack(
        [np.tile(x, (size[1], 1)), np.full((size[1], size[0]), 90, np.uint8), np.tile(x[::-1], (size[1], 1))], axis=2
    )
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, fmt)
    return out.getvalue()


PNG = _gradient("PNG")
JPEG = _gradient("JPEG")


def _warc(path: Path, payloads: list[tuple[str, str | None, bytes]], rec_type: str = "response") -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n, (url, ctype, body) in enumerate(payloads):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)] if ctype else [], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                url, rec_type, payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": DATE}
            )
            rec.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>")
            writer.write_record(rec)
    return path


def test_image_payloads_become_image_records(tmp_path: Path) -> None:
    crawl = _warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://rooms.example/ad/3", "text/html; charset=utf-8", PAGE),
            ("https://rooms.example/img/room.png", "image/png", PNG),
            ("https://cdn.example/photo.jpg", "application/octet-stream", JPEG),  # known by its bytes
            ("https://rooms.example/img/broken.jpg", "image/jpeg", JPEG[: len(JPEG) // 3]),
            ("https://rooms.example/img/empty.png", "image/png", b""),  # a redirect or a 304: nothing to hash
            ("https://rooms.example/app.bin", "application/octet-stream", b"\x00\x01 not an image"),
        ],
    )
    items = list(read(crawl))
    page, png, jpeg, broken = items
    assert isinstance(page, Record) and page.kind == "page"
    assert page.images == ["https://rooms.example/img/room.png", "https://cdn.example/photo.jpg"]

    for rec, data, url, ctype in ((png, PNG, page.images[0], "image/png"), (jpeg, JPEG, page.images[1], None)):
        assert isinstance(rec, Record)
        expected = hash_image(data, dihedral=True)
        assert (rec.kind, rec.text, rec.url, rec.uid) == ("image", "", url, expected.sha256)
        assert rec.attrs["image"] == expected.as_json(url)
        assert rec.attrs["content_type"] == (ctype or "application/octet-stream")
        assert rec.attrs["status"] == "200"
        assert rec.posted_at == DATE and rec.id.startswith("<urn:uuid:") and rec.locator.startswith("offset ")
        assert rec.source == str(crawl)
    assert png.attrs["image"]["width"] == 64 and png.attrs["image"]["pdq"]

    assert isinstance(broken, Problem) and broken.locator.startswith("offset ")
    assert "corrupt or truncated" in broken.reason or "Pillow" in broken.reason
    offsets = [int(item.locator.split()[1]) for item in items]
    assert offsets == sorted(set(offsets))  # each names its own WARC record


def test_a_resource_without_a_uri_is_named_by_source_and_offset(tmp_path: Path) -> None:
    crawl = tmp_path / "res.warc.gz"
    with crawl.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        rec = writer.create_warc_record(
            "",
            "resource",
            payload=io.BytesIO(PNG),
            warc_content_type="image/png",
            warc_headers_dict={"WARC-Date": DATE},
        )
        rec.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(rec)
    (rec,) = read(crawl)
    assert isinstance(rec, Record) and rec.kind == "image" and rec.url is None
    offset = rec.locator.split()[1]
    assert rec.attrs["image"]["path"] == f"{crawl}#offset={offset}"
    assert rec.id.startswith("<urn:uuid:")
    assert rec.attrs["content_type"] == "image/png" and "status" not in rec.attrs


def test_an_oversized_image_is_a_problem_and_reading_goes_on(tmp_path: Path) -> None:
    crawl = _warc(
        tmp_path / "big.warc.gz",
        [("https://rooms.example/big.png", "image/png", PNG), ("https://rooms.example/t.txt", "text/plain", b"ok")],
    )
    problem, text = read(crawl, limits=Limits(max_document_bytes=len(PNG) - 1))
    assert isinstance(problem, Problem) and problem.reason == f"payload larger than {len(PNG) - 1} bytes"
    assert isinstance(text, Record) and text.text == "ok"


def test_a_bomb_is_a_problem(tmp_path: Path) -> None:
    bomb = io.BytesIO()
    Image.new("L", (12_000, 9_000)).save(bomb, "PNG")  # 108 million pixels of black, a few hundred KB
    crawl = _warc(tmp_path / "bomb.warc.gz", [("https://rooms.example/bomb.png", "image/png", bomb.getvalue())])
    (problem,) = read(crawl)
    assert isinstance(problem, Problem) and "bomb" in problem.reason and problem.locator.startswith("offset ")


def test_svg_and_other_undecodable_image_types_are_skipped(tmp_path: Path) -> None:
    svg = b"<svg xmlns='http://www.w3.org/2000/svg'/>"
    crawl = _warc(tmp_path / "svg.warc.gz", [("https://rooms.example/logo.svg", "image/svg+xml", svg)])
    assert list(read(crawl)) == []


def test_a_malformed_image_source_is_kept_as_written(tmp_path: Path) -> None:
    page = b"<html><body><p>Room, call +1 201-555-0123</p><img src='http://[bad/x.png'><img src='a.gif'></body></html>"
    crawl = _warc(tmp_path / "bad.warc.gz", [("https://rooms.example/ad/", "text/html", page)])
    (rec,) = read(crawl)
    assert isinstance(rec, Record) and rec.images == ["http://[bad/x.png", "https://rooms.example/ad/a.gif"]
