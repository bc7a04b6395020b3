"""Reading a run of digits as a phone number, as ``phonenumbers`` does, in about 40% of the time.

The phone finder asks one question many times: what does this run of ASCII digits mean, written
with "+" (no region) or read in a region? :func:`read` answers it with the same steps as
``phonenumbers.parse`` followed by ``number_type``, ``region_code_for_number`` and ``format_number``,
less the steps that cannot change anything for such input (finding the number inside text, RFC 3966,
extensions, letters, non-ASCII digits); it works out the number's region once where those calls work
it out twice, and tells the number's type with metadata patterns compiled once. It uses helpers that
``phonenumbers`` does not export; where they are missing (another version) or the input is anything
else, it asks the public functions instead. ``tests/test_selectors_phoneparse.py`` checks that both ways
agree.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumber, PhoneNumberDesc, PhoneNumberType

_MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
# phonenumbers.parse accepts at most this many characters and national numbers of 2 to 17 digits.
_MAX_INPUT = 250
_MIN_NSN, _MAX_NSN = 2, 17

try:
    from phonenumbers.phonenumberutil import (
        COUNTRY_CODE_TO_REGION_CODE,
        ValidationResult,
        _extract_country_code,
        _match_national_number,
        _maybe_strip_national_prefix_carrier_code,
        _parse_prefix_as_idd,
        _set_italian_leading_zeros_for_phone_number,
        _test_number_length,
    )
    from phonenumbers.re_util import re_compile

    _SHORT = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY, ValidationResult.INVALID_LENGTH)
    _TOO_LONG = ValidationResult.TOO_LONG
    FAST = True
except ImportError:  # pragma: no cover - another phonenumbers layout: the public path only
    FAST = False


def read(digits: str, region: str | None) -> tuple[str, str, bool, int] | None:
    """(E.164, region, is mobile, length of the national number) when ``digits`` is a valid number
    read in ``region`` (None: ``digits`` starts with "+"), else None."""
    if not FAST or not _plain(digits, region):
        return read_public(digits, region)
    if region is None:
        national = digits[1:]
        if len(national) <= _MIN_NSN:
            return None  # too short after "+"
        code, number = _extract_country_code(national)
        if code == 0:
            return None  # no country has this code
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, _main_region(code))
    else:
        metadata = PhoneMetadata.metadata_for_region(region, None)
        own_code = None if metadata is None else metadata.country_code
        if metadata is None or own_code is None:
            return read_public(digits, region)  # never for a supported region
        found = _country_code_in(digits, metadata)
        if found is None:
            return None
        code, number = found
        if code:
            main = _main_region(code)
            if main != region:
                metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, main)
        else:
            code, number = own_code, digits
    if len(number) < _MIN_NSN or metadata is None:
        return None
    _, stripped, _ = _maybe_strip_national_prefix_carrier_code(number, metadata)
    if _test_number_length(stripped, metadata) not in _SHORT:
        number = stripped
    if not _MIN_NSN <= len(number) <= _MAX_NSN:
        return None
    numobj = PhoneNumber(country_code=code, national_number=int(number))
    _set_italian_leading_zeros_for_phone_number(number, numobj)
    # number_type: the number's region, then its type there (UNKNOWN exactly when the number is invalid).
    where = phonenumbers.region_code_for_number(numobj)
    own = None if where is None else PhoneMetadata.metadata_for_region_or_calling_code(code, where)
    # The national significant number of an ASCII run is the run itself (its leading zeros are kept).
    if own is None or (kind := _number_type(number, own)) == PhoneNumberType.UNKNOWN:
        return None
    e164 = f"+{code}{number}"
    return e164, where or region or "ZZ", kind in _MOBILE, len(number)


def read_public(digits: str, region: str | None) -> tuple[str, str, bool, int] | None:
    """:func:`read` through the public functions of ``phonenumbers`` only."""
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    # number_type is UNKNOWN exactly when is_valid_number is False (both ask the metadata of the
    # number's own region), so one call answers validity and mobility.
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.UNKNOWN:
        return None
    where = phonenumbers.region_code_for_number(number) or region or "ZZ"
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, where, kind in _MOBILE, len(e164) - 1 - len(str(number.country_code))


# phonenumbers compiles each pattern of its metadata again at every use (re.compile's cache look-up);
# these are compiled once.
_COMPILED: dict[str, re.Pattern[str]] = {}


def _matches(number: str, desc: PhoneNumberDesc | None) -> bool:
    """phonenumbers' _is_number_matching_desc: a possible length and the whole pattern."""
    if desc is None:
        return False
    lengths = desc.possible_length
    if lengths and len(number) not in lengths:
        return False
    pattern = desc.national_number_pattern
    if not pattern:
        return False
    compiled = _COMPILED.get(pattern)
    if compiled is None:
        compiled = _COMPILED[pattern] = re.compile(pattern)
    return compiled.fullmatch(number) is not None


