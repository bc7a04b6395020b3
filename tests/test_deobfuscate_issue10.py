"""Issue 10, robust de-obfuscation: glued number words, junk separators, numbers joined by "plus" or "/".

Each disguise is checked through :func:`himaya.selectors.extract`: the value found, the hidden flag,
and, for prose, that no phone appears from words alone.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from himaya.selectors import extract
from himaya.text.deobfuscate import clean_chars, spell_digits
from himaya.text.numwords import run_parts, split_glued

US = "+12015550123"
US2 = "+12015550145"
WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORDS_ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
WORDS_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


def phones(text: str, country: str = "US") -> list[tuple[str, bool]]:
    return [(h.value, h.hidden) for h in extract(text, country=country) if h.type == "phone"]


@pytest.mark.parametrize(
    "text",
    [
        "tonight201 fivefivefive 0onetwothree",
        "2Zero1Five5Five0One2Three",
        "2ZERO1-FIVE5FIVE-0ONE2THREE",
        "ThReE/1/zErO",  # too short alone: see the number below
        "two o one five five five o one two three",
        "2o1 555 o123",
        "*201~*555~01**23",
        "[2][0][1] [5][5][5] [0][1][2][3]",
        "1*201*555*0123*",
        "(2)(0)(1)(5)(5)(5)(0)(1)(2)(3)",
        "2-0-1-5-5-5-0-1-2-3",
        "2 . 0 . 1 . 5 . 5 . 5 . 0 . 1 . 2 . 3",
        "TwO/0/oNe/5/5/5/0/1/2/3",
    ],
)
def test_disguised_us_number_is_found_hidden(text: str) -> None:
    found = phones(f"call me {text} tonight")
    if "ThReE" in text:
        assert found == []
        return
    assert found == [(US, True)]


def test_international_prefix_with_junk() -> None:
    assert spell_digits(clean_chars("call 0~01 201 555 0123")).text == "call 001 201 555 0123"
    assert phones("call 0~01 201 555 0123") == [(US, True)]


@pytest.mark.parametrize("joiner", [" plus ", " or ", "/", " / "])
def test_two_numbers_in_a_row_stay_two(joiner: str) -> None:
    found = phones(f"201 555 0123{joiner}201 555 0145")
    assert sorted(v for v, _ in found) == [US, US2]
    assert not any(hidden for _, hidden in found)  # written plainly: nothing hidden


def test_plus_before_a_number_is_its_prefix() -> None:
    assert phones("call plus one two oh one five five five zero one two three") == [(US, True)]


def test_glued_words_in_spanish_and_french() -> None:
    assert phones("llama seisunodos345sieteochonueve", country="ES") == [("+34612345789", True)]
    assert phones("appelle zérosixdouze34cinquantesix78", country="FR") == [("+33612345678", True)]


def test_split_glued_leaves_ordinary_words() -> None:
    for word in ["someone", "phone", "attention", "tonight713", "often", "money", "content", "alone", "seventy"]:
        assert split_glued(word) is None, word
    assert split_glued("fivefivefive") == ["five", "five", "five"]
    assert split_glued("2ONE0") == ["2", "ONE", "0"]
    assert split_glued("twoofive") == ["two", "0", "five"]


def test_run_parts() -> None:
    run = "201 555 0123 plus 201 555 0145"
    assert [run[a:b].strip() for a, b in run_parts(run)] == ["201 555 0123", "201 555 0145"]
    run = "612 345 678 o 612 345 679"
    assert [run[a:b].strip() for a, b in run_parts(run)] == ["612 345 678", "612 345 679"]
    assert run_parts("two o one") == [(0, 9)]


PROSE = [
    "one of the best",
    "I won two",
    "no one",
    "to do",
    "for you",
    "someone said",
    "phone me later",
    "a lot of fun",
    "two girls, three rooms",
    "open 24 hours",
    "attention please",
    "room 12",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*PROSE, "oneof", "Iwontwo", "noone", "todo", "foryou", "tentwo", "O", "o", "l", "I", "2", "*", "~", "one"]
        ),
        max_size=8,
    )
)
def test_glued_words_in_prose_never_make_a_phone(parts: list[str]) -> None:
    assert phones(" ".join(parts)) == []
    assert phones("".join(parts)) == []


def _obfuscate(digits: str, how: int, words: list[str]) -> str:
    if how == 0:
        return "".join(words[int(d)] for d in digits)  # all glued
    if how == 1:
        return "".join(d if k % 2 else words[int(d)].capitalize() for k, d in enumerate(digits))
    if how == 2:
        return "~".join(f"*{d}" for d in digits) + "*"
    if how == 3:
        return " ".join(f"[{d}]" for d in digits)
    if how == 4:
        return "".join(f"({d})" for d in digits)
    if how == 5:
        return " . ".join(digits)
    if how == 6:
        return " ".join(words[int(d)].upper() if k % 3 else d for k, d in enumerate(digits))
    return "-".join(digits)


@settings(max_examples=120, deadline=None)
@given(
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=7),
    st.sampled_from(["call me ", "ring ", "txt ", ""]),
)
def test_any_obfuscation_keeps_the_value(last: int, how: int, before: str) -> None:
    number = f"201555{100 + last:04d}"  # 201-555-01xx, a fictional US range
    text = before + _obfuscate(number, how, WORDS_EN) + " tonight"
    assert phones(text) == [(f"+1{number}", True)]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=7))
def test_obfuscation_in_spanish(last: int, how: int) -> None:
    number = f"6123456{last:02d}"  # the phonenumbers example mobile, last digits changed
    text = "llama " + _obfuscate(number, how, WORDS_ES)
    assert phones(text, country="ES") == [(f"+34{number}", True)]
