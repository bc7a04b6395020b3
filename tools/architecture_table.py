"""The "depends on" column of docs/architecture.md's package table, computed from the import graph.

Run ``python tools/architecture_table.py`` to print it (``--write``: rewrite the column in the document;
``--inside-functions``: list the imports made inside functions); ``tests/test_architecture.py`` fails when the table
and the graph disagree, and when the layers written in the document differ from the ``layers`` contract that
``lint-imports`` checks (pyproject.toml, ``[tool.importlinter]``).

The graph is grimp's (the one import-linter checks): every import counts, at module level, inside a function or
under ``TYPE_CHECKING``, because each one is a real dependency, even when it is paid for later. Every package may
use the base of the house, ``himaya.model``, ``himaya.errors``, ``himaya.lazy`` (a package's names loaded on
first use) and the version in ``himaya`` itself, so the column leaves those out (the layers contract still puts
them below everything else).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
PYPROJECT = ROOT / "pyproject.toml"
IMPLICIT = frozenset({"himaya", "himaya.model", "himaya.errors", "himaya.lazy"})
_ROW = re.compile(r"^\| `(himaya\.[a-z_]+)` \|.*\| ([^|]*) \|$")


def top_level(module: str) -> str:
    """``himaya.link.build`` -> ``himaya.link``; the root stays ``himaya``."""
    return ".".join(module.split(".")[:2])


def graph_table() -> dict[str, set[str]]:
    """Each top-level package -> the other top-level packages it imports (implicit ones left out)."""
    graph = grimp.build_graph("himaya")
    table: dict[str, set[str]] = {package: set() for package in graph.find_children("himaya")}
    for module in graph.modules:
        source = top_level(module)
        if source == "himaya":
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            target = top_level(imported)
            if target != source and target not in IMPLICIT:
                table[source].add(target)
    return table


def doc_table(path: Path = DOC) -> dict[str, set[str]]:
    """The table's rows as written: package -> the packages in its "depends on" cell ("nothing": none)."""
    table: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line.strip())
        if match:
            cell = match.group(2).strip()
            names = [] if cell == "nothing" else [name.strip().strip("`") for name in cell.split(",")]
            table[match.group(1)] = {name if name.startswith("himaya.") else f"himaya.{name}" for name in names}
    return table


def differences(written: dict[str, set[str]], computed: dict[str, set[str]]) -> list[str]:
    """One line per row that the document gets wrong, naming what is missing and what is extra."""
    problems = []
    for package in sorted(written.keys() | computed.keys()):
        if package not in written:
            problems.append(f"{package}: no row in the table")
        elif package not in computed:
            problems.append(f"{package}: a row, but no such package")
        elif written[package] != computed[package]:
            missing = sorted(short(p) for p in computed[package] - written[package])
            extra = sorted(short(p) for p in written[package] - computed[package])
            problems.append(f"{package}: imports {missing or 'nothing more'}, the table also says {extra or 'nothing'}")
    return problems


def short(package: str) -> str:
    return package.removeprefix("himaya.")


def contract_layers(path: Path = PYPROJECT) -> list[list[str]]:
    """The ``layers`` contract's layers, top first, each a sorted list of names (optional ones unwrapped)."""
    config = tomllib.loads(path.read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")
    return [sorted(name.strip().strip("()") for name in re.split(r"[|:]", layer)) for layer in contract["layers"]]


def doc_layers(path: Path = DOC) -> list[list[str]]:
    """The layers as the document draws them: the fenced block after "Layers, top first"."""
    text = path.read_text(encoding="utf-8")
    match = re.search(r"Layers, top first.*?```\n(.*?)```", text, re.DOTALL)
    if match is None:
        raise ValueError(f"{path}: no fenced block of layers after 'Layers, top first'")
    return [sorted(name.strip() for name in line.split("|")) for line in match.group(1).splitlines() if line.strip()]


def imports_inside_functions(src: Path = ROOT / "src" / "himaya") -> list[str]:
    """``path:line: statement`` for every import inside a function or method (they hide the graph from a reader)."""
    found = []
    for path in sorted(src.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Import | ast.ImportFrom):
                        found.append(f"{path.relative_to(ROOT)}:{inner.lineno}: {ast.unparse(inner)}")
    return sorted(set(found), key=_by_place)


def _by_place(line: str) -> tuple[str, int]:
    path, number, _ = line.split(":", 2)
    return path, int(number)


def write_cells(path: Path = DOC) -> list[str]:
    """Rewrite the "depends on" cell of every row from the graph; returns the packages that have no row yet
    (a row needs its "owns" text written by hand)."""
    computed = graph_table()
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        match = _ROW.match(line.strip())
        if match and match.group(1) in computed:
            cell = ", ".join(sorted(short(p) for p in computed[match.group(1)])) or "nothing"
            line = line[: line.rstrip().rfind("| ", 0, len(line.rstrip()) - 1)] + f"| {cell} |\n"
        lines.append(line)
    path.write_text("".join(lines), encoding="utf-8")
    return sorted(computed.keys() - doc_table(path).keys() - IMPLICIT)


def main() -> int:
    if sys.argv[1:] == ["--inside-functions"]:
        print("\n".join(imports_inside_functions()))
        return 0
    if sys.argv[1:] == ["--write"]:
        missing = write_cells()
        for package in missing:
            print(f"{package}: no row in {DOC.name}; add one (what it owns) and run --write again")
        return 1 if missing else 0
    for package, imports in sorted(graph_table().items()):
        print(f"{package}: {', '.join(sorted(short(p) for p in imports)) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
