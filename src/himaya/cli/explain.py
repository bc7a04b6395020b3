"""``himaya explain A B``: why two records or networks are connected (thin over ``himaya.app.explain``)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

import click

from himaya.cli.main import actor, db_option, handle_errors, open_store, register

if TYPE_CHECKING:
    from himaya.app import ExplainResult


@register()
@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--json", "as_json", is_flag=True, help="the chain as one JSON object")
@handle_errors
def explain(a: str, b: str, db: str, as_json: bool) -> None:
    """The shortest chain of ties between A and B (record ids as their source gave them, record uids or
    network ids), strong ties preferred, each with its type and strength; hubs are never walked."""
    from himaya import app

    with open_store(db) as store:
        result = app.explain(store, a, b, actor=actor())
    if as_json:
        click.echo(json.dumps(asdict(result), ensure_ascii=False))
        return
    for line in lines(result):
        click.echo(line)


def lines(result: ExplainResult) -> list[str]:
    """The chain as text: one line of records and ties, the shared wording, the hubs both ends show."""
    ends = [f"{e.kind} {e.query}" + (f" ({e.records} records)" if e.records > 1 else "") for e in (result.a, result.b)]
    out = [f"{ends[0]} and {ends[1]}:"]
    if not result.found:
        if result.limited:
            out.append(f"no chain of ties found within the search's limits ({result.visited:,} records reached)")
        else:
            out.append(f"unrelated: no chain of ties joins them ({result.visited:,} records reached)")
    elif not result.ties:
        (rec,) = result.records
        out.append(f"record {rec.id} is on both sides" + (f" (network {rec.network_id})" if rec.network_id else ""))
    else:
        chain = result.records[0].id
        for tie, rec in zip(result.ties, result.records[1:], strict=True):
            chain += f" -[{tie.label}]- {rec.id}"
        n, strong = len(result.ties), sum(t.strong for t in result.ties)
        out.append(f"{n} {'tie' if n == 1 else 'ties'} ({strong} strong, {n - strong} weak), cost {result.cost:.2f}:")
        out.append(f"  {chain}")
        for tie, x, y in zip(result.ties, result.records, result.records[1:], strict=False):
            if tie.phrase:
                out.append(f'  {x.id} and {y.id} share the wording "{tie.phrase}"')
        out.append("records: " + ", ".join(f"{r.id} ({r.network_id or 'no network'}, {r.source} {r.locator})"
                                            for r in result.records))  # fmt: skip
    for key in result.shared_hubs:
        typ, _, value = key.partition(":")
        out.append(f"both show the {typ} {value}, a hub not used to link")
    return out