def _number_type(number: str, metadata: PhoneMetadata) -> int:
    """phonenumbers' _number_type_helper: the type of a national number in the region of ``metadata``."""
    if not _matches(number, metadata.general_desc):
        return PhoneNumberType.UNKNOWN
    for desc, kind in (
        (metadata.premium_rate, PhoneNumberType.PREMIUM_RATE),
        (metadata.toll_free, PhoneNumberType.TOLL_FREE),
        (metadata.shared_cost, PhoneNumberType.SHARED_COST),
        (metadata.voip, PhoneNumberType.VOIP),
        (metadata.personal_number, PhoneNumberType.PERSONAL_NUMBER),
        (metadata.pager, PhoneNumberType.PAGER),
        (metadata.uan, PhoneNumberType.UAN),
        (metadata.voicemail, PhoneNumberType.VOICEMAIL),
    ):
        if _matches(number, desc):
            return kind
    if _matches(number, metadata.fixed_line):
        if metadata.same_mobile_and_fixed_line_pattern or _matches(number, metadata.mobile):
            return PhoneNumberType.FIXED_LINE_OR_MOBILE
        return PhoneNumberType.FIXED_LINE
    if not metadata.same_mobile_and_fixed_line_pattern and _matches(number, metadata.mobile):
        return PhoneNumberType.MOBILE
    return PhoneNumberType.UNKNOWN


def _plain(digits: str, region: str | None) -> bool:
    """Whether :func:`read` may take its own path: ASCII digits after "+", or in a known region."""
    if len(digits) > _MAX_INPUT or not digits.isascii():
        return False
    if region is None:
        return digits[:1] == "+" and digits[1:].isdigit()
    return digits.isdigit() and len(digits) >= _MIN_NSN and region in phonenumbers.SUPPORTED_REGIONS


def _main_region(code: int) -> str:
    """phonenumbers.region_code_for_country_code for a known code."""
    return COUNTRY_CODE_TO_REGION_CODE[code][0]


def _country_code_in(digits: str, metadata: PhoneMetadata) -> tuple[int, str] | None:
    """phonenumbers' _maybe_extract_country_code for ASCII digits without "+": (0, "") when the number
    has no country code, (code, national number) when it has one, None when parsing fails."""
    prefix = metadata.international_prefix
    stripped, rest = _parse_prefix_as_idd(re_compile(prefix if prefix is not None else "NonMatch"), digits)
    if stripped:  # an international prefix ("00", "011" ...) then the country code
        if len(rest) <= _MIN_NSN:
            return None
        code, rest = _extract_country_code(rest)
        return (code, rest) if code else None
    own = str(metadata.country_code)
    if digits.startswith(own):
        # The region's own country code without "+": kept when the number is valid only without it.
        _, national, _ = _maybe_strip_national_prefix_carrier_code(digits[len(own) :], metadata)
        general = metadata.general_desc
        if (
            not _match_national_number(digits, general, False) and _match_national_number(national, general, False)
        ) or _test_number_length(digits, metadata) == _TOO_LONG:
            return int(own), national
    return 0, ""
