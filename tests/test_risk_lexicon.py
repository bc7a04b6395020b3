"""Lexicon files: the packaged ones load; bad ones fail with the file and the entry named."""

from __future__ import annotations

from pathlib import Path

import pytest

from himaya.errors import DataError
from himaya.model import TYPOLOGIES
from himaya.risk import load_lexicon, packaged_paths


def test_packaged_lexicon_loads_and_covers_everything() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.typologies) == set(TYPOLOGIES)
    for language in ("ar", "en", "es", "fr"):
        entries = [e for e in lexicon.entries if e.language == language]
        assert sum(len(e.terms) for e in entries) >= 80
        assert {e.typology for e in entries} >= set(TYPOLOGIES)
        assert any(e.weight < 0 for e in entries)
    assert lexicon.by_selector("phone_hidden")
    assert all(e.source for e in lexicon.entries)


def test_packaged_paths_are_yaml_files() -> None:
    names = {p.name for p in packaged_paths()}
    assert {"ar.yaml", "en.yaml", "es.yaml", "fr.yaml", "categories.yaml", "typologies.yaml"} <= names


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "xx.yaml"
    path.write_text("language: xx\nentries:\n" + body, encoding="utf-8")
    return path


GOOD = "  - {id: %s, category: %s, typology: %s, weight: %s, source: test, terms: [alpha beta]}\n"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (GOOD % ("one", "smuggling", "piracy", 0.5), "unknown typology"),
        (GOOD % ("one", "gossip", "null", 0.5), "unknown category"),
        (GOOD % ("one", "smuggling", "null", 1.5), "weight out of range"),
        (GOOD % ("one", "smuggling", "null", -0.5), "weight must be positive"),
        (GOOD % ("one", "benign", "null", 0.5), "weight must be negative"),
        (GOOD % ("one", "smuggling", "null", 0.5) * 2, "duplicate id"),
        (
            "  - {id: one, category: smuggling, typology: null, weight: 0.5, terms: [x]}\n",
            "missing field 'source'",
        ),
        (
            "  - {id: one, category: smuggling, typology: null, weight: 0.5, source: s}\n",
            "missing field 'terms'",
        ),
        (
            "  - {id: one, category: smuggling, weight: 0.5, source: s, terms: [x]}\n",
            "missing field 'typology'",
        ),
        (
            "  - {id: one, category: smuggling, typology: null, weight: x, source: s, terms: [x]}\n",
            "weight must be",
        ),
    ],
)
def test_validation_errors_name_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(DataError) as caught:
        load_lexicon([path])
    assert "xx.yaml" in str(caught.value)
    assert "'one'" in str(caught.value)
    assert message in str(caught.value)
    assert caught.value.details["entry"] == "one"


def test_unreadable_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("entries: [\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"broken\.yaml"):
        load_lexicon([path])


def test_single_language_file_uses_packaged_categories(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD % ("one", "smuggling", "migrant_smuggling", 0.5))
    lexicon = load_lexicon([path])
    assert [e.id for e in lexicon.entries] == ["xx.smuggling.one"]
    assert "smuggling" in lexicon.categories


def test_loading_is_lazy() -> None:
    import importlib

    import himaya.risk

    module = importlib.reload(himaya.risk)
    assert not hasattr(module, "LEXICON")
