"""Contract checks for every kind of registered entry, for Himaya's own tests and for plug-in authors.

Each ``check_*`` function takes one entry and asserts what the rest of Himaya relies on (python-threatexchange's
signal-type test helper does the same for its plug-ins). In a plug-in's tests::

    from himaya.testing import check_reader
    def test_contract(): check_reader(MyReader())

They raise ``AssertionError`` with the reason; they need no database and no network.
"""

from __future__ import annotations

import io
import os
import random
import re
import tempfile

from himaya.images.kinds import HashKind
from himaya.images.lists.base import HashEntry, HashListFormat
from himaya.ingest.base import Context, Reader
from himaya.ingest.fields import FieldMap
from himaya.ingest.limits import Limits
from himaya.model import Problem, Record, SelectorHit
from himaya.selectors.base import VIEWS, Finder, SelectorRegistry, SelectorType
from himaya.selectors.builtin import builtin_types
from himaya.selectors.extract import extract

_NAME = re.compile(r"[a-z][a-z0-9_+\-]*")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_rng = random.Random(8)
GARBAGE: tuple[bytes, ...] = (
    b"",
    b"\x00" * 64,
    b"\xff\xfe\x00garbage\x80\x81",
    b"{",
    b'{"text": 1}\n[1, 2\n',
    b'id,text\n1,"unclosed\n',
    b"<html><body><p>unclosed",
    b"WARC/1.0\r\nWARC-Type: response\r\n\r\n",
    b"\x89PNG\r\n\x1a\n\x00\x00",
    b"\x1f\x8b\x08\x00broken gzip",
    b"PK\x03\x04broken zip",
    bytes(_rng.randrange(256) for _ in range(2048)),
)
FILENAMES: tuple[str, ...] = ("input", "a.jsonl", "b.csv", "c.html", "d.warc.gz", "result.json", "e.png", "f.txt")
TEXTS: tuple[str, ...] = (
    "",
    "   ",
    "no selectors at all in this sentence",
    "call 2 0 1 five five five 0 1 2 3, price $200, 12/05/1990",
    "@@@ ::: www. http:// .onion 0x bc1 $ venmo paypal t.me/ wa.me/ tel: mailto:",
    "\u200b\u202e\ufeff ٠١٢٣٤٥٦٧٨٩ ℡ ＠ ｗｗｗ",
)


def check_name(entry: object) -> None:
    name = getattr(entry, "name", None)
    assert isinstance(name, str) and _NAME.fullmatch(name), f"{entry!r}: name must be lower case, got {name!r}"


def check_reader(reader: Reader) -> None:
    """A reader has a name and a description; ``sniff`` scores 0..100 on any head; ``read`` never raises
    on garbage bytes and yields only Records and Problems."""
    check_name(reader)
    assert isinstance(reader.description, str) and reader.description, f"{reader.name}: no description"
    for head in GARBAGE:
        for filename in FILENAMES:
            score = reader.sniff(head, filename)
            assert isinstance(score, int) and 0 <= score <= 100, f"{reader.name}: sniff gave {score!r}"
    for data in GARBAGE:
        ctx = Context(source="garbage", name="garbage", limits=Limits(), fields=FieldMap(), head=data[:4096])
        for item in reader.read(io.BytesIO(data), ctx):
            assert isinstance(item, Record | Problem), f"{reader.name}: read yielded {item!r}"


def _registry_with(selector_type: SelectorType) -> SelectorRegistry:
    types = [t for t in builtin_types() if t.name != selector_type.name]
    return SelectorRegistry([*types, selector_type])


