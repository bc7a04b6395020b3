"""Digits written as words, in English, Spanish, French and Arabic.

People hide phone numbers from filters by spelling them out ("five five five zero one two three"),
often mixed with numerals and read in pairs ("zéro six douze trente-quatre", "ثلاثة وعشرون").
:func:`number_run_pattern` finds runs of such tokens; :func:`run_digits` turns one run into the digit
string it reads as. Word tables are small, reviewed vocabularies kept in code because the grammar that
combines them (tens + units, French 70/80/90, Arabic unit-before-tens) is code anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TypeVar

from himaya.text.alternation import first_chars, grouped

# kind: "u" unit 0-9, "t" teen 10-19, "d" tens 20-90, "m" repeat next (double/triple), "s" Arabic teen suffix.
_WORDS: dict[str, tuple[str, int]] = {}


def _add(kind: str, value: int, *spellings: str) -> None:
    for s in spellings:
        _WORDS[s] = (kind, value)


# English
_add("u", 0, "zero", "oh", "nil", "nought")
for _v, _w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], 1):
    _add("u", _v, _w)
for _v, _w in enumerate(
    [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ],
    10,
):
    _add("t", _v, _w)
for _v, _w in zip(
    range(20, 100, 10),
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    strict=True,
):
    _add("d", _v, _w)
_add("p", 0, "plus", "mas", "zaid")
_add("m", 2, "double", "doble", "dobles")
_add("m", 3, "triple", "treble", "triples")
# A lone "o" reads as zero only between two single digits ("two o one"); anywhere else it is a word
# ("612 345 678 o 612 ...": Spanish "or") and parts the run there (see :func:`run_parts`).
_add("z", 0, "o")
# Spanish (accents are matched optionally, see _latin)
_add("u", 0, "cero")
for _v, _w in enumerate(["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"], 1):
    _add("u", _v, _w)
_add("u", 1, "una", "un")
for _v, _w in enumerate(
    [
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciseis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
    ],
    10,
):
    _add("t", _v, _w)
for _v, _w in zip(
    range(20, 100, 10),
    ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
    strict=True,
):
    _add("d", _v, _w)
for _v, _w in enumerate(
    [
        "veintiuno",
        "veintidos",
        "veintitres",
        "veinticuatro",
        "veinticinco",
        "veintiseis",
        "veintisiete",
        "veintiocho",
        "veintinueve",
    ],
    21,
):
    _add("t", _v, _w)  # a complete two-digit number, like a teen
# French
_add("u", 0, "zero")
for _v, _w in enumerate(["une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"], 1):
    _add("u", _v, _w)
for _v, _w in enumerate(["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"], 10):
    _add("t", _v, _w)
for _v, _w in zip((20, 30, 40, 50), ["vingt", "trente", "quarante", "cinquante"], strict=True):
    _add("d", _v, _w)
# French 60 and 80 absorb a following teen: "soixante-douze" = 72, "quatre-vingt-dix-neuf" = 99.
_add("f", 60, "soixante")
_add("f", 80, "quatre-vingt", "quatre-vingts", "quatre vingt", "quatre vingts")
_add("d", 70, "septante")
_add("d", 90, "nonante")
_add("d", 80, "huitante", "octante")

# Arabic, written in folded form (alef, yeh and teh marbuta variants are matched by _arabic).
_AR: list[tuple[str, str, int]] = [
    ("p", "زايد", 0),
    ("p", "زاءد", 0),
    ("u", "صفر", 0),
    ("u", "واحد", 1),
    ("u", "واحده", 1),
    ("u", "احد", 1),
    ("u", "اثنان", 2),
    ("u", "اثنين", 2),
    ("u", "اثنا", 2),
    ("u", "اتنين", 2),
    ("u", "اثنتان", 2),
    ("u", "ثلاثه", 3),
    ("u", "ثلاث", 3),
    ("u", "تلاته", 3),
    ("u", "تلات", 3),
    ("u", "اربعه", 4),
    ("u", "اربع", 4),
    ("u", "خمسه", 5),
    ("u", "خمس", 5),
    ("u", "سته", 6),
    ("u", "ست", 6),
    ("u", "سبعه", 7),
    ("u", "سبع", 7),
    ("u", "ثمانيه", 8),
    ("u", "ثماني", 8),
    ("u", "ثمان", 8),
    ("u", "تمانيه", 8),
    ("u", "تمنيه", 8),
    ("u", "تسعه", 9),
    ("u", "تسع", 9),
    ("t", "عشره", 10),
    ("s", "عشر", 10),
    ("d", "عشرون", 20),
    ("d", "عشرين", 20),
    ("d", "ثلاثون", 30),
    ("d", "ثلاثين", 30),
    ("d", "تلاتين", 30),
    ("d", "اربعون", 40),
    ("d", "اربعين", 40),
    ("d", "خمسون", 50),
    ("d", "خمسين", 50),
    ("d", "ستون", 60),
    ("d", "ستين", 60),
    ("d", "سبعون", 70),
    ("d", "سبعين", 70),
    ("d", "ثمانون", 80),
    ("d", "ثمانين", 80),
    ("d", "تمانين", 80),
    ("d", "تسعون", 90),
    ("d", "تسعين", 90),
]
_AR_WORDS = {w: (k, v) for k, w, v in _AR}

_ACCENTS = {"a": "aáàâä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôö", "u": "uúùûü", "c": "cç", "n": "nñ"}
_AR_VARIANTS = {"ا": "اأإآٱ", "ه": "هة", "ي": "يىئ", "و": "وؤ"}
_HARAKAT = "[\u064b-\u0652\u0670\u0640]*"


def _latin(word: str) -> str:
    parts = []
    for ch in word:
        if ch in _ACCENTS:
            parts.append(f"[{_ACCENTS[ch]}]")
        elif ch in " -":
            parts.append(r"[\s\-]+")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def _arabic(word: str) -> str:
    return _HARAKAT.join(f"[{_AR_VARIANTS[ch]}]" if ch in _AR_VARIANTS else ch for ch in word) + _HARAKAT


def _ascii_fold(word: str) -> str:
    out = word.lower()
    for base, variants in _ACCENTS.items():
        for v in variants[1:]:
            out = out.replace(v, base)
    return re.sub(r"[\s\-]+", " ", out)


def _arabic_fold(word: str) -> str:
    out = re.sub("[\u064b-\u0652\u0670\u0640]", "", word)
    for base, variants in _AR_VARIANTS.items():
        for v in variants[1:]:
            out = out.replace(v, base)
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    latin = [_latin(w) for w in sorted(_WORDS, key=len, reverse=True)]
    arabic = [_arabic(w) for w in sorted(_AR_WORDS, key=len, reverse=True)]
    # Each branch opens with a lookahead for the characters its words can start with (for Arabic, also
    # the "و" and the harakat that may come first): at most positions of a text it fails at once.
    arabic_starts = first_chars(arabic, "و" + _HARAKAT[1:-2])
    word = (
        rf"(?:(?={first_chars(latin)})(?<![^\W\d_])(?:"
        + grouped(latin)
        + r")(?![^\W\d_]))"
        + rf"|(?:(?={arabic_starts})(?<![\u0621-\u064a])و?"
        + _HARAKAT
        + "(?:"
        + grouped(arabic)
        + r")(?![\u0621-\u064a]))"
    )
    token = rf"(?:\d+|{word})"
    # Separators inside a run: punctuation, spaces, "y"/"et"/"and"/"و" joining tens and units.
    sep = r"(?:[ \t\u00a0\-.,/_|·•*~]+(?:(?:y|et|and|و)[ \t\u00a0\-]+)?)?"  # never across a line break
    run = re.compile(rf"{token}(?:{sep}{token})+", re.IGNORECASE)
    return run, re.compile(token, re.IGNORECASE)


@lru_cache(maxsize=1)
def _quick() -> tuple[dict[int, str | None], frozenset[str], re.Pattern[str], frozenset[str]]:
    """Folding table, number words, a pattern finding any character the table changes, and the
    tokens that count as number words (the words, also with a leading Arabic "و")."""
    table: dict[int, str | None] = {
        ord(c): None for c in "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
    }
    for base, variants in {**_ACCENTS, **_AR_VARIANTS}.items():
        for v in variants[1:]:
            table[ord(v)] = base
    for v in "ÁÀÂÄÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜÇÑ":
        table[ord(v)] = table[ord(v.lower())]
    # A lone "o" is left out: it is a word in Spanish ("or") much more often than zero, and a spelled run
    # it stands in ("two o one five ...") has words enough around it.
    words = frozenset({w for key in _WORDS for w in key.split()} | set(_AR_WORDS)) - {"o"}
    folds = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")
    return table, words, folds, words | {"و" + w for w in words}


_TOKEN_RE = re.compile(r"[^\W_]+")
_JOINERS = ("y", "et", "and", "و")
_Token = TypeVar("_Token", str, bytes)
# Bytes: ASCII letters and digits kept, anything else a space.
_ASCII_TOKENS = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))


@lru_cache(maxsize=1)
def _ascii_words() -> tuple[frozenset[bytes], tuple[bytes, ...]]:
    """The number words and joining words that can stand in ASCII text, as bytes."""
    return frozenset(w.encode() for w in _quick()[3] if w.isascii()), tuple(j.encode() for j in _JOINERS if j.isascii())


def _may_run(tokens: list[_Token], min_tokens: int, wordlike: frozenset[_Token], joiners: tuple[_Token, ...]) -> bool:
    """Whether ``min_tokens`` number tokens, one of them a word, follow one another with only joining
    words between them, gaps aside: False means no worded run (the common case); True, that the exact
    test, which also looks at the gaps, must look."""
    if wordlike.isdisjoint(tokens):
        return False  # no number word at all: no run can be worded
    # Each token as a letter: w a number word, d a numeral, j a joining word, x anything else.
    kinds = "".join(["w" if t in wordlike else "d" if t.isdigit() else "j" if t in joiners else "x" for t in tokens])
    return any(len(part) >= min_tokens and "w" in part for part in kinds.replace("j", "").split("x"))


def may_have_number_words(text: str, min_tokens: int = 3) -> bool:
    """Cheap test: somewhere ``min_tokens`` number tokens (words or numerals) follow one another,
    at least one of them a word."""
    table, known, folds, wordlike = _quick()
    # text.translate(table), much faster: each character is folded on its own and no folded character
    # is folded again, so replacing the few that occur one after another gives the same text.
    for ch in set(folds.findall(text)):
        text = text.replace(ch, table[ord(ch)] or "")
    text = text.lower()
    if text.isascii():
        # The same tokens as _TOKEN_RE (runs of ASCII letters and digits), as bytes, in a fraction of the time.
        spaced = text.encode("ascii").translate(_ASCII_TOKENS)
        if not _may_run(spaced.split(), min_tokens, *_ascii_words()):
            return any(split_glued(m.group(1).decode()) is not None for m in _glue_bytes_re().finditer(b" " + spaced))
    elif not _may_run(_TOKEN_RE.findall(text), min_tokens, wordlike, _JOINERS):
        return _any_glued(text)
    run = 0
    worded = False
    last_end = -1
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        is_word = tok in known or (tok[0] == "و" and tok[1:] in known)
        if is_word or tok.isdigit():
            if last_end >= 0 and m.start() - last_end > 6:
                run, worded = 0, False
            run += 1
            worded = worded or is_word
            last_end = m.end()
            if run >= min_tokens and worded:
                return True
        elif tok not in _JOINERS:
            run, worded, last_end = 0, False, -1
    return _any_glued(text)


def _any_glued(lowered: str) -> bool:
    """Whether some token of a lower-cased text is number words glued together or to numerals
    ("fivefivefive", "2one0")."""
    return any(split_glued(m.group(1)) is not None for m in _glue_re().finditer(" " + lowered))


@lru_cache(maxsize=1)
def _glue_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """A pattern for one piece of a glued token ("fivefivefive", "2onethreefour", "6Five0Three"): a
    numeral or a number word of three letters or more (shorter ones, "oh", "un", would cut ordinary
    words into pieces), longest first; and the words."""
    words = sorted(
        (w for w, (kind, _v) in _WORDS.items() if kind in "utdfm" and len(w) >= 3 and " " not in w and "-" not in w),
        key=len,
        reverse=True,
    )
    return re.compile(r"\d+|" + "|".join(words)), frozenset(words)


def _glue_body(words: list[str]) -> str:
    """A whole token made of two or more pieces, numerals or the ``words`` (a lone "o" between two of
    them), captured, after the character before it."""
    word = "(?:" + grouped(words) + ")"
    piece = rf"(?:\d+|{word})"
    return rf"(?={first_chars(words, '0-9')})((?:\d+o?{word}|{word}(?=o?{piece}))(?:o?{piece})*)(?![^\W_])"


@lru_cache(maxsize=1)
def _glue_re() -> re.Pattern[str]:
    """Candidates for :func:`split_glued` in lower-case text: number words of three letters or more and
    numerals glued together. The pattern opens with the character before the token (a text is searched
    with a space put before it), a class the regex engine scans for quickly; a case-blind pattern would
    be much slower."""
    return re.compile(r"[\W_]" + _glue_body([_latin(w) for w in sorted(_glue_words()[1], key=len, reverse=True)]))


@lru_cache(maxsize=1)
def _glue_bytes_re() -> re.Pattern[bytes]:
    """:func:`_glue_re` for lower-case ASCII text made bytes, every character but letters and digits a
    space: a token starts after a space, a literal the regex engine finds fastest."""
    words = sorted((w for w in _glue_words()[1] if w.isascii()), key=len, reverse=True)
    return re.compile((" " + _glue_body(words)).encode())


def glued_tokens(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """Each token of ``text`` that :func:`split_glued` cuts: its start, end and pieces. The text is
    searched in lower case (a case-blind pattern is much slower), where that keeps its length."""
    lowered = text.lower()
    if len(lowered) == len(text):
        text = lowered
    for m in _glue_re().finditer(" " + text):
        pieces = split_glued(m.group(1))
        if pieces is not None:
            yield m.start(1) - 1, m.end(1) - 1, pieces


def split_glued(token: str) -> list[str] | None:
    """The pieces of a token made of number words glued to numerals or to each other, else None.

    "fivefivefive" -> five, five, five; "2ONE0" -> 2, ONE, 0; "twoofive" -> two, o, five (a lone "o"
    between pieces is zero). A token that is one word, one numeral, or holds any letters that are no
    number word ("someone", "tonight713") is not cut: ordinary words never turn into numbers here.
    """
    folded = _ascii_fold(token)
    if len(folded) != len(token):
        return None
    pattern = _glue_words()[0]
    pieces: list[str] = []
    pos = 0
    words = 0
    while pos < len(folded):
        m = pattern.match(folded, pos)
        if m is None:
            if folded[pos] == "o" and pieces and pos + 1 < len(folded):
                pieces.append("0")  # "twoofive": "o" between two pieces
                pos += 1
                continue
            return None
        if not m.group().isdigit():
            words += 1
        pieces.append(token[pos : m.end()] if not m.group().isdigit() else m.group())
        pos = m.end()
    if words == 0 or len(pieces) < 2:
        return None
    return pieces


_BREAK_WORDS = frozenset({"plus", "mas", "zaid", "زايد", "زاءد"})
# A token that may be a break word or a lone "o" as written (before folding): the quick test of run_parts.
_MAY_BREAK_RE = re.compile(r"(?<![^\W\d_])(?:plus|m[aáà]s|zaid|[oóò]|زا[ئيء]د)(?![^\W\d_])", re.IGNORECASE)


def run_parts(run: str) -> list[tuple[int, int]]:
    """Where a run of number tokens holds more than one number, the stretches of each.

    "plus" (or "más", "زائد") after a number starts another one ("201 555 0123 plus 201 555 0145"); a lone
    "o" that is not between two single digits is a word ("or"), not zero, and parts the run too.
    """
    if _MAY_BREAK_RE.search(run) is None:  # no "plus" and no lone "o": one number (most runs)
        return [(0, len(run))]
    tokens = list(_patterns()[1].finditer(run))
    cuts: list[tuple[int, int]] = []
    for k, m in enumerate(tokens):
        if k == 0:
            continue
        kind = _classify(m.group(), False)[0]
        folded = _arabic_fold(_ascii_fold(m.group()))
        if (kind == "p" and folded in _BREAK_WORDS) or (
            kind == "z"
            and not (k + 1 < len(tokens) and _single(tokens[k - 1].group()) and _single(tokens[k + 1].group()))
        ):
            cuts.append((m.start(), m.end()))
    parts = []
    pos = 0
    for a, b in cuts:
        parts.append((pos, a))
        pos = b
    parts.append((pos, len(run)))
    return [(a, b) for a, b in parts if run[a:b].strip(" \t\u00a0-.,/_|·•*~")]


def _single(tok: str) -> bool:
    """A token that stands for one digit: a numeral 0-9 or a unit word."""
    if tok.isdigit():
        return len(tok) == 1
    return _classify(tok, False)[0] in ("u", "z")


def number_run_pattern() -> re.Pattern[str]:
    """A pattern for runs of two or more number tokens (numerals or number words)."""
    return _patterns()[0]


def _classify(tok: str, joined: bool) -> tuple[str, int | str]:
    if tok.isdigit():
        return ("n", tok)
    folded = _arabic_fold(tok)
    if folded in _AR_WORDS:
        kind, value = _AR_WORDS[folded]
    elif folded[0] == "و" and folded[1:] in _AR_WORDS:
        kind, value = _AR_WORDS[folded[1:]]  # "وعشرون": "and twenty"
        joined = True
    else:
        return _WORDS.get(_ascii_fold(tok), ("?", 0))
    # Arabic reads units before tens ("ثلاثة وعشرون" = 23): its tens only combine with a unit before them.
    if kind == "d":
        return ("wd" if joined else "ad", value)
    return (kind, value)


def run_digits(run: str) -> tuple[str, bool]:
    """The digits a run of number tokens reads as, and whether any token was a word."""
    toks = []
    last = 0
    for m in _patterns()[1].finditer(run):
        toks.append(_classify(m.group(), "و" in run[last : m.start()]))
        last = m.end()
    out: list[str] = []
    words = False
    i = 0
    while i < len(toks):
        kind, value = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ("", 0)
        if kind == "n":
            out.append(str(value))
            i += 1
            continue
        words = True
        if kind == "p":
            if not out:
                out.append("+")  # "plus", "más", "زائد" before a number: its international prefix
            i += 1
            continue
        if kind == "m":
            if nxt[0] == "u":
                out.append(str(nxt[1]) * int(value))
                i += 2
                continue
            if nxt[0] == "n" and len(str(nxt[1])) == 1:
                out.append(str(nxt[1]) * int(value))
                i += 2
                continue
            i += 1
            continue
        if kind == "u" and int(value) > 0 and nxt[0] == "wd":
            out.append(str(int(nxt[1]) + int(value)))  # Arabic: "ثلاثة وعشرون" = 23
            i += 2
            continue
        if kind == "u" and nxt[0] == "s":
            out.append(str(10 + int(value)))  # Arabic teens: "ثلاثة عشر" = 13
            i += 2
            continue
        if kind == "t" and value == 10 and nxt[0] == "u" and 7 <= int(nxt[1]) <= 9:
            out.append(str(10 + int(nxt[1])))  # French "dix-sept"
            i += 2
            continue
        if kind in ("wd", "ad"):
            out.append(str(value))
            i += 1
            continue
        if kind in ("d", "f"):
            tens = int(value)
            if kind == "f" and nxt[0] == "t" and int(nxt[1]) < 20:
                sub = int(nxt[1])
                j = i + 2
                if sub == 10 and j < len(toks) and toks[j][0] == "u" and 7 <= int(toks[j][1]) <= 9:
                    sub += int(toks[j][1])  # "quatre-vingt-dix-neuf"
                    j += 1
                out.append(str(tens + sub))
                i = j
                continue
            if nxt[0] == "u" and 1 <= int(nxt[1]) <= 9:
                out.append(str(tens + int(nxt[1])))
                i += 2
                continue
            out.append(str(tens))
            i += 1
            continue
        if kind in ("u", "t", "s", "z"):
            out.append(str(value))
        i += 1
    return "".join(out), words
