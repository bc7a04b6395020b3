"""The JSONL reader never raises, whatever bytes a line holds."""

from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from himaya.ingest import Limits
from himaya.ingest.base import Context
from himaya.ingest.fields import FieldMap
from himaya.ingest.readers.jsonl import JsonlReader
from himaya.model import Problem, Record

json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)


def run(data: bytes, encoding: str = "utf-8") -> list[Record | Problem]:
    ctx = Context("fuzz.jsonl", "fuzz.jsonl", Limits(max_line_bytes=256), FieldMap(), head=data[:65536])
    ctx.encoding = encoding
    return list(JsonlReader().read(io.BufferedReader(io.BytesIO(data)), ctx))  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=300), max_size=8))
def test_jsonl_never_raises_on_arbitrary_bytes(lines: list[bytes]) -> None:
    items = run(b"\n".join(lines))
    assert all(isinstance(i, Record | Problem) for i in items)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["id", "text", "title", "body", "posted_at", "country", "images", "author", "kind", "x"]),
            json_like,
        ),
        max_size=5,
    )
)
def test_jsonl_never_raises_on_odd_field_values(objs: list[dict]) -> None:
    items = run(b"\n".join(json.dumps(o).encode() for o in objs))
    assert all(isinstance(i, Record | Problem) for i in items)
    for item in items:
        if isinstance(item, Record):
            assert isinstance(item.text, str) and isinstance(item.id, str) and item.id
