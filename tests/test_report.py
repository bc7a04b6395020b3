"""The offline HTML report: highlighting, charts, and rendering in a real browser."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from tests.factories import analysis, record, relink, store_batch

from himaya.report import write_report
from himaya.report.charts import bars_svg, timeline_svg
from himaya.report.html import highlight
from himaya.store import Store


def test_highlight_escapes_and_marks() -> None:
    html = highlight("call <b>now</b> 555", [(16, 19, "sel", "phone: +1 & co")])
    assert str(html) == 'call &lt;b&gt;now&lt;/b&gt; <mark class="sel" title="phone: +1 &amp; co">555</mark>'


def test_highlight_skips_overlaps_and_bad_spans() -> None:
    html = str(highlight("abcdef", [(0, 3, "a", "x"), (2, 4, "b", "y"), (5, 99, "c", "z")]))
    assert html.count("<mark") == 1 and html.endswith("def")


def test_charts() -> None:
    assert bars_svg([]) == ""
    svg = bars_svg([("forced_labour", 3), ("organ_trafficking", 1)])
    assert svg.count("<rect") == 2 and "forced_labour" in svg
    months = timeline_svg(["2024-01-03", "2024-03-01T00:00:00Z", None, "bad"])
    assert months.count("<rect") == 3  # January to March, February empty


def _store_with_network(path: Path) -> Store:
    store = Store.open(path)
    rows = []
    for i in range(3):
        rec = record(
            f"r{i}",
            f"free visa and ticket, passport kept by employer, call +12015550123 ad {i}",
            posted_at=f"2024-0{i + 1}-01",
        )
        rows.append((rec, analysis(rec, [("phone", "+12015550123")], 0.8, "forced_labour", near_dup=False)))
    store_batch(store, rows)
    relink(store)
    return store


def test_report_contains_networks_and_reasons(tmp_path: Path) -> None:
    with _store_with_network(tmp_path / "r.db") as store, store.transaction(actor="test") as tx:
        out = write_report(tx, tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")
    assert "forced_labour" in html and "+12015550123" in html
    assert '<mark class="sel"' in html and "<svg" in html
    assert "<script" not in html  # nothing to run, nothing fetched


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_report_renders_in_chromium(tmp_path: Path) -> None:
    with _store_with_network(tmp_path / "r.db") as store, store.transaction(actor="test") as tx:
        out = write_report(tx, tmp_path / "report.html")
    result = subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chr'}",
            "--dump-dom",
            out.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = result.stdout
    assert "Network N" in dom
    assert dom.count("<details") == 3
    assert "<circle" in dom and "<rect" in dom
