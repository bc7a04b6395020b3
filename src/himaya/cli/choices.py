"""Option values checked against a registry: the choices and the help come from the registered names.

The names are read when they are needed (parsing a given value, printing help, completing), not when the
CLI is imported, so that a plug-in is never loaded just to start ``himaya``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click
from click.shell_completion import CompletionItem


class RegistryChoice(click.ParamType):
    """One of the names ``names()`` gives (a registry's ``names``); ``what`` names them in the error."""

    name = "choice"

    def __init__(self, names: Callable[[], list[str]], what: str) -> None:
        self.names = names
        self.what = what

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "[" + "|".join(self.names()) + "]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        names = self.names()
        if value in names:
            return value
        self.fail(f"unknown {self.what} {value!r}; known: {', '.join(names)}", param, ctx)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        return [CompletionItem(name) for name in self.names() if name.startswith(incomplete)]


def input_formats() -> list[str]:
    from himaya.ingest import formats

    return formats()


def hashlist_formats() -> list[str]:
    from himaya.images.lists import formats

    return formats()


def kinds64() -> list[str]:
    from himaya.images.lists.base import kinds_of_length

    return kinds_of_length(64)


INPUT_FORMAT = RegistryChoice(input_formats, "input format")
HASHLIST_FORMAT = RegistryChoice(hashlist_formats, "hash-list format")
#: The hash kinds a bare 64-digit value may be (SHA-256 or PDQ): a plain list cannot tell them apart.
KIND64 = RegistryChoice(kinds64, "64-digit hash kind")
