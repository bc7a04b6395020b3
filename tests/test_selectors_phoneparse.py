"""The fast reading of digit runs as phone numbers agrees with phonenumbers' public functions.

Inputs are the example numbers of ``phonenumbers`` for every region, written the ways people write them
(national, with the national prefix, with the country code with and without "+" or an international
prefix) and slightly wrong (a digit more, a digit less, one digit changed), read in their own region
and in others.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest
from phonenumbers import PhoneMetadata, PhoneNumberType

from himaya.selectors import phoneparse
from himaya.selectors.phoneparse import read, read_public

_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE, PhoneNumberType.VOIP)


def _examples() -> list[tuple[str, int, str]]:
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _TYPES:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None and number.country_code is not None:
                found.append((region, number.country_code, phonenumbers.national_significant_number(number)))
    return found


def _written(region: str, code: int, nsn: str) -> list[str]:
    metadata = PhoneMetadata.metadata_for_region(region)
    assert metadata is not None
    prefix = metadata.national_prefix or ""
    idd = metadata.preferred_international_prefix or "00"
    forms = [nsn, prefix + nsn, f"{code}{nsn}", f"{code}{prefix}{nsn}", f"00{code}{nsn}", f"{idd}{code}{nsn}"]
    forms += [nsn[:-1], nsn + "1", "0" + nsn, "00" + nsn, nsn[1:], f"{code}0{nsn}"]
    return forms


def test_fast_path_is_in_use() -> None:
    assert phoneparse.FAST


def test_same_answers_as_phonenumbers() -> None:
    rng = random.Random(1)
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    cases: list[tuple[str, str | None]] = []
    for region, code, nsn in _examples():
        for form in _written(region, code, nsn):
            changed = list(form)
            changed[rng.randrange(len(changed))] = str(rng.randrange(10))
            for digits in (form, "".join(changed)):
                cases.append(("+" + digits, None))
                cases += [(digits, region), (digits, rng.choice(regions))]
    assert len(cases) > 20_000
    assert sum(1 for digits, region in cases if read_public(digits, region)) > 5_000
    for digits, region in cases:
        assert read(digits, region) == read_public(digits, region), (digits, region)


@pytest.mark.parametrize(
    ("digits", "region"),
    [
        ("+", None),
        ("+0", None),
        ("+00", None),
        ("+12", None),
        ("1", "US"),
        ("12", "FR"),
        ("00", "FR"),
        ("0033", "FR"),
        ("2015550123", "us"),  # not a region code as phonenumbers spells them: the public path
        ("2015550123", "XX"),
        ("2015550123", None),
        ("+١٢٠١٥٥٥٠١٢٣", None),  # not ASCII: the public path
        ("٠٦١٢٣٤٥٦٧٨", "FR"),
        ("+" + "1" * 300, None),
    ],
)
def test_odd_inputs(digits: str, region: str | None) -> None:
    assert read(digits, region) == read_public(digits, region)
