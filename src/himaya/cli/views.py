"""Commands that look at what is stored: networks, show, search, export, report, problems."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from himaya.cli.main import actor, db_option, handle_errors, open_store, register
from himaya.errors import UsageError
from himaya.store.models import NetworkRow


def _json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def network_table(rows: Sequence[NetworkRow], title: str, related: Mapping[str, int] | None = None) -> Table:
    """Networks as a table: the view `himaya networks` and the end of `himaya run` share; with ``related``
    (network id -> related networks), a column of those counts."""
    table = Table(title=title, title_justify="left")
    columns = ["network", "size", "risk", "typology", "countries", "first seen", "last seen", "key selectors"]
    if related is not None:
        columns.insert(-1, "related")
    for col in columns:
        table.add_column(col)
    for row in rows:
        cells = [
            row.id,
            str(row.size),
            f"{row.risk:.2f}",
            row.typology or "-",
            ", ".join(list(row.countries)[:4]),
            (row.first_seen or "")[:10],
            (row.last_seen or "")[:10],
            ", ".join(f"{t}:{v} ({n})" for t, v, n in row.key_selectors[:3]),
        ]
        if related is not None:
            cells.insert(-1, str(related.get(row.id, 0)))
        table.add_row(*cells)
    return table


@register()
@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="one JSON object per network")
@click.option("--limit", default=50, show_default=True, help="networks to list (0: all)")
@click.option("--min-size", default=2, show_default=True)
@handle_errors
def networks(db: str, as_json: bool, limit: int, min_size: int) -> None:
    """Networks ranked by risk, with their key selectors and how many other networks each is related to."""
    from himaya import app

    with open_store(db) as store:
        listing = app.network_listing(store, limit=limit or None, min_size=min_size, actor=actor())
    rows = listing.rows
    if as_json:
        for row in rows:
            _json({**asdict(row), "related": listing.related.get(row.id, 0)})
        return
    Console().print(network_table(rows, f"{len(rows)} networks, highest risk first", listing.related))


@register()
@click.group()
def show() -> None:
    """Show one network or record in full."""


@show.command("network")
@click.argument("network_id")
@db_option
@click.option("--json", "as_json", is_flag=True)
@handle_errors
def show_network(network_id: str, db: str, as_json: bool) -> None:
    """A network: summary, key selectors, related networks, links, and each member's selectors and reasons;
    for an id that no longer names a network, where its records went."""
    from himaya import app

    with open_store(db) as store:
        detail = app.network(store, network_id, actor=actor())
    if detail is None:
        raise UsageError(f"no network {network_id!r} (see `himaya networks`)")
    if as_json:
        _json(detail)
        return
    console = Console()
    net = detail["network"]
    if net is None:
        click.echo(moved_message(network_id, detail["history"]))
        return
    console.print(
        f"[bold]{net['id']}[/]  size {net['size']}  risk {net['risk']:.2f}  typology {net['typology'] or '-'}"
    )
    console.print(f"countries: {net['countries']}  seen {net['first_seen']} .. {net['last_seen']}", highlight=False)
    console.print("key selectors: " + ", ".join(f"{t}:{v} ({n})" for t, v, n in net["key_selectors"]), highlight=False)
    if detail["related"]:
        table = Table(title="related networks (weak evidence in common)", title_justify="left", box=None)
        for col in ("network", "kind", "shared", "records here", "records there", "strength"):
            table.add_column(col)
        for rel in detail["related"]:
            table.add_row(
                rel["other"],
                rel["kind"],
                rel["key"],
                str(rel["records_here"]),
                str(rel["records_there"]),
                f"{rel['strength']:.2f}",
            )
        console.print(table)
    for member in detail["members"]:
        console.print(
            f"\n[bold]{member['id']}[/] risk {member['risk']:.2f} {member['typology'] or ''} "
            f"({member['source']} {member['locator']})",
            highlight=False,
        )
        console.print("  linked by: " + ", ".join(member["links"]), highlight=False)
        for sel in member["selectors"]:
            hidden = " [yellow](hidden)[/]" if sel["hidden"] else ""
            console.print(f"  {sel['type']}: {sel['value']}  \u2190 {sel['raw']!r}{hidden}", highlight=False)
        for reason, hit in zip(member["reasons"], member["hits"], strict=True):
            source = f"  [dim]({hit['source']})[/]" if hit.get("source") else ""
            console.print(f"  reason: {reason}{source}", highlight=False)


def moved_message(network_id: str, history: Sequence[Mapping[str, Any]]) -> str:
    """Where the records of a network id went at the last link that touched it: "N… no longer exists: on
    2026-12-09 its 12 records went to Nabc (10), to no network (2)"."""
    last = history[-1]["at"]
    rows = sorted((h for h in history if h["at"] == last), key=lambda h: (-h["records"], h["new_id"] or "~"))
    total = sum(h["records"] for h in rows)
    where = ", ".join(f"to {h['new_id'] or 'no network'} ({h['records']})" for h in rows)
    noun = "record" if total == 1 else "records"
    return f"{network_id} no longer exists: on {last[:10]} its {total} {noun} went {where}"


