"""The selector type interface and its registry.

A selector type is one small class (followthemoney style): a stable ``name``, a ``pivot`` flag saying
whether two records sharing a value of this type should be linked, and three value functions:

- ``clean(raw)``: the value as written, trimmed of the decoration around it, or None;
- ``validate(value)``: whether a cleaned or normalised value is a real selector of this type;
- ``normalize(raw, **context)``: the canonical value used to link records, or None when invalid.
  ``normalize`` is idempotent: ``normalize(normalize(x)) == normalize(x)``.

Finding selectors in free text is each module's ``find`` function (see :mod:`himaya.selectors.extract`);
the classes only judge and canonicalise values.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar


class SelectorType:
    """A kind of selector: how its values are cleaned, checked and made canonical."""

    name: ClassVar[str] = ""
    pivot: ClassVar[bool] = True
    #: Why records sharing a value of this type may be linked (or why not).
    pivot_reason: ClassVar[str] = ""

    def clean(self, raw: str) -> str | None:
        value = raw.strip().strip("<>()[]{}\"'.,;:").strip()
        return value or None

    def validate(self, value: str) -> bool:
        return self.normalize(value) is not None

    def normalize(self, raw: str, **context: str | None) -> str | None:
        return self.clean(raw)

    def __repr__(self) -> str:
        return f"<SelectorType {self.name}>"


class Registry:
    """Selector types by name; registering two types under one name is an error."""

    def __init__(self, types: Iterable[SelectorType] = ()) -> None:
        self._types: dict[str, SelectorType] = {}
        for t in types:
            self.register(t)

    def register(self, selector_type: SelectorType) -> SelectorType:
        if not selector_type.name:
            raise ValueError(f"{selector_type!r} has no name")
        if selector_type.name in self._types:
            raise ValueError(f"selector type {selector_type.name!r} is registered twice")
        self._types[selector_type.name] = selector_type
        return selector_type

    def get(self, name: str) -> SelectorType:
        try:
            return self._types[name]
        except KeyError:
            raise KeyError(f"unknown selector type {name!r}") from None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._types.values())

    def __contains__(self, name: object) -> bool:
        return name in self._types

    def names(self) -> list[str]:
        return list(self._types)
