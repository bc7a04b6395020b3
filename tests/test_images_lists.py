"""Hash-list formats: golden reads, write/read round trips, sniffing, bad rows, hex checks, categories, diff.

Every fixture in tests/data/images/lists/ is synthetic: random hash values, invented series and bank
names. Regenerate the goldens after an intended change with
``HIMAYA_REGEN_GOLDEN=1 pytest tests/test_images_lists.py`` and review the diff.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from himaya.errors import DataError, UsageError
from himaya.images import lists
from himaya.images.lists import HashEntry, diff, load_categories, normalize_hex
from himaya.images.lists.base import parse_bool, parse_date, rows_of
from himaya.model import Problem
from himaya.registry import RegistryError

DATA = Path(__file__).parent / "data" / "images" / "lists"

FIXTURES = {
    "plain.txt": "plain",
    "plain_bad.txt": "plain",
    "vics.json": "vics",
    "vics_cases.json": "vics",
    "vics_bad.json": "vics",
    "icse.csv": "icse",
    "icse_bad.csv": "icse",
    "hma.csv": "hma",
    "hma_bad.csv": "hma",
    "ncmec.csv": "ncmec",
    "ncmec_bad.csv": "ncmec",
}
GOOD = [name for name in FIXTURES if "_bad" not in name]


def read_all(name: str) -> list[HashEntry | Problem]:
    return list(lists.get(FIXTURES[name]).read(DATA / name))


def as_row(item: HashEntry | Problem) -> dict:
    if isinstance(item, Problem):
        return {"problem": Path(item.source).name, "locator": item.locator, "reason": item.reason}
    return dataclasses.asdict(item)


def without_group(entries: list) -> list:
    return [dataclasses.replace(entry, group=None) for entry in entries]


# --- golden reads -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(FIXTURES))
def test_golden(name: str) -> None:
    rows = [as_row(item) for item in read_all(name)]
    golden = DATA / (name.rsplit(".", 1)[0] + ".expected.jsonl")
    if os.environ.get("HIMAYA_REGEN_GOLDEN"):
        golden.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    expected = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines()]
    assert rows == expected


def test_one_row_with_two_hashes_gives_two_entries_sharing_the_rest() -> None:
    md5, sha1 = read_all("icse.csv")[:2]
    assert (md5.kind, sha1.kind) == ("md5", "sha1")
    assert md5.entry_id == sha1.entry_id == md5.group == "100001"
    assert dataclasses.replace(md5, kind="sha1", value=sha1.value) == sha1
    assert md5.attrs["photodna"]  # kept as an opaque attribute


def test_vics_reads_both_shapes_and_maps_categories() -> None:
    entries = read_all("vics.json")
    assert {e.source_category: e.category for e in entries} == {
        "1": "known_abuse",
        "2": "exploitative",
        None: None,
        "0": "not_abuse",
    }
    assert entries[0].victim_identified is True and entries[0].attrs["is_distributed"] is True
    assert entries[0].last_seen == "2023-06-07T02:31:49.830000+00:00"
    cases = read_all("vics_cases.json")
    assert [e.category for e in cases] == ["exploitative", "exploitative", "comparison", "comparison"]
    assert all(not isinstance(e, Problem) for e in cases)


def test_plain_64_hex_is_pdq_unless_told_sha256() -> None:
    path = DATA / "plain.txt"
    default = [e for e in lists.get("plain").read(path) if isinstance(e, HashEntry)]
    told = [e for e in lists.get("plain").read(path, kind64="sha256") if isinstance(e, HashEntry)]
    assert [e.kind for e in default] == ["md5", "sha1", "md5", "pdq", "pdq", "pdq"]
    assert [e.kind for e in told if e.quality is None][-1] == "sha256"
    assert any(isinstance(p, Problem) and "quality" in p.reason for p in lists.get("plain").read(path, kind64="sha256"))


# --- bad rows ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, locators",
    [
        ("plain_bad.txt", ["line 3", "line 4", "line 5", "line 6", "line 7"]),
        ("vics_bad.json", ["value[0]", "value[1]", "value[2]", "value[3]", "end of file"]),
        ("icse_bad.csv", ["line 2", "line 3", "line 4", "line 5"]),
        ("hma_bad.csv", ["line 2", "line 3"]),
        ("ncmec_bad.csv", ["line 2", "line 3"]),
    ],
)
def test_bad_rows_are_reported_with_file_and_line_and_skipped(name: str, locators: list[str]) -> None:
    items = read_all(name)
    problems = [item for item in items if isinstance(item, Problem)]
    assert [p.locator for p in problems] == locators
    assert all(p.source.endswith(name) for p in problems)
    assert any(isinstance(item, HashEntry) for item in items) or name == "vics_bad.json"


def test_truncated_vics_still_yields_what_came_before(tmp_path: Path) -> None:
    text = (DATA / "vics.json").read_text(encoding="utf-8-sig")
    cut = tmp_path / "cut.json"
    cut.write_text(text[: text.index('"MediaID": 3')], encoding="utf-8")
    items = list(lists.get("vics").read(cut))
    assert sum(isinstance(i, HashEntry) for i in items) == 4
    assert isinstance(items[-1], Problem) and items[-1].locator == "end of file"


def test_vics_case_exports_and_odd_items_are_located(tmp_path: Path) -> None:
    context = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/$metadata#"
    media = [{"MediaID": 1, "MD5": "a" * 32}, {"MediaID": 2, "MD5": "nothex"}]
    cases = {"@odata.context": context + "Cases", "value": [{"CaseID": "x", "Media": media[:1]}, {"Media": media[1:]}]}
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases), encoding="utf-8")
    items = list(lists.get("vics").read(path))
    assert isinstance(items[0], HashEntry) and isinstance(items[1], Problem) and items[1].locator == "Media[1]"
    hashset = {"@odata.context": context + "Media", "value": [7, {"MediaID": 3, "MD5": "b" * 32}]}
    path.write_text(json.dumps(hashset), encoding="utf-8")
    first, second = lists.get("vics").read(path)
    assert isinstance(first, Problem) and first.locator == "value[0]" and isinstance(second, HashEntry)


# --- round trips ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", GOOD)
def test_write_then_read_round_trips(name: str, tmp_path: Path) -> None:
    fmt = lists.get(FIXTURES[name])
    entries = [item for item in read_all(name) if isinstance(item, HashEntry)]
    out = tmp_path / ("copy" + Path(name).suffix)
    assert fmt.write(entries, out) >= 1
    again = list(fmt.read(out))
    assert without_group(again) == without_group(entries)
    assert lists.detect(out).name == fmt.name


def test_writers_accept_a_text_stream() -> None:
    entries = [e for e in read_all("hma.csv") if isinstance(e, HashEntry)]
    buffer = io.StringIO()
    lists.get("hma").write(entries, buffer)
    assert buffer.getvalue().splitlines()[0] == "collab,signal_type,signal_str,category,tags"


@pytest.mark.parametrize("target", ["vics", "icse", "hma", "ncmec", "plain"])
@pytest.mark.parametrize("name", GOOD)
def test_any_list_converts_to_any_format(name: str, target: str, tmp_path: Path) -> None:
    entries = [e for e in read_all(name) if isinstance(e, HashEntry)]
    if target == "plain" and {e.kind for e in entries} >= {"pdq", "sha256"}:
        return
    out = tmp_path / "converted"
    lists.get(target).write(entries, out)
    again = [item for item in lists.get(target).read(out)]
    assert all(isinstance(item, HashEntry) for item in again)
    carried = {"vics": {"md5", "sha1"}, "icse": {"md5", "sha1"}, "hma": {"md5", "pdq"}, "ncmec": {"md5", "sha1", "pdq"}}
    wanted = {e.key for e in entries if e.kind in carried.get(target, lists.KINDS)}
    assert {e.key for e in again} == wanted


def test_plain_refuses_to_mix_sha256_and_pdq() -> None:
    entries = [HashEntry("sha256", "a" * 64), HashEntry("pdq", "b" * 64)]
    with pytest.raises(UsageError):
        lists.get("plain").write(entries, io.StringIO())


def test_rows_of_regroups_entries_by_image() -> None:
    a = HashEntry("md5", "0" * 32, group="g1")
    b = HashEntry("sha1", "1" * 40, group="g1")
    c = HashEntry("md5", "2" * 32, group="g1")  # a second MD5 in one group starts a new row
    d = HashEntry("md5", "3" * 32)
    assert list(rows_of([a, b, c, d])) == [[a, b], [c], [d]]
    assert list(rows_of([a, d, b])) == [[a], [d], [b]]  # a group's entries are expected together


# --- sniffing and the registry ----------------------------------------------------------------------


@pytest.mark.parametrize("name", list(FIXTURES))
def test_sniffing_picks_the_right_format(name: str) -> None:
    assert lists.detect(DATA / name).name == FIXTURES[name]


def test_detect_falls_back_to_the_extension_then_gives_up(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("")
    assert lists.detect(empty).name == "vics"
    odd = tmp_path / "notes.xyz"
    odd.write_text("hello\n")
    with pytest.raises(UsageError):
        lists.detect(odd)


def test_registry_names_are_unique_and_stable() -> None:
    reg = lists.registry()
    assert reg.names() == ["vics", "icse", "hma", "ncmec", "plain"]
    with pytest.raises(RegistryError, match="'plain' from built-in clashes"):
        reg.register(lists.get("plain"))
    with pytest.raises(UsageError, match="unknown hash-list format"):
        reg.get("nope")


def test_public_api_is_curated() -> None:
    assert sorted(lists.__all__) == sorted(
        [
            "HEX_LENGTHS",
            "KINDS",
            "TLP_LABELS",
            "CategoryMap",
            "HashEntry",
            "HashListFormat",
            "HashListRegistry",
            "Registry",
            "builtin",
            "detect",
            "diff",
            "formats",
            "get",
            "kind_for",
            "load_categories",
            "normalize_hex",
            "registry",
        ]
    )
    assert all(hasattr(lists, name) for name in lists.__all__)


# --- hex, flags, dates ------------------------------------------------------------------------------


def test_normalize_hex_one_liners() -> None:
    assert normalize_hex(" 0xABCDEF0123456789ABCDEF0123456789 ", "md5") == "abcdef0123456789abcdef0123456789"
    assert lists.kind_for("a" * 64) == "pdq" and lists.kind_for("a" * 64, "sha256") == "sha256"
    for bad, kind in [("a" * 31, "md5"), ("g" * 32, "md5"), ("a" * 64, "sha1"), ("a" * 32, "crc32")]:
        with pytest.raises(ValueError):
            normalize_hex(bad, kind)
    with pytest.raises(ValueError):
        normalize_hex("0x" + "a" * 32, "md5", allow_prefix=False)


def test_entry_checks_itself() -> None:
    with pytest.raises(ValueError):
        HashEntry("md5", "A" * 32)
    with pytest.raises(ValueError):
        HashEntry("md5", "a" * 32, quality=50)
    with pytest.raises(ValueError):
        HashEntry("pdq", "a" * 64, tlp="white")
    assert HashEntry("pdq", "a" * 64, quality=100, tlp="amber+strict").key == ("pdq", "a" * 64)


def test_flags_and_dates() -> None:
    assert [parse_bool(v) for v in ("Y", "no", "TRUE", "f", "", None, True)] == [
        True,
        False,
        True,
        False,
        None,
        None,
        True,
    ]
    with pytest.raises(ValueError):
        parse_bool("perhaps")
    assert parse_date("2024-01-02") == "2024-01-02"
    assert parse_date("2023-06-07T02:31:49Z") == "2023-06-07T02:31:49+00:00"
    with pytest.raises(ValueError):
        parse_date("07/06/2023")


hex_values = st.sampled_from(sorted(lists.HEX_LENGTHS.items())).flatmap(
    lambda item: st.tuples(st.just(item[0]), st.text("0123456789abcdef", min_size=item[1], max_size=item[1]))
)


@given(hex_values, st.booleans(), st.booleans(), st.text(" ", max_size=3))
def test_normalize_hex_undoes_case_prefix_and_spaces(kv: tuple[str, str], upper: bool, prefix: bool, pad: str) -> None:
    kind, value = kv
    written = (("0x" if prefix else "") + (value.upper() if upper else value)).join([pad, pad])
    assert normalize_hex(written, kind) == value
    assert normalize_hex(normalize_hex(written, kind), kind, allow_prefix=False) == value


@given(st.text(max_size=70))
def test_normalize_hex_never_accepts_garbage(raw: str) -> None:
    try:
        value = normalize_hex(raw, "md5")
    except ValueError:
        return
    assert len(value) == 32 and set(value) <= set("0123456789abcdef")


optional_text = st.none() | st.text("abcXYZ-0123 ", min_size=1, max_size=12).map(str.strip).filter(bool)


@st.composite
def image_rows(draw: st.DrawFn) -> list[HashEntry]:
    """Entries as a VICS / ICSE / NCMEC row would give them: one image, MD5 and/or SHA-1."""
    kinds = draw(st.sampled_from([("md5",), ("sha1",), ("md5", "sha1")]))
    entry_id = str(draw(st.integers(1, 10**6)))
    shared = {
        "entry_id": entry_id,
        "group": entry_id,
        "series": draw(optional_text),
        "victim_identified": draw(st.none() | st.booleans()),
    }
    return [
        HashEntry(kind, draw(st.text("0123456789abcdef", min_size=n, max_size=n)), **shared)
        for kind, n in ((k, lists.HEX_LENGTHS[k]) for k in kinds)
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(image_rows(), min_size=1, max_size=5, unique_by=lambda row: row[0].entry_id),
    st.sampled_from(["vics", "icse"]),
)
def test_row_formats_round_trip_generated_rows(rows: list[list[HashEntry]], name: str) -> None:
    fmt = lists.get(name)
    entries = [entry for row in rows for entry in row]
    buffer = io.StringIO()
    fmt.write(entries, buffer)
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"himaya-lists-{name}-{os.getpid()}.out"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    try:
        again = [e for e in fmt.read(path) if isinstance(e, HashEntry)]
    finally:
        path.unlink()
    strip = {"category": None, "source_category": None, "attrs": {}}
    assert [dataclasses.replace(e, **strip) for e in again] == entries


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.text("0123456789abcdef", min_size=64, max_size=64), st.none() | st.integers(0, 100)),
        min_size=1,
        max_size=8,
    )
)
def test_plain_round_trips_generated_pdq_lists(items: list[tuple[str, int | None]]) -> None:
    entries = [HashEntry("pdq", value, quality=quality) for value, quality in items]
    buffer = io.StringIO()
    lists.get("plain").write(entries, buffer)
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"himaya-lists-plain-{os.getpid()}.txt"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    try:
        assert list(lists.get("plain").read(path)) == entries
    finally:
        path.unlink()


# --- category mapping -------------------------------------------------------------------------------


def test_packaged_category_mapping_loads_and_validates() -> None:
    cats = load_categories()
    assert "known_abuse" in cats.names and "unrated" in cats.names
    assert cats.map("vics", "1") == "known_abuse"
    assert cats.map("ncmec", "a1") == "known_abuse"  # keys compare case-insensitively
    assert cats.map("vics", "42") == "unrated"
    assert cats.map("vics", None) is None
    for fmt in lists.formats():
        assert fmt in cats.formats


@pytest.mark.parametrize(
    "text, message",
    [
        ("categories: [a, unrated]\nformats:\n  vics: {'1': nope}\n", "unknown category 'nope'"),
        ("categories: [a]\nformats: {}\n", "must include 'unrated'"),
        ("categories: []\nformats: {}\n", "non-empty list"),
        ("- just a list\n", "expected a mapping"),
        ("categories: [unrated]\nformats: {}\nextra: 1\n", "unknown top-level keys"),
        ("categories: [unrated\n", "cannot read"),
    ],
)
def test_a_broken_mapping_file_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "my_categories.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=message) as info:
        load_categories(path)
    assert "my_categories.yaml" in str(info.value)


def test_a_user_mapping_replaces_the_packaged_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("categories: [flagged, unrated]\nformats:\n  vics: {'1': flagged}\n", encoding="utf-8")
    entries = [e for e in lists.get("vics").read(DATA / "vics.json", categories=load_categories(path))]
    assert {e.category for e in entries if isinstance(e, HashEntry)} == {"flagged", "unrated", None}


# --- diff -------------------------------------------------------------------------------------------


def test_diff_finds_additions_retractions_and_changes() -> None:
    kept = HashEntry("md5", "1" * 32, category="known_abuse", group="line 2")
    moved = HashEntry("sha1", "2" * 40, victim_identified=False)
    gone = HashEntry("pdq", "3" * 64)
    new = HashEntry("md5", "4" * 32)
    moved_now = dataclasses.replace(moved, victim_identified=True)
    added, retracted, changed = diff([kept, moved, gone], [dataclasses.replace(kept, group="line 9"), moved_now, new])
    assert added == [new]
    assert retracted == [gone]
    assert changed == [(moved, moved_now)]
    assert diff([kept], [kept]) == ([], [], [])
