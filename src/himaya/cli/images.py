"""Commands for images: ``himaya hash``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from himaya.cli.main import db_option, err_console, handle_errors, open_store, register


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
    from himaya.images.hashing import hash_paths
    from himaya.pipeline import default_workers

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
@click.option("--format", "fmt", default=None, help="plain, vics, icse, hma or ncmec (default: detected)")
@click.option("--kind", "kind64", type=click.Choice(["pdq", "sha256"]), default="pdq", show_default=True,
              help="what a bare 64-hex-digit hash is")  # fmt: skip
@click.option("--categories", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="a category mapping file instead of the packaged one")  # fmt: skip
@handle_errors
def import_list(file: Path, name: str, db: str, fmt: str | None, kind64: str, categories: Path | None) -> None:
    """Import a hash list, or a newer version of one (additions, retractions and changes are applied)."""
    from himaya.images import lists
    from himaya.model import Problem
    from himaya.store import Store
    from himaya.store.db import utcnow

    form = lists.get(fmt) if fmt else lists.detect(file)
    mapping = lists.load_categories(categories)
    problems = 0

    def entries() -> Iterator[lists.HashEntry]:
        """The file's entries as they are read (the store takes them in chunks); bad rows named and counted."""
        nonlocal problems
        for item in form.read(file, categories=mapping, kind64=kind64):
            if isinstance(item, Problem):
                problems += 1
                if problems <= 20:
                    err_console.print(f"[yellow]{item}[/]")
            else:
                yield item

    with Store.open(db) as store:
        done = store.import_hash_list(name, form.name, str(file), entries(), utcnow())
    verb = "imported" if done.first else "updated"
    click.echo(
        f"{name}: {verb} from {file} ({form.name}): {done.entries} entries; "
        f"{done.added} added, {done.retracted} retracted, {done.changed} changed; {problems} bad rows skipped"
    )


@hashlist.command("export")
@click.option("--name", required=True, help="the list to export")
@db_option
@click.option("--format", "fmt", required=True, help="plain, vics, icse, hma or ncmec")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="file to write")
@handle_errors
def export_list(name: str, db: str, fmt: str, out: Path) -> None:
    """Write a stored hash list in one of the formats."""
    from himaya.images import lists

    form = lists.get(fmt)
    with open_store(db) as store:
        rows = form.write(store.hash_list_entries(name), out)
    click.echo(f"{name}: {rows} rows written to {out} ({form.name})")


@hashlist.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="one JSON object a line")
@handle_errors
def list_lists(db: str, as_json: bool) -> None:
    """The hash lists in the database."""
    with open_store(db) as store:
        found = store.hash_lists()
    if as_json:
        for row in found:
            click.echo(json.dumps(row))
        return
    table = Table("name", "format", "entries", "updated", "source", box=None)
    for row in found:
        table.add_row(row["name"], row["format"], f"{row['entries']:,}", row["updated_at"], row["source"])
    Console().print(table)


@hashlist.command("remove")
@click.argument("name")
@db_option
@handle_errors
def remove_list(name: str, db: str) -> None:
    """Delete a hash list and its entries."""
    with open_store(db) as store:
        gone = store.remove_hash_list(name)
    click.echo(f"{name}: removed ({gone} entries)")


@register("match")
@click.command()
@db_option
@click.option("--hashes", "hashes_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="PDQ hashes to match, one a line (',quality' optional) or the JSON lines of himaya hash --json; "
                   "default: the stored images")  # fmt: skip
@click.option("--radius", type=click.IntRange(0, 256), default=31, show_default=True, help="largest PDQ distance")
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
    from himaya.images.hashing import MIN_QUALITY
    from himaya.images.match import ListIndex, match_stored_images

    with open_store(db) as store:
        if hashes_file is not None:
            index = ListIndex(store)
            found = 0
            queries, variants, bad = _query_hashes(hashes_file, MIN_QUALITY)
            for item in index.match_pdq(queries, radius, variants if dihedral else None):
                found += 1
                line = item.as_json()
                click.echo(json.dumps(line) if as_json else f"{line['query']}  {line['list']}  d={_distance(line)}")
            err_console.print(f"{len(queries)} query hashes, {found} matches; {bad} lines skipped")
            if dihedral and (plain := sum(1 for v in variants if not v)):
                err_console.print(f"[yellow]{plain} query hashes without pdq_dihedral: matched as they are[/]")
            return
        images, matched, lines = match_stored_images(store, radius, dihedral)
        for line in lines:
            click.echo(
                json.dumps(line) if as_json else f"{line['record']}  {line['list']}  {line['kind']} d={_distance(line)}"
            )
        err_console.print(f"{images} stored images, {matched} matched ({len(lines)} matches); risk and reasons stored")


def _distance(line: dict[str, Any]) -> str:
    """A match's distance as text, with the query's rotation or flip that matched, if any."""
    return f"{line['distance']} ({line['transform']})" if line.get("transform") else str(line["distance"])


def _query_hashes(path: Path, min_quality: int) -> tuple[list[str], list[list[str]], int]:
    """The hex PDQ hashes of a query file, with each one's dihedral hashes (none for a plain line), and the
    number of bad lines (and hashes below the quality floor), named and skipped. A line is a hash with an
    optional quality, or a JSON object of himaya hash --json (whose error lines are bad lines)."""
    queries: list[str] = []
    variants: list[list[str]] = []
    bad = 0
    with open(path, encoding="utf-8-sig", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            try:
                query = _query_line(line, min_quality)
            except ValueError as exc:
                bad += 1
                if bad <= 20:
                    err_console.print(f"[yellow]{path}:{number}: {exc}[/]")
                continue
            if query is not None:
                queries.append(query[0])
                variants.append(query[1])
    return queries, variants, bad


def _query_line(line: str, min_quality: int) -> tuple[str, list[str]] | None:
    """(hash, dihedral hashes) of one query line, None for a blank or comment line; ValueError says why not."""
    from himaya.images.lists import normalize_hex
    from himaya.images.match import TRANSFORMS

    if line.lstrip().startswith("{"):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not a JSON object: {exc}") from None
        if not isinstance(item, dict) or not item.get("pdq"):
            raise ValueError(str(item.get("error") or "no pdq") if isinstance(item, dict) else "not a JSON object")
        value, quality = str(item["pdq"]), "" if item.get("pdq_quality") is None else str(item["pdq_quality"])
        dihedral = item.get("pdq_dihedral") or []
        if not isinstance(dihedral, list) or len(dihedral) not in (0, len(TRANSFORMS)):
            raise ValueError(f"pdq_dihedral: {len(TRANSFORMS)} hashes expected")
    else:
        text = line.split("#", 1)[0].strip()
        if not text:
            return None
        value, _, quality = text.replace(" ", ",").replace("\t", ",").partition(",")
        dihedral = []
    hexed = normalize_hex(value, "pdq")
    if quality.strip() and int(quality) < min_quality:
        raise ValueError(f"quality {quality.strip()} is under {min_quality}")
    return hexed, [normalize_hex(str(h), "pdq") for h in dihedral]
