"""Public API: exports, parse_query, region_for, country_of, determinism and property tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import himaya.selectors as selectors
from himaya.selectors import country_of, extract, get_type, parse_query, region_for, types


def test_exported_members() -> None:
    assert set(selectors.__all__) == {
        "CLEAN",
        "DIGITS",
        "Finder",
        "Registry",
        "Scan",
        "SelectorRegistry",
        "SelectorType",
        "builtin_types",
        "country_of",
        "extract",
        "get_type",
        "new_registry",
        "parse_query",
        "pivot_types",
        "region_for",
        "registry",
        "types",
    }
    assert all(hasattr(selectors, name) for name in selectors.__all__)


def test_parse_query() -> None:
    assert parse_query("+1 (201) 555-0123") == [("phone", "+12015550123")]
    assert ("phone", "+12015550123") in parse_query("201.555.0123")
    assert parse_query("201.555.0123", country="US") == [("phone", "+12015550123")]
    assert parse_query("06 12 34 56 78", country="FR") == [("phone", "+33612345678")]
    assert parse_query("john at mail dot example") == [("email", "john@mail.example")]
    assert parse_query("t.me/Some_Name") == [("handle", "telegram:some_name")]
    assert ("handle", "telegram:name") in parse_query("@name")
    assert ("handle", "unknown:name") in parse_query("@name")
    assert parse_query("0x" + "ab" * 20) == [("crypto", "0x" + "ab" * 20)]
    assert parse_query("   ") == []


def test_region_for() -> None:
    assert region_for("fr", None) == "FR"
    assert region_for("UK", None) == "GB"
    assert region_for(None, "Casablanca, Maroc") == "MA"
    assert region_for(None, "الدار البيضاء") == "MA"
    assert region_for(None, "Sevilla") == "ES"
    assert region_for(None, "Lyon, France") == "FR"
    assert region_for(None, "Arabie saoudite") == "SA"
    assert region_for(None, "Emiratos Árabes Unidos") == "AE"
    assert region_for(None, "nowhere in particular") is None
    assert region_for("ZZ", None) is None


def test_country_of() -> None:
    assert country_of("phone", "+12015550123") == "US"
    assert country_of("phone", "+212650123456") == "MA"
    assert country_of("email", "a@b.example") is None
    assert country_of("phone", "garbage") is None


def test_extract_basics() -> None:
    assert extract("") == []
    text = "x +44 7400 123456 y jane@mail.example z"
    hits = extract(text)
    assert [h.type for h in hits] == ["phone", "email"]
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert all(h.raw == text[h.start : h.end] for h in hits)
    assert hits[0].detail == "GB" and hits[1].detail == "mail.example"


AD_PARTS = st.sampled_from(
    [
        "call",
        "+44 7400 123456",
        "06 12 34 56 78",
        "five",
        "zero",
        "cinq",
        "ثلاثة",
        "وعشرون",
        "٠٦٥٠",
        "@",
        " at ",
        " dot ",
        "example",
        "jane",
        "t.me/",
        "$",
        "200",
        "\u200b",
        "5️⃣",
        ".",
        " ",
        "-",
        "wa.me/",
        "0x",
        "bc1q",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(AD_PARTS).map("".join)))
def test_extract_properties(text: str) -> None:
    hits = extract(text, country="FR")
    assert hits == extract(text, country="FR")  # deterministic
    for hit in hits:
        assert 0 <= hit.start <= hit.end <= len(text)
        assert hit.raw == text[hit.start : hit.end]
    assert len({(h.type, h.value, h.start) for h in hits}) == len(hits)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(AD_PARTS, max_size=8).map("".join)))
def test_normalize_never_crashes_and_is_idempotent(raw: str) -> None:
    for selector_type in types():
        value = selector_type.normalize(raw)
        if value is not None:
            assert selector_type.normalize(value) == value, selector_type.name
            assert selector_type.validate(value)
    assert get_type("phone").normalize(raw, region="FR") in (
        None,
        get_type("phone").normalize(get_type("phone").normalize(raw, region="FR") or "", region="FR"),
    )
