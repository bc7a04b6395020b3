"""Cheap language identification for ads and posts: script first, then stop words.

``detect`` returns an ISO 639-1 code or ``None`` when the text gives too little evidence. Arabic-script text
is ``"ar"`` (``"fa"`` or ``"ur"`` when their own letters appear); Latin-script text is decided between
English, Spanish, French, Portuguese, Italian and German by counting frequent function words and a few
telltale letters.
It looks at the first 240 characters only, which is plenty for a language guess and keeps it fast.
"""

from __future__ import annotations

import re

_LIMIT = 240
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]+")
_PERSIAN = frozenset("پچژگ")
_URDU = frozenset("ٹڈڑںے")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_STOP: dict[str, frozenset[str]] = {
    "en": _words(
        "the and for with you your are is to of in on at this that we our will from be have has not no "
        "only all per call now who can it an or by my me new"
    ),
    "es": _words(
        "el la los las de del y en que por para con sin una un es se al muy mas su sus tu te lo como "
        "nos busco vendo hora horas dia día más"
    ),
    "fr": _words(
        "le la les des du de et en un une pour avec sans est dans au aux sur vous nous ne pas votre "
        "vos je ou tres très chez d l qu j c n s aucun cherche vends à"
    ),
    "pt": _words("o os as do da dos das em um uma com sem para por que não muito você sua seu"),
    "it": _words("il lo gli della delle di e che per con senza una non sono molto nel alla"),
    "de": _words("der die das und mit ist nicht ein eine für auf sie wir ich zu den dem bei"),
}
_CHARS: dict[str, str] = {"es": "ñ¿¡", "fr": "çœèêëîûù", "pt": "ãõ", "de": "äöüß"}
_PUNCT = '.,;:!?()[]{}"«»¿¡-–—/*+&%$€£#@…'


_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _code, _stop in _STOP.items():
    for _word in _stop:
        _WORD_LANGS[_word] = (*_WORD_LANGS.get(_word, ()), _code)
_CHAR_LANGS = {ch: code for code, chars in _CHARS.items() for ch in chars}
_TELLTALE_RE = re.compile(f"[{''.join(_CHAR_LANGS)}]")


def detect(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code, or ``None`` when unsure."""
    sample = text[:_LIMIT]
    if _ARABIC_RE.search(sample):
        arabic = sum(map(len, _ARABIC_RE.findall(sample)))
        if arabic >= sum(map(len, _LATIN_RE.findall(sample))):
            letters = set(sample)
            if letters & _URDU:
                return "ur"
            if letters & _PERSIAN and "ة" not in letters:
                return "fa"
            return "ar"
    lowered = sample.lower()
    scores: dict[str, float] = {}
    for ch in _TELLTALE_RE.findall(lowered):
        code = _CHAR_LANGS[ch]
        scores[code] = scores.get(code, 0.0) + 1.5
    get = _WORD_LANGS.get
    for token in lowered.replace("'", " ").replace("\u2019", " ").split():
        for code in get(token) or get(token.strip(_PUNCT), ()):
            scores[code] = scores.get(code, 0.0) + 1.0
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= 1.0 else None
