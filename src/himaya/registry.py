"""One registry for every extension point: readers, selector types, hash kinds and hash-list formats.

A registry holds named entries (each with a stable, lower-case ``name``) in the order they were registered;
that order is the order they are asked in (sniffing, finding). Registering a second entry under a taken
name is an error that names both origins, so two plug-ins cannot silently shadow one another.

Built-ins are registered in code, as datasette registers its own features as default plug-ins; other
packages add entries through ``importlib.metadata`` entry points, one group per registry:

- ``himaya.readers``: an ``ingest.Reader`` (``himaya.ingest.registry()``);
- ``himaya.selectors``: a ``selectors.SelectorType`` (``himaya.selectors.registry()``);
- ``himaya.hash_kinds``: an ``images.kinds.HashKind`` (``himaya.images.kinds.registry()``);
- ``himaya.hashlist_formats``: an ``images.lists.HashListFormat`` (``himaya.images.lists.registry()``);
- ``himaya.exporters``: reserved for export formats (not read yet).

An entry point may name an instance, a class (called with no arguments) or a list of either. Plug-ins are
loaded when a default registry is built (``load_plugins``), never when a module is imported: importing
Himaya runs no third-party code. A plug-in that fails to import or gives something unusable raises
``RegistryError`` naming the entry point, at once, rather than being skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib.metadata import EntryPoint, entry_points
from typing import Generic, Protocol, TypeVar, cast

from himaya.errors import DataError, UsageError

GROUPS: tuple[str, ...] = (
    "himaya.readers",
    "himaya.selectors",
    "himaya.hash_kinds",
    "himaya.hashlist_formats",
    "himaya.exporters",
)
BUILT_IN = "built-in"
_NAME = re.compile(r"[a-z][a-z0-9_+\-]*")


class RegistryError(DataError):
    """An entry a registry refuses: no usable name, a name already taken, or a plug-in that fails to load."""


class Named(Protocol):
    @property
    def name(self) -> str: ...


T = TypeVar("T", bound=Named)


class Registry(Generic[T]):
    """Entries of one kind by name, in registration order.

    ``kind`` names what the entries are in messages ("input format", "selector type" ...); ``base`` is the
    class every entry must be an instance of, checked on registration (plug-ins included).
    """

    def __init__(self, kind: str, base: type, entries: Iterable[T] = ()) -> None:
        self.kind = kind
        self.base = base
        self._entries: dict[str, T] = {}
        self._origins: dict[str, str] = {}
        #: Bumped on every registration, so that values derived from the entries can be cached safely.
        self.version = 0
        for entry in entries:
            self.register(entry)

    def register(self, entry: T, origin: str = BUILT_IN) -> T:
        """Add ``entry``; ``origin`` says where it came from (for the duplicate message). Returns it."""
        if not isinstance(entry, self.base):
            raise RegistryError(f"{entry!r} from {origin} is not a {self.base.__name__}", origin=origin)
        name = getattr(entry, "name", None)
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise RegistryError(
                f"{self.kind} {entry!r} from {origin} needs a lower-case name (letters, digits, _ + -), got {name!r}",
                origin=origin,
            )
        if name in self._entries:
            raise RegistryError(
                f"{self.kind} {name!r} from {origin} clashes with the {self.kind} of that name from "
                f"{self._origins[name]}",
                name=name,
                origin=origin,
                registered=self._origins[name],
            )
        self._entries[name] = entry
        self._origins[name] = origin
        self.version += 1
        return entry

    def get(self, name: str) -> T:
        """The entry called ``name``; ``UsageError`` listing the known names when there is none."""
        try:
            return self._entries[name]
        except (KeyError, TypeError):
            known = ", ".join(self._entries)
            raise UsageError(f"unknown {self.kind} {name!r}; known: {known}", name=name, known=known) from None

    def origin(self, name: str) -> str:
        """Where the entry called ``name`` came from: ``built-in`` or the entry point that gave it."""
        self.get(name)
        return self._origins[name]

    def names(self) -> list[str]:
        return list(self._entries)

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._entries.values()))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __repr__(self) -> str:
        return f"<Registry of {self.kind}s: {', '.join(self._entries)}>"

    def load_plugins(self, group: str) -> list[str]:
        """Register the entries that installed packages declare under the entry-point ``group``, in the
        order ``importlib.metadata`` lists them; returns their names. ``RegistryError`` names the entry point
        of a plug-in that cannot be imported or gives no usable entry."""
        if group not in GROUPS:
            raise RegistryError(f"unknown entry-point group {group!r}; known: {', '.join(GROUPS)}")
        added: list[str] = []
        for point in entry_points(group=group):
            origin = _describe(point)
            for entry in _entries_of(point, origin):
                added.append(self.register(cast(T, entry), origin).name)
        return added


def _describe(point: EntryPoint) -> str:
    dist = point.dist
    package = f" (package {dist.name} {dist.version})" if dist is not None else ""
    return f"entry point {point.name} = {point.value} in {point.group}{package}"


def _entries_of(point: EntryPoint, origin: str) -> list[object]:
    try:
        loaded = point.load()
    except Exception as exc:  # a plug-in's import may fail in any way: say which plug-in it was
        raise RegistryError(f"cannot load {origin}: {type(exc).__name__}: {exc}", origin=origin) from exc
    items = list(loaded) if isinstance(loaded, list | tuple) else [loaded]
    out: list[object] = []
    for item in items:
        if isinstance(item, type):
            try:
                item = item()
            except Exception as exc:  # the same: a plug-in's constructor is third-party code
                raise RegistryError(
                    f"cannot make {item.__name__} from {origin}: {type(exc).__name__}: {exc}", origin=origin
                ) from exc
        out.append(item)
    return out
