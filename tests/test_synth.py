import base64
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict

import base58
import bech32
import orjson
import phonenumbers
import pytest
from Crypto.Hash import keccak

from himaya.model import TYPOLOGIES
from himaya.synth import generate
from himaya.synth.contacts import PHONE_REGIONS

RECORDS, NETWORKS, SEED = 3000, 40, 11


def _lines(path):
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth")
    calls = []
    summary = generate(out, records=RECORDS, networks=NETWORKS, seed=SEED, progress=calls.append)
    records = _lines(out / "records.jsonl")
    truth = _lines(out / "truth.jsonl")
    return out, summary, records, truth, calls


def test_deterministic_per_seed(tmp_path, corpus):
    out = corpus[0]
    generate(tmp_path / "a", records=RECORDS, networks=NETWORKS, seed=SEED)
    assert (tmp_path / "a" / "records.jsonl").read_bytes() == (out / "records.jsonl").read_bytes()
    assert (tmp_path / "a" / "truth.jsonl").read_bytes() == (out / "truth.jsonl").read_bytes()
    generate(tmp_path / "b", records=RECORDS, networks=NETWORKS, seed=SEED + 1)
    assert (tmp_path / "b" / "records.jsonl").read_bytes() != (out / "records.jsonl").read_bytes()


def test_counts_match_request(corpus):
    _, summary, records, truth, calls = corpus
    assert len(records) == len(truth) == RECORDS
    assert [r["id"] for r in records] == [t["id"] for t in truth]
    assert len({r["id"] for r in records}) == RECORDS
    assert len({t["network"] for t in truth if t["network"]}) == NETWORKS
    assert sum(calls) == RECORDS
    assert summary["kind"]["benign"] == RECORDS // 2
    assert sum(summary["kind"].values()) == RECORDS
    sizes = Counter(t["network"] for t in truth if t["network"])
    assert min(sizes.values()) >= 3 and max(sizes.values()) <= 60
    for t in truth:
        assert t["typology"] is None or t["typology"] in TYPOLOGIES
        assert t["exploitative"] == (t["typology"] is not None)
    langs = summary["language"]
    assert set(langs) == {"ar", "en", "es", "fr"}
    assert all(0.18 < n / RECORDS < 0.32 for n in langs.values())


def test_record_fields(corpus):
    _, _, records, _, _ = corpus
    for r in records:
        assert r["text"] and r["platform"] and r["author"]
        assert re.fullmatch(r"202[45]-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["posted_at"])
        if "country" in r:
            assert re.fullmatch(r"[A-Z]{2}", r["country"])
    assert sum("title" in r for r in records) > RECORDS * 0.3
    assert sum("url" in r for r in records) > 0
    assert sum("images" in r for r in records) > 0


def _example_prefixes():
    out = set()
    for region in PHONE_REGIONS:
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            num = phonenumbers.example_number_for_type(region, kind)
            if num is not None:
                out.add(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)[:-4])
    return out


def test_phones_valid_and_from_example_ranges(corpus):
    prefixes = _example_prefixes()
    phones = {s["value"] for t in corpus[3] for s in t["selectors"] if s["type"] == "phone"}
    assert len(phones) > 500
    for value in phones:
        assert phonenumbers.is_valid_number(phonenumbers.parse(value)), value
        assert value[:-4] in prefixes, value


def _b58check_ok(addr, version):
    raw = base58.b58decode(addr)
    body, check = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == check and body[:1] in version


def _eip55_ok(addr):
    low = addr[2:].lower()
    digest = keccak.new(digest_bits=256, data=low.encode()).hexdigest()
    expect = "".join(c.upper() if c.isalpha() and int(h, 16) >= 8 else c for c, h in zip(low, digest, strict=False))
    return addr[2:] == expect


def test_crypto_checksums(corpus):
    kinds = Counter()
    for t in corpus[3]:
        for s in t["selectors"]:
            if s["type"] != "crypto":
                continue
            v, raw = s["value"], s["raw"]
            if v.startswith("bc1"):
                assert bech32.decode("bc", v)[0] == 0 and raw.lower() == v
                kinds["bech32"] += 1
            elif v.startswith("0x"):
                assert re.fullmatch(r"0x[0-9a-f]{40}", v)
                assert raw == v or _eip55_ok(raw)
                kinds["eth_mixed" if raw != v else "eth_lower"] += 1
            elif v.startswith("T"):
                assert _b58check_ok(v, {b"\x41"})
                kinds["tron"] += 1
            else:
                assert _b58check_ok(v, {b"\x00", b"\x05"})
                kinds["base58"] += 1
    assert set(kinds) == {"bech32", "eth_mixed", "eth_lower", "tron", "base58"}


