"""End-to-end through the CLI: synthetic corpus in, networks, search, export and report out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from himaya.cli import cli


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    result = CliRunner().invoke(
        cli, ["synth", "--records", "600", "--networks", "12", "--seed", "5", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "case.db"
    result = CliRunner().invoke(
        cli, ["run", str(corpus / "records.jsonl"), "--db", str(path), "--quiet", "--workers", "2"]
    )
    assert result.exit_code == 0, result.output
    assert "networks" in result.output
    return path


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_networks_json(db: Path) -> None:
    code, out = _invoke("networks", "--db", str(db), "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows, "no networks found in the synthetic corpus"
    assert rows == sorted(rows, key=lambda r: (-r["risk"], -r["size"], r["id"]))
    assert all(r["size"] >= 2 and r["key_selectors"] for r in rows)


def test_show_network(db: Path) -> None:
    _, out = _invoke("networks", "--db", str(db), "--json", "--limit", "1")
    nid = json.loads(out.splitlines()[0])["id"]
    code, out = _invoke("show", "network", nid, "--db", str(db), "--json")
    assert code == 0
    detail = json.loads(out)
    assert detail["network"]["id"] == nid
    assert len(detail["members"]) == detail["network"]["size"]
    assert all(m["links"] for m in detail["members"])
    code, text = _invoke("show", "network", nid, "--db", str(db))
    assert code == 0 and nid in text


def test_show_unknown_network_is_a_usage_error(db: Path) -> None:
    code, out = _invoke("show", "network", "Nnope", "--db", str(db))
    assert code == 2
    assert "no network" in out


def test_search_any_written_form(db: Path, corpus: Path) -> None:
    truth = [json.loads(line) for line in (corpus / "truth.jsonl").read_text().splitlines()]
    phone = next(s["value"] for t in truth for s in t["selectors"] if s["type"] == "phone")
    spaced = phone[:3] + " " + " ".join(phone[3:])  # "+12 0 1 5 5 5 ..." still finds it
    code, out = _invoke("search", spaced, "--db", str(db), "--json")
    assert code == 0
    found = json.loads(out)
    assert {"type": "phone", "value": phone} in found["selectors"]
    assert found["occurrences"]


def test_export_contract(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    code, _ = _invoke("export", "records", "--db", str(db), "--out", str(out))
    assert code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 600
    for row in rows:
        assert {"id", "selectors", "risk", "typology", "network", "reasons"} <= set(row)
        assert 0.0 <= row["risk"] <= 1.0
        assert all(set(s) == {"type", "value"} for s in row["selectors"])


def test_report_is_one_offline_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    code, _ = _invoke("report", "--db", str(db), "--out", str(out), "--top", "5")
    assert code == 0
    html = out.read_text()
    assert html.startswith("<!doctype html>")
    assert "<svg" in html and "Key selectors" in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "<script src" not in html


def test_evaluate_reports_metrics(db: Path, corpus: Path) -> None:
    code, out = _invoke("evaluate", "--db", str(db), "--truth", str(corpus / "truth.jsonl"), "--json")
    assert code == 0
    metrics = json.loads(out)
    assert metrics["selectors"]["phone"]["f1"] > 0.9


def test_rerun_is_idempotent(db: Path, corpus: Path) -> None:
    code, out = _invoke("ingest", str(corpus / "records.jsonl"), "--db", str(db), "--quiet", "--workers", "1")
    assert code == 0
    assert "0 new" in out and "600 already stored" in out


def test_bad_lines_are_skipped_and_counted(tmp_path: Path) -> None:
    src = tmp_path / "mixed.jsonl"
    src.write_text(
        '{"id": "1", "text": "flat to rent, two bedrooms, call 020 7946 0000"}\n'
        "{not json\n"
        '{"id": "2", "text": "lost cat near the park, reward offered"}\n'
    )
    code, out = _invoke("run", str(src), "--db", str(tmp_path / "x.db"), "--quiet", "--workers", "1")
    assert code == 0
    assert "2 new" in out and "1 skipped" in out
    assert "line 2" in out


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    code, out = _invoke("run", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "x.db"), "--quiet")
    assert code == 2
    assert "nope.jsonl" in out


def test_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    code, out = _invoke("networks", "--db", str(tmp_path / "absent.db"))
    assert code == 2
    assert "no database" in out
