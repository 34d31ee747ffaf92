"""What a rendering reads beyond its own context: the declarations it looks up by key, and the API's
collections it walks.

A template renders one file from its context (a resource, a declaration) and from API-wide state reached
through the ``api`` global and the type printer's lookups. Those reads are recorded per file while it renders,
so that the file's cached result is reused only when everything it read is unchanged. A template that walks a
whole collection (``api.resources`` in the README) depends on all of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

V = TypeVar("V")

# The Api fields that enumerate the whole API; every other field is small and part of every file's inputs.
COLLECTIONS = ("resources", "declarations", "params")

Read = tuple[str, str]
"""``(kind, key)``: ``("declaration", key)``, ``("params", key)``, or ``("api", field)`` for a whole
collection."""


class Reads:
    """The reads of the file being rendered (``start`` ... ``stop``); reads outside a file are not kept."""

    def __init__(self) -> None:
        self._current: set[Read] | None = None
        self._fresh: list[Callable[[], None]] = []

    def forget_at_start(self, forget: Callable[[], None]) -> None:
        """Call ``forget`` as each file starts: a memo that outlived a file would answer the next one without
        the lookups that must be recorded for it."""
        self._fresh.append(forget)

    def start(self) -> None:
        """Begin recording one file's reads."""
        for forget in self._fresh:
            forget()
        self._current = set()

    def stop(self) -> frozenset[Read]:
        """End recording; the reads of that file."""
        found = frozenset(self._current or ())
        self._current = None
        return found

    def note(self, kind: str, key: str) -> None:
        """Record one read (while a file renders)."""
        if self._current is not None:
            self._current.add((kind, key))


class TrackedMap(Mapping[str, V]):
    """A read-only mapping by key that records each key looked up; iterating records the whole collection."""

    def __init__(self, data: Mapping[str, V], kind: str, reads: Reads) -> None:
        self._data = data
        self._kind = kind
        self._reads = reads

    def __getitem__(self, key: str) -> V:
        self._reads.note(self._kind, key)
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self._reads.note(self._kind, key)
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        self._reads.note("api", self._kind)
        return iter(self._data)

    def __len__(self) -> int:
        self._reads.note("api", self._kind)
        return len(self._data)


class TrackedApi:
    """The ``api`` global of the templates: the ``ir.Api`` itself, recording which collections are read."""

    def __init__(self, api: Any, reads: Reads) -> None:
        object.__setattr__(self, "_api", api)
        object.__setattr__(self, "_reads", reads)

    def __getattr__(self, name: str) -> Any:
        if name in COLLECTIONS:
            self._reads.note("api", name)
        return getattr(self._api, name)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"the API is read-only ({name})")