def test_onion_checksums(corpus):
    onions = {s["value"] for t in corpus[3] for s in t["selectors"] if s["type"] == "onion"}
    assert onions
    for v in onions:
        assert re.fullmatch(r"[a-z2-7]{56}\.onion", v)
        raw = base64.b32decode(v[:56].upper())
        key, check, version = raw[:32], raw[32:34], raw[34:]
        assert version == b"\x03"
        assert hashlib.sha3_256(b".onion checksum" + key + b"\x03").digest()[:2] == check


def _canonical_url(raw):
    m = re.match(r"(https?)://(?:www\.)?([^/?#]+)([^?#]*)", raw, re.I)
    return f"{m.group(1).lower()}://{m.group(2).lower()}{m.group(3)}"


def _city_country():
    from himaya.synth.templates import load_places

    out = {}
    for code, info in load_places()["countries"].items():
        for names in info["cities"]:
            for name in names:
                out.setdefault(name, code)
    return out


def test_truth_selectors_appear_in_text(corpus):
    _, _, records, truth, _ = corpus
    city_country = _city_country()
    hidden = 0
    for r, t in zip(records, truth, strict=True):
        for s in t["selectors"]:
            assert s["raw"] in r["text"], (s, r["text"])
            if s["hidden"]:
                hidden += 1
                continue
            v, raw = s["value"], s["raw"]
            if s["type"] == "phone":
                country = r.get("country") or city_country.get(r.get("location", "").split(",")[0])
                parsed = phonenumbers.parse(raw, country) if raw[0] != "+" else None
                if parsed is None:
                    assert re.sub(r"\D", "", raw) == v[1:]
                else:
                    assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == v
            elif s["type"] == "email":
                assert raw.lower() == v
            elif s["type"] == "handle":
                assert v.split(":", 1)[1] == raw.lstrip("@").lower()
            elif s["type"] == "url":
                assert _canonical_url(raw) == v
            elif s["type"] == "onion":
                assert raw.endswith(v)
    assert hidden > 100


def test_hidden_forms_share(corpus):
    truth = corpus[3]
    expl = [s for t in truth if t["exploitative"] for s in t["selectors"] if s["type"] in ("phone", "email")]
    benign = [s for t in truth if not t["exploitative"] for s in t["selectors"] if s["type"] in ("phone", "email")]
    share = sum(bool(s["hidden"]) for s in expl) / len(expl)
    assert 0.25 < share < 0.45
    assert sum(bool(s["hidden"]) for s in benign) / len(benign) < 0.12
    forms = {s["hidden"] for s in expl if s["hidden"]}
    assert {"words", "pairs", "keycap", "fullwidth", "letters", "zero_width", "arabic_indic"} <= forms


def test_hidden_digit_forms_keep_the_digits(corpus):
    folds = str.maketrans("Ol", "01")
    for t in corpus[3]:
        for s in t["selectors"]:
            if s["type"] == "phone" and s["hidden"] in (
                "arabic_indic",
                "persian",
                "fullwidth",
                "letters",
                "spaced",
            ):
                digits = "".join(str(unicodedata.digit(c)) for c in s["raw"].translate(folds) if c.isdigit())
                assert s["value"][1:].endswith(digits) or digits.endswith(s["value"][-6:]), s


def test_no_real_domains(corpus):
    _, _, records, truth, _ = corpus
    for t in truth:
        for s in t["selectors"]:
            if s["type"] in ("email", "url"):
                assert re.search(r"\.example(/|$)", s["value"]), s
    host = re.compile(r"(?<![\w.])(?:[a-z0-9-]+\.)+([a-z]{2,})(?![\w.@-])", re.I)
    real = {"com", "net", "org", "io", "ru", "me", "info", "co", "uk", "fr", "es"}
    for r in records:
        for m in host.finditer(r["text"]):
            assert m.group(1).lower() not in real, r["text"]
        assert r.get("url", "https://x.example/").split("/")[2].endswith(".example")


def test_hub_selectors_cross_networks(corpus):
    truth = corpus[3]
    owners = defaultdict(set)
    for t in truth:
        for s in t["selectors"]:
            owners[(s["type"], s["value"])].add(t["network"] or "independent:" + t["id"])
    assert max(len(v) for v in owners.values()) > 20  # the hotline/support selectors


def test_wording_stays_non_sexual():
    from importlib import resources

    banned = re.compile(r"\b(sex|sexual|nude|naked|porn|minor|child|teen|underage)\w*", re.I)
    for lang in ("en", "fr", "es"):
        data = orjson.loads(resources.files("himaya.synth").joinpath("data", f"{lang}.json").read_bytes())
        banks = [*data["typology"].values(), *data["benign"].values()]
        for text in [t for bank in banks for t in bank["title"] + bank["sentences"]]:
            assert not banned.search(text), text


def test_too_many_networks_is_an_error(tmp_path):
    with pytest.raises(ValueError):
        generate(tmp_path, records=20, networks=10, seed=1)
