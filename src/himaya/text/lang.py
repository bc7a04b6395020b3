"""Cheap language identification for ads and posts: script first, then stop words.

``detect`` returns an ISO 639-1 code or ``None`` when the text gives too little evidence. Arabic-script text is
``"ar"`` (``"fa"`` or ``"ur"`` when their own letters appear); Latin-script text is decided between English,
Spanish, French, Portuguese, Italian and German by counting frequent function words and a few telltale letters.
It looks at the first 600 characters only, which is plenty for a language guess and keeps it fast.
"""

from __future__ import annotations

import re

_LIMIT = 600
_WORD_RE = re.compile(r"[^\W\d_]+")
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")
_PERSIAN = frozenset("پچژگ")
_URDU = frozenset("ٹڈڑںے")

_STOP: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and for with you your are is to of in on at this that we our will from be have has not no "
        "only all per call now who can it an or by my me new".split()
    ),
    "es": frozenset(
        "el la los las de del y en que por para con sin una un es se al muy mas su sus tu te lo como "
        "nos busco vendo hora horas dia".split()
    ),
    "fr": frozenset(
        "le la les des du de et en un une pour avec sans est dans au aux sur vous nous ne pas votre "
        "vos je ou tres chez".split()
    ),
    "pt": frozenset("o os as do da dos das em um uma com sem para por que nao muito voce sua seu".split()),
    "it": frozenset("il lo gli della delle di e che per con senza una non sono molto nel alla".split()),
    "de": frozenset("der die das und mit ist nicht ein eine fur auf sie wir ich zu den dem bei".split()),
}
_CHARS: dict[str, str] = {"es": "ñ¿¡", "fr": "çœèêëîûù", "pt": "ãõ", "de": "äöüß"}
_ACCENTS = str.maketrans("áéíóúàèìòùâêîôûäëïöüç", "aeiouaeiouaeiouaeiouc")


def detect(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code, or ``None`` when unsure."""
    sample = text[:_LIMIT]
    arabic = len(_ARABIC_RE.findall(sample))
    latin = len(_LATIN_RE.findall(sample))
    if arabic == 0 and latin == 0:
        return None
    if arabic >= latin:
        letters = set(sample)
        if letters & _URDU:
            return "ur"
        if letters & _PERSIAN and "ة" not in letters:
            return "fa"
        return "ar"
    lowered = sample.lower()
    scores = dict.fromkeys(_STOP, 0.0)
    for word in _WORD_RE.findall(lowered.translate(_ACCENTS)):
        for code, stop in _STOP.items():
            if word in stop:
                scores[code] += 1.0
    for code, chars in _CHARS.items():
        for ch in chars:
            if ch in lowered:
                scores[code] += 1.5
    best = max(scores, key=scores.__getitem__)
    if scores[best] < 1.0:
        return None
    return best
