"""The shared contract, run on every registered entry of every registry (himaya.testing.contracts)."""

from __future__ import annotations

import pytest

from himaya import ingest, selectors
from himaya.images import kinds, lists
from himaya.testing import check_hash_kind, check_hashlist_format, check_reader, check_selector_type


@pytest.mark.parametrize("reader", list(ingest.registry()), ids=lambda r: r.name)
def test_reader(reader: ingest.Reader) -> None:
    check_reader(reader)


@pytest.mark.parametrize("selector_type", selectors.types(), ids=lambda t: t.name)
def test_selector_type(selector_type: selectors.SelectorType) -> None:
    check_selector_type(selector_type)


@pytest.mark.parametrize("kind", list(kinds.registry()), ids=lambda k: k.name)
def test_hash_kind(kind: kinds.HashKind) -> None:
    check_hash_kind(kind)


@pytest.mark.parametrize("fmt", list(lists.registry()), ids=lambda f: f.name)
def test_hashlist_format(fmt: lists.HashListFormat) -> None:
    check_hashlist_format(fmt)


def test_every_registry_is_covered() -> None:
    assert len(ingest.registry()) == 7 and len(selectors.registry()) == 8
    assert kinds.registry().names() == ["md5", "sha1", "sha256", "pdq"]
    assert lists.registry().names() == ["vics", "icse", "hma", "ncmec", "plain"]
