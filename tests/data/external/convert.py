"""Convert the upstream test fixtures into ``cases.jsonl`` (one labelled text per line), keeping their labels.

    python tests/data/external/convert.py libphonenumber PATH/phonenumbermatchertest.py
    python tests/data/external/convert.py christianrich PATH/au.js PATH/us.js PATH/README.md
    python tests/data/external/convert.py linkify PATH/links.txt PATH/not_links.txt

Kept apart from the evaluator so that the committed cases are the record and this file says how they were made;
each set's PROVENANCE.md names the upstream commit. No upstream code is copied or run: the Python test file is
read with :mod:`ast`, the JavaScript fixtures with a regular expression over their string literals.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

import phonenumbers

HERE = Path(__file__).parent


def _e164(raw: str, region: str | None) -> str | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _valid(raw: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(raw, region))
    except phonenumbers.NumberParseException:
        return False


def _write(name: str, cases: list[dict], dropped: dict[str, int]) -> None:
    out = HERE / name / "cases.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{out}: {len(cases)} cases; dropped: {dropped}")


# ---------------------------------------------------------------- libphonenumber (python-phonenumbers port)


def _literal(node: ast.expr) -> object:
    """A string built from literals, ``u("...")`` calls and ``+``; a list/None; else ValueError."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "u":
        return _literal(node.args[0])
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return str(_literal(node.left)) + str(_literal(node.right))
    raise ValueError(ast.dump(node))


