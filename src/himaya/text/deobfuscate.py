"""Undo the disguises people put on contact details, keeping a map back to the original text.

Two views of a text are built, each a :class:`View` whose :meth:`View.span` maps a span of the cleaned
text back to the span of the original it came from, and says whether anything in it was disguised:

- :func:`clean_chars` works character by character: zero-width and other invisible characters are
  removed; Arabic-Indic, Persian, full-width, circled, mathematical and keycap-emoji digits become
  ASCII digits; full-width "@", ".", "+", brackets and hyphen become ASCII. Every selector type is matched on this view.
- :func:`spell_digits` goes further, for phone numbers only. Its steps, in order, each a view over the last:

  1. glued words are cut apart (:func:`_unglue`): a token made only of number words and numerals
     ("fivefivefive", "2onethreefour", "6Five0Three", "3ONE2") becomes its pieces, spaced; a lone "o"
     between two pieces is zero. A token with any other letters ("someone", "phone") is left whole;
  2. number words become numerals (English, Spanish, French, Arabic; any case; alone or mixed with
     numerals), for runs of ``min_digits`` digits or more. A run is cut into its numbers first
     (:func:`himaya.text.numwords.run_parts`): "plus" after a number, or a lone "o" not between two
     single digits ("or"), starts another number; sentence punctuation inside a run does too. A run
     glued to a word before or after it ("tonight713 five five ...") is spaced from it;
  3. junk separators and wrappers inside a stretch of 7 digits or more are dropped (:func:`_separators`):
     "*312~*555~01**89", "[7][1][3] [5][5][5]", "1*646*555*0199*", "0~01"; and a "/" between two
     stretches of 7 digits each becomes ", " (two numbers in a row, not one);
  4. letters standing in for digits inside a run of digits (O for 0, l or I for 1) are replaced.

  Nothing here makes a number out of prose: a run must reach ``min_digits`` digits, and a lone word
  ("one of the best", "no one", "I won two") never does.

Spelled-out "at" and "dot" are undone by the email matcher itself (``himaya.selectors.email``),
because whether "at" is a disguise depends on what stands around it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from himaya.text.numwords import (
    glued_tokens,
    may_have_number_words,
    number_run_pattern,
    run_digits,
    run_parts,
)

INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u034f\u061c\ufe0e\ufe0f"
_DIGIT_LIKE = (
    "\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\uff10-\uff19\u2460-\u2468\u24ea\u2474-\u247c"
    "\u2488-\u2490\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u2070\u00b9\u00b2\u00b3"
    "\u2074-\u2079\u2080-\u2089\U0001d7ce-\U0001d7ff\U0001f100-\U0001f10a\uff20\ufe6b\uff0e\uff0b"
    "\uff08\uff09\uff0d"
)
_SPECIAL_RE = re.compile(
    r"[0-9#*][\ufe0f\ufe0e]?\u20e3"  # keycap digits: "5️⃣"
    r"|\U0001f51f"  # keycap ten
    f"|[{INVISIBLE}\u20e3]"
    f"|[{_DIGIT_LIKE}]"
)
# Every match of _SPECIAL_RE holds one of these characters (a keycap its U+20E3): a text without any
# has nothing to clean, which one fast scan for a class tells.
_SPECIAL_CHAR_RE = re.compile(f"[\U0001f51f{INVISIBLE}\u20e3{_DIGIT_LIKE}]")
_PUNCT = {"\uff20": "@", "\ufe6b": "@", "\uff0e": ".", "\uff0b": "+", "\uff08": "(", "\uff09": ")", "\uff0d": "-"}


class View:
    """A cleaned text plus the edits that made it from the original."""

    __slots__ = ("_ends", "_outs", "_parent", "_srce", "_srcs", "original", "text")

    def __init__(self, original: str, text: str, parent: View | None = None) -> None:
        self.original = original
        self.text = text
        self._parent = parent
        self._outs: list[int] = []
        self._ends: list[int] = []
        self._srcs: list[int] = []
        self._srce: list[int] = []

    @property
    def changed(self) -> bool:
        return bool(self._outs) or (self._parent is not None and self._parent.changed)

    def _local(self, a: int, b: int) -> tuple[int, int, bool]:
        outs = self._outs
        if not outs:
            return a, b, False
        i = bisect_right(outs, a) - 1
        inside_a = i >= 0 and a < self._ends[i]
        sa = self._srcs[i] if inside_a else a + ((self._srce[i] - self._ends[i]) if i >= 0 else 0)
        q = max(a, b - 1)
        j = bisect_right(outs, q) - 1
        inside_b = j >= 0 and q < self._ends[j]
        sb = self._srce[j] if inside_b else q + 1 + ((self._srce[j] - self._ends[j]) if j >= 0 else 0)
        if b <= a:
            sb = sa
        hidden = bisect_left(outs, b) > bisect_right(outs, a) or (i >= 0 and self._ends[i] > a)
        return sa, sb, hidden

    def span(self, a: int, b: int) -> tuple[int, int, bool]:
        """Map ``text[a:b]`` to ``(start, end, hidden)`` in the original text."""
        sa, sb, hidden = self._local(a, b)
        if self._parent is not None:
            sa, sb, hidden_up = self._parent.span(sa, sb)
            hidden = hidden or hidden_up
        return sa, sb, hidden


class _Builder:
    def __init__(self, source: View | str) -> None:
        self.source = source
        self.src = source.text if isinstance(source, View) else source
        self.parts: list[str] = []
        self.pos = 0  # next source index to copy
        self.out = 0  # length of output so far
        self.edits: list[tuple[int, int, int, int]] = []

    def replace(self, a: int, b: int, new: str) -> None:
        if a > self.pos:
            self.parts.append(self.src[self.pos : a])
            self.out += a - self.pos
        self.edits.append((self.out, self.out + len(new), a, b))
        self.parts.append(new)
        self.out += len(new)
        self.pos = b

    def view(self) -> View:
        if isinstance(self.source, View):
            original, parent = self.source.original, self.source
        else:
            original, parent = self.source, None
        if not self.edits:
            return self.source if isinstance(self.source, View) else View(original, self.src)
        self.parts.append(self.src[self.pos :])
        view = View(original, "".join(self.parts), parent)
        for o, e, s, t in self.edits:
            view._outs.append(o)
            view._ends.append(e)
            view._srcs.append(s)
            view._srce.append(t)
        return view


def _char_value(ch: str) -> str:
    if len(ch) > 1 and ch[0] in "0123456789":
        return ch[0]
    if ch == "\U0001f51f":
        return "10"
    if ch in _PUNCT:
        return _PUNCT[ch]
    if len(ch) > 1 or ch in INVISIBLE or ch == "\u20e3":
        return ""
    digit = unicodedata.digit(ch, None)
    if digit is None:
        digit = unicodedata.digit(unicodedata.normalize("NFKC", ch)[:1] or " ", None)
    return "" if digit is None else str(digit)


def clean_chars(text: str) -> View:
    """The character-level view: invisible characters gone, every digit and "@"/"." made ASCII."""
    if text.isascii() or _SPECIAL_CHAR_RE.search(text) is None:
        return View(text, text)
    builder = _Builder(text)
    for m in _SPECIAL_RE.finditer(text):
        builder.replace(m.start(), m.end(), _char_value(m.group()))
    return builder.view()


_SENTENCE_RE = re.compile(r"(?<![\s.,;])[.,;][ \t\u00a0]+")
# A run of digits and look-alike letters, not inside a word: "(?<!\w)[(]?[\dOoIl](?:...){6,}(?!\w)",
# written to start with a character class (the regex engine then skips to the next such character
# instead of trying the pattern at every position); the lookbehinds after it look at the same characters.
_LOOKALIKE_RE = re.compile(r"[(\dOoIl](?<!\w.)(?:(?<=\()[\dOoIl]|(?<=[\dOoIl]))(?:[ .\-/()]{0,2}[\dOoIl]){6,}(?!\w)")
_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
_LETTERS_RE = re.compile(r"[OoIl]+")
_LOOKALIKE_LETTERS = frozenset("OoIl")
_RUN_SEP_RE = re.compile(r"[ .\-/()]+")
_WORDY_RE = re.compile(r"[^\W\d_]{2}")
# A look-alike letter within a separator or two of a digit: without one, no run has a letter group
# touching a digit, so _lookalikes would change nothing.
# Whether there is any "\d[ .\-/()]{0,2}[OoIl]|[OoIl][ .\-/()]{0,2}\d": found from the digit in both
# cases (the engine skips from digit to digit; "o" and "l" are much more common than digits).
_LOOKALIKE_NEAR_RE = re.compile(
    r"\d(?:[ .\-/()]{0,2}[OoIl]|(?<=[OoIl]\d)|(?<=[OoIl][ .\-/()]\d)|(?<=[OoIl][ .\-/()][ .\-/()]\d))"
)


def _lookalikes(view: View) -> View:
    """O for 0, l or I for 1, inside runs of digits ("2O1 555 Ol23"); never inside words."""
    text = view.text
    if _LOOKALIKE_NEAR_RE.search(text) is None:
        return view
    builder = _Builder(view)
    for m in _LOOKALIKE_RE.finditer(text):
        run = m.group()
        if _LOOKALIKE_LETTERS.isdisjoint(run):
            continue  # digits and separators only (most runs): nothing to replace
        if run.isdigit() or sum(ch.isdigit() for ch in run) < 5:
            continue
        if any(tok.isalpha() and len(tok) >= 3 for tok in _RUN_SEP_RE.split(run)):
            continue  # a word of look-alike letters ("lol", "Ill") next to a number stays a word
        squeezed = "".join(ch for ch in run if ch.isalnum())
        # Each group of look-alike letters is short and touches a digit: "Ol2" yes, "lol" no.
        if not all(
            len(g.group()) <= 3
            and (
                (g.start() > 0 and squeezed[g.start() - 1].isdigit())
                or (g.end() < len(squeezed) and squeezed[g.end()].isdigit())
            )
            for g in _LETTERS_RE.finditer(squeezed)
        ):
            continue
        for k, ch in enumerate(run):
            if ch in "OoIl":
                builder.replace(m.start() + k, m.start() + k + 1, ch.translate(_LOOKALIKE))
    return builder.view()


def _replace_sentences(builder: _Builder, start: int, run: str) -> None:
    """A run with sentence punctuation inside ("vingt-cinq. zéro six ..."): an age, a price or a time,
    then a number. Each part becomes its own digits and each break ". ", so that the phone matcher can
    tell the parts apart (and still join "zéro six, douze, trente-quatre" when it is one number)."""
    pos = 0
    for sep in [*_SENTENCE_RE.finditer(run), None]:
        end = sep.start() if sep else len(run)
        part = run[pos:end]
        a, b = pos + len(part) - len(part.lstrip()), pos + len(part.rstrip())
        digits = run_digits(run[a:b])[0] if b > a else ""
        if digits and digits != run[a:b]:
            builder.replace(start + a, start + b, digits)
        if sep:
            if sep.group() != ". ":
                builder.replace(start + sep.start(), start + sep.end(), ". ")
            pos = sep.end()


def _unglue(view: View) -> View:
    """Cut tokens made of glued number words and numerals into their pieces ("fivefivefive" -> "five five five")."""
    builder: _Builder | None = None
    for start, end, pieces in glued_tokens(view.text):
        if builder is None:
            builder = _Builder(view)
        builder.replace(start, end, " ".join(pieces))
    return view if builder is None else builder.view()


# A stretch of 7 digits or more with junk between them: "*", "~", brackets, "|", "•", "=" (besides the
# separators phone candidates already allow). Both patterns open with a digit: the regex engine skips
# from digit to digit.
_JUNK = r"*~\[\]|•·="
_STRETCH_RE = re.compile(rf"\d(?:[ .\-/()_{_JUNK}]{{0,4}}\d){{6,}}")
# Brackets are junk only round one group of 1-4 digits ("[7][1][3]"), not round figures ("[79.964]").
_JUNK_RE = re.compile(r"[*~{}|•·=]+|\[(?=\d{1,4}\])|\](?:(?<=\[\d\])|(?<=\[\d\d\])|(?<=\[\d{3}\])|(?<=\[\d{4}\]))")
_JUNK_NEAR_RE = re.compile(rf"\d(?:[{_JUNK}]|(?<=[{_JUNK}]\d))")
# Two numbers of 7 digits or more (perhaps grouped) joined by "/": "201 555 0123/201 555 0145"; a DOI's "/"
# ("10.10000/1000000") joins no two numbers.
_SLASHED_RE = re.compile(r"(?<![\d.])(?!10\.\d{4,9}/)\d(?:[ .\-()]{0,3}\d){6,}( ?/ ?)(?=\(?\d(?:[ .\-()]{0,3}\d){6})")


def _separators(view: View, min_digits: int) -> View:
    """Drop junk separators inside a stretch of digits; part two whole numbers joined by "/"."""
    text = view.text
    junk = _JUNK_NEAR_RE.search(text) is not None
    slashed = "/" in text and _SLASHED_RE.search(text) is not None
    if not (junk or slashed):
        return view
    cuts: list[tuple[int, int, str]] = []
    if slashed:
        cuts += [(m.start(1), m.end(1), ", ") for m in _SLASHED_RE.finditer(text)]
    if junk:
        for m in _STRETCH_RE.finditer(text):
            cuts += [(j.start(), j.end(), "") for j in _JUNK_RE.finditer(text, m.start(), m.end() + 1)]
    if not cuts:
        return view
    builder = _Builder(view)
    for a, b, new in sorted(cuts):
        builder.replace(a, b, new)
    return builder.view()


def _replace_run(builder: _Builder, text: str, start: int, run: str) -> None:
    """One worded run: each of its numbers (see :func:`run_parts`) made digits, the words between them
    made a sentence break, and the whole spaced from a word it is glued to."""
    parts = run_parts(run)
    if len(parts) == 1 and parts[0] == (0, len(run)) and not _SENTENCE_RE.search(run):
        digits = run_digits(run)[0]
        if start > 0 and text[start - 1].isalpha():
            digits = " " + digits
        if start + len(run) < len(text) and text[start + len(run)].isalpha():
            digits += " "
        builder.replace(start, start + len(run), digits)
        return
    strip = " \t\u00a0-.,/_|·•*~"
    last = -1
    for a, b in parts:
        part = run[a:b]
        lead, trail = a + len(part) - len(part.lstrip(strip)), a + len(part.rstrip(strip))
        if last >= 0:  # the word between two numbers ("plus", "o") becomes a sentence break
            builder.replace(start + last, start + lead, ". ")
        last = trail
        if run_digits(run[lead:trail])[1]:
            _replace_sentences(builder, start + lead, run[lead:trail])


def spell_digits(view: View, min_digits: int = 7, number_words: bool | None = None) -> View:
    """The phone view: number words and look-alike letters made numerals (runs of ``min_digits`` or more),
    junk separators dropped (see the module docstring for the steps)."""
    text = view.text
    if _WORDY_RE.search(text) is None:
        return _lookalikes(_separators(view, min_digits))
    glued = view if number_words is False else _unglue(view)  # False: no glued token either
    if glued is not view:
        view, text, number_words = glued, glued.text, None
    if not (may_have_number_words(text) if number_words is None else number_words):
        return _lookalikes(_separators(view, min_digits))
    builder = _Builder(view)
    for m in number_run_pattern().finditer(text):
        run = m.group()
        if run.isascii() and not any(ch.isalpha() for ch in run):
            continue
        digits, words = run_digits(run)
        if words and len(digits.lstrip("+")) >= min_digits:
            _replace_run(builder, text, m.start(), run)
    return _lookalikes(_separators(builder.view(), min_digits))
