"""Commands for images: ``himaya hash``."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.table import Table

from himaya.cli.choices import HASHLIST_FORMAT, KIND64
from himaya.cli.main import actor, db_option, err_console, handle_errors, open_store, register
from himaya.images.hashing import PDQ_RADIUS

if TYPE_CHECKING:
    from himaya.app import MatchResult, QueryMatchResult


@register("hash")
@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="one JSON object a line (hashes, or path and error)")
@click.option("--workers", type=int, default=0, help="processes hashing files (default: one per core)")
@click.option("--dihedral", is_flag=True, help="also the PDQ of the 7 other rotations and flips (pdq_dihedral)")
@handle_errors
def hash_command(paths: tuple[Path, ...], as_json: bool, workers: int, dihedral: bool) -> None:
    """Hash images (files, folders, zip/tar archives): MD5, SHA-1, SHA-256 and PDQ; the pixels are dropped.

    With --dihedral, --json lines also hold "pdq_dihedral": the PDQ of the image rotated by 90, 180 and 270
    degrees and flipped four ways, for `himaya match --hashes FILE --dihedral`."""
    from himaya.pipeline.hashfiles import hash_paths
    from himaya.pipeline.run import default_workers

    table = Table("path", "pdq", "quality", "size", "sha256", box=None)
    done = failed = 0
    for line in hash_paths(paths, workers=workers or default_workers(), dihedral=dihedral):
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


@register("hashlist")
@click.group()
def hashlist() -> None:
    """Lists of hashes of known images: import (a newer version applies its changes), export, list, remove."""


@hashlist.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", required=True, help="the list's name in this database")
@db_option
@click.option("--format", "fmt", type=HASHLIST_FORMAT, default=None, help="the list's format (default: detected)")
@click.option("--kind", "kind64", type=KIND64, default="pdq", show_default=True,
              help="what a bare 64-hex-digit hash is")  # fmt: skip
@click.option("--categories", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="a category mapping file instead of the packaged one")  # fmt: skip
@handle_errors
def import_list(file: Path, name: str, db: str, fmt: str | None, kind64: str, categories: Path | None) -> None:
    """Import a hash list, or a newer version of one (additions, retractions and changes are applied)."""
    from himaya import app
    from himaya.app.hashlists import open_hash_list
    from himaya.store import Store

    source = open_hash_list(file, fmt=fmt, kind64=kind64, categories=categories)  # before the store: a bad
    with Store.open(db, upgrade="embedded") as store:  # file leaves no database behind
        found = app.import_hash_list(store, source, name=name, actor=actor())
    for problem in found.problem_examples:
        err_console.print(f"[yellow]{problem}[/]")
    done, problems = found.change, found.problems
    verb = "imported" if done.first else "updated"
    click.echo(
        f"{name}: {verb} from {file} ({found.format}): {done.entries} entries; "
        f"{done.added} added, {done.retracted} retracted, {done.changed} changed; {problems} bad rows skipped"
    )


@hashlist.command("export")
@click.option("--name", required=True, help="the list to export")
@db_option
@click.option("--format", "fmt", type=HASHLIST_FORMAT, required=True, help="the format to write")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="file to write")
@handle_errors
def export_list(name: str, db: str, fmt: str, out: Path) -> None:
    """Write a stored hash list in one of the formats."""
    from himaya import app

    with open_store(db) as store:
        done = app.export_hash_list(store, name, fmt=fmt, out=out, actor=actor())
    click.echo(f"{name}: {done.rows} rows written to {out} ({done.format})")


@hashlist.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="one JSON object a line")
@handle_errors
def list_lists(db: str, as_json: bool) -> None:
    """The hash lists in the database."""
    from himaya import app

    with open_store(db) as store:
        found = app.list_hash_lists(store, actor=actor())
    if as_json:
        for row in found:
            click.echo(json.dumps(asdict(row)))
        return
    table = Table("name", "format", "entries", "updated", "source", box=None)
    for row in found:
        table.add_row(row.name, row.format, f"{row.entries:,}", row.updated_at, row.source)
    Console().print(table)


@hashlist.command("remove")
@click.argument("name")
@db_option
@handle_errors
def remove_list(name: str, db: str) -> None:
    """Delete a hash list and its entries."""
    from himaya import app

    with open_store(db) as store:
        gone = app.remove_hash_list(store, name, actor=actor())
    click.echo(f"{name}: removed ({gone} entries)")


@register("match")
@click.command()
@db_option
@click.option("--hashes", "hashes_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="PDQ hashes to match, one a line (',quality' optional) or the JSON lines of himaya hash --json; "
                   "default: the stored images")  # fmt: skip
@click.option(
    "--radius", type=click.IntRange(0, 256), default=PDQ_RADIUS, show_default=True, help="largest PDQ distance"
)
@click.option("--dihedral", is_flag=True, help="also match rotated and flipped copies (by pdq_dihedral)")
@click.option("--json", "as_json", is_flag=True, help="one JSON object a match")
@handle_errors
def match(db: str, hashes_file: Path | None, radius: int, dihedral: bool, as_json: bool) -> None:
    """Match images against the stored hash lists: digests exactly, PDQ within --radius (exact recall).

    Without --hashes, the stored images are matched and the result is stored: a matched record gets the match as
    its reason, and a match with known abuse material raises its risk (until a newer list no longer matches).

    With --dihedral, an image also matches when one of its rotations or flips is within --radius: the smallest
    distance is reported, with "transform" naming the query's rotation or flip when it came from one. It needs
    the image's pdq_dihedral: in a --hashes file, lines of himaya hash --json --dihedral; stored images have
    them when this version stored them (image files and the images records reference; not WARC payloads)."""
    from himaya import app

    with open_store(db) as store:
        if hashes_file is not None:
            _show_queried(
                app.match_hashes(store, hashes_file, radius=radius, dihedral=dihedral, actor=actor()), as_json
            )
        else:
            _show_stored(app.match_stored(store, radius=radius, dihedral=dihedral, actor=actor()), as_json)


def _show_queried(found: QueryMatchResult, as_json: bool) -> None:
    for problem in found.problems:
        err_console.print(f"[yellow]{problem}[/]")
    for item in found.matches:
        line = item.as_json()
        click.echo(json.dumps(line) if as_json else f"{line['query']}  {line['list']}  d={_distance(line)}")
    err_console.print(f"{found.queries} query hashes, {len(found.matches)} matches; {found.bad} lines skipped")
    if found.without_dihedral:
        err_console.print(f"[yellow]{found.without_dihedral} query hashes without pdq_dihedral: matched as they are[/]")


def _show_stored(found: MatchResult, as_json: bool) -> None:
    for line in found.lines:
        click.echo(
            json.dumps(line) if as_json else f"{line['record']}  {line['list']}  {line['kind']} d={_distance(line)}"
        )
    err_console.print(
        f"{found.images} stored images, {found.matched} matched ({len(found.lines)} matches); risk and reasons stored"
    )


def _distance(line: dict[str, Any]) -> str:
    """A match's distance as text, with the query's rotation or flip that matched, if any."""
    return f"{line['distance']} ({line['transform']})" if line.get("transform") else str(line["distance"])
