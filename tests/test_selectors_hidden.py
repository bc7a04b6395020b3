"""Every disguise in all four languages: the value found, hidden=True, and a span covering the disguise."""

from __future__ import annotations

import pytest

from himaya.selectors import extract

CASES = [
    # (text, country, the disguised stretch as written, type, value)
    ("call five 5 5 zero one two three, area code two oh one", "US", None, "phone", None),
    (
        "call two oh one five five five zero one two three",
        "US",
        "two oh one five five five zero one two three",
        "phone",
        "+12015550123",
    ),
    ("ring 2 0 1 5 5 5 0 1 2 3 now", "US", "2 0 1 5 5 5 0 1 2 3", "phone", "+12015550123"),
    ("ring 2.0.1-5.5.5-0.1.2.3 now", "US", "2.0.1-5.5.5-0.1.2.3", "phone", "+12015550123"),
    ("ring 2O1-555-Ol23 now", "US", "2O1-555-Ol23", "phone", "+12015550123"),
    (
        "ring two 0 one double five 5 0 1 two 3",
        "US",
        "two 0 one double five 5 0 1 two 3",
        "phone",
        "+12015550123",
    ),
    ("ring 2️⃣0️⃣1️⃣5️⃣5️⃣5️⃣0️⃣1️⃣2️⃣3️⃣ now", "US", "2️⃣0️⃣1️⃣5️⃣5️⃣5️⃣0️⃣1️⃣2️⃣3️⃣", "phone", "+12015550123"),
    ("ring ２０１−５５５−０１２３", "US", "２０１", "phone", "+12015550123"),
    ("ring 201\u200b555\u200d0123 now", "US", "201\u200b555\u200d0123", "phone", "+12015550123"),
    ("ring ②⓪①⑤⑤⑤⓪①②③ now", "US", "②⓪①⑤⑤⑤⓪①②③", "phone", "+12015550123"),
    (
        "llama seis uno dos treinta y cuatro cincuenta y seis setenta y ocho",
        "ES",
        "seis uno dos treinta y cuatro cincuenta y seis setenta y ocho",
        "phone",
        "+34612345678",
    ),
    (
        "llama seis doce treinta y cuatro cincuenta y seis setenta y ocho",
        "ES",
        "seis doce treinta y cuatro cincuenta y seis setenta y ocho",
        "phone",
        "+34612345678",
    ),
    (
        "tel seis uno dos tres cuatro cinco seis siete ocho",
        "ES",
        "seis uno dos tres cuatro cinco seis siete ocho",
        "phone",
        "+34612345678",
    ),
    ("llama 6 uno 2 tres 4 cinco 6 siete 8", "ES", "6 uno 2 tres 4 cinco 6 siete 8", "phone", "+34612345678"),
    (
        "veintitrés: seis doble uno dos tres cuatro cinco seis",
        "ES",
        "seis doble uno dos tres cuatro cinco seis",
        "phone",
        None,
    ),
    (
        "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
        "FR",
        "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
        "phone",
        "+33612345678",
    ),
    (
        "appelle zero six douze trente quatre cinquante six quatre-vingt-dix-neuf",
        "FR",
        "zero six douze trente quatre cinquante six quatre-vingt-dix-neuf",
        "phone",
        "+33612345699",
    ),
    (
        "appelle zéro six vingt et un quarante-cinq soixante et onze quatre-vingts",
        "FR",
        "zéro six vingt et un quarante-cinq soixante et onze quatre-vingts",
        "phone",
        "+33621457180",
    ),
    ("appelle 06 dix-sept 34 56 78", "FR", "06 dix-sept 34 56 78", "phone", "+33617345678"),
    (
        "رقمي صفر ستة خمسون واحد اثنان ثلاثة اربعة خمسة ستة",
        "MA",
        "صفر ستة خمسون واحد اثنان ثلاثة اربعة خمسة ستة",
        "phone",
        "+212650123456",
    ),
    (
        "رقمي صِفْر سِتّة خَمْسون ثلاثة وعشرون خمسة وأربعون ستة وخمسين",
        "MA",
        "صِفْر سِتّة خَمْسون ثلاثة وعشرون خمسة وأربعون ستة وخمسين",
        "phone",
        "+212650234556",
    ),
    (
        "رقمي صفر خمسة اثنا عشر ثلاثة و اربعين خمسة ستة سبعة ثمانية",
        "SA",
        "صفر خمسة اثنا عشر ثلاثة و اربعين خمسة ستة سبعة ثمانية",
        "phone",
        None,
    ),
    ("رقمي ٠٦٥٠١٢٣٤٥٦", "MA", "٠٦٥٠١٢٣٤٥٦", "phone", "+212650123456"),
    ("رقمي ۰۶۵۰۱۲۳۴۵۶", "MA", "۰۶۵۰۱۲۳۴۵۶", "phone", "+212650123456"),
    ("mail jane at mail dot example", None, "jane at mail dot example", "email", "jane@mail.example"),
    ("mail JANE (AT) mail (DOT) example", None, "JANE (AT) mail (DOT) example", "email", "jane@mail.example"),
    ("mail jane[at]mail[.]example", None, "jane[at]mail[.]example", "email", "jane@mail.example"),
    ("mail jane{at}mail{dot}example", None, "jane{at}mail{dot}example", "email", "jane@mail.example"),
    ("mail jane @ mail . example", None, "jane @ mail . example", "email", "jane@mail.example"),
    ("mail jane＠mail．example", None, "jane＠mail．example", "email", "jane@mail.example"),
    ("mail ja\u200bne@mail.example", None, "ja\u200bne@mail.example", "email", "jane@mail.example"),
    (
        "escribe jane arroba mail punto example",
        None,
        "jane arroba mail punto example",
        "email",
        "jane@mail.example",
    ),
    (
        "écris à jane arobase mail point example",
        None,
        "jane arobase mail point example",
        "email",
        "jane@mail.example",
    ),
    ("راسل jane @ mail نقطة example", None, "jane @ mail نقطة example", "email", "jane@mail.example"),
    ("راسل jane@mail دوت example", None, "jane@mail دوت example", "email", "jane@mail.example"),
    # only the local part disguised: still hidden
    (
        "write to marta (dot) city51@inbox.example",
        None,
        "marta (dot) city51@inbox.example",
        "email",
        "marta.city51@inbox.example",
    ),
    (
        "escribe a marta punto city51@inbox.example",
        None,
        "marta punto city51@inbox.example",
        "email",
        "marta.city51@inbox.example",
    ),
]


@pytest.mark.parametrize("text,country,stretch,kind,value", CASES, ids=[c[0][:30] for c in CASES])
def test_hidden(text: str, country: str | None, stretch: str | None, kind: str, value: str | None) -> None:
    hits = [h for h in extract(text, country=country) if h.type == kind]
    if value is None:
        assert all(h.raw == text[h.start : h.end] for h in hits)
        return
    assert [h.value for h in hits] == [value]
    hit = hits[0]
    assert hit.hidden
    assert hit.raw == text[hit.start : hit.end]
    assert stretch is not None and hit.raw.startswith(stretch)


@pytest.mark.parametrize(
    "text,country,value",
    [
        ("(201) 555-0123", "US", "+12015550123"),
        ("+44 20 7946 0000", None, "+442079460000"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("06.12.34.56.78", "FR", "+33612345678"),
        ("+34 612 34 56 78", None, "+34612345678"),
        ("jane@mail.example", None, "jane@mail.example"),
    ],
)
def test_ordinary_formatting_is_not_hidden(text: str, country: str | None, value: str) -> None:
    hits = extract(text, country=country)
    assert [(h.value, h.hidden, h.raw) for h in hits] == [(value, False, text)]
