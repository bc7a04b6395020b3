"""One-line checks per selector type: valid values, invalid ones, and values that only look like selectors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from himaya.errors import UsageError
from himaya.registry import RegistryError
from himaya.selectors import CLEAN, DIGITS, extract, get_type, pivot_types, registry, types
from himaya.selectors.base import SelectorRegistry as Registry
from himaya.selectors.crypto import classify

_spec = importlib.util.spec_from_file_location("make_golden", Path(__file__).parent / "data/selectors/make_golden.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)  # type: ignore[union-attr]


def values(text: str, kind: str, **ctx: str) -> list[str]:
    return [h.value for h in extract(text, **ctx) if h.type == kind]


def test_registry() -> None:
    names = ["phone", "email", "url", "onion", "handle", "crypto", "payment", "image"]
    assert [t.name for t in types()] == names
    assert all(t.pivot and t.pivot_reason for t in types())
    assert pivot_types() == names
    assert get_type("phone").name == "phone"
    with pytest.raises(RegistryError, match="selector type 'phone' from built-in clashes"):
        Registry([get_type("phone"), get_type("phone")])
    with pytest.raises(UsageError, match="unknown selector type 'fax'; known: phone, email"):
        registry().get("fax")


def test_finders_run_in_their_declared_order() -> None:
    order = [(name, view) for name, _find, view, _claim, _skip in registry().ordered_finders()]
    assert order[0] == ("phone", CLEAN) and order[-1] == ("phone", DIGITS)  # links first, running text last
    assert [name for name, _ in order].index("handle") < [name for name, _ in order].index("url")
    assert "image" not in {name for name, _ in order}  # image selectors come from files, not text


def test_phone() -> None:
    phone = get_type("phone")
    assert phone.normalize("+1 (201) 555-0123") == "+12015550123"
    assert phone.normalize("06 12 34 56 78", region="FR") == "+33612345678"
    assert phone.normalize("+44 7400 123456") == "+447400123456"
    assert phone.normalize("+1 555 0123") is None
    assert phone.normalize("12345") is None
    assert phone.validate("+34612345678")
    assert values("call +212 650 123456", "phone") == ["+212650123456"]
    assert values("call 0650123456", "phone", country="MA") == ["+212650123456"]
    assert values("call 0802 123 4567 today", "phone", location="Lagos") == ["+2348021234567"]


@pytest.mark.parametrize(
    "text",
    [
        "$2015550123",
        "2015550123 dollars",
        "price: 12000000 €",
        "born 12/05/1990",
        "on 2023-05-12 at 14:30",
        "order #2015550123",
        "ref: 2015550123",
        "age 25, 1.70m, 60kg",
        "zip 90210 and 10001",
        "years 2019 2020 2021",
        "invoice 2015550123",
        "tracking 12345678901",
        "5550123",
    ],
)
def test_not_phones(text: str) -> None:
    assert values(text, "phone", country="US") == []


def test_email() -> None:
    email = get_type("email")
    assert email.normalize("John.Doe@Mail.Example") == "john.doe@mail.example"
    assert email.normalize("john at mail dot example") == "john@mail.example"
    assert email.normalize("john@mail.notatld") is None
    assert email.validate("a@b.example")
    assert not email.validate("a@b")
    assert values("meet me at the hotel dot com", "email") == []
    assert values("I am at home.example now", "email") == []
    assert values("x@y.example.", "email") == ["x@y.example"]
    assert values("write a@b.example. It is fine", "email") == ["a@b.example"]


def test_crypto_valid() -> None:
    for address, chain in [
        (gen.b58(0), "btc"),
        (gen.b58(5), "btc"),
        (gen.b58(0x30), "ltc"),
        (gen.b58(0x41), "trx"),
        (gen.segwit("bc", 0, 20), "btc"),
        (gen.segwit("bc", 0, 32), "btc"),
        (gen.segwit("bc", 1, 32), "btc"),
        (gen.segwit("ltc", 0, 20), "ltc"),
        (gen.monero(), "xmr"),
    ]:
        assert classify(address) == (chain, address.lower() if address[:3] in ("bc1", "ltc") else address)
    address = gen.eth()
    assert classify(address) == ("eth", address.lower())
    assert classify(address.lower()) == ("eth", address.lower())
    assert classify("0x" + address[2:].upper()) == ("eth", address.lower())


def test_crypto_invalid() -> None:
    btc = gen.b58(0)
    assert classify(btc[:-1] + ("2" if btc[-1] != "2" else "3")) is None  # checksum
    assert classify(gen.b58(0x17)) is None  # unknown version byte
    bc = gen.segwit("bc", 0, 20)
    assert classify(bc[:-1] + ("q" if bc[-1] != "q" else "p")) is None
    assert classify(gen.segwit("bc", 0, 24)) is None  # v0 program must be 20 or 32 bytes
    bc1p = gen.segwit("bc", 1, 32)
    assert classify(bc1p[:5] + bc1p[5:].upper()) is None  # mixed case
    eth = gen.eth()
    mangled = "0x" + "".join(c.swapcase() if c.isalpha() else c for c in eth[2:])
    assert mangled == eth or classify(mangled) is None
    assert classify("0x" + "g" * 40) is None
    xmr = gen.monero()
    assert classify(xmr[:-1] + ("A" if xmr[-1] != "A" else "B")) is None
    assert get_type("crypto").normalize(" " + btc + ". ") == btc


def test_onion() -> None:
    onion = gen.onion()
    assert get_type("onion").normalize("http://" + onion.upper() + "/x") == onion
    broken = onion[:10] + ("a" if onion[10] != "a" else "b") + onion[11:]
    assert get_type("onion").normalize(broken) is None
    assert values(f"mirror {onion}", "url") == []


def test_url() -> None:
    url = get_type("url")
    assert url.normalize("HTTP://WWW.Site.Example:80/a/?utm_medium=x&b=1#top") == "http://site.example/a/?b=1"
    assert url.normalize("https://site.example/") == "https://site.example"
    assert url.normalize("site.example/page") == "http://site.example/page"
    assert url.normalize("file.notatld") is None
    assert values("Done.It is late", "url") == []
    assert values("see site.example/jobs.", "url") == ["http://site.example/jobs"]
    assert values("t.me/some_name wa.me/12015550123", "url") == []


def test_handle() -> None:
    handle = get_type("handle")
    assert handle.normalize("telegram:Some_Name") == "telegram:some_name"
    assert handle.normalize("https://t.me/Some_Name") == "telegram:some_name"
    assert handle.normalize("facebook:x") is None
    assert values("t.me/joinchat", "handle") == []
    assert values("mail a@b.example", "handle") == []
    assert values("@name on telegram", "handle") == ["telegram:name"]
    assert values("@name", "handle", platform="Instagram") == ["instagram:name"]
    assert values("@name", "handle") == ["unknown:name"]


def test_payment() -> None:
    payment = get_type("payment")
    assert payment.normalize("$SunnyDay") == "cashapp:sunnyday"
    assert payment.normalize("venmo.com/u/Sunny-Day") == "venmo:sunny-day"
    assert payment.normalize("paypal.me/Helper") == "paypal:helper"
    assert payment.normalize("$200") is None
    assert values("only $USD and $200 and $5k", "payment") == []


def test_country_of_a_phone_equals_the_region_phonenumbers_gives() -> None:
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    from himaya.selectors.geo import country_of

    def by_parsing(value: str) -> str | None:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(value, None))
        except phonenumbers.NumberParseException:
            return None
        return region if region and region != "ZZ" else None

    values = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
                values += [e164, e164[:-1] + "9", e164 + "1", e164[:-3]]
    number = phonenumbers.example_number_for_non_geo_entity(800)
    values.append(phonenumbers.format_number(number, PhoneNumberFormat.E164))
    assert len(values) > 1500
    assert [country_of("phone", v) for v in values] == [by_parsing(v) for v in values]
    assert country_of("phone", "+12015550123") == "US" and country_of("phone", "+33612345678") == "FR"
