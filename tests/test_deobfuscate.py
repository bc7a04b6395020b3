"""De-obfuscation views: what they turn into numerals, and the map back to the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from himaya.text.deobfuscate import clean_chars, spell_digits
from himaya.text.numwords import may_have_number_words, number_run_pattern, run_digits


def spelled(text: str) -> str:
    return spell_digits(clean_chars(text)).text


def digits_of(run: str) -> str:
    return run_digits(run)[0]


def test_ascii_text_is_untouched() -> None:
    view = clean_chars("plain text 123")
    assert view.text == "plain text 123"
    assert not view.changed
    assert view.span(0, 5) == (0, 5, False)


def test_clean_chars() -> None:
    assert clean_chars("٠١٢٣٤٥٦٧٨٩").text == "0123456789"
    assert clean_chars("۰۱۲۳۴۵۶۷۸۹").text == "0123456789"
    assert clean_chars("０１２").text == "012"
    assert clean_chars("5️⃣0⃣").text == "50"
    assert clean_chars("①②③").text == "123"
    assert clean_chars("a\u200bb\u200cc\ufeff").text == "abc"
    assert clean_chars("a＠b．c").text == "a@b.c"


def test_spans_map_back() -> None:
    text = "x ٠\u200b٦ 5️⃣ y"
    view = clean_chars(text)
    assert view.text == "x 06 5 y"
    start, end, hidden = view.span(2, 6)
    assert text[start:end] == "٠\u200b٦ 5️⃣"
    assert hidden
    assert view.span(0, 1) == (0, 1, False)
    s, e, h = view.span(7, 8)
    assert text[s:e] == "y" and not h


def test_number_words_english() -> None:
    assert digits_of("five five five zero one two three") == "5550123"
    assert digits_of("two oh one double five triple seven") == "20155777"
    assert digits_of("five 5 5 zero one two three") == "5550123"
    assert digits_of("twenty three forty five") == "2345"
    assert digits_of("nineteen eleven") == "1911"


def test_number_words_spanish() -> None:
    assert digits_of("seis uno dos treinta y cuatro cincuenta y seis") == "6123456"
    assert digits_of("veintitrés veintiuno doble cero") == "232100"
    assert digits_of("dieciséis noventa y nueve") == "1699"


def test_number_words_french() -> None:
    assert digits_of("zéro six douze trente-quatre") == "061234"
    assert digits_of("soixante-dix-huit quatre-vingt-dix-neuf") == "7899"
    assert digits_of("soixante et onze quatre-vingts vingt et un") == "718021"
    assert digits_of("dix-sept dix-huit dix-neuf") == "171819"


def test_number_words_arabic() -> None:
    assert digits_of("صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة") == "0123456789"
    assert digits_of("ثلاثة وعشرون خمسة وأربعون") == "2345"
    assert digits_of("ثلاثة و عشرين") == "23"
    assert digits_of("صِفْر سِتَّة") == "06"
    assert digits_of("اثنا عشر ثلاثة عشر") == "1213"
    assert digits_of("ستة خمسون") == "650"
    assert digits_of("اثنين اثنين") == "22"


def test_runs_need_enough_digits() -> None:
    assert spelled("one girl, two rooms") == "one girl, two rooms"
    assert spelled("call five five five zero one two three") == "call 5550123"
    assert spelled("Hello world 555 0123") == "Hello world 555 0123"
    assert spelled("tel 2O1 555 Ol23") == "tel 201 555 0123"
    assert spelled("lol 5551234 ok") == "lol 5551234 ok"
    assert spelled("model X1000 version O1") == "model X1000 version O1"


def test_phone_view_spans() -> None:
    text = "ring zéro six douze trente-quatre cinquante-six soixante-dix-huit!"
    view = spell_digits(clean_chars(text))
    assert view.text == "ring 0612345678!"
    start, end, hidden = view.span(5, 15)
    assert text[start:end] == "zéro six douze trente-quatre cinquante-six soixante-dix-huit"
    assert hidden
    assert view.span(15, 16)[:2] == (len(text) - 1, len(text))


def test_cheap_prefilter() -> None:
    assert may_have_number_words("call five five five")
    assert may_have_number_words("zéro six douze")
    assert may_have_number_words("صفر ستة خمسون")
    assert not may_have_number_words("one girl and two rooms")
    assert not may_have_number_words("rooms 123 456 789")
    assert number_run_pattern().search("one two") is not None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_views_never_crash_and_spans_stay_inside(text: str) -> None:
    view = spell_digits(clean_chars(text))
    n = len(view.text)
    for a, b in ((0, n), (0, n // 2), (n // 2, n), (n // 3, n // 3)):
        start, end, _hidden = view.span(a, b)
        assert 0 <= start <= end <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "zero",
                "one",
                "cinq",
                "seis",
                "ثلاثة",
                "وعشرون",
                "5",
                "12",
                " ",
                "-",
                "٣",
                "\u200b",
                "5️⃣",
                "oh",
                "y",
                "x",
            ]
        )
    ).map("".join)
)
def test_views_on_number_soup(text: str) -> None:
    view = spell_digits(clean_chars(text))
    start, end, _hidden = view.span(0, len(view.text))
    assert 0 <= start <= end <= len(text)


def test_sentence_punctuation_inside_a_spelled_run_is_kept() -> None:
    # An age or a price, then a number: the two stay apart, each its own digits.
    assert spelled("age twenty two. two oh one five five five zero one nine six") == "age 22. 2015550196"
    assert spelled("vingt-cinq, zéro six douze trente-quatre cinquante-six") == "25. 06123456"
    assert spelled("٢٥. صفر ستة خمسة صفر واحد اثنين ثلاثة") == "25. 0650123"
    # A number spelled in pairs parted by commas still reads as one run of pairs.
    assert spelled("zéro six, douze, trente-quatre, cinquante-six") == "06. 12. 34. 56"
