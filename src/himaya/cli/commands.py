"""Commands that do work: run, ingest, link, synth, evaluate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from himaya.cli.choices import INPUT_FORMAT
from himaya.cli.main import (
    actor,
    db_option,
    err_console,
    handle_errors,
    open_store,
    parse_mapping,
    register,
    setting_options,
)
from himaya.cli.progress import Bars

if TYPE_CHECKING:
    from himaya.app import IngestOptions, MatchResult
    from himaya.link import LinkSummary
    from himaya.pipeline import IngestSummary
    from himaya.store.models import NetworkRow

INPUTS = click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
FORMAT = click.option(
    "--format", "fmt", type=INPUT_FORMAT, default=None, help="force an input format (see `himaya formats`)"
)
MAP = click.option("--map", "mapping", multiple=True, help="field mapping, e.g. --map text=body,id=post_id")
STOPLIST = click.option(
    "--stoplist",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="file of selectors never used to link (one a line, any written form)",
)
QUIET = click.option("--quiet", "-q", is_flag=True, help="no progress bars")
NO_IMAGES = click.option(
    "--no-image-files", is_flag=True, help="do not read and hash the local images that records reference"
)


def _ingest_options(
    fmt: str | None, mapping: tuple[str, ...], workers: int | None, batch_size: int | None, no_image_files: bool
) -> IngestOptions:
    from himaya.app import IngestOptions

    return IngestOptions(
        fmt=fmt,
        mapping=parse_mapping(mapping),
        workers=workers or None,
        batch_size=batch_size or 500,
        image_files=not no_image_files,
    )


def _print_ingest(console: Console, s: IngestSummary) -> None:
    console.print(
        f"read [bold]{s.read:,}[/] records in {s.seconds:.1f} s ({s.records_per_second:,.0f}/s): "
        f"{s.new:,} new, {s.already_stored:,} already stored, {s.problems:,} skipped as bad input"
    )
    if s.images:
        seen = s.images
        console.print(
            f"images the records reference: {seen['hashed']:,} hashed, {seen['missing']:,} not found beside "
            f"their records, {seen['outside']:,} outside their folders and {seen['remote']:,} URLs not read, "
            f"{seen['failed']:,} unreadable"
        )
    for example in s.problem_examples[:10]:
        console.print(f"  [yellow]skipped[/] {example}", highlight=False)
    if s.problems > 10:
        console.print(f"  ... and {s.problems - 10:,} more (see `himaya problems`)")


def _print_link(console: Console, s: LinkSummary) -> None:
    console.print(
        f"linked {s.records:,} records through {s.pivots:,} pivots ({s.text_groups:,} near-duplicate groups, "
        f"{s.image_series:,} image series) "
        f"into [bold]{s.networks:,}[/] networks ({s.networked_records:,} records, largest {s.largest}; "
        f"{s.attached:,} by wording or as reposts); {s.related:,} pairs of networks related by shared wording or "
        f"names; {s.hubs:,} hub selectors kept from linking ({s.seconds:.1f} s)"
    )
    for key, why in s.hub_examples[:5]:
        console.print(f"  [yellow]hub[/] {key}: {why}", highlight=False)


@register()
@click.command()
@INPUTS
@db_option
@FORMAT
@MAP
@STOPLIST
@click.option("--report", "report_path", type=click.Path(path_type=Path), help="also write an HTML report here")
@setting_options(
    "workers",
    "batch_size",
    "near_duplicate_threshold",
    "repost_threshold",
    "image_radius",
    "hub_min_degree",
    "hub_min_components",
    "hub_ratio",
    "max_network_size",
)
@NO_IMAGES
@click.option("--dihedral", is_flag=True,
              help="match rotated and flipped copies against the hash lists too (8 lookups an image)")  # fmt: skip
@QUIET
@handle_errors
def run(
    inputs: tuple[Path, ...],
    db: str,
    fmt: str | None,
    mapping: tuple[str, ...],
    stoplist: Path | None,
    report_path: Path | None,
    no_image_files: bool,
    dihedral: bool,
    quiet: bool,
    **values: Any,
) -> None:
    """The main job: ingest INPUTS (files, folders, archives), analyse, store, match images against the stored
    hash lists, and link into networks."""
    from himaya import app
    from himaya.store import Store

    console = err_console
    workers, batch_size = values.pop("workers"), values.pop("batch_size")
    options = app.RunOptions(
        ingest=_ingest_options(fmt, mapping, workers, batch_size, no_image_files),
        dihedral=dihedral,
        settings=values,
        stoplist=stoplist,
        report=report_path,
    )

    class Show(app.RunEvents):
        def ingested(self, summary: IngestSummary) -> None:
            _print_ingest(console, summary)

        def matched(self, result: MatchResult) -> None:
            console.print(
                f"images: {result.images} stored, {result.matched} matched a hash list (`himaya match` lists them)"
            )

        def linked(self, summary: LinkSummary) -> None:
            _print_link(console, summary)

    with Store.open(db, upgrade="embedded") as store, Bars(err_console, enabled=not quiet) as bars:
        done = app.run(store, inputs, options, actor=actor(), progress=bars, events=Show())
    _print_top_networks(console, done.top)
    if done.report is not None:
        console.print(f"report written to [bold]{done.report}[/]")


def _print_top_networks(console: Console, rows: list[NetworkRow]) -> None:
    from himaya.cli.views import network_table

    if rows:
        console.print(network_table(rows, f"Top {len(rows)} networks by risk"))
    else:
        console.print("no networks found")


@register()
@click.command()
@INPUTS
@db_option
@FORMAT
@MAP
@setting_options("workers", "batch_size")
@NO_IMAGES
@QUIET
@handle_errors
def ingest(
    inputs: tuple[Path, ...],
    db: str,
    fmt: str | None,
    mapping: tuple[str, ...],
    no_image_files: bool,
    quiet: bool,
    workers: int | None,
    batch_size: int | None,
) -> None:
    """Read, analyse and store INPUTS without linking (run `himaya link` afterwards)."""
    from himaya import app
    from himaya.store import Store

    options = _ingest_options(fmt, mapping, workers, batch_size, no_image_files)
    with Store.open(db, upgrade="embedded") as store, Bars(err_console, enabled=not quiet) as bars:
        summary = app.ingest(store, inputs, options, actor=actor(), progress=bars)
    _print_ingest(Console(stderr=True, soft_wrap=True), summary)


@register()
@click.command()
@db_option
@STOPLIST
@setting_options(
    "near_duplicate_threshold", "repost_threshold", "image_radius", "hub_min_degree", "hub_min_components", "hub_ratio",
    "max_network_size",
)  # fmt: skip
@QUIET
@handle_errors
def link(db: str, stoplist: Path | None, quiet: bool, **values: Any) -> None:
    """(Re)build the networks from everything stored."""
    from himaya import app

    with open_store(db) as store, Bars(err_console, enabled=not quiet) as bars:
        summary = app.link(store, values, stoplist, actor=actor(), progress=bars)
    _print_link(Console(stderr=True, soft_wrap=True), summary)


@register()
@click.command()
@click.option("--records", default=2000, show_default=True, help="records to write")
@click.option("--networks", default=40, show_default=True, help="networks among them")
@click.option("--seed", default=1, show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="output folder")
@handle_errors
def synth(records: int, networks: int, seed: int, out: Path) -> None:
    """Write a synthetic multilingual corpus with ground truth (records.jsonl, truth.jsonl)."""
    from himaya.synth import generate

    out.mkdir(parents=True, exist_ok=True)
    summary = generate(out, records=records, networks=networks, seed=seed)
    click.echo(json.dumps(summary, indent=2, ensure_ascii=False, default=str))


@register()
@click.command()
@db_option
@click.option("--truth", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True)
@click.option("--json", "as_json", is_flag=True, help="metrics as JSON")
@handle_errors
def evaluate(db: str, truth: Path, as_json: bool) -> None:
    """Score what is stored against a ground truth (from `himaya synth`)."""
    from himaya import app
    from himaya.synth.evaluate import format_report

    with open_store(db) as store:
        metrics = app.evaluate(store, truth, actor=actor())
    click.echo(json.dumps(metrics, indent=2, default=str) if as_json else format_report(metrics))


@register()
@click.command()
@click.option("--all", "show_all", is_flag=True, help="also the hash-list formats, selector types and hash kinds")
def formats(show_all: bool) -> None:
    """List the input formats, one a line with what it reads (all sections with --all)."""
    from himaya import ingest, selectors
    from himaya.images import kinds, lists

    readers = [(r.name, r.description) for r in ingest.registry()]
    if not show_all:
        _rows(readers)
        return
    types = [
        (t.name, f"{t.label}{', links records' if t.pivot else ''}{'' if t.finders else ', not found in text'}")
        for t in selectors.registry()
    ]
    hash_kinds = [
        (k.name, f"{k.label}, {k.hex_length} hex digits{', perceptual (by distance)' if k.perceptual else ''}")
        for k in kinds.registry()
    ]
    for title, rows in (
        ("input formats", readers),
        ("hash-list formats", [(f.name, f.description) for f in lists.registry()]),
        ("selector types", types),
        ("hash kinds", hash_kinds),
    ):
        click.echo(f"{title}:")
        _rows(rows, indent="  ")


def _rows(rows: list[tuple[str, str]], indent: str = "") -> None:
    width = max((len(name) for name, _ in rows), default=0)
    for name, text in rows:
        click.echo(f"{indent}{name:<{width}}  {text}".rstrip())