def _calls(tree: ast.AST, name: str) -> list[list[object]]:
    """The literal arguments of every call to ``name`` (a function or a method) under ``tree``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called == name:
                try:
                    found.append([_literal(a) for a in node.args])
                except ValueError:
                    continue
    return found


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    return {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}


def _number_tests(tree: ast.Module) -> dict[str, list[tuple[str, str]]]:
    lists: dict[str, list[tuple[str, str]]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
            name = node.targets[0].id  # type: ignore[attr-defined]
            lists[name] = [(str(a), str(b)) for a, b in _calls(node.value, "NumberTest")]
    return lists


def convert_libphonenumber(test_file: Path) -> None:
    tree = ast.parse(test_file.read_text(encoding="utf-8"))
    funcs = _functions(tree)
    source = "daviddrysdale/python-phonenumbers python/tests/phonenumbermatchertest.py"
    cases: list[dict] = []
    dropped = {"expected number not valid in the real metadata (labelled against the test metadata)": 0}

    def add(cls: str, text: str, region: str | None, phones: list[str], origin: str) -> None:
        cases.append(
            {
                "id": f"lpn-{len(cases) + 1:04d}",
                "text": text,
                "country": region if region not in (None, "ZZ") else None,
                "phones": phones,
                "emails": [],
                "class": cls,
                "source": f"{source} {origin}",
            }
        )

    def positive(cls: str, text: str, raw: str, region: str | None, origin: str) -> None:
        if not _valid(raw, region):
            dropped["expected number not valid in the real metadata (labelled against the test metadata)"] += 1
            return
        add(cls, text, region, [_e164(raw, region) or ""], origin)

    # 1. The leniency lists: the raw string alone. Found at the default leniency VALID: VALID, STRICT_GROUPING,
    #    EXACT_GROUPING cases; never found at VALID: IMPOSSIBLE and POSSIBLE_ONLY cases (negatives).
    lists = _number_tests(tree)
    for list_name, cls in (
        ("EXACT_GROUPING_CASES", "leniency_exact_grouping"),
        ("STRICT_GROUPING_CASES", "leniency_strict_grouping"),
        ("VALID_CASES", "leniency_valid_only"),
    ):
        for raw, region in lists[list_name]:
            positive(cls, raw, raw, region, list_name)
    for list_name, cls in (("IMPOSSIBLE_CASES", "neg_impossible"), ("POSSIBLE_ONLY_CASES", "neg_possible_only")):
        for raw, region in lists[list_name]:
            add(cls, raw, region, [], list_name)

    # 2. doTestFindInContext(number, region): the number in each findPossibleInContext context, and, when the
    #    number is valid, in each findValidInContext context.
    possible = _calls(funcs["findPossibleInContext"], "NumberContext")
    valid = _calls(funcs["findValidInContext"], "NumberContext")
    for fname, func in funcs.items():
        for raw, region in _calls(func, "doTestFindInContext"):
            assert isinstance(raw, str)
            for lead, trail in possible:
                positive("context_possible", f"{lead}{raw}{trail}", raw, region, fname)  # type: ignore[arg-type]
            for lead, trail in valid:
                positive("context_valid", f"{lead}{raw}{trail}", raw, region, fname)  # type: ignore[arg-type]

    # 3. findMatchesInContexts(contexts, isValid, isPossible[, region, number]): found at VALID when isValid,
    #    else never found at VALID (negatives). Default number 415-666-7777 in the US.
    for fname in (
        "testMatchesWithSurroundingLatinChars",
        "testMoneyNotSeenAsPhoneNumber",
        "testPercentageNotSeenAsPhoneNumber",
        "testPhoneNumberWithLeadingOrTrailingMoneyMatches",
        "testMatchesWithSurroundingLatinCharsAndLeadingPunctuation",
        "testMatchesWithSurroundingChineseChars",
        "testMatchesWithSurroundingPunctuation",
    ):
        func = funcs[fname]
        names = {
            n.targets[0].id: _literal(n.value)  # type: ignore[attr-defined]
            for n in ast.walk(func)
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
        }
        contexts_by_var: dict[str, list[list[object]]] = {}
        for node in ast.walk(func):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append":
                var = node.func.value.id  # type: ignore[attr-defined]
                contexts_by_var.setdefault(var, []).extend(_calls(node, "NumberContext"))
        for call in ast.walk(func):
            if not (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "findMatchesInContexts"
            ):
                continue
            var = call.args[0].id  # type: ignore[attr-defined]
            is_valid = _literal(call.args[1])
            region = str(_literal(call.args[3])) if len(call.args) > 3 else "US"
            number = str(names[call.args[4].id]) if len(call.args) > 4 else "415-666-7777"  # type: ignore[attr-defined]
            for lead, trail in contexts_by_var[var]:
                text = f"{lead}{number}{trail}"
                if is_valid:
                    positive("context_valid", text, number, region, fname)
                else:
                    add("neg_adjacent_letters_or_symbols", text, region, [], fname)

    # 4. Single assertions, transcribed from the named tests.
    us = "US"
    multi = [
        ("testFourMatchesInARow", "415-666-7777 - 800-443-1223 - 212-443-1223 - 650-443-1223"),
        ("testMatchesFoundWithMultipleSpaces", "(415) 666-7777 (800) 443-1223"),
        ("testMatchWithSurroundingZipcodes", "My address is CA 34215 - 415-666-7777 is my number."),
        ("testMatchWithSurroundingZipcodes", "My number is (415) 666 7777. 34215 is my zip-code."),
        ("testMatchesMultiplePhoneNumbersSeparatedByPhoneNumberPunctuation", "Call 650-253-4561 -- 455-234-3451"),
        ("testMaxMatches", "My info: 415-666-7777," * 100),
    ]
    expected = {
        "testFourMatchesInARow": ["415-666-7777", "800-443-1223", "212-443-1223", "650-443-1223"],
        "testMatchesFoundWithMultipleSpaces": ["(415) 666-7777", "(800) 443-1223"],
        "testMatchWithSurroundingZipcodes": ["415-666-7777", "(415) 666 7777"],
        "testMatchesMultiplePhoneNumbersSeparatedByPhoneNumberPunctuation": ["650-253-4561", "455-234-3451"],
        "testMaxMatches": ["415-666-7777"],
    }
    for fname, text in multi:
        raws = [r for r in expected[fname] if r in text]
        keep = [r for r in raws if _valid(r, us)]
        dropped["expected number not valid in the real metadata (labelled against the test metadata)"] += len(
            raws
        ) - len(keep)
        if keep:
            add("several_numbers", text, us, sorted({_e164(r, us) or "" for r in keep}), fname)
    add("several_numbers", "Call 033316005  or 032316005!", "NZ", ["+6433316005", "+6432316005"], "testSequences")
    for fname, text, region in (
        ("testDoesNotMatchMultiplePhoneNumbersSeparatedWithNoWhiteSpace", "Call 650-253-4561--455-234-3451", us),
        ("testNonMatchingBracketsAreInvalid", "80.585 [79.964, 81.191]", us),
        ("testNonMatchingBracketsAreInvalid", "80.585 [79.964]", us),
        ("testNonMatchingBracketsAreInvalid", "80.585 ((79.964)", us),
        ("testNonMatchingBracketsAreInvalid", "(80).(585) (79).(9)64", us),
        ("testNoMatchIfRegionIsNone", "Random text body - number is 0331 6005, see you there", None),
        ("testNoMatchIfNoNumber", "Random text body - number is foobar, see you there", us),
    ):
        add("neg_other", text, region, [], fname)
    # Single-number assertions from testSequences are kept above; drop empty phones from failed parses.
    for case in cases:
        case["phones"] = [p for p in case["phones"] if p]
    _write("libphonenumber", cases, dropped)


# ---------------------------------------------------------------- ChristianRich/phone-number-extractor

_JS_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


def _js_unescape(s: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def _js_exports(js: str) -> dict[str, list[str]]:
    """Each exported name with its string literals in order (``a' + 'b`` gives two literals)."""
    js = re.sub(r"^\s*//.*$", "", js, flags=re.M)
    out: dict[str, list[str]] = {}
    pattern = r"(?:module\.exports\.|,?\s*)(\w+)\s*[=:]\s*((?:\s*(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\s*\+?)+)"
    for m in re.finditer(pattern, js):
        out[m.group(1)] = [_js_unescape(a or b) for a, b in _JS_STRING.findall(m.group(2))]
    return out


def _au_segment(text: str) -> str:
    """The E.164 form of the one AU number a ``call me ...`` segment is written to hold (the fixtures' intent)."""
    digits = re.sub(r"\D", "", text)
    if text.split("me ", 1)[1].startswith("+"):
        return "+" + digits
    if digits.startswith("0061"):
        return "+" + digits[2:]
    return "+61" + digits[1:]


def convert_christianrich(au_js: Path, us_js: Path, readme: Path) -> None:
    source = "ChristianRich/phone-number-extractor"
    au = _js_exports(au_js.read_text(encoding="utf-8"))
    us = _js_exports(us_js.read_text(encoding="utf-8"))
    cases: list[dict] = []

    def add(cls: str, text: str, country: str, national: list[str], origin: str) -> None:
        phones = [_e164(n, country) or "" for n in national]
        cases.append(
            {
                "id": f"cr-{len(cases) + 1:03d}",
                "text": text,
                "country": country,
                "phones": phones,
                "emails": [],
                "class": cls,
                "source": f"{source} {origin}",
            }
        )

    # Ads (au.spec.js: realText1 one number, realText3 none, realText4 one; realText2 left out, see PROVENANCE).
    add("ad_text", "".join(au["realText1"]), "AU", ["0434100200"], "test/mockdata/au.js realText1")
    add("ad_text", "".join(au["realText3"]), "AU", [], "test/mockdata/au.js realText3")
    add("ad_text", "".join(au["realText4"]), "AU", ["0254123123"], "test/mockdata/au.js realText4")
    add("obfuscated", "".join(au["obfuscated"]), "AU", ["0410542543", "0410541451"], "test/mockdata/au.js obfuscated")
    for name, cls in (
        ("mobile", "formats_mobile"),
        ("mobileInternationalPrefix", "formats_mobile_intl_prefix"),
        ("landline", "formats_landline"),
        ("landlineInternationalPrefix", "formats_landline_intl_prefix"),
    ):
        for segment in au[name]:
            cases.append(
                {
                    "id": f"cr-{len(cases) + 1:03d}",
                    "text": segment,
                    "country": "AU",
                    "phones": [_au_segment(segment)],
                    "emails": [],
                    "class": cls,
                    "source": f"{source} test/mockdata/au.js {name}",
                }
            )
    for segment in au["invalid"]:
        add("neg_invalid", segment, "AU", [], "test/mockdata/au.js invalid")

    # us.spec.js: advert1 three numbers (one of them, 930 463 0800, is digits of the class times: kept as the
    # source expects), advert3 one, intnlPrefix one; advert2 left out (a private person's number and e-mail).
    add("ad_text", us["advert1"][0], "US", ["9304630800", "3477213178", "7185909000"], "test/mockdata/us.js advert1")
    add("ad_text", us["advert3"][0], "US", ["6315909707"], "test/mockdata/us.js advert3")
    add("intl_prefix", us["intnlPrefix"][0], "US", ["+1 323 123-4567"], "test/mockdata/us.js intnlPrefix")

    # README "multiple strings" example with its printed results (the first text is realText4 again).
    text = readme.read_text(encoding="utf-8")
    for sample, numbers in (
        ("Sliding door, screen door and 2 windows.", ["0398432432", "0398777777"]),
        ("Secure undercover car spaces", ["0434432112"]),
    ):
        m = re.search(r'"(' + re.escape(sample) + r'[^"]*)"', text)
        assert m, sample
        add("ad_text", m.group(1), "AU", numbers, "README.md multiple-strings example")
    _write("christianrich", cases, {"realText2, advert2 (real-looking private numbers)": 2})


# ---------------------------------------------------------------- markdown-it/linkify-it (e-mails)


def _linkify_pairs(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line number, text, expected first link) exactly as test/test.mjs pairs the lines of links.txt."""
    out = []
    skip = False
    for idx, raw in enumerate(lines):
        if skip:
            skip = False
            continue
        line = re.sub(r"^%.*", "", raw)
        nxt = re.sub(r"^%.*", "", lines[idx + 1]) if idx + 1 < len(lines) else ""
        if not line.strip():
            continue
        if nxt.strip():
            out.append((idx + 1, line, nxt))
            skip = True
        else:
            out.append((idx + 1, line, line))
    return out


def convert_linkify(links: Path, not_links: Path) -> None:
    source = "markdown-it/linkify-it"
    cases: list[dict] = []

    def add(cls: str, text: str, emails: list[str], origin: str) -> None:
        cases.append(
            {
                "id": f"lk-{len(cases) + 1:03d}",
                "text": text,
                "country": None,
                "phones": [],
                "emails": emails,
                "class": cls,
                "source": f"{source} {origin}",
            }
        )

    for lineno, text, link in _linkify_pairs(links.read_text(encoding="utf-8").splitlines()):
        address = re.sub(r"^mailto:", "", link, flags=re.I)
        if "@" in address and "/" not in address and ":" not in address:
            cls = "mailto" if address != link else "email"
            add(cls, text, [address.lower()], f"test/fixtures/links.txt line {lineno}")
    for lineno, raw in enumerate(not_links.read_text(encoding="utf-8").splitlines(), 1):
        line = re.sub(r"^%.*", "", raw)
        if "@" in line and line.strip():
            add("neg_not_email", line, [], f"test/fixtures/not_links.txt line {lineno}")
    _write("linkify", cases, {})


if __name__ == "__main__":
    which, *paths = sys.argv[1:]
    if which == "libphonenumber":
        convert_libphonenumber(Path(paths[0]))
    elif which == "christianrich":
        convert_christianrich(Path(paths[0]), Path(paths[1]), Path(paths[2]))
    elif which == "linkify":
        convert_linkify(Path(paths[0]), Path(paths[1]))
    else:
        raise SystemExit(__doc__)
