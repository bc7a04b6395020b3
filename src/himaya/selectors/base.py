"""The selector type interface, the finders that find its values in text, and the registry of types.

A selector type is one small class (followthemoney style) that declares everything the rest of Himaya needs
to know about it, so that a new type is one module plus its tests:

- a stable ``name``; a ``pivot`` flag saying whether two records sharing a value of this type are linked
  (and ``pivot_reason``, why); a ``label`` and a ``colour`` for the report; ``examples`` of raw values it
  accepts and ``invalid`` ones it refuses (the contract tests run on them);
- three value functions: ``clean(raw)`` (the value as written, trimmed of the decoration around it, or
  None), ``validate(value)`` (whether it is a real selector of this type) and ``normalize(raw, **context)``
  (the canonical value used to link records, or None; idempotent);
- its ``finders``: the functions that find its values in free text (see :class:`Finder`). A type found
  elsewhere (``image``: from the record's image files) has none.

``extract()`` runs the finders of every registered type in their global ``order``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar

from himaya.registry import Registry, RegistryError
from himaya.text.deobfuscate import View, spell_digits
from himaya.text.numwords import may_have_number_words

#: The cleaned text (invisible characters, look-alike letters of other scripts and spacing tricks undone).
CLEAN = "clean"
#: The cleaned text with number words and look-alike letters spelled as digits ("nine" -> "9", "O" -> "0").
DIGITS = "digits"
VIEWS = (CLEAN, DIGITS)

#: What a finder yields per value: (start, end, value, detail, disguised), offsets into its view's text.
Found = tuple[int, int, str, str | None, bool]


class Scan:
    """One text being searched, with the context a finder may use. Views beyond the cleaned one are built
    on first use, so the many texts that need no digits view never pay for one."""

    __slots__ = ("_digits", "_worded", "country", "location", "lowered", "platform", "text", "view")

    def __init__(self, view: View, country: str | None, location: str | None, platform: str | None) -> None:
        self.view = view
        self.text = view.text  # the cleaned text
        self.lowered = view.text.lower()  # for finders' quick "could there be one?" tests
        self.country = country
        self.location = location
        self.platform = platform
        self._worded: bool | None = None
        self._digits: View | None = None

    @property
    def worded(self) -> bool:
        """Whether the text may hold numbers written as words."""
        if self._worded is None:
            self._worded = may_have_number_words(self.text)
        return self._worded

    @property
    def digits(self) -> View:
        """The :data:`DIGITS` view."""
        if self._digits is None:
            self._digits = spell_digits(self.view, number_words=self.worded)
        return self._digits

    def view_named(self, name: str) -> View:
        return self.view if name == CLEAN else self.digits


@dataclass(frozen=True, slots=True)
class Finder:
    """One way of finding a selector type's values in text.

    ``order`` places it among the finders of all types (lower first): a stretch of text claimed by one hit
    is not matched again by a later finder, so specific forms (a wa.me link) go before looser ones (a bare
    number). ``view`` is the text view it reads (:data:`CLEAN` or :data:`DIGITS`). ``claim``: its hits take
    their stretch; ``skip_taken``: its hits over a taken stretch are dropped (a crypto address is kept even
    inside a link). ``find`` takes the :class:`Scan` and returns the :data:`Found` tuples, in text order.
    """

    order: int
    find: Callable[[Scan], Iterable[Found]]
    view: str = CLEAN
    claim: bool = True
    skip_taken: bool = True


class SelectorType:
    """A kind of selector: how its values are found, cleaned, checked, made canonical and shown."""

    name: ClassVar[str] = ""
    pivot: ClassVar[bool] = True
    #: Why records sharing a value of this type may be linked (or why not).
    pivot_reason: ClassVar[str] = ""
    label: ClassVar[str] = ""
    #: The colour of this type's nodes in the report's drawings (CSS hex).
    colour: ClassVar[str] = "#444444"
    finders: ClassVar[tuple[Finder, ...]] = ()
    #: Raw values ``normalize`` accepts, and values it must refuse, for the contract tests.
    examples: ClassVar[tuple[str, ...]] = ()
    invalid: ClassVar[tuple[str, ...]] = ()

    def clean(self, raw: str) -> str | None:
        value = raw.strip().strip("<>()[]{}\"'.,;:").strip()
        return value or None

    def validate(self, value: str) -> bool:
        return self.normalize(value) is not None

    def normalize(self, raw: str, **context: str | None) -> str | None:
        return self.clean(raw)

    def __repr__(self) -> str:
        return f"<SelectorType {self.name}>"


#: A finder in the global order: (type name, find, view, claim, skip_taken), a plain tuple for the hot loop.
OrderedFinder = tuple[str, Callable[[Scan], Iterable[Found]], str, bool, bool]


class SelectorRegistry(Registry[SelectorType]):
    """Selector types by name, and their finders in one global order (computed once per change)."""

    def __init__(self, types: Iterable[SelectorType] = ()) -> None:
        self._ordered: tuple[int, list[OrderedFinder]] = (-1, [])
        super().__init__("selector type", SelectorType, types)

    def register(self, entry: SelectorType, origin: str = "built-in") -> SelectorType:
        for finder in entry.finders:
            if not isinstance(finder, Finder) or finder.view not in VIEWS:
                raise RegistryError(
                    f"selector type {entry.name!r} from {origin}: {finder!r} is not a Finder over one of {VIEWS}",
                    origin=origin,
                )
        return super().register(entry, origin)

    def ordered_finders(self) -> list[OrderedFinder]:
        """Every type's finders by ``order``, ties in registration order."""
        version, finders = self._ordered
        if version != self.version:
            ranked = sorted(
                ((f.order, i, t.name, f) for i, t in enumerate(self) for f in t.finders), key=lambda x: x[:2]
            )
            finders = [(name, f.find, f.view, f.claim, f.skip_taken) for _o, _i, name, f in ranked]
            self._ordered = (self.version, finders)
        return finders

    def pivot_types(self) -> list[str]:
        """Names of the types that link records, in registration order."""
        return [t.name for t in self if t.pivot]

    def colours(self) -> dict[str, str]:
        return {t.name: t.colour for t in self}
