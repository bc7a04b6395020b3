"""The report's "Known images" section: counts and a table of the stored image matches, hashes only, never an image.

Every image here is benign: smooth random textures generated in the test.
"""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import numpy as np
from PIL import Image
from tests.factories import analysis, record, store_batch

from himaya.app.images import match_stored_in, store_matches
from himaya.images.lists import HashEntry
from himaya.ingest import read
from himaya.model import Record
from himaya.pipeline import link
from himaya.report import write_report
from himaya.report.views import known_images
from himaya.store import Store, Transaction

NOW = "2026-11-26T00:00:00Z"


def _texture(seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    coarse = (rng.random((6, 6, 3)) * 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(coarse).resize((96, 96), Image.Resampling.BICUBIC).save(out, "PNG")
    return out.getvalue()


def _flip(hex_hash: str, bits: int) -> str:
    return f"{int(hex_hash, 16) ^ ((1 << bits) - 1):064x}"


def _store_with_images(tmp_path: Path) -> tuple[Store, dict[str, dict[str, str]]]:
    folder = tmp_path / "images"
    folder.mkdir()
    for seed, name in enumerate(("a.png", "b.png", "c.png")):
        (folder / name).write_bytes(_texture(seed))
    images = [item for item in read(folder) if isinstance(item, Record)]
    store = Store.open(tmp_path / "r.db")
    store_batch(store, [(rec, analysis(rec, near_dup=False)) for rec in images])
    return store, {rec.id: rec.attrs["image"] for rec in images}


def _report(tx: Transaction, tmp_path: Path) -> str:
    return write_report(tx, tmp_path / "report.html").read_text(encoding="utf-8")


def test_matches_are_counted_and_listed_without_any_image(tmp_path: Path) -> None:
    store, hashes = _store_with_images(tmp_path)
    a, b = hashes["a.png"], hashes["b.png"]
    with store, store.transaction(actor="test") as tx:
        tx.hashlists.import_list(
            "partner-a",
            "plain",
            "a.txt",
            [
                HashEntry("md5", a["md5"], category="known_abuse", series="Series-Example-01"),
                HashEntry("pdq", _flip(b["pdq"], 4), quality=100, category="known_abuse", series="Series-Example-01"),
            ],
            NOW,
        )
        tx.hashlists.import_list("partner-b", "plain", "b.txt", [HashEntry("sha256", a["sha256"])], NOW)
        assert match_stored_in(tx).matched == 2
        view = known_images(tx)
        html = _report(tx, tmp_path)

    assert view is not None
    assert (view["lists"], view["records"], view["matches"]) == (2, 2, 3)
    assert view["by_list"] == [("partner-a", 2), ("partner-b", 1)]
    assert view["by_category"] == [("known_abuse", 2), ("unrated", 1)]
    assert view["by_kind"] == [("md5", 1), ("pdq", 1), ("sha256", 1)]
    assert view["by_series"] == [("Series-Example-01", 2)]
    assert len(view["pdq_distances"]) == 32 and view["pdq_distances"][4] == ("4", 1)
    assert sum(n for _, n in view["pdq_distances"]) == 1
    got = sorted((r["record"], r["list"], r["kind"], r["distance"], r["hash"]) for r in view["rows"])
    assert got == [
        ("a.png", "partner-a", "md5", 0, a["md5"][:16]),
        ("a.png", "partner-b", "sha256", 0, a["sha256"][:16]),
        ("b.png", "partner-a", "pdq", 4, _flip(b["pdq"], 4)[:16]),
    ]

    section = html[html.index('<section class="images"') : html.index("</section>", html.index("Known images"))]
    assert "<h2>Known images</h2>" in section and "records matched" in section
    assert section.count("<tr>") == 4  # the header and one row per match
    assert "Series-Example-01" in section and "known_abuse" in section and "PDQ matches by distance" in section
    assert 'class="columns"' in section and section.count('class="bars"') == 4
    for row in view["rows"]:
        assert f"<td>{row['record']}</td>" in section and f'<td class="hash">{row["hash"]}</td>' in section
    assert a["md5"] not in html and a["sha256"] not in html  # only the first 16 hex digits
    # no image, thumbnail or inline image data, by any element or attribute
    assert re.search(r"<img|<image|<picture|<object|<embed|src=|url\(|data:[a-z]+/", html, re.IGNORECASE) is None
    assert "c.png" not in section


def test_lists_without_matches_say_so(tmp_path: Path) -> None:
    store, _hashes = _store_with_images(tmp_path)
    with store, store.transaction(actor="test") as tx:
        tx.hashlists.import_list("partner", "plain", "p.txt", [HashEntry("md5", "0" * 32)], NOW)
        match_stored_in(tx)
        html = _report(tx, tmp_path)
    assert "<h2>Known images</h2>" in html and "No matches against 1 hash list (partner)." in html
    assert "image-matches" not in html


def test_no_section_without_hash_lists(tmp_path: Path) -> None:
    store, _hashes = _store_with_images(tmp_path)
    with store, store.transaction(actor="test") as tx:
        assert known_images(tx) is None
        html = _report(tx, tmp_path)
    assert "Known images" not in html and "known-images" not in html


def test_a_matched_record_in_a_shown_network_links_to_it(tmp_path: Path) -> None:
    store, _hashes = _store_with_images(tmp_path)
    with store, store.transaction(actor="test") as tx:
        run = tx.runs.begin("test", [])
        posts = [record(f"p{i}", f"room to rent, call +12015550123 ad {i}") for i in range(2)]
        tx.records.write_batch(run, [(p, analysis(p, [("phone", "+12015550123")], near_dup=False)) for p in posts])
        link(tx)
        (network,) = tx.networks.ranked()
        tx.hashlists.import_list("partner", "plain", "p.txt", [HashEntry("md5", hashlib.md5(b"x").hexdigest())], NOW)
        store_matches(
            tx,
            {
                posts[0].uid: [
                    {"list": "partner", "kind": "md5", "hash": hashlib.md5(b"x").hexdigest(), "distance": 0,
                     "category": None, "series": None},
                ]
            },
        )  # fmt: skip
        view = known_images(tx)
        html = _report(tx, tmp_path)
    assert view is not None and [r["network"] for r in view["rows"]] == [network.id]
    assert f'<a href="#{network.id}">{network.id}</a>' in html
