"""The ``himaya`` command: thin over the library (parse, call, present)."""

from __future__ import annotations

import functools
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console

from himaya import __version__
from himaya.errors import HimayaError, UsageError
from himaya.settings import SETTINGS

if TYPE_CHECKING:
    from himaya.store import Store, Transaction

DB_HELP = "database: a SQLite file (default himaya.db, or $HIMAYA_DB) or a postgresql:// URL"

err_console = Console(stderr=True, soft_wrap=True, log_path=False)


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        default=lambda: os.environ.get("HIMAYA_DB", "himaya.db"),
        show_default="himaya.db",
        help=DB_HELP,
    )(fn)


def setting_options(*names: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Click options for the named settings, with defaults and help from ``himaya.settings``."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        for setting in reversed([s for s in SETTINGS if s.name in names]):
            fn = click.option(
                setting.flag,
                setting.name,
                type=setting.type,
                default=None,
                help=f"{setting.help} [default: {setting.default}]",
            )(fn)
        return fn

    return decorate


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn HimayaError into one clear line and its exit code (2 usage/input, 3 missing dependency)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except HimayaError as exc:
            err_console.print(f"[bold red]error:[/] {exc.message}", highlight=False)
            sys.exit(exc.exit_code)

    return wrapper


def parse_mapping(values: tuple[str, ...]) -> dict[str, str] | None:
    mapping: dict[str, str] = {}
    for value in values:
        for part in value.split(","):
            if not part.strip():
                continue
            if "=" not in part:
                raise UsageError(f"--map takes field=column pairs, got {part!r}")
            field, column = (x.strip() for x in part.split("=", 1))
            mapping[field] = column
    return mapping or None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="himaya")
def cli() -> None:
    """Himaya: find, link and act on the online side of child sexual exploitation and human trafficking.

    Scores are triage aids, not evidence: every score carries its reasons.
    """


def main() -> None:
    from himaya.cli import cli as command  # registers the commands

    command(prog_name="himaya")


C = TypeVar("C", bound=click.Command)


def register(name: str | None = None) -> Callable[[C], C]:
    def add(command: C) -> C:
        cli.add_command(command, name)
        return command

    return add


def actor() -> str:
    """Who the audit trail says did what a command does: the user running it."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name and no passwd entry (some containers)
        return f"cli:uid-{os.getuid()}" if hasattr(os, "getuid") else "cli:unknown"


def open_store(db: str, upgrade: str = "never") -> Store:
    """The database at ``db``; its schema must be the newest (``upgrade``: what else ``Store.open`` may do)."""
    from himaya.store import Store

    if "://" not in db and not Path(db).exists():
        raise UsageError(f"no database at {db}: run `himaya run INPUT --db {db}` first")
    return Store.open(db, upgrade=upgrade)


@contextmanager
def transaction(db: str) -> Iterator[Transaction]:
    """One transaction on the database at ``db``, acting for the user running the command."""
    with open_store(db) as store, store.transaction(actor=actor()) as tx:
        yield tx
