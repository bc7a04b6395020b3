"""Commands for images: ``himaya hash``."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from himaya.cli.main import err_console, handle_errors, register


@register("hash")
@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="one JSON object a line (hashes, or path and error)")
@click.option("--workers", type=int, default=0, help="processes hashing files (default: one per core)")
@handle_errors
def hash_command(paths: tuple[Path, ...], as_json: bool, workers: int) -> None:
    """Hash images (files, folders, zip/tar archives): MD5, SHA-1, SHA-256 and PDQ; the pixels are dropped."""
    from himaya.images.hashing import hash_paths
    from himaya.pipeline import default_workers

    table = Table("path", "pdq", "quality", "size", "sha256", box=None)
    done = failed = 0
    for line in hash_paths(paths, workers=workers or default_workers()):
        if "error" in line:
            failed += 1
            if not as_json:
                err_console.print(f"[yellow]{line['path']}: {line['error']}[/]")
        else:
            done += 1
            if not as_json:
                table.add_row(
                    line["path"], line["pdq"], str(line["pdq_quality"]), f"{line['width']}x{line['height']}",
                    line["sha256"][:16] + "…",
                )  # fmt: skip
        if as_json:
            click.echo(json.dumps(line, ensure_ascii=False))
    if not as_json:
        Console().print(table)
    err_console.print(f"{done} images hashed, {failed} files skipped")
