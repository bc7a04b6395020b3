"""Light stemming so that plural, gender and prefixed forms of a word meet.

Deliberately crude and language-agnostic: the same function runs on lexicon terms and on text, so what matters
is that variants of one word land on one stem, not that the stem is a real word. Input is already folded
(``himaya.text.fold``): lower case, no diacritics, Arabic letter variants unified.

* Latin script (English, Spanish, French): strip a final ``s``/``x`` (plural), then one final
  ``e``/``a``/``o`` (gender, silent e) and a second ``e`` (French ``-ee``); ``y`` becomes ``i`` (lady/ladies).
* Arabic: strip the article (ال, لل), an attached conjunction or preposition (و ب ل ف ك: text side only, as
  an alternative, because these letters also begin roots), and one suffix (ات ون ين ان ها هم ته تها ه).

Stems never shrink below three letters.
"""

from __future__ import annotations

_AR_SINGLE_PREFIXES = "وبلفك"
_AR_SUFFIXES = ("تها", "اته", "ته", "ات", "ون", "ين", "ان", "ها", "هم", "ه")
_MIN = 3


def _is_arabic(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


def _latin(word: str) -> str:
    if len(word) <= _MIN or not word.isalpha():
        return word
    if word[-1] in "sx" and len(word) > _MIN:
        word = word[:-1]
    if word[-1] == "y":
        return word[:-1] + "i"
    if word[-1] in "eao" and len(word) > _MIN:
        word = word[:-1]
        if word[-1] == "e" and len(word) > _MIN:
            word = word[:-1]
    return word


def _arabic_core(word: str) -> str:
    if word[:2] in ("ال", "لل") and len(word) - 2 >= _MIN:
        word = word[2:]
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN:
            return word[: -len(suffix)]
    return word


def stem(word: str) -> str:
    """The stem of one folded word, as used for lexicon terms."""
    if not word:
        return word
    if _is_arabic(word):
        return _arabic_core(word)
    return _latin(word)


def stems(word: str) -> tuple[str, ...]:
    """The candidate stems of one folded word of text: its stem and, for Arabic words that may carry an
    attached conjunction or preposition, the stem without it."""
    if not word:
        return (word,)
    if _is_arabic(word):
        first = _arabic_core(word)
        if word[0] in _AR_SINGLE_PREFIXES and len(word) - 1 >= _MIN:
            second = _arabic_core(word[1:])
            if second != first:
                return (first, second)
        return (first,)
    return (_latin(word),)
