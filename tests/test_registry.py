"""The generic registry: names, order, uniqueness, lookup errors, and plug-in loading rules."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from himaya.errors import UsageError
from himaya.registry import GROUPS, Registry, RegistryError


@dataclass
class Thing:
    name: str


def test_entries_keep_their_order_and_names() -> None:
    reg = Registry("thing", Thing, [Thing("b"), Thing("a")])
    reg.register(Thing("c-2"), origin="a test")
    assert reg.names() == ["b", "a", "c-2"] and [t.name for t in reg] == reg.names()
    assert "a" in reg and "z" not in reg and len(reg) == 3
    assert reg.get("a") == Thing("a") and reg.origin("c-2") == "a test" and reg.origin("b") == "built-in"


def test_duplicates_and_bad_names_are_refused() -> None:
    reg = Registry("thing", Thing, [Thing("a")])
    with pytest.raises(
        RegistryError, match="thing 'a' from plug-in x clashes with the thing of that name from built-in"
    ):
        reg.register(Thing("a"), origin="plug-in x")
    for bad in ("", "Upper", "1st", "with space"):
        with pytest.raises(RegistryError, match="needs a lower-case name"):
            reg.register(Thing(bad))
    with pytest.raises(RegistryError, match="is not a Thing"):
        reg.register("a")  # type: ignore[arg-type]
    assert reg.names() == ["a"]


def test_unknown_names_list_the_known_ones() -> None:
    reg = Registry("thing", Thing, [Thing("a"), Thing("b")])
    with pytest.raises(UsageError, match="unknown thing 'c'; known: a, b") as caught:
        reg.get("c")
    assert caught.value.exit_code == 2 and caught.value.details == {"name": "c", "known": "a, b"}


def test_version_changes_on_register() -> None:
    reg = Registry("thing", Thing)
    before = reg.version
    reg.register(Thing("a"))
    assert reg.version == before + 1


def test_plugins_come_from_known_groups_only() -> None:
    assert GROUPS == (
        "himaya.readers",
        "himaya.selectors",
        "himaya.hash_kinds",
        "himaya.hashlist_formats",
        "himaya.exporters",
    )
    reg = Registry("thing", Thing)
    with pytest.raises(RegistryError, match="unknown entry-point group"):
        reg.load_plugins("himaya.things")
    assert reg.load_plugins("himaya.exporters") == []  # nothing installed declares one