def check_selector_type(selector_type: SelectorType) -> None:
    """A selector type shows itself (name, label, colour, pivot reason); ``normalize`` accepts its examples
    and is idempotent on them, refuses its invalid values, and ``validate`` agrees with it (it accepts what
    ``normalize`` gives and refuses what it refuses); its finders are
    well formed, and what they find in text is canonical (``normalize`` gives it back unchanged)."""
    t = selector_type
    check_name(t)
    assert t.label, f"{t.name}: no label"
    assert _COLOUR.fullmatch(t.colour), f"{t.name}: colour {t.colour!r} is not #rrggbb"
    assert isinstance(t.pivot, bool) and (t.pivot_reason or not t.pivot), f"{t.name}: a pivot says why"
    assert t.examples, f"{t.name}: no examples"
    for raw in t.examples:
        value = t.normalize(raw)
        assert value is not None, f"{t.name}: example {raw!r} is refused"
        assert t.normalize(value) == value, f"{t.name}: normalize is not idempotent on {raw!r} -> {value!r}"
        assert t.validate(value), f"{t.name}: validate refuses the normalised {value!r}"
    for raw in t.invalid:
        assert t.normalize(raw) is None, f"{t.name}: {raw!r} should be refused, got {t.normalize(raw)!r}"
        assert not t.validate(raw), f"{t.name}: validate accepts {raw!r}, which normalize refuses"
    for finder in t.finders:
        assert isinstance(finder, Finder) and finder.view in VIEWS, f"{t.name}: bad finder {finder!r}"
        assert isinstance(finder.order, int), f"{t.name}: a finder's order is an int"
    types = _registry_with(t)
    texts = [*TEXTS, *(f"contact: {raw} today" for raw in t.examples)]
    for text in texts:
        hits = extract(text, types=types)
        for hit in hits:
            assert isinstance(hit, SelectorHit) and 0 <= hit.start <= hit.end <= len(text), f"bad hit {hit!r}"
            assert hit.raw == text[hit.start : hit.end], f"{hit!r}: raw is not the text at its span"
            if hit.type == t.name:
                assert t.normalize(hit.value) == hit.value, f"{t.name}: found {hit.value!r}, which is not canonical"


def check_hash_kind(kind: HashKind) -> None:
    """A hash kind normalises its examples to lower-case hex of its length (idempotently), refuses other
    lengths and non-hex, and a perceptual kind measures distance in bits."""
    check_name(kind)
    assert kind.hex_length > 0 and kind.label, f"{kind.name}: hex length and label"
    assert kind.examples, f"{kind.name}: no examples"
    for raw in kind.examples:
        value = kind.normalize(raw)
        assert kind.is_normal(value) and len(value) == kind.hex_length, f"{kind.name}: {raw!r} -> {value!r}"
        assert kind.normalize(value, allow_prefix=False) == value, f"{kind.name}: not idempotent on {raw!r}"
        flipped = f"{int(value[0], 16) ^ 1:x}" + value[1:]
        assert kind.distance(value, value) == 0
        assert kind.distance(value, flipped) == (1 if kind.perceptual else kind.bits)
    for bad in ("", "z" * kind.hex_length, "a" * (kind.hex_length + 1), "a" * (kind.hex_length - 1)):
        try:
            kind.normalize(bad)
        except ValueError:
            continue
        raise AssertionError(f"{kind.name}: {bad!r} should be refused")


def sample_entries() -> list[HashEntry]:
    """Entries of every built-in kind a mixed list may hold (a plain list cannot mix SHA-256 and PDQ)."""
    return [
        HashEntry("md5", "0" * 31 + "1", category="known_abuse", entry_id="e1", group="g1"),
        HashEntry("sha1", "0" * 39 + "1", category="known_abuse", entry_id="e1", group="g1"),
        HashEntry("md5", "0" * 31 + "2", entry_id="e2", group="g2"),
        HashEntry("pdq", "f" * 63 + "0", quality=90, entry_id="e3", group="g3"),
    ]


def check_hashlist_format(fmt: HashListFormat, entries: list[HashEntry] | None = None) -> None:
    """A hash-list format has a name and a description, sniffs any head without raising, and what it
    writes it reads back: the hashes of the kinds it carries, unchanged by a second round trip."""
    check_name(fmt)
    assert fmt.description, f"{fmt.name}: no description"
    for head in GARBAGE:
        assert isinstance(fmt.sniff(head), bool), f"{fmt.name}: sniff must say True or False"
    written = entries if entries is not None else sample_entries()
    with tempfile.TemporaryDirectory() as tmp:
        first = _round_trip(fmt, written, os.path.join(tmp, f"one{(fmt.extensions or ('.txt',))[0]}"))
        assert first, f"{fmt.name}: nothing read back from {len(written)} entries written"
        assert {e.key for e in first} <= {e.key for e in written}, f"{fmt.name}: read back hashes it was not given"
        second = _round_trip(fmt, first, os.path.join(tmp, f"two{(fmt.extensions or ('.txt',))[0]}"))
        assert [e.key for e in second] == [e.key for e in first], f"{fmt.name}: a second round trip changed it"


def _round_trip(fmt: HashListFormat, entries: list[HashEntry], path: str) -> list[HashEntry]:
    fmt.write(entries, path)
    out: list[HashEntry] = []
    for item in fmt.read(path):
        assert isinstance(item, HashEntry), f"{fmt.name}: reading what it wrote gave {item!r}"
        out.append(item)
    return out
