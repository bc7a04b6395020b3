"""docs/architecture.md tells the truth about the packages: its dependency table is the import graph, and the
layers it draws are the ones the ``layers`` contract (pyproject.toml) holds the code to."""

from __future__ import annotations

from pathlib import Path

from tools import architecture_table as arch


def test_dependency_table_matches_the_import_graph() -> None:
    problems = arch.differences(arch.doc_table(), arch.graph_table())
    assert not problems, "docs/architecture.md's table is wrong (python tools/architecture_table.py):\n" + "\n".join(
        problems
    )


def test_documented_layers_are_the_contract() -> None:
    assert arch.doc_layers() == arch.contract_layers()


def test_every_package_has_a_layer() -> None:
    in_layers = {name for layer in arch.contract_layers() for name in layer}
    packages = {arch.short(package) for package in arch.graph_table()}
    assert packages <= in_layers, f"packages with no layer: {sorted(packages - in_layers)}"


def test_a_wrong_row_is_named(tmp_path: Path) -> None:
    doc = tmp_path / "architecture.md"
    doc.write_text(
        "| package | owns | depends on |\n|---|---|---|\n"
        "| `himaya.text` | folding | nothing |\n"
        "| `himaya.risk` | scoring | store, text |\n",
        encoding="utf-8",
    )
    computed = {"himaya.text": set(), "himaya.risk": {"himaya.text", "himaya.selectors"}, "himaya.link": set()}
    problems = arch.differences(arch.doc_table(doc), computed)
    assert problems == [
        "himaya.link: no row in the table",
        "himaya.risk: imports ['selectors'], the table also says ['store']",
    ]


def test_a_reordered_layer_is_seen(tmp_path: Path) -> None:
    doc = tmp_path / "architecture.md"
    written = arch.DOC.read_text(encoding="utf-8")
    upper, lower = "link | store\n", "ingest | risk | selectors | settings\n"
    doc.write_text(written.replace(upper + lower, lower + upper))
    assert arch.doc_layers(doc) != arch.contract_layers()
