"""CSV and TSV with a header row; the dialect (delimiter, quoting) is sniffed from the head.

One record per row. ``locator = "row N"`` counts rows as a spreadsheet does (the header is row 1),
and ``uid`` is the sha256 of the row's raw bytes (all its physical lines, line endings stripped
from the last). Empty cells are absent fields; a row with the wrong number of cells is a Problem.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import IO

from himaya.ingest.base import Context, Item, Reader, extension
from himaya.ingest.fields import make_record
from himaya.ingest.streams import bounded_lines

DELIMITERS = ",;\t|"


class CsvReader(Reader):
    name = "csv"
    description = "CSV or TSV with a header row, one record per row (dialect sniffed)"

    def sniff(self, head: bytes, filename: str) -> int:
        ext = extension(filename)
        if ext in (".csv", ".tsv", ".tab"):
            return 80
        lines = head.split(b"\n", 3)[:3]
        if len(lines) < 2 or b"\x00" in head or head.lstrip()[:1] in (b"{", b"[", b"<"):
            return 0
        for sep in (b",", b"\t", b";"):
            counts = {line.count(sep) for line in lines[:2]}
            if len(counts) == 1 and counts != {0}:
                return 20
        return 0

    def _dialect(self, ctx: Context) -> type[csv.Dialect] | csv.Dialect:
        sample = ctx.head.decode(ctx.encoding, "replace")
        cut = sample.rfind("\n")
        sample = sample[:cut] if cut > 0 else sample
        try:
            return csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
        except csv.Error:
            return csv.excel_tab if extension(ctx.name) in (".tsv", ".tab") else csv.excel

    def read(self, stream: IO[bytes], ctx: Context) -> Iterator[Item]:
        limit = ctx.limits.max_line_bytes
        raw_lines: list[bytes] = []
        physical = [0]
        overlong: list[int] = []

        def text_lines() -> Iterator[str]:
            for n, _offset, line in bounded_lines(stream, limit):
                physical[0] = n
                if line is None:
                    overlong.append(n)
                    line = b""
                raw_lines.append(line)
                yield ctx.decode(line, f"line {n}") + "\n"

        rows = csv.reader(text_lines(), self._dialect(ctx))
        header: list[str] | None = None
        row_no = 0
        while True:
            raw_lines.clear()
            try:
                cells = next(rows)
            except StopIteration:
                break
            except csv.Error as exc:
                row_no += 1
                yield ctx.problem(f"row {row_no}", f"bad CSV at line {physical[0]} ({exc}); skipped")
                continue
            row_no += 1
            locator = f"row {row_no}"
            if overlong:
                yield ctx.problem(locator, f"line {overlong[0]} longer than {limit} bytes; row skipped")
                overlong.clear()
                continue
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if len(cells) != len(header):
                yield ctx.problem(
                    locator, f"expected {len(header)} columns, got {len(cells)} (line {physical[0]}); skipped"
                )
                continue
            obj = {k: v for k, v in zip(header, cells, strict=True) if v != ""}
            yield make_record(obj, b"\n".join(raw_lines), locator, ctx)
