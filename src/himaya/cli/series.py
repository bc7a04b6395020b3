"""``himaya series``: groups of near-identical stored images, the records that show them and their networks."""

from __future__ import annotations

import json
from dataclasses import asdict

import click
from rich.console import Console
from rich.table import Table

from himaya.cli.main import actor, db_option, handle_errors, open_store, register
from himaya.images.hashing import PDQ_RADIUS


@register("series")
@click.command()
@db_option
@click.option("--radius", type=click.IntRange(0, 64), default=PDQ_RADIUS, show_default=True,
              help="PDQ bits within which two images are copies of one another")  # fmt: skip
@click.option("--min-images", type=click.IntRange(2), default=2, show_default=True,
              help="distinct images a series must hold to be listed")  # fmt: skip
@click.option("--limit", type=int, default=50, show_default=True, help="series shown (0: all)")
@click.option("--json", "as_json", is_flag=True, help="one JSON object a series")
@handle_errors
def series(db: str, radius: int, min_images: int, limit: int, as_json: bool) -> None:
    """Series of near-identical images among those stored (re-encoded, resized or lightly edited copies),
    largest first: their hashes, the records that show them, their networks and any hash-list matches.
    Hashes only: no image is shown or kept."""
    from himaya import app

    with open_store(db) as store:
        found = [asdict(row) for row in app.series(store, radius=radius, min_images=min_images, actor=actor())]
    shown = found[:limit] if limit else found
    if as_json:
        for row in shown:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table("series", "images", "records", "networks", "matched", box=None)
    for row in shown:
        records = ", ".join(row["records"][:4]) + (f" +{len(row['records']) - 4}" if len(row["records"]) > 4 else "")
        table.add_row(row["series"], str(row["images"]), records, ", ".join(row["networks"]) or "-",
                      "; ".join(row["matched"]) or "-")  # fmt: skip
    console = Console()
    console.print(table)
    console.print(f"{len(found)} series of {min_images} or more near-identical images (PDQ within {radius} bits)")