@register()
@click.command()
@click.argument("value")
@db_option
@click.option("--country", help="region for numbers written without a country code (ISO alpha-2)")
@click.option("--json", "as_json", is_flag=True)
@handle_errors
def search(value: str, db: str, country: str | None, as_json: bool) -> None:
    """Find a selector in any written form ("+1 (201) 555-0123", "name at mail dot example", a wallet, an
    image's SHA-256, MD5 or SHA-1)."""
    from himaya import app

    with open_store(db) as store:
        found = app.search(store, value, country=country, actor=actor())
    keys, stats, digest = found.selectors, found.stats, found.digest
    if not keys and as_json:
        _json({"query": value, "selectors": [], "stats": [], "occurrences": []})
        return
    if not keys and digest is not None:
        Console().print(f"not found: no stored image has that {digest[0].upper()}")
        return
    if as_json:
        _json(
            {
                "query": value,
                "selectors": [{"type": t, "value": v} for t, v in keys],
                "stats": [asdict(st) for st in stats],
                "occurrences": [asdict(occ) for occ in found.occurrences],
            }
        )
        return
    console = Console()
    console.print("looked for: " + ", ".join(f"{t}:{v}" for t, v in keys), highlight=False)
    for st in stats:
        hub = f" [yellow]hub: {st.hub_reason}[/]" if st.hub else ""
        console.print(f"{st.type}:{st.value} in {st.records} records{hub}", highlight=False)
    if not found.occurrences:
        console.print("not found")
        return
    table = Table()
    for col in ("record", "network", "risk", "as written", "hidden", "source"):
        table.add_column(col)
    for occ in found.occurrences:
        table.add_row(
            occ.record_id,
            occ.network_id or "-",
            f"{occ.risk:.2f}",
            occ.raw,
            "yes" if occ.hidden else "",
            f"{occ.source} {occ.locator}",
        )
    console.print(table)


@register()
@click.group()
def export() -> None:
    """Export what is stored."""


@export.command("records")
@db_option
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="file to write (default stdout)")
@handle_errors
def export_records(db: str, out: Path | None) -> None:
    """One JSON object per record: id, selectors, risk, typology, network, reasons."""
    from himaya import app

    with open_store(db) as store:
        count = app.export_records(store, out or sys.stdout, actor=actor())
    if out:
        Console(stderr=True, soft_wrap=True).print(f"{count:,} records written to {out}")


@register()
@click.command()
@db_option
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"), show_default=True)
@click.option("--top", default=50, show_default=True, help="networks to include")
@handle_errors
def report(db: str, out: Path, top: int) -> None:
    """One self-contained offline HTML file: networks ranked by risk, graphs, selectors, timeline, reasons."""
    from himaya import app

    with open_store(db) as store:
        app.write_report(store, out, top=top, actor=actor())
    Console(stderr=True, soft_wrap=True).print(f"report written to {out}")


@register()
@click.command()
@db_option
@click.option("--limit", default=100, show_default=True)
@handle_errors
def problems(db: str, limit: int) -> None:
    """Bad input met while reading: file, line and reason."""
    from himaya import app

    with open_store(db) as store:
        found = app.problems(store, limit=limit, actor=actor())
    for row in found:
        click.echo(f"{row.source}:{row.locator}: {row.reason}")
