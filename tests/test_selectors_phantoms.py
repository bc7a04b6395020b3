"""Phantom phones (issue 10 part 3): numbers on academic and business pages that are not phones.

One test per class, with both sides: the phantom is not read as a phone, and a real phone in the same
surroundings still is. Every phone is a ``phonenumbers`` example number (US 201-555-0123) with its last
digits changed; the property tests insert each class next to arbitrary text and check the phones found
do not change.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from himaya.selectors import extract

PHONE = "201-555-0147"
E164 = "+12015550147"


def phones(text: str, country: str | None = "US") -> list[str]:
    return [h.value for h in extract(text, country=country) if h.type == "phone"]


def test_the_phone_is_an_example_number() -> None:
    assert phonenumbers.is_valid_number(phonenumbers.parse(E164))


# Each class: (phantoms, the same surroundings with a phone). Countries: the record's and none.
CLASSES = {
    "citation pages": (
        ["Nature Physics 12, 331-349 (2019).", "Phys. Rev. B 95, 104301-104310 (2017)", "pp. 331-349 (2019)"],
        [f"Nature Physics 12, 331-349 (2019). Tel {PHONE}", f"pp. 331-349 (2019); office {PHONE}"],
    ),
    "zip+4": (
        ["Cambridge, MA 02139-4307", "77 Main St, Cambridge MA 02139-4307, USA"],
        [f"Office: {PHONE}, Cambridge, MA 02139-4307", f"Cambridge, MA 02139-4307 {PHONE}"],
    ),
    "date and time": (
        ["posted 2012/01/02 08:00", "Seminar 2019 11 04 08 00", "le 04.11.2019 08:00"],
        [f"posted 2012/01/02 08:00 by {PHONE}", f"Seminar 2019 11 04, call {PHONE}"],
    ),
    "isbn": (
        ["ISBN 978-3-16-148410-0", "ISBN 0-262-03384-4 (2009)"],
        [f"ISBN 978-3-16-148410-0, Tel {PHONE}"],
    ),
    "doi and arxiv": (
        ["doi: 10.1145/3366423.3380211", "arXiv:1706.03762", "see 2005.14165 for details"],
        [f"arXiv:1706.03762 or call {PHONE}", f"https://doi.org/10.1145/3366423.3380211 Tel {PHONE}"],
    ),
    "grants": (
        ["supported by NSF 1652123 and NSF CCF-1763423", "DOE grant DE-SC0012704", "award 2015550147"],
        [f"NSF CCF-1763423; contact {PHONE}"],
    ),
    "quantities": (
        ["a corpus of 2015550147 words", "we recruited 12 500 000 participants"],
        [f"2015550 participants; contact {PHONE}"],
    ),
    "url ids": (
        ["see https://shop.example/item/20175550123 now", "https://shop.example/p/201-555-0147"],
        [f"https://shop.example/item/20175550123 or {PHONE}"],
    ),
}


@pytest.mark.parametrize("name", sorted(CLASSES))
@pytest.mark.parametrize("country", ["US", None])
def test_phantoms_are_not_phones(name: str, country: str | None) -> None:
    for text in CLASSES[name][0]:
        assert phones(text, country) == [], text


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_a_phone_beside_a_phantom_is_kept(name: str) -> None:
    for text in CLASSES[name][1]:
        assert phones(text, "US") == [E164], text


def test_a_price_after_a_phone_is_not_read_into_it() -> None:
    assert phones(f"Call {PHONE} $200", "US") == [E164]
    assert phones(f"Call {PHONE} $200", None) == [E164]
    assert phones(f"Call {PHONE} $ 200 per hour", "US") == [E164]
    assert phones("Call 201-555 $200", "US") == []


def test_a_phone_label_before_a_hyphen_is_no_code() -> None:
    assert phones(f"TEL-{PHONE.replace('-', '')}", "US") == [E164]


def test_international_form_is_never_a_phantom() -> None:
    # "+" marks a phone: a year in brackets, a range's shape or a grant's word before it do not matter.
    assert phones("NSF +1 201-555-0147", None) == [E164]
    assert phones("pp. +1 201-555-0147", None) == [E164]


# Property tests: a citation, date, postal code, price or DOI beside any text changes no phone.
years = st.integers(1950, 2029)
pages = st.tuples(st.integers(100, 899), st.integers(1, 99)).map(lambda p: f"{p[0]}-{p[0] + p[1]}")
FRAGMENTS = st.one_of(
    st.builds(lambda v, p, y: f"vol. {v}, {p} ({y})", st.integers(1, 99), pages, years),
    st.builds(lambda p, y: f"pp. {p}, {y}", pages, years),
    st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", years, st.integers(1, 12), st.integers(1, 28)),
    st.builds(
        lambda y, m, d, h: f"{y}/{m:02d}/{d:02d} {h:02d}:00",
        years,
        st.integers(1, 12),
        st.integers(1, 28),
        st.integers(0, 23),
    ),
    st.builds(lambda z, f: f"Cambridge, MA {z:05d}-{f:04d}", st.integers(1000, 99999), st.integers(0, 9999)),
    st.builds(lambda n: f"${n}", st.integers(1, 9999)),
    st.builds(lambda a, b: f"doi: 10.{a}/{b}", st.integers(1000, 99999), st.integers(1000000, 9999999)),
)
WORDS = st.lists(st.sampled_from(["the", "lab", "office", "hours", "Tel", "call", "at", "room", "and"]), max_size=6)
BASES = st.builds(
    lambda left, phone, right: " ".join([*left, *([phone] if phone else []), *right]),
    WORDS,
    st.sampled_from(["", PHONE, "(201) 555-0123", "2015550188"]),
    WORDS,
)


@settings(max_examples=150, deadline=None)
@given(base=BASES, fragment=FRAGMENTS, at_end=st.booleans(), country=st.sampled_from(["US", None]))
def test_inserting_a_fragment_changes_no_phone(base: str, fragment: str, at_end: bool, country: str | None) -> None:
    text = f"{base} {fragment}" if at_end else f"{fragment} {base}"
    assert sorted(phones(text, country)) == sorted(phones(base, country))
    assert phones(fragment, country) == []


def test_phones_shaped_like_ids_or_before_hours_are_kept() -> None:
    # Seen in the synthetic corpus: a Qatari "3312.2735" is no arXiv id; "Hours" after a phone is no unit.
    assert phones("WhatsApp 3312.2735", "QA") == ["+97433122735"]
    assert phones(f"Contact: {PHONE} Hours 9:00 to 20:00", "US") == [E164]


def test_a_time_ending_in_00_before_a_phone() -> None:
    assert phones(f"2019/01/01 10:00 {PHONE}", None) == phones(PHONE, None)
