"""Query files of `himaya match --hashes` (himaya.images.queries): pure parsing, bad lines counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from himaya.images.match import TRANSFORMS
from himaya.images.queries import MAX_PROBLEMS, parse_line, read_queries

PDQ = "fb4eed46cb8a6c78819ca06b756c541f7b07ef6d02c82fccd00f862166272cda"


def test_a_line_is_a_hash_with_an_optional_quality_or_a_json_object() -> None:
    assert parse_line(f"{PDQ.upper()},90  # from a partner\n") == (PDQ, [])
    assert parse_line(f"{PDQ}\t77") == (PDQ, [])
    assert parse_line("   # only a comment") is None and parse_line("\n") is None
    variants = [PDQ] * len(TRANSFORMS)
    assert parse_line(json.dumps({"pdq": PDQ, "pdq_quality": 100, "pdq_dihedral": variants})) == (PDQ, variants)


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (f"{PDQ},20", "quality 20 is under 50"),
        (json.dumps({"path": "a.jpg", "error": "corrupt image"}), "corrupt image"),
        (json.dumps({"pdq": PDQ, "pdq_dihedral": [PDQ]}), f"pdq_dihedral: {len(TRANSFORMS)} hashes expected"),
        ("{not json", "not a JSON object"),
    ],
)
def test_a_bad_line_says_why(line: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        parse_line(line)


def test_a_file_counts_every_bad_line_and_describes_the_first(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_text("\ufeff" + f"{PDQ}\n" + "nope\n" * (MAX_PROBLEMS + 5) + f"{PDQ},60\n", encoding="utf-8")
    found = read_queries(path)
    assert found.queries == [PDQ, PDQ] and found.variants == [[], []]
    assert found.bad == MAX_PROBLEMS + 5 and len(found.problems) == MAX_PROBLEMS
    assert found.problems[0].startswith(f"{path}:2: ")
    assert read_queries(path, min_quality=61).queries == [PDQ]
